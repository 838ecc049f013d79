// Reads dates typed as text the way the office writes them ("27 al 30 de May.", "1° de junio", "28/05/2019").
import {
  ANIO_MAXIMO,
  ANIO_MINIMO,
  compararFechas,
  crearFecha,
  diasDelMes,
  diasEntre,
  type FechaCalendario,
  type MesCalendario,
  type RangoDeFechas,
} from "./calendario";
import { formatearFecha, nombreDeMes } from "./formato";
import { EJEMPLO, esAnio, esDia, fallo, type Lectura, type Token, tokenizar } from "./piezas";

/** What the text leaves out: the year (and, for a range crossing New Year, the month it should touch). */
export interface ContextoDeFecha {
  /** Year used when the text has none, e.g. the year of the report or of today. */
  readonly anio: number;
  /** Month of the report or of today (1–12); decides which New Year a "30 de diciembre al 2 de enero" crosses. */
  readonly mes?: number;
}

/** The range read, or why the text could not be read (a Spanish sentence for the user). */
export type ResultadoDeFecha =
  | {
      readonly ok: true;
      readonly rango: RangoDeFechas;
      /** True when the year came from the context, not from the text: the edge tells the user which year it used. */
      readonly anioDelContexto: boolean;
    }
  | { readonly ok: false; readonly motivo: string };

/** A month read from text, or why not. */
export type ResultadoDeMes =
  | { readonly ok: true; readonly mes: MesCalendario }
  | { readonly ok: false; readonly motivo: string };

/** Longer text is certainly not a date; the limit also keeps the scan cheap on pasted paragraphs. */
const LARGO_MAXIMO = 80;

/** One end of a range as written: any part may be missing until the other end or the context fills it. */
interface FechaParcial {
  readonly dia: number | null;
  readonly mes: number | null;
  readonly anio: number | null;
}
/** Reads one end: "30", "30 mayo", "30 mayo 2019", "mayo 30", "mayo 30 2019" or "30/05/2019". */
function leerExtremo(tokens: readonly Token[], original: string): Lectura<FechaParcial> {
  const [a, b, c] = tokens;
  if (tokens.length === 1 && a?.tipo === "numerica") return { ok: true, valor: a };
  if (tokens.length >= 1 && tokens.length <= 3) {
    if (esDia(a)) {
      if (tokens.length === 1) return { ok: true, valor: { dia: a.valor, mes: null, anio: null } };
      if (b?.tipo === "mes" && (tokens.length === 2 || esAnio(c))) {
        return { ok: true, valor: { dia: a.valor, mes: b.mes, anio: esAnio(c) ? c.valor : null } };
      }
    }
    if (a?.tipo === "mes") {
      if (esDia(b) && (tokens.length === 2 || esAnio(c))) {
        return { ok: true, valor: { dia: b.valor, mes: a.mes, anio: esAnio(c) ? c.valor : null } };
      }
      if (tokens.length === 1 || (tokens.length === 2 && esAnio(b))) {
        return fallo(`Falta el día en «${original}»: escriba, ${EJEMPLO}.`);
      }
    }
    if (esAnio(a) && tokens.length === 1)
      return fallo(`Falta el día y el mes en «${original}»: escriba, ${EJEMPLO}.`);
  }
  return fallo(`No se entiende la fecha «${original}». Escriba, ${EJEMPLO}.`);
}

/** A real day of the calendar within the allowed years, or the reason it is not. */
function fechaReal(dia: number, mes: number, anio: number): Lectura<FechaCalendario> {
  if (mes < 1 || mes > 12) {
    return fallo(`El mes ${mes} no existe. Escriba la fecha como día/mes/año, por ejemplo 28/05/2019.`);
  }
  if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) {
    return fallo(
      `El año ${anio} está fuera de lo permitido: use un año entre ${ANIO_MINIMO} y ${ANIO_MAXIMO}.`,
    );
  }
  if (dia < 1 || dia > 31) return fallo(`El día ${dia} no existe. Revise la fecha.`);
  const fecha = crearFecha(anio, mes, dia);
  if (!fecha) {
    return fallo(
      `El ${dia} de ${nombreDeMes(mes)} de ${anio} no existe: ${nombreDeMes(mes)} de ${anio} tiene ${diasDelMes(anio, mes)} días.`,
    );
  }
  return { ok: true, valor: fecha };
}

/** Implicit New Year crossing only for short ranges from the last quarter into the first ("30 de dic. al 2 de ene."). */
function cruzaAnioNuevo(mesInicio: number, mesFin: number): boolean {
  return mesInicio >= 10 && mesFin <= 3;
}

function anioDeContexto(contexto: ContextoDeFecha | undefined): number | null {
  const anio = contexto?.anio;
  return typeof anio === "number" && Number.isInteger(anio) ? anio : null;
}

const FALTA_ANIO = "Falta el año: escriba, por ejemplo, «7 de mayo de 2019».";

/** The two ends as written, and the word that joined them ("al", "y"), if any. */
interface Extremos {
  readonly ini: FechaParcial;
  readonly fin: FechaParcial;
  readonly union: Extract<Token, { tipo: "union" }> | null;
}

/** Splits the pieces at the one joining word and reads each end. */
function leerExtremos(tokens: readonly Token[], original: string): Lectura<Extremos> {
  const uniones = tokens.filter((t): t is Extract<Token, { tipo: "union" }> => t.tipo === "union");
  if (uniones.length > 1) {
    return fallo(
      `Escriba un solo día o un solo rango con «al», ${EJEMPLO}; no varias fechas en la misma celda.`,
    );
  }
  const union = uniones[0] ?? null;
  const corte = union ? tokens.indexOf(union) : tokens.length;
  const izquierda = tokens.slice(0, corte);
  const derecha = tokens.slice(corte + 1);
  if (izquierda.length === 0) return fallo(`Falta la fecha de inicio en «${original}»: escriba, ${EJEMPLO}.`);
  if (union && derecha.length === 0)
    return fallo(`Falta la fecha de fin en «${original}»: escriba, ${EJEMPLO}.`);
  const ini = leerExtremo(izquierda, original);
  if (!ini.ok) return ini;
  const fin = union ? leerExtremo(derecha, original) : ini;
  if (!fin.ok) return fin;
  return { ok: true, valor: { ini: ini.valor, fin: fin.valor, union } };
}

/** Both ends with day, month and year: what one end leaves out comes from the other or the context. */
interface Completo {
  readonly inicio: { dia: number; mes: number; anio: number };
  readonly final: { dia: number; mes: number; anio: number };
  readonly anioDelContexto: boolean;
}

function completar({ ini, fin }: Extremos, original: string, contexto: ContextoDeFecha): Lectura<Completo> {
  // The end carries what the start leaves out ("27 al 30 de mayo"), and the other way round for the month.
  const mesFin = fin.mes ?? ini.mes;
  const mesIni = ini.mes ?? mesFin;
  if (mesIni === null || mesFin === null) return fallo(`Falta el mes en «${original}»: escriba, ${EJEMPLO}.`);
  if (ini.dia === null || fin.dia === null)
    return fallo(`Falta el día en «${original}»: escriba, ${EJEMPLO}.`);
  const invertido = mesIni > mesFin || (mesIni === mesFin && ini.dia > fin.dia);
  const cruza = invertido && cruzaAnioNuevo(mesIni, mesFin);
  let anioIni = ini.anio;
  let anioFin = fin.anio;
  const anioDelContexto = anioIni === null && anioFin === null;
  if (anioDelContexto) {
    const base = anioDeContexto(contexto);
    if (base === null) return fallo(FALTA_ANIO);
    const mesContexto = contexto?.mes;
    // A crossing range touches the context month: in January 2020 it is Dec 2019 – Jan 2020.
    anioIni = cruza && typeof mesContexto === "number" && mesContexto <= mesFin ? base - 1 : base;
    anioFin = cruza ? anioIni + 1 : anioIni;
  } else if (anioIni === null) {
    anioIni = cruza && anioFin !== null ? anioFin - 1 : anioFin;
  } else if (anioFin === null) {
    anioFin = cruza ? anioIni + 1 : anioIni;
  }
  if (anioIni === null || anioFin === null) return fallo(FALTA_ANIO);
  return {
    ok: true,
    valor: {
      inicio: { dia: ini.dia, mes: mesIni, anio: anioIni },
      final: { dia: fin.dia, mes: mesFin, anio: anioFin },
      anioDelContexto,
    },
  };
}

/** The range of two real days, or why it is not one: an end before the start, "y" between days not in a row. */
function rangoReal(extremos: Extremos, completo: Completo, original: string): Lectura<RangoDeFechas> {
  const { inicio: i, final: f } = completo;
  const inicio = fechaReal(i.dia, i.mes, i.anio);
  if (!inicio.ok) return inicio;
  const final = fechaReal(f.dia, f.mes, f.anio);
  if (!final.ok) return final;
  if (compararFechas(final.valor, inicio.valor) < 0) {
    const sinAnios = extremos.ini.anio === null || extremos.fin.anio === null;
    const pista = sinAnios ? " Si el rango cruza de año, escriba los dos años." : "";
    return fallo(
      `La fecha de fin (${formatearFecha(final.valor, { conAnio: true })}) no puede ser anterior a la fecha de inicio (${formatearFecha(inicio.valor, { conAnio: true })}).${pista}`,
    );
  }
  if (extremos.union?.palabra === "y" && diasEntre(inicio.valor, final.valor) !== 1) {
    return fallo(
      `«${original}» no son días seguidos: registre cada día en su propia fila, o escriba un rango con «al».`,
    );
  }
  return { ok: true, valor: { inicio: inicio.valor, fin: final.valor } };
}

/**
 * Reads a date or a range typed as text, in the forms the office uses: "7 May.", "27 al 30 de May.",
 * "del 3 al 5 de junio", "30 de abril al 2 de mayo", "30 y 31 de mayo", "1° de junio", "mayo 28",
 * "28/05/2019", "28-05-2019", "2019-05-28", "28 de mayo de 2019", "28/05". Case, accents and the dot
 * of abbreviations do not matter. Numeric dates are day first (Panama). A missing year comes from
 * the context; a range such as "30 de diciembre al 2 de enero" (October–December into January–March)
 * crosses New Year: it starts in the context year, or ends in it when the context month is no later
 * than the range's end month (a January report). What it cannot read for certain — "ayer", "mayo",
 * "31 de febrero", "5 y 7 de mayo", an end before the start — is an error with the reason; it never
 * guesses and never throws.
 */
export function interpretarFecha(texto: unknown, contexto: ContextoDeFecha): ResultadoDeFecha {
  if (typeof texto !== "string") return fallo(`Escriba una fecha, ${EJEMPLO}.`);
  const original = texto.trim();
  if (original === "") return fallo(`Escriba una fecha, ${EJEMPLO}.`);
  if (original.length > LARGO_MAXIMO)
    return fallo(`El texto es demasiado largo para ser una fecha. Escriba, ${EJEMPLO}.`);
  const tokens = tokenizar(original);
  if (!tokens.ok) return tokens;
  const extremos = leerExtremos(tokens.valor, original);
  if (!extremos.ok) return extremos;
  const completo = completar(extremos.valor, original, contexto);
  if (!completo.ok) return completo;
  const rango = rangoReal(extremos.valor, completo.valor, original);
  if (!rango.ok) return rango;
  return { ok: true, rango: rango.valor, anioDelContexto: completo.valor.anioDelContexto };
}

/**
 * Reads a month typed as text for the Mes column of Coordinaciones: "2019-05", "mayo 2019",
 * "mayo de 2019", "may. 2019", "05/2019". A month without a year is an error: it never guesses.
 */
export function interpretarMes(texto: unknown): ResultadoDeMes {
  const ejemplo = "por ejemplo «mayo 2019» o «2019-05»";
  if (typeof texto !== "string" || texto.trim() === "") return fallo(`Escriba el mes, ${ejemplo}.`);
  const original = texto.trim();
  if (original.length > LARGO_MAXIMO)
    return fallo(`El texto es demasiado largo para ser un mes. Escriba, ${ejemplo}.`);
  const iso = /^(\d{4})[-/](\d{1,2})$/.exec(original);
  const numerico = /^(\d{1,2})[-/](\d{4})$/.exec(original);
  let anio: number | null = null;
  let mes: number | null = null;
  if (iso) {
    anio = Number(iso[1]);
    mes = Number(iso[2]);
  } else if (numerico) {
    anio = Number(numerico[2]);
    mes = Number(numerico[1]);
  } else {
    const tokens = tokenizar(original);
    const [a, b] = tokens.ok ? tokens.valor : [];
    if (tokens.ok && tokens.valor.length === 2 && a?.tipo === "mes" && esAnio(b)) {
      anio = b.valor;
      mes = a.mes;
    } else if (tokens.ok && tokens.valor.length === 1 && a?.tipo === "mes") {
      return fallo(`Falta el año en «${original}»: escriba, ${ejemplo}.`);
    } else {
      return fallo(`No se entiende el mes «${original}». Escriba, ${ejemplo}.`);
    }
  }
  if (mes < 1 || mes > 12) return fallo(`El mes ${mes} no existe. Escriba, ${ejemplo}.`);
  if (anio < ANIO_MINIMO || anio > ANIO_MAXIMO) {
    return fallo(
      `El año ${anio} está fuera de lo permitido: use un año entre ${ANIO_MINIMO} y ${ANIO_MAXIMO}.`,
    );
  }
  return { ok: true, mes: { anio, mes } };
}
