// The sidebar's view of the registry: list entries of the current month, the activities a new one is compared with, the entities.
import type { ActividadConocida, EntradaReciente } from "../api";
import {
  esFechaValida,
  type FechaCalendario,
  fechaAIso,
  fechaDesdeIso,
  type MesCalendario,
  mesDeFecha,
  rangoTocaMes,
} from "../fechas/calendario";
import { formatearMes, formatearRango } from "../fechas/formato";
import { claveDeComparacion } from "../texto";
import type { ActividadComparable } from "./duplicados";
import type { FilaActividad, FilaCoordinacion } from "./filas";
import { rangoDeActividad } from "./reglas";

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

/** Entities offered by the autocomplete at most: more would only make the page heavy. */
const ENTIDADES_MAXIMAS = 2000;

/** The rows a duplicate may be among, as the page carries them: text in Actividad and Entidad and a real date. */
export function conocidasDeFilas(filas: readonly FilaActividad[]): ActividadConocida[] {
  const salida: ActividadConocida[] = [];
  for (const f of filas) {
    if (typeof f.actividad === "string" && typeof f.entidad === "string" && esFechaValida(f.fecha)) {
      salida.push(actividadConocida(f.fila, { actividad: f.actividad, entidad: f.entidad, fecha: f.fecha }));
    }
  }
  return salida;
}

/** The activities among `filas` whose dates touch `mes`, newest row first, as plain text for the list. */
export function recientesDeActividades(
  filas: readonly FilaActividad[],
  mes: MesCalendario,
): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = filas.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const f = filas[i];
    if (!f || typeof f.actividad !== "string" || !esFechaValida(f.fecha)) continue;
    const entrada = entradaDeActividad(
      f.fila,
      {
        actividad: f.actividad,
        entidad: typeof f.entidad === "string" ? f.entidad : "",
        fecha: f.fecha,
        fechaFin: esFechaValida(f.fechaFin) ? f.fechaFin : null,
      },
      mes,
    );
    if (entrada) salida.push(entrada);
  }
  return salida;
}

/** The coordinations of `mes` among `filas`, newest row first. */
export function recientesDeCoordinaciones(
  filas: readonly FilaCoordinacion[],
  mes: MesCalendario,
): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = filas.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const f = filas[i];
    if (!f || !esFechaValida(f.mes) || typeof f.coordinacion !== "string" || f.coordinacion.trim() === "")
      continue;
    const entrada = entradaDeCoordinacion(f.fila, f.coordinacion, mesDeFecha(f.mes), mes);
    if (entrada) salida.push(entrada);
  }
  return salida;
}

/** Unique entities of the Entidad column's values, sorted the Spanish way, at most ENTIDADES_MAXIMAS. */
export function entidadesUnicas(valores: readonly unknown[]): string[] {
  const porClave = new Map<string, string>();
  for (const valor of valores) {
    if (typeof valor !== "string") continue;
    const texto = valor.trim().replace(/\s+/g, " ");
    const clave = claveDeComparacion(texto);
    // The first spelling met is kept; "Unión Europea" and "union  europea" are one entity.
    if (clave !== "" && !porClave.has(clave)) porClave.set(clave, texto);
  }
  return [...porClave.values()].sort((a, b) => a.localeCompare(b, "es")).slice(0, ENTIDADES_MAXIMAS);
}
