// Turns the emulated workbook into the grid the page draws, through the emulator's uncounted model API (display values, formats, merges, widths, notes, broken validation rules).

import {
  type BorderState,
  type CellState,
  DEFAULT_COLUMN_WIDTH,
  getCell,
  type SheetState,
  sheetLastColumn,
  sheetLastRow,
  type Workbook,
} from "../emulator/spreadsheet/model";
import { satisfiesValidation } from "../emulator/spreadsheet/validation-rules";
import type { CeldaVista, HojaVista } from "./protocolo";

/** Empty rows and columns drawn past the used area, so there is room to type. */
const MARGEN_FILAS = 15;
const MARGEN_COLUMNAS = 3;
const MINIMO_FILAS = 30;
const MINIMO_COLUMNAS = 8;

function borde(b: BorderState | undefined): string | undefined {
  if (!b) return undefined;
  const color = b.color || "#000000";
  switch (b.style) {
    case "SOLID_MEDIUM":
      return `2px solid ${color}`;
    case "SOLID_THICK":
      return `3px solid ${color}`;
    case "DOTTED":
      return `1px dotted ${color}`;
    case "DASHED":
      return `1px dashed ${color}`;
    case "DOUBLE":
      return `3px double ${color}`;
    default:
      return `1px solid ${color}`;
  }
}

function tipoDe(cell: CellState | undefined): CeldaVista["tipo"] {
  if (cell?.formula) return "formula";
  const v = cell?.value;
  if (v === undefined || v === "") return "vacia";
  if (typeof v === "number") return "numero";
  if (typeof v === "boolean") return "booleano";
  return "texto";
}

function celda(workbook: Workbook, sheet: SheetState, fila: number, columna: number): CeldaVista {
  const cell = getCell(sheet, fila, columna);
  const tipo = tipoDe(cell);
  // The emulator has no formula engine: a formula cell shows its formula, marked as such by the page.
  const texto = tipo === "formula" ? (cell?.formula ?? "") : workbook.displayValue(sheet.name, fila, columna);
  const out: CeldaVista = {
    texto,
    tipo,
    editable: cell?.formula ?? (typeof cell?.value === "string" ? cell.value : texto),
  };
  const f = cell?.format;
  if (f) {
    if (f.fontWeight === "bold") out.negrita = true;
    if (f.fontStyle === "italic") out.cursiva = true;
    if (f.background && f.background.toLowerCase() !== "#ffffff") out.fondo = f.background;
    if (f.fontColor) out.color = f.fontColor;
    if (f.fontSize) out.tamano = f.fontSize;
    if (f.wrap || f.wrapStrategy === "WRAP") out.ajustar = true;
    if (f.horizontalAlignment) out.alineacionH = f.horizontalAlignment.toLowerCase();
    if (f.verticalAlignment) out.alineacionV = f.verticalAlignment.toLowerCase();
    if (f.borders) {
      const bordes: NonNullable<CeldaVista["bordes"]> = {};
      const arriba = borde(f.borders.top);
      const abajo = borde(f.borders.bottom);
      const izquierda = borde(f.borders.left);
      const derecha = borde(f.borders.right);
      if (arriba) bordes.arriba = arriba;
      if (abajo) bordes.abajo = abajo;
      if (izquierda) bordes.izquierda = izquierda;
      if (derecha) bordes.derecha = derecha;
      if (Object.keys(bordes).length > 0) out.bordes = bordes;
    }
  }
  if (cell?.note) out.nota = cell.note;
  const regla = cell?.dataValidation;
  if (cell && regla && !satisfiesValidation(regla, cell, workbook)) {
    out.noValida = regla.helpText ?? "El contenido no cumple la regla de validación de datos de la celda.";
  }
  return out;
}

/** The grid of one sheet: its used area plus a margin, with every visible property of each cell. */
export function hojaVista(workbook: Workbook, nombre: string): HojaVista {
  const sheet = workbook.requireSheet(nombre);
  let ultimaFila = sheetLastRow(sheet);
  let ultimaColumna = sheetLastColumn(sheet);
  // Formatting and notes count as "used" for drawing, though not for getLastRow().
  for (const [r, cols] of Object.entries(sheet.rows)) {
    for (const [c, cell] of Object.entries(cols)) {
      if (cell.note || cell.format?.background || cell.formula) {
        ultimaFila = Math.max(ultimaFila, Number(r));
        ultimaColumna = Math.max(ultimaColumna, Number(c));
      }
    }
  }
  for (const m of sheet.merges) {
    ultimaFila = Math.max(ultimaFila, m.row + m.numRows - 1);
    ultimaColumna = Math.max(ultimaColumna, m.column + m.numColumns - 1);
  }
  const filas = Math.min(
    sheet.maxRows,
    Math.max(ultimaFila + MARGEN_FILAS, sheet.frozenRows + MARGEN_FILAS, MINIMO_FILAS),
  );
  const columnas = Math.min(sheet.maxColumns, Math.max(ultimaColumna + MARGEN_COLUMNAS, MINIMO_COLUMNAS));
  const celdas: CeldaVista[][] = [];
  for (let r = 1; r <= filas; r++) {
    const linea: CeldaVista[] = [];
    for (let c = 1; c <= columnas; c++) linea.push(celda(workbook, sheet, r, c));
    celdas.push(linea);
  }
  for (const m of sheet.merges) {
    for (let r = m.row; r < m.row + m.numRows && r <= filas; r++) {
      for (let c = m.column; c < m.column + m.numColumns && c <= columnas; c++) {
        const cv = celdas[r - 1]?.[c - 1];
        if (!cv) continue;
        if (r === m.row && c === m.column) {
          cv.filasUnidas = Math.min(m.numRows, filas - r + 1);
          cv.columnasUnidas = Math.min(m.numColumns, columnas - c + 1);
        } else {
          cv.oculta = true;
        }
      }
    }
  }
  const anchos: number[] = [];
  for (let c = 1; c <= columnas; c++) anchos.push(sheet.columnWidths[c] ?? DEFAULT_COLUMN_WIDTH);
  const altos: Record<number, number> = {};
  for (const [r, h] of Object.entries(sheet.rowHeights)) if (Number(r) <= filas) altos[Number(r)] = h;
  return {
    nombre: sheet.name,
    filas,
    columnas,
    filasTotales: sheet.maxRows,
    columnasTotales: sheet.maxColumns,
    anchos,
    altos,
    filasCongeladas: sheet.frozenRows,
    columnasCongeladas: sheet.frozenColumns,
    sinCuadricula: sheet.hiddenGridlines,
    celdas,
  };
}
