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
  // Every row outside the activity table spans the four columns (blank rows too): the rows around the
  // table are then two runs of merged rows, each merged with one call.
  const fila = (texto: string, estilo: Estilo): void => {
    filas.push({ valores: [texto, "", "", ""], estilo: { ...NORMAL, ...estilo }, combinar: true });
  };
  const blanca = (): void => fila("", {});
  for (const b of bloques) {
    switch (b.tipo) {
      case "oficina":
        fila(b.texto, { negrita: true, tamano: 14, alineacion: "center" });
        break;
      case "contacto":
        fila(b.texto, { alineacion: "center" });
        blanca();
        break;
      case "etiqueta":
        fila(b.texto, { negrita: true, tamano: 11 });
        break;
      case "parrafo":
      case "vacio":
        fila(b.texto, {});
        break;
      case "titulo":
        blanca();
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
        blanca();
        break;
      case "vinetas":
        // A row each: one cell holds at most 50,000 characters, and a month's coordinations may not.
        for (const item of b.items) fila(`•  ${item}`, {});
        break;
      case "pie":
        blanca();
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
  // Whole 8 px steps: rows a few pixels apart share a height, and one call sizes a run of them.
  return Math.max(24, Math.ceil((lineas * tamano * 1.6 + 6) / 8) * 8);
}

/** A run of consecutive rows (1-based `desde`) that share something: being merged across, or a height. */
export interface TramoDeFilas {
  readonly desde: number;
  readonly cuantas: number;
  readonly alto: number;
}

/** Consecutive rows grouped while `clave` gives the same value; rows where it gives null are left out. */
function agrupar(
  filas: readonly FilaDePestana[],
  clave: (f: FilaDePestana) => number | null,
): TramoDeFilas[] {
  const tramos: { desde: number; cuantas: number; alto: number }[] = [];
  filas.forEach((f, i) => {
    const alto = clave(f);
    if (alto === null) return;
    const ultimo = tramos[tramos.length - 1];
    if (ultimo && ultimo.desde + ultimo.cuantas === i + 1 && ultimo.alto === alto) ultimo.cuantas += 1;
    else tramos.push({ desde: i + 1, cuantas: 1, alto });
  });
  return tramos;
}

/**
 * The merged rows in runs of consecutive rows (merged with one call each), and the same rows in runs
 * of one height (sized with one call each): a month's 500 coordinations do not cost 1,000 calls.
 */
export function tramosCombinados(filas: readonly FilaDePestana[]): {
  combinar: TramoDeFilas[];
  alturas: TramoDeFilas[];
} {
  return {
    combinar: agrupar(filas, (f) => (f.combinar ? 0 : null)),
    alturas: agrupar(filas, (f) =>
      f.combinar ? alturaDeFila(f.valores[0] ?? "", f.estilo.tamano ?? 10) : null,
    ),
  };
}
