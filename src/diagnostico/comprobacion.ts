// What a platform check is: the fact it tests, its source, what the add-on relies on, and how it runs against Google's API alone.
import type { Documento, Hoja, Libro } from "../addon/tipos";

/** A check's verdict: the fact holds, does not, or still needs a person (an edit, a reload). */
export type Estado = "cumple" | "no cumple" | "pendiente";

export interface Resultado {
  readonly estado: Estado;
  /** What was seen, in Spanish, for the person who pastes it into an issue. */
  readonly detalle: string;
}

/** What every check is given: the spreadsheet, a fresh sheet to write into, and a throw-away Doc. */
export interface Entorno {
  readonly libro: Libro;
  /** A fresh, empty sheet for this check (deleted when the run ends). */
  hojaNueva(): Hoja;
  /** The run's throw-away Doc, created on first use and trashed when the run ends. */
  documento(): Documento;
  /** The calendar year now in the spreadsheet's zone (for dates typed without a year). */
  readonly anioActual: number;
}

export interface Comprobacion {
  /** Short, stable id, quoted in the summary line ("fechas-es-pa"). */
  readonly id: string;
  /** The fact, as the platform guide states it (Spanish). */
  readonly hecho: string;
  /** Where the fact comes from: Google's page, the platform guide, or another fake's live finding. */
  readonly fuente: string;
  /** What the add-on relies on, and what a "no cumple" means for the office (Spanish). */
  readonly dependeDe: string;
  readonly ejecutar: (entorno: Entorno) => Resultado;
}

export const cumple = (detalle: string): Resultado => ({ estado: "cumple", detalle });
export const noCumple = (detalle: string): Resultado => ({ estado: "no cumple", detalle });
export const pendiente = (detalle: string): Resultado => ({ estado: "pendiente", detalle });

/** A value as the detail shows it: its type and value ("número 1000", "texto «=1+2»", "fecha 2019-05-01"). */
export function describir(valor: unknown, zona: string): string {
  if (valor instanceof Date) return `fecha ${Utilities.formatDate(valor, zona, "yyyy-MM-dd HH:mm")}`;
  if (typeof valor === "string") return valor === "" ? "vacío" : `texto «${valor}»`;
  if (typeof valor === "number") return `número ${valor}`;
  return `${typeof valor} ${String(valor)}`;
}

/** The message of anything thrown. */
export function mensaje(error: unknown): string {
  return typeof error === "object" && error !== null && "message" in error
    ? String((error as Error).message)
    : String(error);
}

/** What a call threw, or null when it did not throw. */
export function lanzado(llamada: () => unknown): string | null {
  try {
    llamada();
    return null;
  } catch (error) {
    return mensaje(error);
  }
}
