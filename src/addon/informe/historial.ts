// The Historial de informes sheet: one row per month, found by its Mes even when retyped by hand, updated on every generation.
import { claveDeMes, esFechaValida, type MesCalendario } from "../../core/fechas/calendario";
import { formatearMes } from "../../core/fechas/formato";
import { interpretarMes } from "../../core/fechas/lectura";
import { serialDeInstante, serialDeMes } from "../../core/fechas/serial";
import type { InformeMensual } from "../../core/informe/modelo";
import type { ClaveHistorial } from "../../core/registro/hojas";
import type { LectorDeCeldas } from "../registro/celdas";
import { escribirValores, type FilaLeida, type HojaLeida, rangosDeFila } from "../registro/tabla";
import type { Hoja } from "../tipos";
import type { AlDeshacer } from "./transaccion";

/** What a Historial row records of one generation. */
export interface Generacion {
  mes: MesCalendario;
  url: string;
  pestana: string;
  informe: InformeMensual;
  usuario: string;
  /** The spreadsheet zone's offset now (for Generado el). */
  desfase: number;
  ahora: Date;
  /** How many times the add-on itself counted this month generated before (its own record), if it knows. */
  vecesRegistradas: number | null;
}

/** The month a Historial row names: a month cell, or a month retyped as text ("mayo 2019", "2019-05"). */
function mesDeFila(valor: unknown, lector: LectorDeCeldas): string | null {
  const celda = lector.celda(valor);
  if (esFechaValida(celda)) return claveDeMes(celda);
  const r = interpretarMes(celda);
  return r.ok ? claveDeMes(r.mes) : null;
}

/** Veces generado as the office may have left it: a number, a number typed as text, or unreadable (null). */
function vecesDeCelda(valor: unknown): number | null {
  const n = typeof valor === "number" ? valor : typeof valor === "string" ? Number(valor.trim()) : Number.NaN;
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** How many times the month had been generated, and what the office should know about its row. */
function vecesPrevias(
  previa: FilaLeida<ClaveHistorial> | undefined,
  g: Generacion,
  avisos: string[],
): number {
  const registradas = g.vecesRegistradas ?? 0;
  if (!previa) return registradas;
  const celda = previa.celdas.vecesGenerado;
  const enHoja = vecesDeCelda(celda);
  if (enHoja === null && celda !== "") {
    avisos.push(
      `Historial de informes, fila ${previa.fila}: «${String(celda)}» en Veces generado no es un número; se corrigió con la cuenta del complemento.`,
    );
  }
  return Math.max(enHoja ?? 0, registradas);
}

/** Historial as read with the registry, under the same lock and with the same reader of dates. */
export interface HistorialLeido {
  readonly hoja: Hoja;
  readonly lectura: HojaLeida<ClaveHistorial>;
  readonly lector: LectorDeCeldas;
}

/** The month's rows of Historial (the first is the one kept up to date) and the warnings about them. */
function filasDelMes(
  h: HistorialLeido,
  g: Generacion,
  avisos: string[],
): FilaLeida<ClaveHistorial> | undefined {
  const clave = claveDeMes(g.mes);
  const delMes = h.lectura.filas.filter((f) => mesDeFila(f.celdas.mes, h.lector) === clave);
  const previa = delMes[0];
  if (delMes.length > 1) {
    avisos.push(
      `Historial de informes tiene ${delMes.length} filas de ${formatearMes(g.mes)} (filas ${delMes.map((f) => f.fila).join(", ")}): se actualizó la fila ${previa?.fila}.`,
    );
  }
  return previa;
}

/**
 * Appends or updates the month's Historial row (its undo puts the row back); call it holding the
 * lock. The row is found by its Mes whether a month cell or retyped text; two rows of the same month
 * are said, never a third added. A new row goes under the last one, even one another generation
 * appended since Historial was read. Returns how many times the month has now been generated, and
 * warnings about the rows found.
 */
export function registrarEnHistorial(
  h: HistorialLeido,
  g: Generacion,
  alDeshacer: AlDeshacer,
): { veces: number; avisos: string[] } {
  const avisos: string[] = [];
  const previa = filasDelMes(h, g, avisos);
  const veces = vecesPrevias(previa, g, avisos) + 1;
  const fila = previa?.fila ?? Math.max(h.hoja.getLastRow(), h.lectura.filas.length + 1) + 1;
  const tramos = rangosDeFila(h.hoja, fila, h.lectura.mapa);
  escribirValores(tramos, {
    mes: serialDeMes(g.mes.anio, g.mes.mes),
    documento: g.url,
    pestana: g.pestana,
    actividades: g.informe.conteos.actividades,
    coordinaciones: g.informe.conteos.coordinaciones,
    generadoPor: g.usuario,
    generadoEl: serialDeInstante(g.ahora.getTime(), g.desfase),
    vecesGenerado: veces,
  });
  alDeshacer(() => {
    if (previa) escribirValores(tramos, previa.celdas);
    else for (const { rango } of tramos) rango.clearContent();
  });
  return { veces, avisos };
}
