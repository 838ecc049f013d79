// The edge between cells and core: Date values of date cells become calendar dates, other values plain data.
import type { FechaCalendario } from "../../core/fechas/calendario";
import { fechaDeCeldaEnMs } from "../../core/fechas/serial";
import type { Celda } from "../../core/registro/filas";

/** True for a Date, whichever realm created it. */
export function esFecha(valor: unknown): valor is Date {
  return (
    Object.prototype.toString.call(valor) === "[object Date]" && !Number.isNaN((valor as Date).getTime())
  );
}

/**
 * The spreadsheet zone's UTC offset in minutes now, from one Utilities call per operation.
 * "Z" gives e.g. "-0500".
 */
export function desfaseDeZona(zona: string, ahora: Date): number {
  const z = Utilities.formatDate(ahora, zona, "Z");
  const signo = z.startsWith("-") ? -1 : 1;
  return signo * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
}

/** The calendar day a date cell shows (see `fechaDeCeldaEnMs`): cost-free per cell, unlike one Utilities call per value. */
export function fechaDeCelda(valor: Date, desfaseMinutos: number): FechaCalendario {
  return fechaDeCeldaEnMs(valor.getTime(), desfaseMinutos);
}

/** A cell as core receives it: a date cell becomes its calendar day; text, numbers and booleans pass as they are. */
export function celdaParaCore(valor: unknown, desfase: number): Celda {
  if (esFecha(valor)) return fechaDeCelda(valor, desfase);
  if (typeof valor === "string" || typeof valor === "number" || typeof valor === "boolean") return valor;
  return null;
}

/** A date-and-time cell (Registrado el) as milliseconds since 1970; null when it holds no date. */
export function instanteDeCelda(valor: unknown): number | null {
  return esFecha(valor) ? valor.getTime() : null;
}
