// Calendar days and instants as Sheets stores them: day serials counted from 1899-12-30, offsets in minutes.
import {
  diasDelMes,
  type FechaCalendario,
  type FechaHora,
  fechaDesdeNumeroDeDia,
  type MesCalendario,
  numeroDeDia,
} from "./calendario";

const MS_POR_DIA = 86_400_000;
const MINUTOS_POR_DIA = 1440;
/** Sheets counts days from 1899-12-30; `numeroDeDia` counts from 1970-01-01. */
const SERIAL_DE_1970 = 25_569;

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
 * The calendar day of a date cell read as an instant (milliseconds since 1970). Date cells hold
 * midnight in the spreadsheet's zone, so rounding with the zone's offset is exact even when daylight
 * saving moves that offset by an hour or two.
 */
export function fechaDeCeldaEnMs(ms: number, desfaseMinutos: number): FechaCalendario {
  return fechaDesdeNumeroDeDia(Math.round((ms + desfaseMinutos * 60_000) / MS_POR_DIA));
}

/** The local date and time of an instant, in a zone `desfaseMinutos` from UTC (minutes dropped below). */
export function fechaHoraLocal(ms: number, desfaseMinutos: number): FechaHora {
  const minutos = Math.floor((ms + desfaseMinutos * 60_000) / 60_000);
  const dias = Math.floor(minutos / MINUTOS_POR_DIA);
  const delDia = minutos - dias * MINUTOS_POR_DIA;
  return { ...fechaDesdeNumeroDeDia(dias), hora: Math.floor(delDia / 60), minuto: delDia % 60 };
}

/** The serial of an instant in a zone (date and time), for "Registrado el" and "Generado el". */
export function serialDeInstante(ms: number, desfaseMinutos: number): number {
  return (ms + desfaseMinutos * 60_000) / MS_POR_DIA + SERIAL_DE_1970;
}

/**
 * A test for date cells (start, and end or null for a one-day activity) that surely lie outside
 * `mes`, read with an offset that may be a few hours off (today's instead of the cell's own): a day
 * of margin on each side keeps any doubtful row for the exact reading. Built once per month, it
 * costs two divisions per row.
 */
export function lejosDelMes(
  mes: MesCalendario,
  desfaseMinutos: number,
): (inicioMs: number, finMs: number | null) => boolean {
  const primero = numeroDeDia({ anio: mes.anio, mes: mes.mes, dia: 1 });
  const ultimo = numeroDeDia({ anio: mes.anio, mes: mes.mes, dia: diasDelMes(mes.anio, mes.mes) });
  const dia = (ms: number): number => Math.round((ms + desfaseMinutos * 60_000) / MS_POR_DIA);
  return (inicioMs, finMs) => {
    const a = dia(inicioMs);
    const b = finMs === null ? a : dia(finMs);
    // A reversed range is judged by both its ends, so a row whose start is in the month keeps its check.
    return Math.max(a, b) + 1 < primero || Math.min(a, b) - 1 > ultimo;
  };
}
