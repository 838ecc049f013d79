// A save sent again after its answer was lost finds the row it wrote, by its ID, instead of writing a second one.
import { leerFila, type MapaDeColumnas } from "../../core/registro/tabla";
import type { Escribible } from "../registro/tabla";
import type { Hoja } from "../tipos";

/** Where a save lands: the row it already wrote (`fila`), or none yet and the ID to write with. */
export interface Destino {
  readonly fila: number | null;
  readonly id: string;
}

/**
 * Looks the page's ID up on Google's side (a TextFinder over the sheet: two calls whatever its
 * size). Found in the ID column with the same text in every text cell of the form, it is this save
 * sent again: its row is the answer. Found with other text — a page that reused an ID — the save gets
 * an ID of the server's, so every row's ID stays unique and nothing typed is lost.
 */
export function filaYaGuardada<K extends string>(
  hoja: Hoja,
  mapa: MapaDeColumnas<K | "id">,
  id: string,
  delFormulario: Readonly<Record<string, Escribible>>,
): Destino {
  const buscador = hoja.createTextFinder(id);
  const columnaId = mapa.indice.id + 1;
  for (let encontrado = buscador.findNext(); encontrado; encontrado = buscador.findNext()) {
    if (encontrado.getColumn() !== columnaId) continue;
    const fila = encontrado.getRow();
    const celdas = leerFila(mapa, hoja.getRange(fila, 1, 1, mapa.ancho).getValues()[0] ?? []);
    const mismo = Object.entries(delFormulario).every(
      ([clave, valor]) => typeof valor !== "string" || (celdas as Record<string, unknown>)[clave] === valor,
    );
    return mismo ? { fila, id } : { fila: null, id: Utilities.getUuid() };
  }
  return { fila: null, id };
}
