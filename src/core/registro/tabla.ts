// A sheet's rows as records keyed by column: where each column sits, reading a row by key, laying out a row to write.
import type { DisenoDeHoja } from "./hojas";

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
