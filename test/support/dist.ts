// Test access to the built add-on and the office's emulated project: dist/ is built once per run (npm test builds it first; this covers lone runs).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Harness } from "../../emulator/harness";
import { Environment, type EnvironmentOptions } from "../../emulator/index";
import { ENTORNO_DE_OFICINA } from "../../playground/semilla";
import { construirTodo } from "../../scripts/build";

export const rootDir = resolve(import.meta.dirname, "../..");
export const distDir = join(rootDir, "dist");

let building: Promise<unknown> | undefined;

/** Builds dist/ unless it is already there. */
export async function ensureBuilt(): Promise<void> {
  if (!existsSync(join(distDir, "Code.js"))) {
    building ??= construirTodo({ silencioso: true });
    await building;
  }
}

/** The manifest the add-on ships. */
export function manifest(): { timeZone: string; oauthScopes: string[] } {
  return JSON.parse(readFileSync(join(rootDir, "appsscript.json"), "utf8"));
}

/** The built HTML pages by name, as HtmlService finds them. */
export function htmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const f of readdirSync(distDir))
    if (f.endsWith(".html")) files[f.slice(0, -5)] = readFileSync(join(distDir, f), "utf8");
  return files;
}

/**
 * The office's emulated project running the built add-on's manifest and pages: its spreadsheet
 * "Informe mensual" in the office's folder, the add-on's name on the menu (ENTORNO_DE_OFICINA, as the
 * playground builds it). `opciones` add to it or override it (`state` resumes a saved project).
 */
export function entornoDeOficina(opciones: Partial<EnvironmentOptions> = {}): Environment {
  return new Environment({
    manifest: manifest(),
    htmlFiles: htmlFiles(),
    ...ENTORNO_DE_OFICINA,
    ...opciones,
    spreadsheet: { ...ENTORNO_DE_OFICINA.spreadsheet, ...opciones.spreadsheet },
  });
}

/**
 * A fresh emulated project of the office bound to a new spreadsheet, with the built add-on loaded in
 * a harness and the spreadsheet opened (onOpen in LIMITED, so the menu exists) unless `abrir` is false.
 */
export async function addonEnPrueba(
  options: Partial<EnvironmentOptions> & { abrir?: boolean } = {},
): Promise<{ env: Environment; harness: Harness }> {
  const { abrir = true, ...opciones } = options;
  await ensureBuilt();
  const env = entornoDeOficina({ now: () => new Date("2019-06-03T15:00:00Z"), ...opciones });
  const harness = new Harness(env, readFileSync(join(distDir, "Code.js"), "utf8"));
  if (abrir) harness.open("LIMITED");
  return { env, harness };
}
