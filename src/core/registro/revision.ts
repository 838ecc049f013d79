// One check for a registry row wherever it is read — typed into the sheet, Validar registros, the
// report's preflight: its problems, field by field, and the text dates it can turn into real ones.
import type { FechaCalendario } from "../fechas/calendario";
import { formatearFecha, formatearRango, nombreDeMes } from "../fechas/formato";
import type { OrdenNumerico } from "../fechas/lectura";
import type { ErrorDeCampo } from "./campos";
import {
  esFilaVaciaDeActividad,
  esFilaVaciaDeCoordinacion,
  type FechaEscrita,
  type FilaActividad,
  type FilaCoordinacion,
  validarFilaActividad,
  validarFilaCoordinacion,
} from "./filas";
import type { Actividad, CampoActividad, CampoCoordinacion, Coordinacion } from "./reglas";

/** What a row check needs besides the row. */
export interface ContextoDeRevision {
  /** The Ejes de trabajo of Configuración; null skips the check (the report does not print the eje). */
  readonly ejes: readonly string[] | null;
  /** The day a row without Registrado el belongs to: the moment it is checked. */
  readonly hoy: FechaCalendario;
  /** How the spreadsheet's locale orders numeric dates ("05/06/2019"). */
  readonly orden: OrdenNumerico;
}

/** A value the check gives a cell in place of what was typed: a real date, or the configured spelling of a text. */
export type ValorNuevo = { readonly fecha: FechaCalendario } | { readonly texto: string };

/** A cell to rewrite, and what to tell the user about it (the note on the cell). */
export interface Cambio<C extends string> {
  readonly campo: C;
  readonly valor: ValorNuevo;
  /** The text typed in the cell, for a date read from it (null for a respelled eje or a filled Fecha fin). */
  readonly escrito: string | null;
  /** "Se leyó «27 al 30 de mayo» como 27 al 30 de mayo de 2019." — null when nothing needs saying. */
  readonly nota: string | null;
}

/** The outcome of checking one row. */
export interface RevisionDeFila<C extends string, T = unknown> {
  readonly fila: number;
  /** The entry as the rules normalize it, when the row has no problem. */
  readonly valor: T | null;
  /** Nothing typed in the office's fields: not an entry, never marked. */
  readonly vacia: boolean;
  /** At most one per field, in sheet order; empty when the row is valid (once `cambios` are written). */
  readonly problemas: ReadonlyArray<ErrorDeCampo<C | "formulario">>;
  /** Text dates read (and ejes respelled) that the sheet should hold as real values. */
  readonly cambios: ReadonlyArray<Cambio<C>>;
}

/** The outcome of an empty row: nothing to check, nothing to mark. */
function filaVacia(fila: number): RevisionDeFila<never, never> {
  return { fila, valor: null, vacia: true, problemas: [], cambios: [] };
}

const ANIO_SUPUESTO =
  " El año no estaba escrito: se tomó el más cercano a la fecha de registro de la fila; si no es ese, escriba el año.";

/** The note for a text date read: what was understood, in words, and why when the text left room for doubt. */
export function notaDeLectura(escrita: FechaEscrita, orden: OrdenNumerico): string {
  let nota = `Se leyó «${escrita.texto}» como ${formatearRango(escrita.rango, { conAnio: true })}.`;
  if (escrita.anioDelContexto) nota += ANIO_SUPUESTO;
  if (escrita.ambigua) nota += ` ${explicacionDeOrden(orden)}`;
  return nota;
}

function explicacionDeOrden(orden: OrdenNumerico): string {
  const como = orden === "mesDia" ? "mes/día/año" : "día/mes/año";
  return `Los números se leyeron como ${como}, como lo hace el idioma de la hoja: si quería decir otro día, escriba el mes en letras.`;
}

/**
 * A date cell whose day and month could be swapped ("05/06/2019"): Sheets read it by the locale's
 * order, and the note says in words which day that is. Null for a date nobody could misread.
 */
export function notaDeFechaDudosa(fecha: FechaCalendario, orden: OrdenNumerico): string | null {
  if (fecha.dia > 12 || fecha.dia === fecha.mes) return null;
  return `La hoja guardó esta fecha como ${formatearFecha(fecha, { conAnio: true })}. ${explicacionDeOrden(orden)}`;
}

/** Checks an Actividades row with the form's rules and says which typed dates become real ones. */
export function revisarFilaActividad(
  fila: FilaActividad,
  contexto: ContextoDeRevision,
): RevisionDeFila<CampoActividad, Actividad> {
  if (esFilaVaciaDeActividad(fila)) return filaVacia(fila.fila);
  // Read through getters: the list of ejes, today and the locale cost calls, and only some rows need them.
  const r = validarFilaActividad(fila, {
    get ejes() {
      return contexto.ejes;
    },
    get orden() {
      return contexto.orden;
    },
    get referencia() {
      return fila.registradoElDia ?? contexto.hoy;
    },
  });
  const problemas = r.ok ? [] : r.errores;
  const conProblema = new Set<string>(problemas.map((p) => p.campo));
  const cambios: Cambio<CampoActividad>[] = [];
  for (const escrita of r.fechasEscritas) {
    if (conProblema.has(escrita.campo)) continue;
    cambios.push({
      campo: escrita.campo,
      valor: { fecha: escrita.rango.inicio },
      escrito: escrita.texto,
      nota: notaDeLectura(escrita, contexto.orden),
    });
    // A range typed in Fecha fills an empty Fecha fin (a different one beside it is a problem above).
    const vaciaLaFin = fila.fechaFin === "" || fila.fechaFin === null || fila.fechaFin === undefined;
    if (escrita.campo === "fecha" && vaciaLaFin && !conProblema.has("fechaFin")) {
      const { inicio, fin } = escrita.rango;
      if (fin.anio !== inicio.anio || fin.mes !== inicio.mes || fin.dia !== inicio.dia) {
        cambios.push({ campo: "fechaFin", valor: { fecha: fin }, escrito: null, nota: null });
      }
    }
  }
  // An eje typed with other case, accents or spacing is given the configured spelling.
  if (r.ok && r.valor.eje !== null && typeof fila.eje === "string" && fila.eje !== r.valor.eje) {
    cambios.push({ campo: "eje", valor: { texto: r.valor.eje }, escrito: null, nota: null });
  }
  return { fila: fila.fila, valor: r.ok ? r.valor : null, vacia: false, problemas, cambios };
}

/** Checks a Coordinaciones row; a Mes typed as text ("mayo 2019") becomes the month's first day. */
export function revisarFilaCoordinacion(
  fila: FilaCoordinacion,
): RevisionDeFila<CampoCoordinacion, Coordinacion> {
  if (esFilaVaciaDeCoordinacion(fila)) return filaVacia(fila.fila);
  const r = validarFilaCoordinacion(fila);
  const problemas = r.ok ? [] : r.errores;
  const cambios: Cambio<CampoCoordinacion>[] = [];
  if (r.ok && typeof fila.mes === "string") {
    const { anio, mes } = r.valor.mes;
    const texto = fila.mes.trim();
    cambios.push({
      campo: "mes",
      valor: { fecha: { anio, mes, dia: 1 } },
      escrito: texto,
      nota: `Se leyó «${texto}» como ${nombreDeMes(mes)} de ${anio}.`,
    });
  }
  return { fila: fila.fila, valor: r.ok ? r.valor : null, vacia: false, problemas, cambios };
}
