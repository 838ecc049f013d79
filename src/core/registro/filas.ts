// Rows read from the registry sheets, checked with the entry rules; typed-in text dates are read here.
import {
  claveDeMes,
  esFechaValida,
  type FechaCalendario,
  fechaAIso,
  mismaFecha,
  type RangoDeFechas,
} from "../fechas/calendario";
import { type ContextoDeFecha, interpretarFecha, interpretarMes } from "../fechas/lectura";
import { estaVacio } from "../texto";
import type { ErrorDeCampo, Validacion } from "./campos";
import {
  type Actividad,
  CAMPOS_ACTIVIDAD,
  type CampoActividad,
  type CampoCoordinacion,
  type ContextoDeReglas,
  type Coordinacion,
  validarActividad,
  validarCoordinacion,
} from "./reglas";

/**
 * A cell as core receives it. The edge reads `getValues()` and turns date cells into calendar dates
 * in the spreadsheet's time zone (core knows no time zone); text, numbers and booleans pass as they
 * are; an empty cell is "" (or null).
 */
export type Celda = string | number | boolean | FechaCalendario | null | undefined;

/** A row of Actividades. `fila` is the sheet row number (2 is the first under the header). */
export interface FilaActividad {
  readonly fila: number;
  readonly actividad: Celda;
  readonly entidad: Celda;
  readonly informacion: Celda;
  readonly fecha: Celda;
  readonly fechaFin: Celda;
  readonly eje: Celda;
  /** Registrado el, as milliseconds since 1970 (the edge converts the cell); null or absent when empty. */
  readonly registradoEl?: number | null;
  /** The calendar day of Registrado el in the spreadsheet's zone: the year of a text date without one. */
  readonly registradoElDia?: FechaCalendario | null;
}

/** A row of Coordinaciones. */
export interface FilaCoordinacion {
  readonly fila: number;
  readonly mes: Celda;
  readonly coordinacion: Celda;
  readonly registradoEl?: number | null;
  readonly registradoElDia?: FechaCalendario | null;
}

/** A date typed as text in Fecha (or Fecha fin) and how it was read, so the edge can write real dates and say so. */
export interface FechaEscrita {
  readonly campo: "fecha" | "fechaFin";
  readonly texto: string;
  readonly rango: RangoDeFechas;
  /** The year was not written: it came from the row's day (see ContextoDeFecha). */
  readonly anioDelContexto: boolean;
  /** A numeric date whose day and month could be swapped: the note says it in words. */
  readonly ambigua: boolean;
}

/** The result of checking a row: as `Validacion`, plus the typed-in dates read (even when other fields fail). */
export type ValidacionDeFila<T, C extends string> = Validacion<T, C> & {
  readonly fechasEscritas: readonly FechaEscrita[];
};

/** What a row check needs: the configured ejes (or null), the row's day and the locale's order for text dates. */
export interface ContextoDeFila extends ContextoDeReglas, ContextoDeFecha {}

/** True when the row has nothing in the fields the office types (rows left empty between entries). */
export function esFilaVaciaDeActividad(fila: FilaActividad): boolean {
  return CAMPOS_ACTIVIDAD.every((campo) => estaVacio(fila[campo]));
}

/** True when the row has neither month nor text. */
export function esFilaVaciaDeCoordinacion(fila: FilaCoordinacion): boolean {
  return estaVacio(fila.mes) && estaVacio(fila.coordinacion);
}

/** A text cell as the rules expect it: digits typed in a text column stay as the text "500"; a date is not text. */
function celdaDeTexto(c: Celda): unknown {
  if (typeof c === "number") return String(c);
  return c;
}

function describirCelda(c: Celda): string {
  if (typeof c === "number") return `el número ${c}`;
  if (typeof c === "boolean") return "una casilla de verificación";
  return "ese valor";
}

type LecturaDeFecha =
  | { readonly ok: true; readonly rango: RangoDeFechas | null; readonly escrita: FechaEscrita | null }
  | { readonly ok: false; readonly mensaje: string };

/** Reads a Fecha / Fecha fin cell: a real date, text to interpret, or empty (rango null). */
function leerCeldaDeFecha(c: Celda, campo: "fecha" | "fechaFin", contexto: ContextoDeFecha): LecturaDeFecha {
  const etiqueta = campo === "fecha" ? "La Fecha" : "La Fecha fin";
  if (estaVacio(c)) return { ok: true, rango: null, escrita: null };
  if (esFechaValida(c)) return { ok: true, rango: { inicio: c, fin: c }, escrita: null };
  if (typeof c === "string") {
    const r = interpretarFecha(c, contexto);
    if (!r.ok) return { ok: false, mensaje: `${etiqueta}: ${r.motivo}` };
    const { rango, anioDelContexto, ambigua } = r;
    return { ok: true, rango, escrita: { campo, texto: c.trim(), rango, anioDelContexto, ambigua } };
  }
  return {
    ok: false,
    mensaje: `${etiqueta} debe ser una fecha, por ejemplo «7 de mayo» o «27 al 30 de mayo»; ${describirCelda(c)} no lo es.`,
  };
}

/**
 * Checks a row of Actividades with the same rules as the form. Fecha may hold a real date or text
 * ("27 al 30 de May."), read with the row's day for a missing year; a range typed in Fecha fills Fecha fin.
 * Text in Fecha fin must be one day. Never throws.
 */
export function validarFilaActividad(
  fila: FilaActividad,
  contexto: ContextoDeFila,
): ValidacionDeFila<Actividad, CampoActividad | "formulario"> {
  const previos: ErrorDeCampo<CampoActividad>[] = [];
  const fecha = leerCeldaDeFecha(fila.fecha, "fecha", contexto);
  const fin = leerCeldaDeFecha(fila.fechaFin, "fechaFin", contexto);
  let fechaIso: string | undefined;
  let finIso: string | undefined;
  if (!fecha.ok) previos.push({ campo: "fecha", mensaje: fecha.mensaje });
  else if (fecha.rango) fechaIso = fechaAIso(fecha.rango.inicio);
  if (!fin.ok) previos.push({ campo: "fechaFin", mensaje: fin.mensaje });
  else if (fin.rango && !mismaFecha(fin.rango.inicio, fin.rango.fin)) {
    previos.push({
      campo: "fechaFin",
      mensaje: "La Fecha fin debe ser un solo día: escriba el rango en Fecha.",
    });
  } else if (fin.rango) finIso = fechaAIso(fin.rango.inicio);
  // A range typed in Fecha brings its own end; a different Fecha fin beside it would be a silent choice.
  if (fecha.ok && fecha.rango && !mismaFecha(fecha.rango.inicio, fecha.rango.fin)) {
    const finEscrito = fechaAIso(fecha.rango.fin);
    if (finIso === undefined && fin.ok) finIso = finEscrito;
    else if (finIso !== undefined && finIso !== finEscrito) {
      previos.push({
        campo: "fechaFin",
        mensaje:
          "La Fecha ya es un rango y no coincide con la Fecha fin: deje la Fecha fin vacía o escriba un solo día en Fecha.",
      });
    }
  }
  const entrada = {
    actividad: celdaDeTexto(fila.actividad),
    entidad: celdaDeTexto(fila.entidad),
    informacion: celdaDeTexto(fila.informacion),
    fecha: fechaIso,
    fechaFin: finIso,
    eje: celdaDeTexto(fila.eje),
  };
  // An empty Eje needs no list: it is not read (the list may cost the caller a call).
  const resultado = validarActividad(entrada, { ejes: estaVacio(fila.eje) ? null : contexto.ejes });
  const fechasEscritas: FechaEscrita[] = [];
  if (fecha.ok && fecha.escrita) fechasEscritas.push(fecha.escrita);
  if (fin.ok && fin.escrita) fechasEscritas.push(fin.escrita);
  if (previos.length === 0) return { ...resultado, fechasEscritas };
  // Problems found reading the cells replace whatever the rules said about the same field.
  const errores = resultado.ok
    ? []
    : resultado.errores.filter((e) => !previos.some((p) => p.campo === e.campo));
  const campos: readonly string[] = CAMPOS_ACTIVIDAD;
  const orden = (campo: string) => campos.indexOf(campo);
  return {
    ok: false,
    errores: [...errores, ...previos].sort((a, b) => orden(a.campo) - orden(b.campo)),
    fechasEscritas,
  };
}

/** Checks a row of Coordinaciones. Mes may be a date (any day of the month) or text ("mayo 2019", "2019-05"). */
export function validarFilaCoordinacion(
  fila: FilaCoordinacion,
): Validacion<Coordinacion, CampoCoordinacion | "formulario"> {
  let mes: string | undefined;
  let errorDeMes: ErrorDeCampo<CampoCoordinacion> | null = null;
  if (esFechaValida(fila.mes)) mes = claveDeMes(fila.mes);
  else if (typeof fila.mes === "string" && fila.mes.trim() !== "") {
    const r = interpretarMes(fila.mes);
    if (r.ok) mes = claveDeMes(r.mes);
    else errorDeMes = { campo: "mes", mensaje: `El Mes: ${r.motivo}` };
  } else if (!estaVacio(fila.mes)) {
    errorDeMes = {
      campo: "mes",
      mensaje: `El Mes debe ser un mes, por ejemplo «mayo 2019»; ${describirCelda(fila.mes)} no lo es.`,
    };
  }
  const resultado = validarCoordinacion({ mes, coordinacion: celdaDeTexto(fila.coordinacion) });
  if (errorDeMes === null) return resultado;
  const otros = resultado.ok ? [] : resultado.errores.filter((e) => e.campo !== "mes");
  return { ok: false, errores: [errorDeMes, ...otros] };
}
