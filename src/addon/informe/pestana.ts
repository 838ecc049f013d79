// Writes the report tab "Informe AAAA-MM" from the layout blocks, in a fixed number of batched calls.
import { COLORES } from "../../core/colores";
import {
  ANCHOS_DE_PESTANA,
  COLUMNAS_DE_PESTANA,
  type Estilo,
  filasDePestana,
  tramosCombinados,
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

  const { combinar, alturas } = tramosCombinados(filas);
  // mergeAcross merges each row of the run on its own: one call for the run.
  for (const t of combinar) hoja.getRange(t.desde, 1, t.cuantas, COLUMNAS_DE_PESTANA).mergeAcross();
  for (const t of alturas) hoja.setRowHeights(t.desde, t.cuantas, t.alto);
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

/** The first of `base`, `base 2`, `base 3`… that no sheet has: the add-on never takes a name a sheet holds. */
function nombreLibre(ss: Libro, base: string): string {
  if (!ss.getSheetByName(base)) return base;
  for (let n = 2; ; n++) if (!ss.getSheetByName(`${base} ${n}`)) return `${base} ${n}`;
}

/**
 * Where the month's tab goes (0-based, as insertSheet takes it): where its previous tab is, else
 * before the next month's report tab, else after the last earlier one, else at the end — report tabs
 * stay in month order. Only tabs the add-on recorded by sheet id count.
 */
export function posicionDeLaPestana(
  ss: Libro,
  mes: string,
  anterior: Hoja | null,
  idsPorMes: ReadonlyMap<string, number>,
): number {
  if (anterior) return anterior.getIndex() - 1;
  const meses = [...idsPorMes.keys()].filter((m) => m !== mes).sort();
  for (const m of meses.filter((m) => m > mes)) {
    const hoja = ss.getSheetById(idsPorMes.get(m) ?? -1);
    if (hoja) return hoja.getIndex() - 1;
  }
  for (const m of meses.filter((m) => m < mes).reverse()) {
    const hoja = ss.getSheetById(idsPorMes.get(m) ?? -1);
    if (hoja) return hoja.getIndex();
  }
  return ss.getNumSheets();
}

/** The month's new tab, written in full under a temporary name at `posicion`; its undo removes it. */
export function escribirPestanaNueva(
  ss: Libro,
  nombre: string,
  bloques: readonly Bloque[],
  posicion: number,
  alDeshacer: AlDeshacer,
): { hoja: Hoja; temporal: string } {
  // A name no sheet can hold already (its time, to the millisecond): nothing to look up first.
  const temporal = `${nombre} (generando ${Date.now().toString(36)})`;
  const hoja = ss.insertSheet(temporal, posicion);
  alDeshacer(() => ss.deleteSheet(hoja));
  escribirPestana(hoja, bloques);
  return { hoja, temporal };
}

/**
 * Gives the new tab the month's name. The add-on's previous tab (found by its sheet id, never by its
 * name) is kept under a free name until the report is complete; a sheet of someone else's that holds
 * the month's name is left alone, and the new tab takes the next free name, said in a warning.
 * Returns the previous tab to delete once the report is written, and the name given.
 */
export function reemplazarPestana(
  ss: Libro,
  { hoja: nueva, temporal }: { hoja: Hoja; temporal: string },
  nombre: string,
  anterior: Hoja | null,
  alDeshacer: AlDeshacer,
): { respaldo: Hoja | null; nombre: string; aviso: string | null } {
  if (anterior) {
    const suyo = anterior.getName();
    anterior.setName(nombreLibre(ss, `${nombre} (anterior)`));
    alDeshacer(() => anterior.setName(suyo));
  }
  const final = nombreLibre(ss, nombre);
  nueva.setName(final);
  alDeshacer(() => nueva.setName(temporal));
  const aviso =
    final === nombre
      ? null
      : `Ya hay una hoja «${nombre}» que no creó el complemento: se dejó como estaba y el informe quedó en la pestaña «${final}».`;
  return { respaldo: anterior, nombre: final, aviso };
}

/** Deletes the add-on's previous tab of the month, once the Doc is written too. */
export function quitarPestanaAnterior(ss: Libro, respaldo: Hoja | null): void {
  if (respaldo) ss.deleteSheet(respaldo);
}
