// Where clasp's project file lives and how a script id gets into it (never committed: .clasp.json is gitignored).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const CLASP_FILE = join(ROOT, ".clasp.json");

/** Apps Script ids are long base64url-like strings; this rejects placeholders and pasted URLs. */
export function isScriptId(id: string): boolean {
  return /^[A-Za-z0-9_-]{20,}$/.test(id);
}

/** Writes .clasp.json so that `clasp push` sends dist/ to the given script. */
export function writeClaspProject(scriptId: string): void {
  if (!isScriptId(scriptId)) throw new Error(`"${scriptId}" no parece un ID de script de Apps Script.`);
  writeFileSync(CLASP_FILE, `${JSON.stringify({ scriptId, rootDir: "dist" }, null, 2)}\n`);
}

/** The script id to deploy to: INFORME_SCRIPT_ID, else .clasp.json; undefined when neither has one. */
export function configuredScriptId(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const fromEnv = env.INFORME_SCRIPT_ID?.trim();
  if (fromEnv) return fromEnv;
  if (!existsSync(CLASP_FILE)) return undefined;
  const project = JSON.parse(readFileSync(CLASP_FILE, "utf8")) as { scriptId?: unknown };
  return typeof project.scriptId === "string" && project.scriptId !== "" ? project.scriptId : undefined;
}

export const MISSING_ID_MESSAGE = [
  "No hay ID de script configurado. / No script id is configured.",
  "  npm run setup:clasp -- --script-id <ID>        (script already bound to the spreadsheet)",
  "  npm run setup:clasp -- --spreadsheet <SHEET_ID> (create a script bound to that spreadsheet)",
  "  or set INFORME_SCRIPT_ID=<ID> for one deploy.",
].join("\n");
