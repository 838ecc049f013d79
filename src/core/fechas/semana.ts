// Weekdays staff write before a day ("martes 4 de junio"): checked against the calendar, never dropped.
import { compararFechas, esFechaValida, type FechaCalendario, numeroDeDia } from "./calendario";
import { formatearFecha } from "./formato";

/** Index 0 is domingo, as `diaDeLaSemana` counts. */
export const NOMBRES_DE_DIA: readonly string[] = [
  "domingo",
  "lunes",
  "martes",
  "miércoles",
  "jueves",
  "viernes",
  "sábado",
];

/** 0 for domingo … 6 for sábado. Day number 0 (1 January 1970) was a Thursday. */
export function diaDeLaSemana(f: FechaCalendario): number {
  return (((numeroDeDia(f) + 4) % 7) + 7) % 7;
}

/**
 * Null when the date falls on the weekday written, else the sentence that names both: "El 4 de junio
 * de 2019 fue martes, no jueves: revise la fecha." The verb is in the tense the reference day puts it.
 */
export function revisarDiaDeLaSemana(
  fecha: FechaCalendario,
  escrito: number,
  referencia: FechaCalendario | undefined,
): string | null {
  const real = diaDeLaSemana(fecha);
  if (real === escrito) return null;
  const orden = esFechaValida(referencia) ? compararFechas(fecha, referencia) : 0;
  const verbo = orden < 0 ? "fue" : orden > 0 ? "será" : "es";
  return `El ${formatearFecha(fecha, { conAnio: true })} ${verbo} ${NOMBRES_DE_DIA[real]}, no ${NOMBRES_DE_DIA[escrito]}: revise la fecha.`;
}
