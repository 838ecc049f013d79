// Where clasp's project files live: .clasp.json (committed, no script id) and the gitignored file that holds the id.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The committed project file: `rootDir` only. A real script id never goes in it (a test checks). */
export const PROYECTO_CLASP = join(RAIZ, ".clasp.json");

/**
 * The project file `npm run deploy` hands to clasp (`clasp -P`): the same settings plus the script id
 * of the office's spreadsheet. Gitignored, so the id cannot be committed by accident.
 */
export function proyectoLocal(env: NodeJS.ProcessEnv = process.env): string {
  return env.INFORME_CLASP_LOCAL?.trim() || join(RAIZ, ".clasp.local.json");
}

/** Apps Script ids are long base64url-like strings; this rejects placeholders and pasted URLs. */
export function esIdDeScript(id: string): boolean {
  return /^[A-Za-z0-9_-]{20,}$/.test(id);
}

/** The settings of the committed project file (rootDir), with the given id. */
function proyectoCon(scriptId: string): Record<string, unknown> {
  const base = JSON.parse(readFileSync(PROYECTO_CLASP, "utf8")) as Record<string, unknown>;
  return { ...base, scriptId };
}

/** Stores the script id in the local project file, so that `clasp -P` pushes dist/ to that script. */
export function guardarIdDeScript(scriptId: string, ruta = proyectoLocal()): void {
  if (!esIdDeScript(scriptId)) throw new Error(`"${scriptId}" no parece un ID de script de Apps Script.`);
  writeFileSync(ruta, `${JSON.stringify(proyectoCon(scriptId), null, 2)}\n`);
}

/** The script id to deploy to: INFORME_SCRIPT_ID, else the local project file; undefined when neither has one. */
export function idDeScriptConfigurado(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const deEntorno = env.INFORME_SCRIPT_ID?.trim();
  if (deEntorno) return deEntorno;
  const ruta = proyectoLocal(env);
  if (!existsSync(ruta)) return undefined;
  const proyecto = JSON.parse(readFileSync(ruta, "utf8")) as { scriptId?: unknown };
  return typeof proyecto.scriptId === "string" && proyecto.scriptId !== "" ? proyecto.scriptId : undefined;
}

export const MENSAJE_SIN_ID = [
  "No hay ID de script configurado. / No script id is configured.",
  "  npm run setup:clasp -- --script-id <ID>        (script already bound to the spreadsheet)",
  "  npm run setup:clasp -- --spreadsheet <SHEET_ID> (create a script bound to that spreadsheet)",
  "  or set INFORME_SCRIPT_ID=<ID> for one deploy.",
].join("\n");
