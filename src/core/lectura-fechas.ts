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
} from "./fechas";
import { formatearFecha, nombreDeMes } from "./formato-fechas";
import { sinAcentos } from "./texto";

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

const EJEMPLO = "por ejemplo «7 de mayo» o «27 al 30 de mayo»";

/** Month words: full names and the abbreviations staff use (with or without a dot; "set" and "setiembre" too). */
const PALABRAS_DE_MES: Readonly<Record<string, number>> = {
  ene: 1,
  enero: 1,
  feb: 2,
  febr: 2,
  febrero: 2,
  mar: 3,
  marzo: 3,
  abr: 4,
  abril: 4,
  may: 5,
  mayo: 5,
  jun: 6,
  junio: 6,
  jul: 7,
  julio: 7,
  ago: 8,
  agosto: 8,
  sep: 9,
  sept: 9,
  set: 9,
  septiembre: 9,
  setiembre: 9,
  oct: 10,
  octubre: 10,
  nov: 11,
  noviembre: 11,
  dic: 12,
  diciembre: 12,
};

/** Words that carry no information ("del 3 al 5 de junio", "los días 27 al 30 de mayo"). */
const RELLENO = new Set(["de", "del", "desde", "el", "los", "dia", "dias"]);

/** Words that join the two ends of a range. */
const UNION_RANGO = new Set(["al", "a", "hasta"]);

type Token =
  | { readonly tipo: "numero"; readonly valor: number; readonly cifras: number; readonly ordinal: boolean }
  | { readonly tipo: "mes"; readonly mes: number }
  | { readonly tipo: "numerica"; readonly dia: number; readonly mes: number; readonly anio: number | null }
  | { readonly tipo: "union"; readonly palabra: "al" | "y" };

type Lectura<T> = { readonly ok: true; readonly valor: T } | { readonly ok: false; readonly motivo: string };

function fallo(motivo: string): { ok: false; motivo: string } {
  return { ok: false, motivo };
}

/** Two-digit years in "28/05/19" are this century: the only years an entry may use. */
function anioCompleto(texto: string): number {
  const n = Number(texto);
  return texto.length === 2 ? 2000 + n : n;
}

/** What a piece of text is: a token, nothing (a filler), or the reason it cannot be part of a date. */
type Pieza = Token | null | { readonly motivo: string };

function leerPalabra(palabra: string, citado: string): Pieza {
  const mes = PALABRAS_DE_MES[palabra];
  if (mes !== undefined) return { tipo: "mes", mes };
  if (palabra === "primero" || palabra === "primer")
    return { tipo: "numero", valor: 1, cifras: 1, ordinal: true };
  if (UNION_RANGO.has(palabra)) return { tipo: "union", palabra: "al" };
  if (palabra === "y") return { tipo: "union", palabra: "y" };
  if (RELLENO.has(palabra)) return null;
  return { motivo: `No se reconoce «${citado}» en una fecha. Escriba el día y el mes, ${EJEMPLO}.` };
}

/** The pieces a date can be made of, tried in this order at each position (sticky regexps). */
const PIEZAS: ReadonlyArray<{
  readonly re: RegExp;
  readonly leer: (m: RegExpExecArray, citado: string) => Pieza;
}> = [
  // Spaces and commas ("mayo 28, 2019") separate pieces and mean nothing else.
  { re: /[\s,]+/y, leer: () => null },
  {
    re: /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y,
    leer: (m) => ({ tipo: "numerica", anio: Number(m[1]), mes: Number(m[3]), dia: Number(m[4]) }),
  },
  {
    // Day first, as Panama writes dates: "5/6" is 5 de junio, never May 6.
    re: /(\d{1,2})([/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)/y,
    leer: (m) => ({
      tipo: "numerica",
      dia: Number(m[1]),
      mes: Number(m[3]),
      anio: m[4] === undefined ? null : anioCompleto(m[4]),
    }),
  },
  {
    // With a hyphen only when the year is there: "27-30" is a range of days, "28-05-2019" a date.
    re: /(\d{1,2})-(\d{1,2})-(\d{4}|\d{2})(?!\d)/y,
    leer: (m) => ({ tipo: "numerica", dia: Number(m[1]), mes: Number(m[2]), anio: anioCompleto(m[3] ?? "") }),
  },
  {
    // "1°", "1º", "1.°", "1ro", "1er", "1o": ordinals, as staff write the first of the month.
    re: /(\d+)(\s?\.?[°º]|ª|(?:ro|ero|er|o)(?![a-z]))?/y,
    leer: (m, citado) => {
      const cifras = (m[1] ?? "").length;
      if (cifras > 4) return { motivo: `No se reconoce el número «${citado}» como día ni como año.` };
      return { tipo: "numero", valor: Number(m[1]), cifras, ordinal: m[2] !== undefined };
    },
  },
  // Words, with the dot of an abbreviation ("May.").
  { re: /([a-z]+)\.?/y, leer: (m, citado) => leerPalabra(m[1] ?? "", citado) },
  { re: /[-\u2013\u2014]/y, leer: () => ({ tipo: "union", palabra: "al" }) },
];

/**
 * Lower case without accents, one code unit for one, so that positions in it are positions in the
 * original and error messages can quote what the user typed.
 */
function normalizar(texto: string): string {
  return texto
    .split("")
    .map((c) => {
      const n = sinAcentos(c);
      return n.length === 1 ? n : c;
    })
    .join("");
}

/** Splits text into date tokens; filler words are dropped. */
function tokenizar(original: string): Lectura<Token[]> {
  const texto = normalizar(original);
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < texto.length) {
    let avance = 0;
    for (const { re, leer } of PIEZAS) {
      re.lastIndex = pos;
      const m = re.exec(texto);
      if (!m) continue;
      const pieza = leer(m, original.slice(pos, pos + m[0].length));
      if (pieza !== null && "motivo" in pieza) return fallo(pieza.motivo);
      if (pieza !== null) tokens.push(pieza);
      avance = m[0].length;
      break;
    }
    if (avance === 0) {
      return fallo(`No se reconoce el carácter «${original.charAt(pos)}» en una fecha. Escriba, ${EJEMPLO}.`);
    }
    pos += avance;
  }
  return { ok: true, valor: tokens };
}

/** One end of a range as written: any part may be missing until the other end or the context fills it. */
interface FechaParcial {
  readonly dia: number | null;
  readonly mes: number | null;
  readonly anio: number | null;
}

function esDia(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return t !== undefined && t.tipo === "numero" && t.cifras <= 2;
}

function esAnio(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return t !== undefined && t.tipo === "numero" && t.cifras === 4 && !t.ordinal;
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
  const uniones = tokens.valor.filter((t) => t.tipo === "union");
  if (uniones.length > 1) {
    return fallo(
      `Escriba un solo día o un solo rango con «al», ${EJEMPLO}; no varias fechas en la misma celda.`,
    );
  }
  const union = uniones[0];
  const corte = union ? tokens.valor.indexOf(union) : tokens.valor.length;
  const izquierda = tokens.valor.slice(0, corte);
  const derecha = tokens.valor.slice(corte + 1);
  if (izquierda.length === 0) return fallo(`Falta la fecha de inicio en «${original}»: escriba, ${EJEMPLO}.`);
  if (union && derecha.length === 0)
    return fallo(`Falta la fecha de fin en «${original}»: escriba, ${EJEMPLO}.`);

  const ini = leerExtremo(izquierda, original);
  if (!ini.ok) return ini;
  const fin = union ? leerExtremo(derecha, original) : ini;
  if (!fin.ok) return fin;

  // The end carries what the start leaves out ("27 al 30 de mayo"), and the other way round for the month.
  const mesFin = fin.valor.mes ?? ini.valor.mes;
  const mesIni = ini.valor.mes ?? mesFin;
  const diaIni = ini.valor.dia;
  const diaFin = fin.valor.dia;
  if (mesIni === null || mesFin === null) return fallo(`Falta el mes en «${original}»: escriba, ${EJEMPLO}.`);
  if (diaIni === null || diaFin === null) return fallo(`Falta el día en «${original}»: escriba, ${EJEMPLO}.`);

  const invertido = mesIni > mesFin || (mesIni === mesFin && diaIni > diaFin);
  const cruza = invertido && cruzaAnioNuevo(mesIni, mesFin);
  let anioIni = ini.valor.anio;
  let anioFin = fin.valor.anio;
  let anioDelContexto = false;
  if (anioIni === null && anioFin === null) {
    const base = anioDeContexto(contexto);
    if (base === null) return fallo(FALTA_ANIO);
    anioDelContexto = true;
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

  const inicio = fechaReal(diaIni, mesIni, anioIni);
  if (!inicio.ok) return inicio;
  const final = fechaReal(diaFin, mesFin, anioFin);
  if (!final.ok) return final;

  if (compararFechas(final.valor, inicio.valor) < 0) {
    const sinAnios = ini.valor.anio === null || fin.valor.anio === null;
    const pista = sinAnios ? " Si el rango cruza de año, escriba los dos años." : "";
    return fallo(
      `La fecha de fin (${formatearFecha(final.valor, { conAnio: true })}) no puede ser anterior a la fecha de inicio (${formatearFecha(inicio.valor, { conAnio: true })}).${pista}`,
    );
  }
  if (union?.tipo === "union" && union.palabra === "y" && diasEntre(inicio.valor, final.valor) !== 1) {
    return fallo(
      `«${original}» no son días seguidos: registre cada día en su propia fila, o escriba un rango con «al».`,
    );
  }
  return { ok: true, rango: { inicio: inicio.valor, fin: final.valor }, anioDelContexto };
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
