// What the reliability suite shares: a project restored from a saved state, the registry's data as values, the built script.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Harness } from "../../emulator/harness";
import type { Environment, EnvironmentState } from "../../emulator/index";
import { HOJA } from "../../src/core/registro/hojas";
import { distDir, entornoDeOficina } from "../support/dist";

export const AHORA = new Date("2019-06-03T15:00:00Z");

let codigo: string | undefined;
/** dist/Code.js, read once (npm test builds it first; addonEnPrueba builds it for a lone run). */
export function codigoDelComplemento(): string {
  codigo ??= readFileSync(join(distDir, "Code.js"), "utf8");
  return codigo;
}

/** A frozen copy of a project's state, to start many runs from the same point. */
export function congelar(env: Environment): string {
  return JSON.stringify(env.snapshot());
}

/** A new project (its own runtime, counters and locks) resumed from a frozen state. */
export function descongelar(
  estado: string,
  now: () => Date = () => AHORA,
): { env: Environment; harness: Harness } {
  const env = entornoDeOficina({ state: JSON.parse(estado) as EnvironmentState, now });
  return { env, harness: new Harness(env, codigoDelComplemento()) };
}

/** The registry's data as a person reads it (uncounted): every sheet of the office's, values only. */
export function datosDelRegistro(env: Environment): unknown {
  const nombres = [HOJA.actividades, HOJA.coordinaciones, HOJA.configuracion];
  return nombres.map((h) => (env.workbook.sheetNames().includes(h) ? env.workbook.values(h) : null));
}

/** The rows of a registry sheet under its header, as values (uncounted). */
export function filasDe(env: Environment, hoja: string): unknown[][] {
  if (!env.workbook.sheetNames().includes(hoja)) return [];
  return env.workbook.values(hoja).slice(1);
}

/** A Spanish sentence the user can act on: a capital or «, and Spanish words, not a stack trace. */
export const MENSAJE_EN_ESPANOL = /^[A-ZÁÉÍÓÚÑ¿¡«][^\n]{10,}$/;
const PALABRAS = /\b(el|la|los|las|de|del|un|una|no|se|en|que|con|por|para|es|y|o)\b/i;

/** True for a message written for the office, in Spanish. */
export function enEspanol(mensaje: unknown): boolean {
  return (
    typeof mensaje === "string" &&
    MENSAJE_EN_ESPANOL.test(mensaje) &&
    PALABRAS.test(mensaje) &&
    !/TypeError|ReferenceError|undefined is not|Cannot read|is not a function/.test(mensaje)
  );
}
