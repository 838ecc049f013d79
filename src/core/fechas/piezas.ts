// Splits a typed date into pieces: day numbers, month and weekday words, whole dates, the words joining days.
import { sinAcentos } from "../texto";
import { NOMBRES_DE_DIA } from "./semana";

/** The example every message about a typed date ends with. */
export const EJEMPLO = "por ejemplo «7 de mayo» o «27 al 30 de mayo»";

/** "Falta el mes en «27 al 30»: escriba, por ejemplo …". */
export function falta(que: string, original: string): { ok: false; motivo: string } {
  return fallo(`Falta ${que} en «${original}»: escriba, ${EJEMPLO}.`);
}

/** Days joined by «y» that do not follow one another: each belongs in its own row. */
export function noSonSeguidos(original: string): { ok: false; motivo: string } {
  return fallo(
    `«${original}» no son días seguidos: registre cada día en su propia fila, o escriba un rango con «al».`,
  );
}

/** The text is made of date pieces but not in an order that makes a date ("28 28 mayo"). */
export function noSeEntiende(original: string): { ok: false; motivo: string } {
  return fallo(`No se entiende la fecha «${original}». Escriba, ${EJEMPLO}.`);
}

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

/**
 * Weekday names without accents: a word of three letters or more that begins one names that day ("mié",
 * "sáb.", "jueves"). Month words are tried first, so "mar" is a month that may turn out to be martes.
 */
const PALABRAS_DE_SEMANA = NOMBRES_DE_DIA.map(sinAcentos);

/** Words that carry no information ("del 3 al 5 de junio", "los días 27 al 30 de mayo"). */
const RELLENO = new Set(["de", "del", "desde", "el", "los", "dia", "dias"]);

/** Words that join the two ends of a range. */
const UNION_RANGO = new Set(["al", "a", "hasta"]);

export type Token =
  | { readonly tipo: "numero"; readonly valor: number; readonly cifras: number; readonly ordinal: boolean }
  /** `semana` is the weekday the same word can name ("mar": marzo or martes), else null. */
  | { readonly tipo: "mes"; readonly mes: number; readonly semana: number | null }
  | { readonly tipo: "semana"; readonly dia: number }
  /**
   * A whole date in one piece. `porLocale` when it is bare numbers ("28/05/2019", "5/6"): `dia` and
   * `mes` are then as read day first, and the locale's order decides; not for "2019-05-28" or "3-jun".
   */
  | {
      readonly tipo: "fecha";
      readonly dia: number;
      readonly mes: number;
      readonly anio: number | null;
      readonly porLocale: boolean;
    }
  | { readonly tipo: "union"; readonly palabra: "al" | "y" }
  | { readonly tipo: "coma" };

export type Lectura<T> =
  | { readonly ok: true; readonly valor: T }
  | { readonly ok: false; readonly motivo: string };

export function fallo(motivo: string): { ok: false; motivo: string } {
  return { ok: false, motivo };
}

/** Two-digit years in "28/05/19" are this century: the only years an entry may use. Null when not written. */
function anioCompleto(texto: string | undefined): number | null {
  if (texto === undefined) return null;
  const n = Number(texto);
  return texto.length === 2 ? 2000 + n : n;
}

/**
 * What a piece of text is: a token, nothing (a filler), the reason it cannot be part of a date, or
 * undefined when the piece is not of this kind after all and the next kind should be tried.
 */
type Pieza = Token | null | { readonly motivo: string } | undefined;

function leerPalabra(palabra: string, citado: string): Pieza {
  const mes = PALABRAS_DE_MES[palabra];
  if (mes !== undefined) return { tipo: "mes", mes, semana: palabra === "mar" ? 2 : null };
  const semana = palabra.length < 3 ? -1 : PALABRAS_DE_SEMANA.findIndex((d) => d.startsWith(palabra));
  if (semana >= 0) return { tipo: "semana", dia: semana };
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
  { re: /\s+/y, leer: () => null },
  // A comma lists days ("3, 4 y 5 de junio") or follows a weekday or a day ("Martes, 4", "mayo 28, 2019").
  { re: /,/y, leer: () => ({ tipo: "coma" }) },
  {
    re: /(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/y,
    leer: (m) => ({
      tipo: "fecha",
      anio: Number(m[1]),
      mes: Number(m[3]),
      dia: Number(m[4]),
      porLocale: false,
    }),
  },
  {
    // "5/6" is 5 de junio or 6 de mayo depending on the locale: the reader decides. With a hyphen only
    // when the year is there: "27-30" is a range of days, "28-05-2019" a date.
    re: /(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?!\d)/y,
    leer: (m) =>
      m[2] === "-" && m[4] === undefined
        ? undefined
        : { tipo: "fecha", dia: Number(m[1]), mes: Number(m[3]), anio: anioCompleto(m[4]), porLocale: true },
  },
  {
    // As Sheets shows dates: "3-jun", "3-jun.", "3-jun-2019", "03-jun-19", "3/jun/2019".
    re: /(\d{1,2})([-/])([a-z]+)\.?(?:\2(\d{4}|\d{2}))?(?![a-z\d.])/y,
    leer: (m) => {
      const mes = PALABRAS_DE_MES[String(m[3])];
      if (mes === undefined) return undefined;
      return { tipo: "fecha", dia: Number(m[1]), mes, anio: anioCompleto(m[4]), porLocale: false };
    },
  },
  {
    // "1°", "1º", "1.°", "1ro", "1er", "1o": ordinals, as staff write the first of the month.
    re: /(\d+)(\s?\.?[°º]|ª|(?:ro|ero|er|o)(?![a-z]))?/y,
    leer: (m, citado) => {
      const cifras = String(m[1]).length;
      if (cifras > 4) return { motivo: `No se reconoce el número «${citado}» como día ni como año.` };
      return { tipo: "numero", valor: Number(m[1]), cifras, ordinal: m[2] !== undefined };
    },
  },
  // Words, with the dot of an abbreviation ("May.").
  { re: /([a-z]+)\.?/y, leer: (m, citado) => leerPalabra(String(m[1]), citado) },
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
export function tokenizar(original: string): Lectura<Token[]> {
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
      if (pieza === undefined) continue;
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

/** True when the token is there and of that kind. */
export function es<T extends Token["tipo"]>(t: Token | undefined, tipo: T): t is Extract<Token, { tipo: T }> {
  return t !== undefined && t.tipo === tipo;
}

export function esDia(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return es(t, "numero") && t.cifras <= 2;
}

export function esAnio(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return es(t, "numero") && t.cifras === 4 && !t.ordinal;
}
