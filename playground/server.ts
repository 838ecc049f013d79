// `npm start`: serves the built add-on running on the emulator, in a page that behaves like the spreadsheet around it (plain node:http).
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { Playground } from "./playground";
import type {
  PeticionBorrar,
  PeticionEditar,
  PeticionHoja,
  PeticionMenu,
  PeticionRun,
  RespuestaAccion,
} from "./protocolo";
import { leerMuestra, rutaMuestra } from "./semilla";

const raiz = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const cliente = join(raiz, "playground", "client");

/** Command-line options: `--reset`, `--estado <file>`, `--codigo <file>`, `--dist <dir>`. */
export interface OpcionesServidor {
  reiniciar: boolean;
  estado: string;
  codigo?: string;
  dist: string;
  puerto: number;
}

export function leerOpciones(argv: readonly string[], env: NodeJS.ProcessEnv): OpcionesServidor {
  const valor = (nombre: string): string | undefined => {
    const i = argv.indexOf(nombre);
    if (i < 0) return undefined;
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new Error(`Falta el valor de ${nombre}.`);
    return v;
  };
  const codigo = valor("--codigo");
  const puerto = Number(env.PORT ?? 0);
  if (!Number.isInteger(puerto) || puerto < 0 || puerto > 65535)
    throw new Error(`PORT inválido: ${env.PORT}`);
  return {
    reiniciar: argv.includes("--reset"),
    estado: resolve(valor("--estado") ?? join(raiz, ".playground", "estado.json")),
    ...(codigo ? { codigo: resolve(codigo) } : {}),
    dist: resolve(valor("--dist") ?? join(raiz, "dist")),
    puerto,
  };
}

/** The page's script and the iframe bridge, bundled from TypeScript once per start. */
async function empaquetar(archivo: string): Promise<string> {
  const result = await build({
    entryPoints: [join(cliente, archivo)],
    bundle: true,
    format: "iife",
    target: "es2020",
    platform: "browser",
    charset: "utf8",
    legalComments: "none",
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Puts the bridge before any script of the page, so `google.script` exists when the page's code runs. */
export function inyectarPuente(html: string, funciones: readonly string[], puente: string): string {
  const seguro = (js: string) => js.replace(/<\/(script)/gi, "<\\/$1");
  const etiqueta = `<script>var __INFORME_FUNCIONES__ = ${seguro(JSON.stringify(funciones))};</script>\n<script>${seguro(puente)}</script>\n`;
  const head = /<head[^>]*>/i.exec(html);
  if (head)
    return `${html.slice(0, head.index + head[0].length)}\n${etiqueta}${html.slice(head.index + head[0].length)}`;
  return `${etiqueta}${html}`;
}

/** The sandbox Apps Script gives its iframes, applied by header too so the page stays sandboxed if opened on its own. */
export const SANDBOX = "allow-scripts allow-popups allow-forms allow-modals";

class ErrorHttp extends Error {
  constructor(
    readonly estado: number,
    mensaje: string,
  ) {
    super(mensaje);
  }
}

async function leerCuerpo<T>(req: IncomingMessage): Promise<T> {
  const partes: Buffer[] = [];
  let total = 0;
  for await (const parte of req) {
    const b = parte as Buffer;
    total += b.length;
    if (total > 10 * 1024 * 1024) throw new ErrorHttp(413, "Cuerpo demasiado grande.");
    partes.push(b);
  }
  try {
    return JSON.parse(Buffer.concat(partes).toString("utf8")) as T;
  } catch {
    throw new ErrorHttp(400, "JSON inválido.");
  }
}

function enviar(
  res: ServerResponse,
  estado: number,
  tipo: string,
  cuerpo: string,
  extra: Record<string, string> = {},
): void {
  res.writeHead(estado, { "Content-Type": tipo, "Cache-Control": "no-store", ...extra });
  res.end(cuerpo);
}

function json(res: ServerResponse, valor: unknown, estado = 200): void {
  enviar(res, estado, "application/json; charset=utf-8", JSON.stringify(valor));
}

function texto(v: unknown, campo: string): string {
  if (typeof v !== "string") throw new ErrorHttp(400, `Falta ${campo}.`);
  return v;
}

function entero(v: unknown, campo: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1) throw new ErrorHttp(400, `${campo} inválido.`);
  return v;
}

/** A running playground: the HTTP server, its URL and how to stop it. */
export interface PlaygroundEnMarcha {
  url: string;
  playground: Playground;
  servidor: Server;
  detener(): Promise<void>;
}

/** Builds the client scripts, loads (or seeds) the state, runs onOpen and starts serving. */
export async function iniciar(opciones: OpcionesServidor): Promise<PlaygroundEnMarcha> {
  const [app, puente] = await Promise.all([empaquetar("app.ts"), empaquetar("bridge.ts")]);
  const pagina = readFileSync(join(cliente, "pagina.html"), "utf8");
  const estilos = readFileSync(join(cliente, "estilos.css"), "utf8");
  const playground = new Playground({
    dist: opciones.dist,
    estado: opciones.estado,
    ...(opciones.codigo ? { codigo: opciones.codigo } : {}),
    ...(opciones.reiniciar ? { reiniciar: true } : {}),
    muestra: () => leerMuestra(rutaMuestra(raiz)),
  });

  const respuesta = (error: string | undefined): RespuestaAccion => ({
    ok: error === undefined,
    ...(error !== undefined ? { error } : {}),
    vista: playground.vista(),
  });

  const atender = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const ruta = url.pathname;
    if (req.method === "GET") {
      if (ruta === "/") return enviar(res, 200, "text/html; charset=utf-8", pagina);
      if (ruta === "/app.js") return enviar(res, 200, "text/javascript; charset=utf-8", app);
      if (ruta === "/estilos.css") return enviar(res, 200, "text/css; charset=utf-8", estilos);
      if (ruta === "/api/vista") {
        const desde = Number(url.searchParams.get("desde") ?? 0);
        // The page polls: nothing changed means an empty answer.
        if (desde === playground.versionActual) {
          res.writeHead(204, { "Cache-Control": "no-store" });
          return void res.end();
        }
        return json(res, playground.vista());
      }
      if (ruta === "/api/estado") return json(res, playground.env.snapshot());
      const marco = /^\/ui\/([\w-]+)$/.exec(ruta);
      if (marco?.[1]) {
        const encontrado = playground.htmlDeMarco(marco[1]);
        if (!encontrado) throw new ErrorHttp(404, "Este cuadro ya no está abierto.");
        const html = inyectarPuente(encontrado.html, playground.funcionesPublicas(), puente);
        return enviar(res, 200, "text/html; charset=utf-8", html, {
          "Content-Security-Policy": `sandbox ${SANDBOX}`,
        });
      }
      // The Doc's own path on Google (/document/d/<id>/edit) as well as /documentos/<id>.
      const documento = /^\/(?:documentos|document\/d)\/([^/]+)(?:\/edit)?$/.exec(ruta);
      if (documento?.[1]) {
        const html = playground.documentoHtml(decodeURIComponent(documento[1]));
        if (html === undefined) throw new ErrorHttp(404, "No existe ese documento.");
        return enviar(res, 200, "text/html; charset=utf-8", html);
      }
      throw new ErrorHttp(404, "No encontrado.");
    }
    if (req.method === "POST") {
      if (ruta === "/api/abrir") {
        // The page was loaded (or reloaded): the spreadsheet is opened again.
        const error = playground.abrir();
        // Sheets shows nobody a failing onOpen (it is in the executions log): here, the console.
        if (error !== undefined) console.error(`onOpen: ${error}`);
        return json(res, respuesta(undefined));
      }
      if (ruta === "/api/menu") {
        const p = await leerCuerpo<PeticionMenu>(req);
        return json(res, respuesta(playground.clicMenu(texto(p.ruta, "ruta"))));
      }
      if (ruta === "/api/editar") {
        const p = await leerCuerpo<PeticionEditar>(req);
        const error = playground.editar(
          texto(p.hoja, "hoja"),
          entero(p.fila, "fila"),
          entero(p.columna, "columna"),
          texto(p.texto, "texto"),
        );
        return json(res, respuesta(error));
      }
      if (ruta === "/api/borrar") {
        const p = await leerCuerpo<PeticionBorrar>(req);
        return json(res, respuesta(playground.borrar(texto(p.hoja, "hoja"), texto(p.a1, "a1"))));
      }
      if (ruta === "/api/hoja") {
        const p = await leerCuerpo<PeticionHoja>(req);
        return json(res, respuesta(playground.activarHoja(texto(p.hoja, "hoja"))));
      }
      if (ruta === "/api/run") {
        const p = await leerCuerpo<PeticionRun>(req);
        return json(
          res,
          playground.llamar(texto(p.marco, "marco"), texto(p.funcion, "funcion"), texto(p.args, "args")),
        );
      }
      if (ruta === "/api/marco/cerrar") {
        const p = await leerCuerpo<{ marco: unknown }>(req);
        playground.cerrarMarco(texto(p.marco, "marco"));
        return json(res, respuesta(undefined));
      }
      if (ruta === "/api/alerta/cerrar") {
        const p = await leerCuerpo<{ id: unknown }>(req);
        playground.cerrarAlerta(texto(p.id, "id"));
        return json(res, respuesta(undefined));
      }
      throw new ErrorHttp(404, "No encontrado.");
    }
    throw new ErrorHttp(405, "Método no permitido.");
  };

  const servidor = createServer((req, res) => {
    atender(req, res).catch((error: unknown) => {
      const estado = error instanceof ErrorHttp ? error.estado : 500;
      if (estado === 500) console.error(error);
      if (!res.headersSent)
        json(res, { error: error instanceof Error ? error.message : String(error) }, estado);
      else res.end();
    });
  });
  await new Promise<void>((ok, mal) => {
    servidor.once("error", mal);
    // Loopback only: the playground is a local tool, never exposed on the network.
    servidor.listen(opciones.puerto, "127.0.0.1", () => ok());
  });
  const { port } = servidor.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    playground,
    servidor,
    detener: () =>
      new Promise<void>((ok) => {
        servidor.closeAllConnections();
        servidor.close(() => ok());
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opciones = leerOpciones(process.argv.slice(2), process.env);
    const enMarcha = await iniciar(opciones);
    console.log(`Informe mensual — entorno local: ${enMarcha.url}`);
    console.log(`Estado: ${opciones.estado}${opciones.reiniciar ? " (reiniciado con la muestra)" : ""}`);
    const parar = () => {
      void enMarcha.detener().then(() => process.exit(0));
    };
    process.on("SIGINT", parar);
    process.on("SIGTERM", parar);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
