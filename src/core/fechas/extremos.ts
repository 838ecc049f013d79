// Splits the pieces of a typed date into the days it names ("27 al 30", "3, 4 y 5") and reads each one.
import { diasDelMes } from "./calendario";
import type { OrdenNumerico } from "./locale";
import { EJEMPLO, es, esAnio, esDia, fallo, falta, type Lectura, noSeEntiende, type Token } from "./piezas";

/** One day as written: the month and the year may be missing until another day or the reference fills them. */
export interface FechaParcial {
  readonly dia: number;
  readonly mes: number | null;
  readonly anio: number | null;
  /** The weekday written before the day (0 is domingo), to be checked once the date is known. */
  readonly semana: number | null;
}

/** One day; a range with «al» (first and last day); days in a row with «y» ("30 y 31", "3, 4 y 5"). */
export type Forma = "dia" | "rango" | "seguidos";

/** The days as written, in order, and how they were joined. */
export interface Extremos {
  readonly partes: readonly FechaParcial[];
  readonly forma: Forma;
  /** True when a numeric date could also be read the other way round as another real day ("05/06"). */
  readonly ambigua: boolean;
}

type Fecha = Extract<Token, { tipo: "fecha" }>;

/** True when some year has that day: 29 de febrero counts, the year is chosen later. */
function existeEnAlgunAnio(dia: number, mes: number): boolean {
  return mes >= 1 && mes <= 12 && dia >= 1 && dia <= diasDelMes(2000, mes);
}

/**
 * Day and month of "05/06/2019" in the locale's order; when only the other order is a real day
 * ("28/05" under month first) that is the only reading, not a guess. When neither is, the locale's
 * order stands and the calendar says what is wrong with it.
 */
function ordenar(t: Fecha, orden: OrdenNumerico): { dia: number; mes: number } {
  if (!t.porLocale) return t;
  const [dia, mes] = orden === "mesDia" ? [t.mes, t.dia] : [t.dia, t.mes];
  return !existeEnAlgunAnio(dia, mes) && existeEnAlgunAnio(mes, dia) ? { dia: mes, mes: dia } : { dia, mes };
}

function esAmbigua(t: Token): boolean {
  return (
    t.tipo === "fecha" && t.porLocale && t.dia !== t.mes && [t.dia, t.mes].every((n) => n >= 1 && n <= 12)
  );
}

/** Reads one day without its weekday: "30", "30 mayo", "30 mayo 2019", "mayo 30", "mayo 30 2019", "30/05/2019". */
function leerDia(
  tokens: readonly Token[],
  original: string,
  orden: OrdenNumerico,
  semana: number | null,
): Lectura<FechaParcial> {
  const [a, b, c] = tokens;
  const n = tokens.length;
  const dia = (d: number, mes: number | null, anio: number | null): Lectura<FechaParcial> => ({
    ok: true,
    valor: { dia: d, mes, anio, semana },
  });
  if (a === undefined || n > 3) return noSeEntiende(original);
  if (a.tipo === "fecha" && n === 1) {
    const { dia: d, mes } = ordenar(a, orden);
    return dia(d, mes, a.anio);
  }
  // A third piece can only be the year.
  const anio = esAnio(c) ? c.valor : null;
  const conAnio = n === 2 || anio !== null;
  if (esDia(a) && n === 1) return dia(a.valor, null, null);
  if (esDia(a) && es(b, "mes") && conAnio) return dia(a.valor, b.mes, anio);
  if (a.tipo === "mes" && esDia(b) && conAnio) return dia(b.valor, a.mes, anio);
  if (a.tipo === "mes" && (n === 1 || (n === 2 && esAnio(b)))) return falta("el día", original);
  if (esAnio(a) && n === 1) return falta("el día y el mes", original);
  return noSeEntiende(original);
}

/** Reads one day, with the weekday staff may write before it ("martes 4 de junio", "Jue. 6"). */
function leerExtremo(
  tokens: readonly Token[],
  original: string,
  orden: OrdenNumerico,
): Lectura<FechaParcial> {
  const [primero, ...resto] = tokens;
  if (!es(primero, "semana")) return leerDia(tokens, original, orden, null);
  return resto.length === 0 ? falta("el día", original) : leerDia(resto, original, orden, primero.dia);
}

/**
 * "mar" is martes when a day follows it and the month is written further on ("mar 4 de junio",
 * "mar. 04/06/2019"); otherwise it is marzo ("4 de mar.", "mar 4").
 */
function resolverMar(tokens: readonly Token[]): Token[] {
  return tokens.map((t, i) => {
    if (t.tipo !== "mes" || t.semana === null) return t;
    const despues = tokens.slice(i + 1).filter((s) => s.tipo !== "coma");
    const [siguiente] = despues;
    const esSemana =
      (esDia(siguiente) || es(siguiente, "fecha")) &&
      despues.some((s) => s.tipo === "mes" || s.tipo === "fecha");
    return esSemana ? { tipo: "semana", dia: t.semana } : t;
  });
}

/**
 * Commas that only punctuate: at either end, after a weekday or a month that opens a day ("Martes, 4",
 * "mayo, 27"), before a month or a year ("12, set.", "mayo 28, 2019"), before the joining word ("3, 4,
 * y 5"). The comma in "3 de junio, 4 de junio y 5 de junio" separates days.
 */
function sinComasDeAdorno(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, i) => {
    if (t.tipo !== "coma") return true;
    const antes = tokens[i - 1];
    const despues = tokens[i + 1];
    if (antes === undefined || despues === undefined) return false;
    const abreDia = antes.tipo === "semana" || (antes.tipo === "mes" && !esDia(tokens[i - 2]));
    return !abreDia && despues.tipo !== "union" && despues.tipo !== "mes" && !esAnio(despues);
  });
}

type Separador = "al" | "y" | "coma";

function formaDe(separadores: readonly Separador[]): Forma | null {
  if (separadores.length === 0) return "dia";
  if (separadores.length === 1 && separadores[0] === "al") return "rango";
  const ultimo = separadores[separadores.length - 1];
  return ultimo === "y" && separadores.every((s) => s !== "al") ? "seguidos" : null;
}

/** The pieces between the joining words and commas, and those words. */
function partir(tokens: readonly Token[]): { trozos: Token[][]; separadores: Separador[] } {
  let trozo: Token[] = [];
  const trozos = [trozo];
  const separadores: Separador[] = [];
  for (const t of tokens) {
    if (t.tipo === "union" || t.tipo === "coma") {
      separadores.push(t.tipo === "coma" ? "coma" : t.palabra);
      trozo = [];
      trozos.push(trozo);
    } else {
      trozo.push(t);
    }
  }
  return { trozos, separadores };
}

/** Splits the pieces into the days written and reads each: one day, a range, or days in a row. */
export function leerExtremos(
  tokens: readonly Token[],
  original: string,
  orden: OrdenNumerico,
): Lectura<Extremos> {
  const { trozos, separadores } = partir(sinComasDeAdorno(resolverMar(tokens)));
  const forma = formaDe(separadores);
  if (forma === null) {
    return fallo(
      `Escriba un solo día o un solo rango con «al», ${EJEMPLO}; no varias fechas en la misma celda.`,
    );
  }
  const partes: FechaParcial[] = [];
  for (const [i, trozo] of trozos.entries()) {
    if (trozo.length === 0 && i === 0) return falta("la fecha de inicio", original);
    if (trozo.length === 0 && i === trozos.length - 1) return falta("la fecha de fin", original);
    const parte = leerExtremo(trozo, original, orden);
    if (!parte.ok) return parte;
    partes.push(parte.valor);
  }
  return { ok: true, valor: { partes, forma, ambigua: tokens.some(esAmbigua) } };
}
