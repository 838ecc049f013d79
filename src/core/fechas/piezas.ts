// Splits a date typed as text into pieces: day numbers, month words, numeric dates and the words that join a range.
import { sinAcentos } from "../texto";

/** The example every message about a typed date ends with. */
export const EJEMPLO = "por ejemplo «7 de mayo» o «27 al 30 de mayo»";

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

export type Token =
  | { readonly tipo: "numero"; readonly valor: number; readonly cifras: number; readonly ordinal: boolean }
  | { readonly tipo: "mes"; readonly mes: number }
  | { readonly tipo: "numerica"; readonly dia: number; readonly mes: number; readonly anio: number | null }
  | { readonly tipo: "union"; readonly palabra: "al" | "y" };

export type Lectura<T> =
  | { readonly ok: true; readonly valor: T }
  | { readonly ok: false; readonly motivo: string };

export function fallo(motivo: string): { ok: false; motivo: string } {
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

export function esDia(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return t !== undefined && t.tipo === "numero" && t.cifras <= 2;
}

export function esAnio(t: Token | undefined): t is Extract<Token, { tipo: "numero" }> {
  return t !== undefined && t.tipo === "numero" && t.cifras === 4 && !t.ordinal;
}
