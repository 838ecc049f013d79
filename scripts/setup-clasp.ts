// `npm run setup:clasp`: points clasp at the office's Apps Script project (the id goes to the gitignored .clasp.local.json).
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { guardarIdDeScript, MENSAJE_SIN_ID, proyectoLocal } from "./proyecto-clasp";

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
        "Informe mensual",
        "--rootDir",
        "dist",
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
  console.error(MENSAJE_SIN_ID);
  process.exit(2);
}
const id = scriptId ?? crearScript(spreadsheetId ?? "");
guardarIdDeScript(id);
console.log(`${proyectoLocal()} → script ${id}, rootDir dist/ (npm run deploy lo usa; git lo ignora).`);
