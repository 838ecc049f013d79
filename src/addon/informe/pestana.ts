// Writes the report tab "Informe AAAA-MM" from the layout blocks, in a fixed number of batched calls.
import { type Bloque, COLORES } from "../../core/presentacion";

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

const COLUMNAS = 4;
const ANCHOS = [210, 160, 430, 120] as const;
/** Rough characters per line of a merged A:D row at 10 pt, to size rows Sheets will not auto-fit. */
const CARACTERES_POR_LINEA = 135;

interface Estilo {
  negrita?: boolean;
  cursiva?: boolean;
  tamano?: number;
  color?: string;
  fondo?: string;
  alineacion?: "left" | "center" | "right";
}

/** One sheet row of the tab with its style and whether it spans the four columns. */
interface FilaDePestana {
  valores: string[];
  estilo: Estilo;
  combinar: boolean;
  /** Rows of the activity table get borders. */
  tabla?: boolean;
}

const NORMAL: Estilo = { tamano: 10, color: COLORES.texto };

/** Lays the blocks out as rows of four cells. Pure: the Sheets calls happen in `escribirPestana`. */
export function filasDePestana(bloques: readonly Bloque[]): FilaDePestana[] {
  const filas: FilaDePestana[] = [];
  const fila = (texto: string, estilo: Estilo, combinar = true): void => {
    filas.push({ valores: [texto, "", "", ""], estilo: { ...NORMAL, ...estilo }, combinar });
  };
  for (const b of bloques) {
    switch (b.tipo) {
      case "oficina":
        fila(b.texto, { negrita: true, tamano: 14, alineacion: "center" });
        break;
      case "contacto":
        fila(b.texto, { alineacion: "center" });
        filas.push({ valores: ["", "", "", ""], estilo: NORMAL, combinar: false });
        break;
      case "etiqueta":
        fila(b.texto, { negrita: true, tamano: 11 }, false);
        break;
      case "parrafo":
      case "vacio":
        fila(b.texto, {});
        break;
      case "titulo":
        filas.push({ valores: ["", "", "", ""], estilo: NORMAL, combinar: false });
        fila(b.texto, { negrita: true, tamano: 13, alineacion: "center" });
        break;
      case "tabla":
        filas.push({
          valores: [...b.encabezado],
          estilo: { ...NORMAL, negrita: true, color: COLORES.blanco, fondo: COLORES.acento },
          combinar: false,
          tabla: true,
        });
        for (const valores of b.filas)
          filas.push({ valores: [...valores], estilo: NORMAL, combinar: false, tabla: true });
        filas.push({ valores: ["", "", "", ""], estilo: NORMAL, combinar: false });
        break;
      case "vinetas":
        // One cell for the whole list keeps the number of calls fixed however many coordinations there are.
        fila(b.items.map((item) => `•  ${item}`).join("\n"), {});
        break;
      case "pie":
        filas.push({ valores: ["", "", "", ""], estilo: NORMAL, combinar: false });
        fila(b.texto, { cursiva: true, tamano: 8, color: COLORES.suave });
        break;
    }
  }
  return filas;
}

function alturaDeFila(texto: string, tamano: number): number {
  const lineas = texto
    .split("\n")
    .reduce((total, linea) => total + Math.max(1, Math.ceil(linea.length / CARACTERES_POR_LINEA)), 0);
  return Math.max(21, Math.ceil(lineas * tamano * 1.6) + 6);
}

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
  const todo = hoja.getRange(1, 1, n, COLUMNAS);
  todo.setNumberFormat("@");
  todo.setValues(filas.map((f) => f.valores));
  const porCelda = <T>(valor: (e: Estilo) => T): T[][] =>
    filas.map((f) => Array(COLUMNAS).fill(valor(f.estilo)));
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
    hoja.getRange(i + 1, 1, 1, COLUMNAS).merge();
    hoja.setRowHeight(i + 1, alturaDeFila(f.valores[0] ?? "", f.estilo.tamano ?? 10));
  });
  const primeraDeTabla = filas.findIndex((f) => f.tabla);
  const filasDeTabla = filas.filter((f) => f.tabla).length;
  if (primeraDeTabla >= 0) {
    hoja
      .getRange(primeraDeTabla + 1, 1, filasDeTabla, COLUMNAS)
      .setBorder(true, true, true, true, true, true, COLORES.borde, SpreadsheetApp.BorderStyle.SOLID);
  }
  ANCHOS.forEach((ancho, i) => {
    hoja.setColumnWidth(i + 1, ancho);
  });
  // Print-friendly: no gridlines, only the table's borders.
  hoja.setHiddenGridlines(true);
}
