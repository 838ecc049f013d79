// The sidebar's view of the registry: the latest entries grouped by month, the activities a new one is compared with, the entities.
import type { ActividadConocida, EntradaReciente } from "../api";
import { esFechaValida, type FechaCalendario, type MesCalendario, mesDeFecha } from "../fechas/calendario";
import { formatearMes, formatearRango } from "../fechas/formato";
import { claveDeComparacion } from "../texto";
import { claveDeDuplicado } from "./duplicados";
import type { FilaActividad, FilaCoordinacion } from "./filas";
import { rangoDeActividad } from "./reglas";

/** How many entries the sidebar lists. */
export const ENTRADAS_RECIENTES = 10;

/** Entities offered by the autocomplete at most, the most recently used first: more would only make the page heavy. */
const ENTIDADES_MAXIMAS = 500;

/** What an activity entry is built from: a valid activity or a readable registry row. */
export interface ActividadListable {
  readonly actividad: string;
  readonly entidad: string;
  readonly fecha: FechaCalendario;
  readonly fechaFin: FechaCalendario | null;
}

/** The list entry of an activity, under the month its Fecha falls in ("7 de mayo", "27 al 30 de mayo"). */
export function entradaDeActividad(fila: number, a: ActividadListable): EntradaReciente {
  const cuando = formatearRango(rangoDeActividad(a));
  return {
    tipo: "actividad",
    fila,
    titulo: a.actividad,
    detalle: a.entidad ? `${a.entidad} · ${cuando}` : cuando,
    mes: formatearMes(mesDeFecha(a.fecha)),
  };
}

/** The list entry of a coordination, under its month. */
export function entradaDeCoordinacion(
  fila: number,
  coordinacion: string,
  mes: MesCalendario,
): EntradaReciente {
  const nombre = formatearMes(mes);
  return { tipo: "coordinacion", fila, titulo: coordinacion, detalle: nombre, mes: nombre };
}

/** A new entry on top of the list, which keeps its length. */
export function conEntradaNueva(
  lista: readonly EntradaReciente[],
  nueva: EntradaReciente,
): EntradaReciente[] {
  return [nueva, ...lista].slice(0, ENTRADAS_RECIENTES);
}

/** The entries grouped by month, months in the order their newest entry comes (early in a month, the last one is still there). */
export function agruparPorMes(
  entradas: readonly EntradaReciente[],
): Array<{ mes: string; entradas: EntradaReciente[] }> {
  const grupos = new Map<string, EntradaReciente[]>();
  for (const e of entradas) {
    const grupo = grupos.get(e.mes);
    if (grupo) grupo.push(e);
    else grupos.set(e.mes, [e]);
  }
  return [...grupos].map(([mes, lista]) => ({ mes, entradas: lista }));
}

/** An activity as the page carries it: its row and its duplicate key. */
export function actividadConocida(
  fila: number,
  a: Parameters<typeof claveDeDuplicado>[0],
): ActividadConocida {
  return { fila, clave: claveDeDuplicado(a) };
}

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

/** The latest activities among `filas` whatever their month, newest row first, as plain text for the list. */
export function recientesDeActividades(filas: readonly FilaActividad[]): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = filas.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const f = filas[i];
    if (!f || typeof f.actividad !== "string" || f.actividad.trim() === "" || !esFechaValida(f.fecha))
      continue;
    const fechaFin = esFechaValida(f.fechaFin) ? f.fechaFin : null;
    const entidad = typeof f.entidad === "string" ? f.entidad : "";
    salida.push(entradaDeActividad(f.fila, { actividad: f.actividad, entidad, fecha: f.fecha, fechaFin }));
  }
  return salida;
}

/** The latest coordinations among `filas` whatever their month, newest row first. */
export function recientesDeCoordinaciones(filas: readonly FilaCoordinacion[]): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = filas.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const f = filas[i];
    if (!f || !esFechaValida(f.mes) || typeof f.coordinacion !== "string" || f.coordinacion.trim() === "")
      continue;
    salida.push(entradaDeCoordinacion(f.fila, f.coordinacion, mesDeFecha(f.mes)));
  }
  return salida;
}

/**
 * The entities of the Entidad column's values for the autocomplete: the most recently used first
 * (the column read from its last row up), each spelling once ("Unión Europea" and "union  europea" are
 * one entity; the latest spelling is kept), at most ENTIDADES_MAXIMAS, then sorted the Spanish way.
 */
export function entidadesUnicas(valores: readonly unknown[]): string[] {
  const porClave = new Map<string, string>();
  for (let i = valores.length - 1; i >= 0 && porClave.size < ENTIDADES_MAXIMAS; i--) {
    const valor = valores[i];
    if (typeof valor !== "string") continue;
    const texto = valor.trim().replace(/\s+/g, " ");
    const clave = claveDeComparacion(texto);
    if (clave !== "" && !porClave.has(clave)) porClave.set(clave, texto);
  }
  return [...porClave.values()].sort((a, b) => a.localeCompare(b, "es"));
}
