// google.script.run and google.script.host inside a sidebar or dialog iframe: injected before the page's own scripts, relaying calls to the playground page, with Google's rules applied before anything leaves the frame.
import {
  type CallOutcome,
  CallQueue,
  checkArguments,
  isPrivateFunctionName,
  publicFunctionNames,
} from "../../emulator/script-run";
import type { MensajeAlMarco, MensajeDelMarco } from "../protocolo";

/** Written by the server into the page before this script: the script's top-level function names. */
declare const __INFORME_FUNCIONES__: string[];

/** Marks our messages among whatever else the page's own scripts post. */
const CANAL = "informe-playground";

type Manejador = (valor: unknown, objetoDeUsuario?: unknown) => void;

interface Opciones {
  exito?: Manejador;
  fallo?: Manejador;
  objeto?: unknown;
  tieneObjeto: boolean;
}

const funciones = publicFunctionNames(__INFORME_FUNCIONES__);
const cola = new CallQueue();
const pendientes = new Map<number, (resultado: CallOutcome) => void>();
let siguienteLlamada = 1;

function enviar(mensaje: MensajeDelMarco): void {
  // The frame's origin is opaque (sandboxed without allow-same-origin), so "*" is the only target; the page checks event.source.
  window.parent.postMessage({ canal: CANAL, ...mensaje }, "*");
}

window.addEventListener("message", (event: MessageEvent) => {
  if (event.source !== window.parent) return;
  const data = event.data as ({ canal?: string } & MensajeAlMarco) | null;
  if (!data || data.canal !== CANAL || data.tipo !== "resultado") return;
  const resolver = pendientes.get(data.llamada);
  if (!resolver) return;
  pendientes.delete(data.llamada);
  resolver(JSON.parse(data.resultado) as CallOutcome);
});

/** Like Google: without a failure handler, a failed call surfaces as an uncaught error in the frame's console. */
function fallar(opciones: Opciones, nombre: string, mensaje: string): void {
  const error = new Error(mensaje);
  error.name = nombre;
  if (opciones.fallo) {
    if (opciones.tieneObjeto) opciones.fallo(error, opciones.objeto);
    else opciones.fallo(error);
    return;
  }
  setTimeout(() => {
    throw error;
  }, 0);
}

function llamar(funcion: string, args: unknown[], opciones: Opciones): void {
  // Checked here, on the real values: a JSON round trip would turn a Date into a string and hide the bug.
  const revisados = checkArguments(args);
  if (!revisados.ok) {
    const mensaje = revisados.message;
    // Requests fail asynchronously, like every google.script.run outcome.
    setTimeout(() => fallar(opciones, "Error", mensaje), 0);
    return;
  }
  const cuerpo = JSON.stringify(revisados.args);
  void cola
    .run(
      () =>
        new Promise<CallOutcome>((resolve) => {
          const llamada = siguienteLlamada++;
          pendientes.set(llamada, resolve);
          enviar({ tipo: "run", llamada, funcion, args: cuerpo });
        }),
    )
    .then((resultado) => {
      if (resultado.ok) {
        if (!opciones.exito) return;
        if (opciones.tieneObjeto) opciones.exito(resultado.value, opciones.objeto);
        else opciones.exito(resultado.value);
      } else {
        fallar(opciones, resultado.error.name, resultado.error.message);
      }
    });
}

function comoFuncion(valor: unknown, metodo: string): Manejador {
  if (typeof valor !== "function") throw new TypeError(`google.script.run.${metodo} expects a function`);
  return valor as Manejador;
}

/**
 * One runner: the with* methods return a new runner (handlers do not leak to other calls), and
 * each public server function is a method. Private names (ending in "_") are never offered, so
 * calling one is a TypeError, as on Google.
 */
function crearRunner(opciones: Opciones): Record<string, unknown> {
  const runner: Record<string, unknown> = {
    withSuccessHandler: (f: unknown) =>
      crearRunner({ ...opciones, exito: comoFuncion(f, "withSuccessHandler") }),
    withFailureHandler: (f: unknown) =>
      crearRunner({ ...opciones, fallo: comoFuncion(f, "withFailureHandler") }),
    withUserObject: (objeto: unknown) => crearRunner({ ...opciones, objeto, tieneObjeto: true }),
  };
  for (const nombre of funciones) {
    if (isPrivateFunctionName(nombre) || nombre in runner) continue;
    runner[nombre] = (...args: unknown[]) => {
      llamar(nombre, args, opciones);
    };
  }
  return runner;
}

const host = {
  close: () => enviar({ tipo: "cerrar" }),
  setHeight: (valor: number) => enviar({ tipo: "alto", valor: Number(valor) }),
  setWidth: (valor: number) => enviar({ tipo: "ancho", valor: Number(valor) }),
  editor: { focus: () => enviar({ tipo: "foco-editor" }) },
  origin: document.referrer ? new URL(document.referrer).origin : "",
};

(window as unknown as { google: unknown }).google = {
  script: { run: crearRunner({ tieneObjeto: false }), host },
};

/**
 * Links to a Google Doc made by the add-on open the playground's copy at the same path
 * (/document/d/<id>/edit): Google is out of reach here, the emulated Doc is not.
 */
document.addEventListener(
  "click",
  (evento) => {
    const enlace = (evento.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
    const destino = enlace
      ? /^https:\/\/docs\.google\.com(\/document\/d\/[\w-]+\/edit)/.exec(enlace.href)
      : null;
    if (!destino?.[1]) return;
    evento.preventDefault();
    window.open(new URL(destino[1], location.href).href, "_blank", "noopener");
  },
  true,
);
