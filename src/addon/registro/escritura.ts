// Writing what a check decided: the cells that change, as few rectangles as they make, formats first.

import { FORMATO } from "../../core/registro/hojas";
import { rectangulosDeCeldas } from "../../core/registro/rectangulos";
import type { BloqueLeido } from "./revision";
import type { Escribible } from "./tabla";

/** A cell's key in the maps of values to write: its row and column within the block, 0-based. */
export const clave = (fila: number, columna: number): string => `${fila},${columna}`;

/**
 * The cells to write, with the empty cells between two of them in the same column added (written
 * empty again), so a paste of alternating one-day and longer activities is one rectangle, not one per
 * row. Only cells that are truly empty are added — no value and no formula (one getFormulas, asked
 * only when there is a gap) — so nothing anyone typed is ever rewritten.
 */
function conHuecosVacios(
  bloque: BloqueLeido,
  celdas: ReadonlyMap<string, Escribible>,
): Map<string, Escribible> {
  const porColumna = new Map<number, number[]>();
  for (const k of celdas.keys()) {
    const [fila = 0, columna = 0] = k.split(",").map(Number);
    porColumna.set(columna, [...(porColumna.get(columna) ?? []), fila]);
  }
  const todas = new Map(celdas);
  let formulas: string[][] | null = null;
  const vacia = (f: number, c: number): boolean => {
    if (bloque.valores[f]?.[c] !== "") return false;
    formulas ??= bloque.rango.getFormulas();
    return (formulas[f]?.[c] ?? "") === "";
  };
  for (const [columna, filas] of porColumna) {
    filas.sort((a, b) => a - b);
    for (let i = 1; i < filas.length; i++) {
      const desde = (filas[i - 1] ?? 0) + 1;
      const hasta = filas[i] ?? 0;
      const hueco = Array.from({ length: hasta - desde }, (_, k) => desde + k);
      if (hueco.length > 0 && hueco.every((f) => vacia(f, columna))) {
        for (const f of hueco) todas.set(clave(f, columna), "");
      }
    }
  }
  return todas;
}

/**
 * Writes the values as rectangles of the cells that change (and empty cells between them), each with
 * its column's number format first so a date serial becomes a date cell and an ID stays text. A cell
 * someone typed into is never overwritten with what was read before. Three calls per rectangle.
 * Text stays text by the platform guide's "plain-text number format ('@') on text columns", as in
 * escribirFilaNueva (tabla.ts), never by the apostrophe the guide leaves UNCONFIRMED.
 */
export function escribirCeldas(bloque: BloqueLeido, cambios: ReadonlyMap<string, Escribible>): void {
  if (cambios.size === 0) return;
  const celdas = conHuecosVacios(bloque, cambios);
  const posiciones = [...celdas.keys()].map((k) => {
    const [fila = 0, columna = 0] = k.split(",").map(Number);
    return { fila, columna };
  });
  const indice = bloque.mapa.indice as Readonly<Record<string, number>>;
  const formatoPorColumna = new Map(
    bloque.diseno.columnas.map((c) => [indice[c.clave] ?? -1, FORMATO[c.tipo]]),
  );
  for (const r of rectangulosDeCeldas(posiciones)) {
    const rango = bloque.hoja.getRange(bloque.desde + r.fila, r.columna + 1, r.filas, r.columnas);
    const filas = Array.from({ length: r.filas }, (_, f) => f + r.fila);
    const columnas = Array.from({ length: r.columnas }, (_, c) => c + r.columna);
    rango.setNumberFormats(filas.map(() => columnas.map((c) => formatoPorColumna.get(c) ?? FORMATO.texto)));
    rango.setValues(filas.map((f) => columnas.map((c) => celdas.get(clave(f, c)) ?? "")));
  }
}
