// Reads dates typed as text the way the office writes them ("27 al 30 de May.", "martes 4 de junio", "28/05/2019").
import { type Completo, completar } from "./anio";
import {
  ANIO_MAXIMO,
  ANIO_MINIMO,
  compararFechas,
  crearFecha,
  diasDelMes,
  type FechaCalendario,
  type MesCalendario,
  type RangoDeFechas,
  sumarDias,
} from "./calendario";
import { type Extremos, leerExtremos } from "./extremos";
import { formatearFecha, nombreDeMes } from "./formato";
import type { OrdenNumerico } from "./locale";
import { EJEMPLO, es, esAnio, fallo, type Lectura, noSonSeguidos, tokenizar } from "./piezas";
import { revisarDiaDeLaSemana } from "./semana";

export { type OrdenNumerico, ordenDeLocale } from "./locale";

/** What the text leaves out, and how to read what it leaves ambiguous. */
export interface ContextoDeFecha {
  /** The day the row belongs to in time: its Registrado el, else the moment it was typed. */
  readonly referencia: FechaCalendario;
  /** How numeric dates such as "05/06/2019" are read: the spreadsheet locale's order. Default "diaMes". */
  readonly orden?: OrdenNumerico;
}

/** The range read, or why the text could not be read (a Spanish sentence for the user). */
export type ResultadoDeFecha =
  | {
      readonly ok: true;
      readonly rango: RangoDeFechas;
      /** True when the year came from the reference, not from the text: the edge tells the user which year it used. */
      readonly anioDelContexto: boolean;
      /**
       * True when a numeric date could be read the other way round as another real day ("05/06/2019"):
       * the edge shows the reading in words.
       */
      readonly ambigua: boolean;
    }
  | { readonly ok: false; readonly motivo: string };

/** A month read from text, or why not. */
export type ResultadoDeMes =
  | { readonly ok: true; readonly mes: MesCalendario }
  | { readonly ok: false; readonly motivo: string };

/** Longer text is certainly not a date; the limit also keeps the scan cheap on pasted paragraphs. */
const LARGO_MAXIMO = 80;

function demasiadoLargo(que: string, ejemplo: string): { ok: false; motivo: string } {
  return fallo(`El texto es demasiado largo para ser ${que}. Escriba, ${ejemplo}.`);
}

function fueraDeLoPermitido(anio: number): { ok: false; motivo: string } {
  return fallo(
    `El año ${anio} está fuera de lo permitido: use un año entre ${ANIO_MINIMO} y ${ANIO_MAXIMO}.`,
  );
}

/** A real day of the calendar within the allowed years, or the reason it is not. */
function fechaReal(
  d: { dia: number; mes: number; anio: number },
  orden: OrdenNumerico,
): Lectura<FechaCalendario> {
  const { dia, mes, anio } = d;
  if (mes < 1 || mes > 12) {
    const forma =
      orden === "mesDia" ? "mes/día/año, por ejemplo 05/28/2019" : "día/mes/año, por ejemplo 28/05/2019";
    return fallo(`El mes ${mes} no existe. Escriba la fecha como ${forma}.`);
  }
  if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) return fueraDeLoPermitido(anio);
  if (dia < 1 || dia > 31) return fallo(`El día ${dia} no existe. Revise la fecha.`);
  const fecha = crearFecha(anio, mes, dia);
  if (!fecha) {
    return fallo(
      `El ${dia} de ${nombreDeMes(mes)} de ${anio} no existe: ${nombreDeMes(mes)} de ${anio} tiene ${diasDelMes(anio, mes)} días.`,
    );
  }
  return { ok: true, valor: fecha };
}

/**
 * The range of the days written, or why they are not one: a day the calendar lacks, an end before the
 * start, days joined by «y» that do not follow one another, a weekday the calendar contradicts.
 */
function rangoReal(
  forma: Extremos["forma"],
  completo: Completo,
  original: string,
  contexto: { orden: OrdenNumerico; referencia: FechaCalendario | undefined },
): Lectura<RangoDeFechas> {
  const inicio = fechaReal(completo.inicio, contexto.orden);
  if (!inicio.ok) return inicio;
  const fin = fechaReal(completo.final, contexto.orden);
  if (!fin.ok) return fin;
  const rango = { inicio: inicio.valor, fin: fin.valor };
  if (compararFechas(rango.fin, rango.inicio) < 0) {
    const pista = completo.partes.some((p) => p.anio === null)
      ? " Si el rango cruza de año, escriba los dos años."
      : "";
    return fallo(
      `La fecha de fin (${formatearFecha(rango.fin, { conAnio: true })}) no puede ser anterior a la fecha de inicio (${formatearFecha(rango.inicio, { conAnio: true })}).${pista}`,
    );
  }
  const dias =
    forma === "rango" ? [rango.inicio, rango.fin] : completo.partes.map((_, i) => sumarDias(rango.inicio, i));
  for (const [i, p] of completo.partes.entries()) {
    const d = dias[i];
    if (!d) continue;
    if (forma !== "rango" && (d.dia !== p.dia || d.mes !== p.mes || (p.anio !== null && p.anio !== d.anio)))
      return noSonSeguidos(original);
    const semana = p.semana === null ? null : revisarDiaDeLaSemana(d, p.semana, contexto.referencia);
    if (semana !== null) return fallo(semana);
  }
  return { ok: true, valor: rango };
}

/**
 * Reads a date or a range typed as text, in the forms the office uses: "7 May.", "27 al 30 de May.",
 * "del 3 al 5 de junio", "4-6 jun", "30 de abril al 2 de mayo", "30 y 31 de mayo", "3, 4 y 5 de junio",
 * "30 de junio y 1 de julio", "1° de junio", "mayo 28", "martes 4 de junio", "Jue. 6 de jun.",
 * "28/05/2019", "28-05-2019", "2019-05-28", "3-jun-2019", "28 de mayo de 2019", "28/05". Case, accents
 * and the dot of abbreviations do not matter.
 *
 * Numeric dates follow `contexto.orden` (day first by default) unless only the other order is a real
 * day ("28/05/2019" under month first); `ambigua` says when both orders were real. A missing year is
 * the one, among the reference's year and its neighbours, that puts the date nearest the reference
 * (the earlier on a tie); "30 de diciembre al 2 de enero" (October–December into January–March) is one
 * range across New Year, placed by the same rule. A weekday written is checked once the year is known.
 * What it cannot read for certain — "ayer", "mayo", "31 de febrero", "5 y 7 de mayo", an end before the
 * start, "jueves 4 de junio" in 2019 — is an error with the reason; it never guesses and never throws.
 */
export function interpretarFecha(texto: unknown, contexto: ContextoDeFecha): ResultadoDeFecha {
  const original = typeof texto === "string" ? texto.trim() : "";
  if (original === "") return fallo(`Escriba una fecha, ${EJEMPLO}.`);
  if (original.length > LARGO_MAXIMO) return demasiadoLargo("una fecha", EJEMPLO);
  const { orden: pedido, referencia }: Partial<ContextoDeFecha> = contexto || {};
  const orden: OrdenNumerico = pedido === "mesDia" ? "mesDia" : "diaMes";
  const tokens = tokenizar(original);
  if (!tokens.ok) return tokens;
  const extremos = leerExtremos(tokens.valor, original, orden);
  if (!extremos.ok) return extremos;
  const completo = completar(extremos.valor, original, referencia);
  if (!completo.ok) return completo;
  const rango = rangoReal(extremos.valor.forma, completo.valor, original, { orden, referencia });
  if (!rango.ok) return rango;
  return {
    ok: true,
    rango: rango.valor,
    anioDelContexto: completo.valor.anioDelContexto,
    ambigua: extremos.valor.ambigua,
  };
}

/**
 * Reads a month typed as text for the Mes column of Coordinaciones: "2019-05", "mayo 2019",
 * "mayo de 2019", "may. 2019", "jun-2019", "junio/2019", "05/2019". A month without a year is an
 * error: it never guesses.
 */
export function interpretarMes(texto: unknown): ResultadoDeMes {
  const ejemplo = "por ejemplo «mayo 2019» o «2019-05»";
  const original = typeof texto === "string" ? texto.trim() : "";
  if (original === "") return fallo(`Escriba el mes, ${ejemplo}.`);
  if (original.length > LARGO_MAXIMO) return demasiadoLargo("un mes", ejemplo);
  // "2019-05" or "05/2019".
  const numerico = /^(?:(\d{4})[-/](\d{1,2})|(\d{1,2})[-/](\d{4}))$/.exec(original);
  let anio: number | null = null;
  let mes: number | null = null;
  if (numerico) {
    anio = Number(numerico[1] || numerico[4]);
    mes = Number(numerico[2] || numerico[3]);
  } else {
    // "jun-2019", "junio/2019": the mark between the month word and the year means nothing, nor a comma.
    const tokens = tokenizar(original.replace(/^([^\d/-]*[^\s\d/-])\s*[-/]\s*(\d{4})$/, "$1 $2"));
    const piezas = tokens.ok ? tokens.valor.filter((t) => t.tipo !== "coma") : [];
    const [a, b] = piezas;
    if (piezas.length === 2 && es(a, "mes") && esAnio(b)) {
      anio = b.valor;
      mes = a.mes;
    } else if (piezas.length === 1 && es(a, "mes")) {
      return fallo(`Falta el año en «${original}»: escriba, ${ejemplo}.`);
    } else {
      return fallo(`No se entiende el mes «${original}». Escriba, ${ejemplo}.`);
    }
  }
  if (mes < 1 || mes > 12) return fallo(`El mes ${mes} no existe. Escriba, ${ejemplo}.`);
  if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) return fueraDeLoPermitido(anio);
  return { ok: true, mes: { anio, mes } };
}
