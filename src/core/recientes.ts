// The sidebar's view of the registry: list entries of the current month and the activities a new one is compared with.
import type { ActividadConocida, EntradaReciente } from "./api";
import { type FechaCalendario, fechaAIso, fechaDesdeIso, type MesCalendario, rangoTocaMes } from "./fechas";
import { formatearMes, formatearRango } from "./formato-fechas";
import { type ActividadComparable, rangoDeActividad } from "./reglas";

/** How many entries the sidebar lists. */
export const ENTRADAS_RECIENTES = 10;

/** What an activity entry is built from: a valid activity or a readable registry row. */
export interface ActividadListable {
  readonly actividad: string;
  readonly entidad: string;
  readonly fecha: FechaCalendario;
  readonly fechaFin: FechaCalendario | null;
}

/** The list entry of an activity when its dates touch `mes` ("7 de mayo", "27 al 30 de mayo"); else null. */
export function entradaDeActividad(
  fila: number,
  a: ActividadListable,
  mes: MesCalendario,
): EntradaReciente | null {
  const rango = rangoDeActividad(a);
  if (!rangoTocaMes(rango, mes)) return null;
  const cuando = formatearRango(rango);
  return {
    tipo: "actividad",
    fila,
    titulo: a.actividad,
    detalle: a.entidad ? `${a.entidad} · ${cuando}` : cuando,
  };
}

/** The list entry of a coordination when it belongs to `mes`; else null. */
export function entradaDeCoordinacion(
  fila: number,
  coordinacion: string,
  delMes: MesCalendario,
  mes: MesCalendario,
): EntradaReciente | null {
  if (delMes.anio !== mes.anio || delMes.mes !== mes.mes) return null;
  return { tipo: "coordinacion", fila, titulo: coordinacion, detalle: formatearMes(delMes) };
}

/** A new entry on top of the list, which keeps its length. */
export function conEntradaNueva(
  lista: readonly EntradaReciente[],
  nueva: EntradaReciente | null,
): EntradaReciente[] {
  return nueva ? [nueva, ...lista].slice(0, ENTRADAS_RECIENTES) : [...lista];
}

/** An activity as the page carries it (the date as "YYYY-MM-DD", since pages get JSON). */
export function actividadConocida(fila: number, a: ActividadComparable): ActividadConocida {
  return { fila, actividad: a.actividad, entidad: a.entidad, fecha: fechaAIso(a.fecha) };
}

/** Back from the page's form to what duplicate detection compares; unreadable dates are dropped. */
export function comparablesConocidas(conocidas: readonly ActividadConocida[]): ActividadComparable[] {
  const salida: ActividadComparable[] = [];
  for (const c of conocidas) {
    const fecha = fechaDesdeIso(c.fecha);
    if (fecha) salida.push({ actividad: c.actividad, entidad: c.entidad, fecha, fila: c.fila });
  }
  return salida;
}
