// Text normalization shared by the entry rules, the date parser and duplicate detection.

const ACENTOS: Readonly<Record<string, string>> = {
  á: "a",
  à: "a",
  ä: "a",
  â: "a",
  é: "e",
  è: "e",
  ë: "e",
  ê: "e",
  í: "i",
  ì: "i",
  ï: "i",
  î: "i",
  ó: "o",
  ò: "o",
  ö: "o",
  ô: "o",
  ú: "u",
  ù: "u",
  ü: "u",
  û: "u",
  ñ: "n",
};

/**
 * Lower case without accents ("Cancillería" → "cancilleria"). A fixed table instead of
 * `String.prototype.normalize`, whose Unicode data the server runtime does not promise.
 */
export function sinAcentos(texto: string): string {
  return texto.toLowerCase().replace(/[áàäâéèëêíìïîóòöôúùüûñ]/g, (c) => ACENTOS[c] ?? c);
}

/** Runs of spaces (including no-break and other Unicode spaces) inside one line. */
const ESPACIOS = /[ \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+/g;

/** Any whitespace, line breaks included. */
const BLANCOS = /\s+/g;

/** C0 and C1 control characters and DEL; line break and tab are among them (checked separately where allowed). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** Control characters other than line break and tab, which long free text keeps. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const CONTROL_EN_TEXTO_LARGO = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/;

/**
 * Characters that show nothing and take no space: zero-width space, joiners and word joiner, the byte
 * order mark, the soft hyphen, invisible operators, the combining grapheme joiner, the Mongolian vowel
 * separator, Khmer's inherent vowels, the Braille blank and the Hangul fillers. Text made only of them
 * (and spaces) is empty to a reader, so it is empty to the rules.
 */
const INVISIBLES =
  /\u034f|[\u00ad\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u2800\u3164\ufeff\uffa0]/g;

/** Bidirectional embedding, override and isolate controls: they can make text read in another order than stored. */
const DIRECCION = /[\u202a-\u202e\u2066-\u2069]/;

/** The text without its invisible characters (see INVISIBLES). */
export function sinInvisibles(texto: string): string {
  return texto.replace(INVISIBLES, "");
}

/** True for what an empty cell or an untouched form field holds: nothing, or only spaces and invisible characters. */
export function estaVacio(valor: unknown): boolean {
  return (
    valor === undefined || valor === null || (typeof valor === "string" && sinInvisibles(valor).trim() === "")
  );
}

/** True when the text holds a bidirectional override or isolate control (U+202A–U+202E, U+2066–U+2069). */
export function tieneControlDeDireccion(texto: string): boolean {
  return DIRECCION.test(texto);
}

/** True when a one-line field contains a control character (line breaks and tabs included). */
export function tieneControlEnTextoCorto(texto: string): boolean {
  return CONTROL.test(texto);
}

/** True when free text contains a control character other than a line break or a tab. */
export function tieneControlEnTextoLargo(texto: string): boolean {
  return CONTROL_EN_TEXTO_LARGO.test(texto);
}

/** One-line fields (Actividad, Entidad): trimmed, each run of spaces becomes one space. */
export function normalizarTextoCorto(texto: string): string {
  return texto.trim().replace(ESPACIOS, " ");
}

/**
 * Free text (Información, Coordinación): trimmed only. Inner spaces and line breaks stay exactly as
 * typed because the report must reproduce the office's text as written (the May 2019 sample has
 * double spaces that are part of it). Windows/old-Mac line ends become "\n", the one a cell stores.
 */
export function normalizarTextoLargo(texto: string): string {
  return texto.replace(/\r\n?/g, "\n").trim();
}

/** The form two texts are compared in: no case, no accents, spaces collapsed ("Unión  Europea" = "union europea"). */
export function claveDeComparacion(texto: string): string {
  return sinAcentos(texto).replace(BLANCOS, " ").trim();
}

/** "1 actividad", "6 actividades": a count with the noun in the number Spanish asks for. */
export function plural(n: number, singular: string, varios: string): string {
  return `${n} ${n === 1 ? singular : varios}`;
}
