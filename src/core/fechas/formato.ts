// Dates written in Spanish the way the office's reports write them: "7 de mayo", "27 al 30 de mayo", "Mayo 2019".
import type { FechaCalendario, MesCalendario, RangoDeFechas } from "./calendario";

/** Month names, lower case as Spanish writes them mid-sentence; index 0 is enero. */
const NOMBRES_DE_MES = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;

/** "mayo" for 5. */
export function nombreDeMes(mes: number): string {
  return NOMBRES_DE_MES[mes - 1] ?? String(mes);
}

/** Options for `formatearFecha` and `formatearRango`. */
export interface OpcionesDeFormato {
  /**
   * Write the year even when the range stays within one year. Off by default: in a monthly report the
   * title already says the year. A range that crosses years always shows both years.
   */
  readonly conAnio?: boolean;
}

/** "7 de mayo", or "7 de mayo de 2019" with `conAnio`. */
export function formatearFecha(f: FechaCalendario, opciones: OpcionesDeFormato = {}): string {
  const base = `${f.dia} de ${nombreDeMes(f.mes)}`;
  return opciones.conAnio ? `${base} de ${f.anio}` : base;
}

/**
 * A range as the report prints it: "7 de mayo", "27 al 30 de mayo", "30 de abril al 2 de mayo",
 * "30 de diciembre de 2019 al 2 de enero de 2020". With `conAnio` the year closes the text
 * ("27 al 30 de mayo de 2019"), so that `interpretarFecha` reads back exactly the same range.
 */
export function formatearRango(r: RangoDeFechas, opciones: OpcionesDeFormato = {}): string {
  const { inicio, fin } = r;
  const anio = opciones.conAnio ? ` de ${fin.anio}` : "";
  if (inicio.anio !== fin.anio) {
    return `${formatearFecha(inicio, { conAnio: true })} al ${formatearFecha(fin, { conAnio: true })}`;
  }
  if (inicio.mes !== fin.mes) return `${formatearFecha(inicio)} al ${formatearFecha(fin)}${anio}`;
  if (inicio.dia !== fin.dia) return `${inicio.dia} al ${formatearFecha(fin)}${anio}`;
  return `${formatearFecha(inicio)}${anio}`;
}

/** The report title: "Mayo 2019". */
export function tituloDeMes(m: MesCalendario): string {
  const nombre = nombreDeMes(m.mes);
  return `${nombre.charAt(0).toUpperCase()}${nombre.slice(1)} ${m.anio}`;
}

/** A month as the Coordinaciones sheet shows it: "mayo 2019". */
export function formatearMes(m: MesCalendario): string {
  return `${nombreDeMes(m.mes)} ${m.anio}`;
}
