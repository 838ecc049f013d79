// The edge between cells and core: calendar dates ↔ Sheets date serials, cell values ↔ plain data.
import { type FechaCalendario, fechaDesdeNumeroDeDia, numeroDeDia } from "../core/fechas";

const MS_POR_DIA = 86_400_000;
/** Sheets counts days from 1899-12-30; `numeroDeDia` counts from 1970-01-01. */
const SERIAL_DE_1970 = 25_569;

/** True for a Date, whichever realm created it. */
export function esFecha(valor: unknown): valor is Date {
  return (
    Object.prototype.toString.call(valor) === "[object Date]" && !Number.isNaN((valor as Date).getTime())
  );
}

/**
 * The serial number Sheets stores for a calendar day. Writing this number into a date-formatted cell
 * gives a real date cell with no time zone arithmetic at all, so no day can shift.
 */
export function serialDeFecha(fecha: FechaCalendario): number {
  return numeroDeDia(fecha) + SERIAL_DE_1970;
}

/** The serial of the first day of a month, which the Mes columns hold. */
export function serialDeMes(anio: number, mes: number): number {
  return serialDeFecha({ anio, mes, dia: 1 });
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

/**
 * The calendar day a date cell shows. Date cells hold midnight in the spreadsheet's zone, so
 * rounding with the zone's offset is exact even when daylight saving moves that offset by an hour
 * or two: cost-free per cell, unlike one Utilities.formatDate per value.
 */
export function fechaDeCelda(valor: Date, desfaseMinutos: number): FechaCalendario {
  const dias = Math.round((valor.getTime() + desfaseMinutos * 60_000) / MS_POR_DIA);
  return fechaDesdeNumeroDeDia(dias);
}

/** The serial of an instant in the spreadsheet's zone (date and time), for "Registrado el". */
export function serialDeInstante(instante: Date, desfaseMinutos: number): number {
  return (instante.getTime() + desfaseMinutos * 60_000) / MS_POR_DIA + SERIAL_DE_1970;
}

/** Message of anything thrown, Error or not (errors from services come from another realm in tests). */
export function mensajeDeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as Error).message);
  return String(error);
}
