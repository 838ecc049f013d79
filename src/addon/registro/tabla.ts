// Reads and writes registry rows by column key, in one batch each: the add-on's only way into its sheets' rows.
import { FORMATO } from "../../core/registro/hojas";
import {
  type FilaConClaves,
  leerFila,
  type MapaDeColumnas,
  porColumna,
  valoresDeFila,
} from "../../core/registro/tabla";
import type { Hoja, Rango } from "../tipos";

/** A data row as read: its sheet row number (2 is the first under the header) and its cells by key. */
export interface FilaLeida<K extends string> {
  readonly fila: number;
  readonly celdas: FilaConClaves<K>;
}

/** What a registry cell is given: text, a number or a date serial, or an instant. */
export type Escribible = string | number | Date;

/** The data rows (the last `ultimas` of them, when given): one getLastRow and at most one getValues. */
export function leerFilas<K extends string>(
  hoja: Hoja,
  mapa: MapaDeColumnas<K>,
  ultimas = Number.POSITIVE_INFINITY,
): FilaLeida<K>[] {
  const ultima = hoja.getLastRow();
  const desde = Math.max(2, ultima - ultimas + 1);
  if (ultima < desde) return [];
  const valores = hoja.getRange(desde, 1, ultima - desde + 1, mapa.ancho).getValues();
  return valores.map((v, i) => ({ fila: desde + i, celdas: leerFila(mapa, v) }));
}

/**
 * The range of sheet row `fila`, a whole row of the layout wide. A sheet full to its last row gets room
 * first (rare, so its extra calls are paid only then); any other failure is not ours to work around.
 */
export function rangoDeFila<K extends string>(hoja: Hoja, fila: number, mapa: MapaDeColumnas<K>): Rango {
  try {
    return hoja.getRange(fila, 1, 1, mapa.ancho);
  } catch (error) {
    const filas = hoja.getMaxRows();
    if (fila <= filas) throw error;
    hoja.insertRowsAfter(filas, 100);
    return hoja.getRange(fila, 1, 1, mapa.ancho);
  }
}

/** Writes the values of one row, each in its column (one setValues). */
export function escribirValores<K extends string>(
  rango: Rango,
  mapa: MapaDeColumnas<K>,
  fila: FilaConClaves<K, Escribible>,
): void {
  rango.setValues([valoresDeFila(mapa, fila)]);
}

/**
 * Writes a new row with its number formats first, in one call each: plain text ("@") on text columns
 * makes Sheets store the text exactly as given — a leading "=", "+", "-" or "@", "1,000" or "2019-05"
 * stay text, never a formula, number or date. Date columns get their date formats, so the serials
 * written become real date cells, and Registrado el its date-and-time format.
 */
export function escribirFilaNueva<K extends string>(
  hoja: Hoja,
  fila: number,
  mapa: MapaDeColumnas<K>,
  celdas: FilaConClaves<K, Escribible>,
): void {
  const rango = rangoDeFila(hoja, fila, mapa);
  rango.setNumberFormats([porColumna(mapa, (c) => FORMATO[c.tipo])]);
  escribirValores(rango, mapa, celdas);
}
