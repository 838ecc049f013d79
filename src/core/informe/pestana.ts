// The report tab's layout: the report blocks as rows of four cells with their style, pure (the addon writes them).
import { COLORES } from "../colores";
import type { Bloque } from "./presentacion";

/** The tab's four columns, as the report table's. */
export const COLUMNAS_DE_PESTANA = 4;
/** Column widths in pixels. */
export const ANCHOS_DE_PESTANA = [210, 160, 430, 120] as const;
/** Rough characters per line of a merged A:D row at 10 pt, to size rows Sheets will not auto-fit. */
const CARACTERES_POR_LINEA = 135;

export interface Estilo {
  negrita?: boolean;
  cursiva?: boolean;
  tamano?: number;
  color?: string;
  fondo?: string;
  alineacion?: "left" | "center" | "right";
}

/** One sheet row of the tab with its style and whether it spans the four columns. */
export interface FilaDePestana {
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

/** The height a merged row needs for its text (Sheets does not auto-fit merged cells). */
export function alturaDeFila(texto: string, tamano: number): number {
  const lineas = texto
    .split("\n")
    .reduce((total, linea) => total + Math.max(1, Math.ceil(linea.length / CARACTERES_POR_LINEA)), 0);
  return Math.max(21, Math.ceil(lineas * tamano * 1.6) + 6);
}
