// "Generar informe mensual" dialog: month picker, preflight, generation and the shareable link, the user's choices when the server asks.
import type {
  DatosDelDialogoInforme,
  OpcionesDeGeneracion,
  Preflight,
  ResultadoInforme,
} from "../../../core/api";
import type { ErrorDeCampo } from "../../../core/registro/campos";
import { plural } from "../../../core/texto";
import { leerDatosIniciales } from "../../datos-iniciales";
import { elemento, enfocarAlAbrir } from "../../dom";
import { cerrarDialogo } from "../../host";
import { llamar } from "../../servidor";
import { textoDeEntrega, textoDelEnlace, textosDelDocumento } from "./textos";

const datos = leerDatosIniciales<DatosDelDialogoInforme>({ mes: "" });

/** google.script.run's failures come in English and say nothing the user can act on. */
const SIN_CONEXION =
  "No hubo respuesta de Google (se perdió la conexión o tardó demasiado). Revise la conexión y vuelva a intentarlo; si el informe llegó a generarse, se actualizará el mismo documento.";

const formulario = elemento<HTMLFormElement>("formulario");
const mes = elemento<HTMLInputElement>("mes");
const generar = elemento<HTMLButtonElement>("generar");
const resultado = elemento("resultado");

/** Replaces a list's items with plain-text entries (never HTML from data). */
function llenarLista(lista: HTMLElement, textos: readonly string[]): void {
  lista.replaceChildren(
    ...textos.map((t) => {
      const li = document.createElement("li");
      li.textContent = t;
      return li;
    }),
  );
}

/** The boxes a refusal can open, by the `campo` the server gave it. */
const CAJAS = { configuracion: "configuracion", vacio: "vacio", documento: "ajeno" } as const;

/** Clears every message and box. */
function limpiarMensajes(): void {
  elemento("mes-error").textContent = "";
  mes.setAttribute("aria-invalid", "false");
  elemento("general").textContent = "";
  for (const caja of Object.values(CAJAS)) elemento(caja).hidden = true;
}

/** Each refusal where it belongs: under the month, in the Configuración box, as a choice to make, or general. */
function mostrarErrores(errores: readonly ErrorDeCampo[]): void {
  limpiarMensajes();
  for (const e of errores) {
    if (e.campo === "mes") {
      elemento("mes-error").textContent = e.mensaje;
      mes.setAttribute("aria-invalid", "true");
    } else if (e.campo in CAJAS) {
      const caja = CAJAS[e.campo as keyof typeof CAJAS];
      elemento(`${caja}-mensaje`).textContent = e.mensaje;
      elemento(caja).hidden = false;
    } else {
      elemento("general").textContent = e.mensaje;
    }
  }
}

function mostrarPreflight(p: Preflight): void {
  const a = plural(p.actividades, "actividad", "actividades");
  const c = plural(p.coordinaciones, "coordinación", "coordinaciones");
  elemento("conteos").textContent =
    p.actividades === 0 && p.coordinaciones === 0
      ? `${p.titulo}: no hay actividades ni coordinaciones registradas.`
      : `${p.titulo}: ${a} y ${c}.`;
  const documento = elemento("documento");
  documento.replaceChildren(
    ...(p.documento ? textosDelDocumento(p.documento) : []).map((t, i) => {
      const parrafo = document.createElement("p");
      if (i > 0 || p.documento?.estado !== "vivo") parrafo.className = "aviso";
      parrafo.textContent = t;
      return parrafo;
    }),
  );
  elemento("bloque-omitidas").hidden = p.omitidas.length === 0;
  elemento("titulo-omitidas").textContent =
    `${plural(p.omitidas.length, "problema deja", "problemas dejan")} filas fuera del informe`;
  // Each message names its field already ("La Fecha fin no puede…"): the line adds only where.
  llenarLista(
    elemento("omitidas"),
    p.omitidas.map((o) => `${o.hoja}, fila ${o.fila}: ${o.mensaje}`),
  );
}

let consulta = 0;
async function actualizarPreflight(): Promise<void> {
  const propia = ++consulta;
  limpiarMensajes();
  elemento("conteos").textContent = "Revisando el registro…";
  try {
    const r = await llamar("prepararInforme", mes.value);
    if (propia !== consulta) return;
    if (r.ok) mostrarPreflight(r);
    else {
      elemento("conteos").textContent = "";
      mostrarErrores(r.errores);
    }
  } catch {
    if (propia === consulta) mostrarErrores([{ campo: "general", mensaje: SIN_CONEXION }]);
  }
}

/** The result goes first in the dialog and takes the focus: where the eye is, above any list of problems. */
function mostrarResultado(r: ResultadoInforme): void {
  resultado.hidden = false;
  elemento("resumen").textContent =
    `Informe generado: ${plural(r.actividades, "actividad", "actividades")} y ${plural(r.coordinaciones, "coordinación", "coordinaciones")}.`;
  const enlace = elemento("estado-enlace");
  enlace.textContent = textoDelEnlace(r);
  enlace.className = r.enlace === "cambiado" ? "cambio" : "";
  const abrir = elemento<HTMLAnchorElement>("abrir");
  if (/^https?:\/\//.test(r.url)) abrir.href = r.url;
  elemento<HTMLInputElement>("url").value = r.url;
  elemento("pestana").textContent = `Pestaña: ${r.pestana}`;
  elemento("entrega").textContent = textoDeEntrega(r);
  llenarLista(elemento("avisos"), r.avisos);
  resultado.scrollIntoView({ block: "start" });
  resultado.focus();
}

async function enviar(opciones: OpcionesDeGeneracion = {}): Promise<void> {
  if (!/^\d{4}-\d{2}$/.test(mes.value)) {
    mostrarErrores([{ campo: "mes", mensaje: "Elija el mes del informe." }]);
    return;
  }
  generar.disabled = true;
  generar.textContent = "Generando…";
  resultado.hidden = true;
  limpiarMensajes();
  try {
    const r = await llamar("generarInforme", mes.value, opciones);
    if (r.ok) mostrarResultado(r);
    else mostrarErrores(r.errores);
  } catch {
    mostrarErrores([{ campo: "general", mensaje: SIN_CONEXION }]);
  } finally {
    generar.disabled = false;
    generar.textContent = "Generar";
  }
}

formulario.addEventListener("submit", (evento) => {
  evento.preventDefault();
  void enviar();
});
elemento("generar-vacio").addEventListener("click", () => void enviar({ confirmarVacio: true }));
elemento("generar-aparte").addEventListener("click", () => void enviar({ documentoAparte: true }));

elemento("copiar").addEventListener("click", async () => {
  const campo = elemento<HTMLInputElement>("url");
  try {
    await navigator.clipboard.writeText(campo.value);
  } catch {
    // Without clipboard permission, select the link so Ctrl+C copies it.
    campo.select();
    document.execCommand("copy");
  }
  elemento("copiar").textContent = "Copiado";
});

elemento("cerrar").addEventListener("click", cerrarDialogo);
document.addEventListener("keydown", (evento) => {
  if (evento.key === "Escape") cerrarDialogo();
});
mes.addEventListener("change", () => void actualizarPreflight());
mes.value = datos.mes;
enfocarAlAbrir(mes);
void actualizarPreflight();
