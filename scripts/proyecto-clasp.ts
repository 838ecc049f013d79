// Where clasp's project files live: .clasp.json (committed, no script id) and the gitignored file that holds the id.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const RAIZ = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The committed project file: `rootDir` only. A real script id never goes in it (a test checks). */
export const PROYECTO_CLASP = join(RAIZ, ".clasp.json");

/**
 * Which script a deploy goes to: the add-on's (the office's spreadsheet) or the platform checks'
 * (a throw-away spreadsheet's, npm run deploy:diagnostico). Each has its own gitignored project file
 * holding its id, the variables that override it, and the folder clasp pushes.
 */
export interface Destino {
  /** Overrides the local project file's path. */
  readonly variableDeArchivo: string;
  /** A script id for one deploy. */
  readonly variableDeId: string;
  readonly archivo: string;
  readonly rootDir: string;
}

export const COMPLEMENTO: Destino = {
  variableDeArchivo: "INFORME_CLASP_LOCAL",
  variableDeId: "INFORME_SCRIPT_ID",
  archivo: ".clasp.local.json",
  rootDir: "dist",
};

export const DIAGNOSTICO: Destino = {
  variableDeArchivo: "INFORME_DIAGNOSTICO_CLASP_LOCAL",
  variableDeId: "INFORME_DIAGNOSTICO_SCRIPT_ID",
  archivo: ".clasp.diagnostico.local.json",
  rootDir: "dist-diagnostico",
};

/** The destination a command line asks for: the diagnostic's with --diagnostico. */
export function destinoDe(argv: readonly string[]): Destino {
  return argv.includes("--diagnostico") ? DIAGNOSTICO : COMPLEMENTO;
}

/**
 * The project file `npm run deploy` hands to clasp (`clasp -P`): the same settings plus the script id
 * of the office's spreadsheet (or, for the diagnostic, of its throw-away spreadsheet). Gitignored,
 * so the id cannot be committed by accident.
 */
export function proyectoLocal(env: NodeJS.ProcessEnv = process.env, destino: Destino = COMPLEMENTO): string {
  return env[destino.variableDeArchivo]?.trim() || join(RAIZ, destino.archivo);
}

/** Apps Script ids are long base64url-like strings; this rejects placeholders and pasted URLs. */
export function esIdDeScript(id: string): boolean {
  return /^[A-Za-z0-9_-]{20,}$/.test(id);
}

/** The settings of the committed project file (rootDir, the destination's own for the diagnostic), with the given id. */
function proyectoCon(scriptId: string, destino: Destino): Record<string, unknown> {
  const base = JSON.parse(readFileSync(PROYECTO_CLASP, "utf8")) as Record<string, unknown>;
  return destino === COMPLEMENTO ? { ...base, scriptId } : { ...base, rootDir: destino.rootDir, scriptId };
}

/** Stores the script id in the local project file, so that `clasp -P` pushes dist/ (or dist-diagnostico/) to that script. */
export function guardarIdDeScript(
  scriptId: string,
  ruta = proyectoLocal(),
  destino: Destino = COMPLEMENTO,
): void {
  if (!esIdDeScript(scriptId)) throw new Error(`"${scriptId}" no parece un ID de script de Apps Script.`);
  writeFileSync(ruta, `${JSON.stringify(proyectoCon(scriptId, destino), null, 2)}\n`);
}

/** The script id to deploy to: the destination's variable, else its local project file; undefined when neither has one. */
export function idDeScriptConfigurado(
  env: NodeJS.ProcessEnv = process.env,
  destino: Destino = COMPLEMENTO,
): string | undefined {
  const deEntorno = env[destino.variableDeId]?.trim();
  if (deEntorno) return deEntorno;
  const ruta = proyectoLocal(env, destino);
  if (!existsSync(ruta)) return undefined;
  const proyecto = JSON.parse(readFileSync(ruta, "utf8")) as { scriptId?: unknown };
  return typeof proyecto.scriptId === "string" && proyecto.scriptId !== "" ? proyecto.scriptId : undefined;
}

/** What deploy:diagnostico says without a script id. */
export const MENSAJE_SIN_ID_DEL_DIAGNOSTICO = [
  "No hay ID de script para el diagnóstico. / No script id is configured for the diagnostic.",
  "  npm run setup:clasp -- --diagnostico --spreadsheet <SHEET_ID> (a throw-away spreadsheet, never the office's)",
  "  npm run setup:clasp -- --diagnostico --script-id <ID>",
  "  or set INFORME_DIAGNOSTICO_SCRIPT_ID=<ID> for one deploy.",
].join("\n");

export const MENSAJE_SIN_ID = [
  "No hay ID de script configurado. / No script id is configured.",
  "  npm run setup:clasp -- --script-id <ID>        (script already bound to the spreadsheet)",
  "  npm run setup:clasp -- --spreadsheet <SHEET_ID> (create a script bound to that spreadsheet)",
  "  or set INFORME_SCRIPT_ID=<ID> for one deploy.",
].join("\n");
