// Reads and writes registry rows by column header, in batches: the add-on's only way into its sheets' rows.
import { type DisenoDeHoja, FORMATO } from "../../core/registro/hojas";
import {
  type FilaConClaves,
  leerEncabezado,
  leerFila,
  type MapaDeColumnas,
  type Tramo,
  tramosDeFila,
} from "../../core/registro/tabla";
import type { Hoja, Rango } from "../tipos";
import { FaltanColumnas } from "./faltantes";

/** A data row as read: its sheet row number (2 is the first under the header) and its cells by key. */
export interface FilaLeida<K extends string> {
  readonly fila: number;
  readonly celdas: FilaConClaves<K>;
}

/** What a registry cell is given: text, a number or a date serial, or an instant. */
export type Escribible = string | number | Date;

/** The column map of a header row; throws FaltanColumnas when a column of the layout is missing. */
export function mapaDeEncabezado<K extends string>(
  diseno: DisenoDeHoja<K>,
  encabezado: readonly unknown[],
): MapaDeColumnas<K> {
  const lectura = leerEncabezado(diseno, encabezado);
  if (!lectura.mapa) throw new FaltanColumnas(diseno, lectura.faltantes);
  return lectura.mapa;
}

/** Row 1, every column of the sheet: one getRange and one getValues, however the office laid it out. */
export function leerFilaDeEncabezado(hoja: Hoja): unknown[] {
  return hoja.getRange("1:1").getValues()[0] ?? [];
}

/** The sheet's column map from its header (one row read). */
export function mapaDeHoja<K extends string>(hoja: Hoja, diseno: DisenoDeHoja<K>): MapaDeColumnas<K> {
  return mapaDeEncabezado(diseno, leerFilaDeEncabezado(hoja));
}

/** A sheet read whole: its map and its data rows, with the raw values (for the dates' zone offsets). */
export interface HojaLeida<K extends string> {
  readonly mapa: MapaDeColumnas<K>;
  readonly filas: FilaLeida<K>[];
  readonly valores: unknown[][];
}

/** Header and data in one read (getDataRange + getValues): the report's way in, whatever the size. */
export function leerHoja<K extends string>(hoja: Hoja, diseno: DisenoDeHoja<K>): HojaLeida<K> {
  const [encabezado = [], ...valores] = hoja.getDataRange().getValues();
  const mapa = mapaDeEncabezado(diseno, encabezado);
  return { mapa, filas: valores.map((v, i) => ({ fila: i + 2, celdas: leerFila(mapa, v) })), valores };
}

/** The last `ultimas` data rows under a known map: one getLastRow and at most one getValues. */
export function leerUltimasFilas<K extends string>(
  hoja: Hoja,
  mapa: MapaDeColumnas<K>,
  ultimas: number,
): { filas: FilaLeida<K>[]; valores: unknown[][] } {
  const ultima = hoja.getLastRow();
  const desde = Math.max(2, ultima - ultimas + 1);
  if (ultima < desde) return { filas: [], valores: [] };
  const valores = hoja.getRange(desde, 1, ultima - desde + 1, mapa.ancho).getValues();
  return { filas: valores.map((v, i) => ({ fila: desde + i, celdas: leerFila(mapa, v) })), valores };
}

/** One run of the layout's adjacent columns in row `fila`, with the range it covers. */
export interface TramoEscrito<K extends string> {
  readonly tramo: Tramo<K>;
  readonly rango: Rango;
}

/**
 * The ranges of row `fila` that hold the layout's columns, one per run of adjacent columns (one in a
 * sheet as Configurar hoja lays it out): a column of the office's own in between is never touched. A
 * sheet full to its last row gets room first (rare, so its extra calls are paid only then).
 */
export function rangosDeFila<K extends string>(
  hoja: Hoja,
  fila: number,
  mapa: MapaDeColumnas<K>,
): TramoEscrito<K>[] {
  return tramosDeFila(mapa).map((tramo, i) => {
    const rango = () => hoja.getRange(fila, tramo.desde + 1, 1, tramo.claves.length);
    if (i > 0) return { tramo, rango: rango() };
    try {
      return { tramo, rango: rango() };
    } catch (error) {
      const filas = hoja.getMaxRows();
      if (fila <= filas) throw error;
      hoja.insertRowsAfter(filas, 100);
      return { tramo, rango: rango() };
    }
  });
}

/** Writes the values of one row, each run of columns with one setValues. */
export function escribirValores<K extends string>(
  tramos: readonly TramoEscrito<K>[],
  fila: FilaConClaves<K, unknown>,
): void {
  for (const { tramo, rango } of tramos) rango.setValues([tramo.claves.map((k) => fila[k])]);
}

/**
 * Writes a new row with its number formats first: plain text ("@") on text columns makes Sheets store
 * the text exactly as given — a leading "=", "+", "-" or "@", "1,000" or "2019-05" stay text, never a
 * formula, number or date. Date columns get their date formats, so the serials written become real
 * date cells, and Registrado el its date-and-time format. Three calls per run of columns.
 *
 * Which defence, in the platform guide's terms (Spreadsheet): "plain-text number format ('@') on text
 * columns", which the guide states as a fact; not "escaping of a leading = + - @" (the apostrophe,
 * "exact Apps Script behaviour UNCONFIRMED"), so nothing here depends on it. Rich-text writes
 * (setRichTextValues), the other text-only write, are not used: a row mixes text and date cells, and
 * splitting it would add calls to a tested budget. The diagnostic checks both on Google
 * (src/diagnostico: texto-arroba, texto-enriquecido); should "@" fail there, rich text is the way.
 */
export function escribirFilaNueva<K extends string>(
  hoja: Hoja,
  fila: number,
  mapa: MapaDeColumnas<K>,
  celdas: FilaConClaves<K, Escribible>,
): TramoEscrito<K>[] {
  const tramos = rangosDeFila(hoja, fila, mapa);
  const tipo = new Map(mapa.diseno.columnas.map((c) => [c.clave, c.tipo] as const));
  const escritos: Rango[] = [];
  try {
    for (const { tramo, rango } of tramos) {
      rango.setNumberFormats([tramo.claves.map((k) => FORMATO[tipo.get(k) ?? "texto"])]);
      escritos.push(rango);
      rango.setValues([tramo.claves.map((k) => celdas[k])]);
    }
  } catch (error) {
    // A row split by the office's own columns is written run by run: no half row is left behind.
    for (const rango of escritos) {
      try {
        rango.clearContent();
      } catch {
        // Nothing more can be done; the error below says the save failed.
      }
    }
    throw error;
  }
  return tramos;
}

/**
 * Appends `filas` after the sheet's last row in one write per run of adjacent columns (formats first,
 * as escribirFilaNueva does), whatever their number: a few calls for a whole imported report. Room is
 * made first when the sheet is too short. Returns the first row written.
 */
export function agregarFilas<K extends string>(
  hoja: Hoja,
  mapa: MapaDeColumnas<K>,
  filas: ReadonlyArray<FilaConClaves<K, Escribible>>,
): number {
  const desde = hoja.getLastRow() + 1;
  if (filas.length === 0) return desde;
  const maximas = hoja.getMaxRows();
  if (desde + filas.length - 1 > maximas) hoja.insertRowsAfter(maximas, desde + filas.length - 1 - maximas);
  const tipo = new Map(mapa.diseno.columnas.map((c) => [c.clave, c.tipo] as const));
  for (const tramo of tramosDeFila(mapa)) {
    const rango = hoja.getRange(desde, tramo.desde + 1, filas.length, tramo.claves.length);
    const formatos = tramo.claves.map((k) => FORMATO[tipo.get(k) ?? "texto"]);
    rango.setNumberFormats(filas.map(() => formatos));
    rango.setValues(filas.map((f) => tramo.claves.map((k) => f[k])));
  }
  return desde;
}
