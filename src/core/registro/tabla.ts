// A sheet's rows as records keyed by column: where each column sits, reading a row by key, laying out a row to write.
import { sinAcentos } from "../texto";
import type { Columna, DisenoDeHoja } from "./hojas";

/** Where each of a sheet's columns sits (0-based) and how many columns a whole row spans. */
export interface MapaDeColumnas<K extends string> {
  readonly diseno: DisenoDeHoja<K>;
  readonly indice: Readonly<Record<K, number>>;
  readonly ancho: number;
}

/** A row of a sheet by column key. */
export type FilaConClaves<K extends string, V = unknown> = { readonly [C in K]: V };

/** The columns in the layout's own order, from column A: a sheet as Configurar hoja lays it out. */
export function mapaCanonico<K extends string>(diseno: DisenoDeHoja<K>): MapaDeColumnas<K> {
  const indice = {} as Record<K, number>;
  diseno.columnas.forEach((c, i) => {
    indice[c.clave] = i;
  });
  return { diseno, indice, ancho: diseno.columnas.length };
}

/** The values of one sheet row by key ("" for a cell beyond the values read, as Sheets gives an empty cell). */
export function leerFila<K extends string>(
  mapa: MapaDeColumnas<K>,
  valores: readonly unknown[],
): FilaConClaves<K> {
  const fila = {} as Record<K, unknown>;
  for (const { clave } of mapa.diseno.columnas) fila[clave] = valores[mapa.indice[clave]] ?? "";
  return fila;
}

/** A whole row to write, each value in its column; every key must be given, so none is left out by mistake. */
export function valoresDeFila<K extends string, V>(mapa: MapaDeColumnas<K>, fila: FilaConClaves<K, V>): V[] {
  const valores = new Array<V>(mapa.ancho);
  for (const { clave } of mapa.diseno.columnas) valores[mapa.indice[clave]] = fila[clave];
  return valores;
}

/** One value per column of the row, in sheet order, from what each column's definition says (its format, say). */
export function porColumna<K extends string, V>(
  mapa: MapaDeColumnas<K>,
  valor: (columna: DisenoDeHoja<K>["columnas"][number]) => V,
): V[] {
  const fila = {} as Record<K, V>;
  for (const c of mapa.diseno.columnas) fila[c.clave] = valor(c);
  return valoresDeFila(mapa, fila);
}

/** A header title as compared: case, accents and every space ignored ("Fecha Fin" = "fecha fin" = "FechaFin"). */
export function claveDeTitulo(titulo: unknown): string {
  return typeof titulo === "string" ? sinAcentos(titulo).replace(/\s+/g, "") : "";
}

/** Where the sheet's header puts each column of the layout, and which are missing. */
export interface LecturaDeEncabezado<K extends string> {
  /** The map, when every column of the layout is there. */
  readonly mapa: MapaDeColumnas<K> | null;
  /** Position (0-based) of each column found; the first of two columns with the same title wins. */
  readonly posiciones: Partial<Record<K, number>>;
  readonly faltantes: ReadonlyArray<Columna<K>>;
  /** Columns the header row uses (the last non-empty title + 1): a new column goes after them. */
  readonly usadas: number;
}

/**
 * Finds each column of the layout by its title in the header row (`encabezado`, row 1's values).
 * Staff reorder columns, insert their own and hide some: only the titles count, never the positions.
 */
export function leerEncabezado<K extends string>(
  diseno: DisenoDeHoja<K>,
  encabezado: readonly unknown[],
): LecturaDeEncabezado<K> {
  const porTitulo = new Map<string, number>();
  let usadas = 0;
  encabezado.forEach((titulo, i) => {
    const clave = claveDeTitulo(titulo);
    if (clave === "") return;
    usadas = i + 1;
    if (!porTitulo.has(clave)) porTitulo.set(clave, i);
  });
  const posiciones: Partial<Record<K, number>> = {};
  const faltantes: Columna<K>[] = [];
  for (const c of diseno.columnas) {
    const i = porTitulo.get(claveDeTitulo(c.titulo));
    if (i === undefined) faltantes.push(c);
    else posiciones[c.clave] = i;
  }
  if (faltantes.length > 0) return { mapa: null, posiciones, faltantes, usadas };
  const indice = posiciones as Record<K, number>;
  const ancho = Math.max(...Object.values<number>(indice)) + 1;
  return { mapa: { diseno, indice, ancho }, posiciones, faltantes, usadas };
}

/** The one message for a sheet that lacks columns: which, where, and how to repair it. */
export function mensajeDeColumnasFaltantes(diseno: DisenoDeHoja, faltantes: ReadonlyArray<Columna>): string {
  const nombres = faltantes.map((c) => `«${c.titulo}»`);
  const lista =
    nombres.length > 1 ? `${nombres.slice(0, -1).join(", ")} y ${nombres[nombres.length - 1]}` : nombres[0];
  const [falta, la, agregar] =
    nombres.length > 1 ? ["Faltan", "las columnas", "agregarlas"] : ["Falta", "la columna", "agregarla"];
  return `${falta} ${la} ${lista} en la hoja ${diseno.nombre}: use «Configurar hoja» en el menú Informe mensual para ${agregar}.`;
}

/** A run of adjacent columns of the layout: where it starts (0-based) and its keys in sheet order. */
export interface Tramo<K extends string> {
  readonly desde: number;
  readonly claves: readonly K[];
}

/**
 * The layout's columns grouped into runs of adjacent sheet columns, left to right: a row is written
 * one run at a time, so a column of the office's own in between is never touched.
 */
export function tramosDeFila<K extends string>(mapa: MapaDeColumnas<K>): Tramo<K>[] {
  const ordenadas = mapa.diseno.columnas.map((c) => c.clave).sort((a, b) => mapa.indice[a] - mapa.indice[b]);
  const tramos: { desde: number; claves: K[] }[] = [];
  for (const clave of ordenadas) {
    const i = mapa.indice[clave];
    const ultimo = tramos[tramos.length - 1];
    if (ultimo && ultimo.desde + ultimo.claves.length === i) ultimo.claves.push(clave);
    else tramos.push({ desde: i, claves: [clave] });
  }
  return tramos;
}

/** A column's letters in A1 notation (1 → "A", 27 → "AA"). */
export function letrasDeColumna(columna: number): string {
  let n = columna;
  let letras = "";
  while (n > 0) {
    const resto = (n - 1) % 26;
    letras = String.fromCharCode(65 + resto) + letras;
    n = Math.floor((n - 1) / 26);
  }
  return letras;
}
