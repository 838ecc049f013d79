// `npm run setup:clasp`: points clasp at the office's Apps Script project (the id goes to the gitignored .clasp.local.json).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DIAGNOSTICO,
  destinoDe,
  guardarIdDeScript,
  MENSAJE_SIN_ID,
  MENSAJE_SIN_ID_DEL_DIAGNOSTICO,
  proyectoLocal,
} from "./proyecto-clasp";

/** --diagnostico: the platform checks' own script, on a throw-away spreadsheet. */
const destino = destinoDe(process.argv);

function opcion(nombre: string): string | undefined {
  const i = process.argv.indexOf(nombre);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * Creates a script bound to the spreadsheet. clasp writes the new id into a .clasp.json of the folder
 * it runs in, so it runs in a temporary folder: the committed .clasp.json is never touched.
 */
function crearScript(spreadsheetId: string): string {
  const carpeta = mkdtempSync(join(tmpdir(), "informe-clasp-"));
  try {
    const r = spawnSync(
      "npx",
      [
        "clasp",
        "create-script",
        "--parentId",
        spreadsheetId,
        "--title",
        destino === DIAGNOSTICO ? "Diagnóstico Informe mensual" : "Informe mensual",
        "--rootDir",
        destino.rootDir,
      ],
      { cwd: carpeta, stdio: "inherit" },
    );
    if (r.status !== 0) process.exit(r.status ?? 1);
    const creado = JSON.parse(readFileSync(join(carpeta, ".clasp.json"), "utf8")) as { scriptId?: string };
    if (!creado.scriptId) throw new Error("clasp no devolvió el ID del script creado.");
    return creado.scriptId;
  } finally {
    rmSync(carpeta, { recursive: true, force: true });
  }
}

const scriptId = opcion("--script-id");
const spreadsheetId = opcion("--spreadsheet");
if (!scriptId && !spreadsheetId) {
  console.error(destino === DIAGNOSTICO ? MENSAJE_SIN_ID_DEL_DIAGNOSTICO : MENSAJE_SIN_ID);
  process.exit(2);
}
const id = scriptId ?? crearScript(spreadsheetId ?? "");
const ruta = proyectoLocal(process.env, destino);
guardarIdDeScript(id, ruta, destino);
const orden = destino === DIAGNOSTICO ? "npm run deploy:diagnostico" : "npm run deploy";
console.log(`${ruta} → script ${id}, rootDir ${destino.rootDir}/ (${orden} lo usa; git lo ignora).`);
