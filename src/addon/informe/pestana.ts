// Writes the report tab "Informe AAAA-MM" from the layout blocks, in a fixed number of batched calls.
import { COLORES } from "../../core/colores";
import {
  ANCHOS_DE_PESTANA,
  alturaDeFila,
  COLUMNAS_DE_PESTANA,
  type Estilo,
  filasDePestana,
} from "../../core/informe/pestana";
import type { Bloque } from "../../core/informe/presentacion";
import type { Hoja, Libro } from "../tipos";
import type { AlDeshacer } from "./transaccion";

/**
 * Writes the blocks into `hoja` (a new, empty sheet). Text is plain-text formatted before it is written,
 * so nothing a user typed can turn into a formula, number or date. Calls do not grow with the number
 * of activities or coordinations.
 */
export function escribirPestana(hoja: Hoja, bloques: readonly Bloque[]): void {
  const filas = filasDePestana(bloques);
  const n = filas.length;
  // A new sheet has 1,000 rows; growing it by the report's length always makes room, in one call.
  hoja.insertRowsAfter(hoja.getMaxRows(), n);
  const todo = hoja.getRange(1, 1, n, COLUMNAS_DE_PESTANA);
  todo.setNumberFormat("@");
  todo.setValues(filas.map((f) => f.valores));
  const porCelda = <T>(valor: (e: Estilo) => T): T[][] =>
    filas.map((f) => Array(COLUMNAS_DE_PESTANA).fill(valor(f.estilo)));
  todo.setFontWeights(porCelda((e) => (e.negrita ? "bold" : "normal")));
  todo.setFontStyles(porCelda((e) => (e.cursiva ? "italic" : "normal")));
  todo.setFontSizes(porCelda((e) => e.tamano ?? 10));
  todo.setFontColors(porCelda((e) => e.color ?? COLORES.texto));
  todo.setBackgrounds(porCelda((e) => e.fondo ?? COLORES.blanco));
  todo.setHorizontalAlignments(porCelda((e) => e.alineacion ?? "left"));
  todo.setVerticalAlignment("top");
  todo.setWrap(true);

  filas.forEach((f, i) => {
    if (!f.combinar) return;
    hoja.getRange(i + 1, 1, 1, COLUMNAS_DE_PESTANA).merge();
    hoja.setRowHeight(i + 1, alturaDeFila(f.valores[0] ?? "", f.estilo.tamano ?? 10));
  });
  const primeraDeTabla = filas.findIndex((f) => f.tabla);
  const filasDeTabla = filas.filter((f) => f.tabla).length;
  if (primeraDeTabla >= 0) {
    hoja
      .getRange(primeraDeTabla + 1, 1, filasDeTabla, COLUMNAS_DE_PESTANA)
      .setBorder(true, true, true, true, true, true, COLORES.borde, SpreadsheetApp.BorderStyle.SOLID);
  }
  ANCHOS_DE_PESTANA.forEach((ancho, i) => {
    hoja.setColumnWidth(i + 1, ancho);
  });
  // Print-friendly: no gridlines, only the table's borders.
  hoja.setHiddenGridlines(true);
}

/** The month's new tab, written in full under a temporary name at the end of the tabs; its undo removes it. */
export function escribirPestanaNueva(
  ss: Libro,
  nombre: string,
  bloques: readonly Bloque[],
  alDeshacer: AlDeshacer,
): Hoja {
  const temporal = nombreTemporal(nombre);
  // A leftover of an interrupted run goes first.
  const sobrante = ss.getSheetByName(temporal);
  if (sobrante) ss.deleteSheet(sobrante);
  const nueva = ss.insertSheet(temporal, ss.getNumSheets());
  alDeshacer(() => ss.deleteSheet(nueva));
  escribirPestana(nueva, bloques);
  return nueva;
}

/**
 * Gives the new tab the month's name. The previous tab is kept, renamed "(anterior)", until the report
 * is complete (see `quitarPestanaAnterior`). Returns the name it was kept under.
 */
export function reemplazarPestana(ss: Libro, nueva: Hoja, nombre: string, alDeshacer: AlDeshacer): string {
  const respaldo = `${nombre} (anterior)`;
  const anterior = ss.getSheetByName(nombre);
  if (anterior) {
    const viejoRespaldo = ss.getSheetByName(respaldo);
    if (viejoRespaldo) ss.deleteSheet(viejoRespaldo);
    anterior.setName(respaldo);
    alDeshacer(() => anterior.setName(nombre));
  }
  nueva.setName(nombre);
  alDeshacer(() => nueva.setName(nombreTemporal(nombre)));
  return respaldo;
}

/** Deletes the previous tab kept by `reemplazarPestana`, once the Doc is written too. */
export function quitarPestanaAnterior(ss: Libro, respaldo: string): void {
  const anterior = ss.getSheetByName(respaldo);
  if (anterior) ss.deleteSheet(anterior);
}

function nombreTemporal(nombre: string): string {
  return `${nombre} (generando)`;
}
