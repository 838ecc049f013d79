// Shared by the typed-date tests: short builders for dates and ranges, and readers that fail loudly.
import type { FechaCalendario, RangoDeFechas } from "../../../src/core/fechas/calendario";
import { type ContextoDeFecha, interpretarFecha } from "../../../src/core/fechas/lectura";

export const f = (anio: number, mes: number, dia: number): FechaCalendario => ({ anio, mes, dia });
export const r = (inicio: FechaCalendario, fin = inicio): RangoDeFechas => ({ inicio, fin });

/** A row registered in mid-June 2019: every month of 2019 is nearer than in 2018 or 2020. */
export const JUNIO_2019: ContextoDeFecha = { referencia: f(2019, 6, 15) };

/** The context of a row registered on that day, read with the default (day first) order. */
export const el = (anio: number, mes: number, dia: number): ContextoDeFecha => ({
  referencia: f(anio, mes, dia),
});

export function leer(texto: string, contexto: ContextoDeFecha = JUNIO_2019): RangoDeFechas {
  const resultado = interpretarFecha(texto, contexto);
  if (!resultado.ok) throw new Error(`«${texto}» no se leyó: ${resultado.motivo}`);
  return resultado.rango;
}

export function motivo(texto: string, contexto: ContextoDeFecha = JUNIO_2019): string {
  const resultado = interpretarFecha(texto, contexto);
  if (resultado.ok) throw new Error(`«${texto}» se leyó y no debía`);
  return resultado.motivo;
}
