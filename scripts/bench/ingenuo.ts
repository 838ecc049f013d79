// The per-row baseline: the same operation done the way typical scripts do it — one read per row, one write per cell, one Doc table row or bullet per call — priced with the same cost model.
import { Reloj } from "./costos";
import { ESCRITURAS_POR_CELDA, LECTURAS_POR_CELDA, type LlamadaMedida } from "./medicion";

const LECTURAS = new Set(LECTURAS_POR_CELDA.map((m) => `Range.${m}`));
const ESCRITURAS = new Set(ESCRITURAS_POR_CELDA.map((m) => `Range.${m}`));

/** "setValues" → "setValue", "setWrapStrategies" → "setWrapStrategy": the one-cell form of a batch write. */
function singular(metodo: string): string {
  return metodo.replace(/ies$/, "y").replace(/s$/, "");
}

/**
 * Replays the add-on's own calls, in their order, with each batch undone as a typical script
 * writes it, and returns the baseline's clock:
 * - a read of R rows (getValues, getNotes, getDisplayValues…) → R × (getRange + the read of one row);
 * - a write of one value per cell (setValues, setNotes, setBackgrounds…) → a getRange and a
 *   one-cell write per cell; a RangeList call → one range call per range;
 * - row heights or column widths set for N rows → N calls;
 * - a TextFinder search (Google searching on its side) → reading the sheet's rows one by one;
 * - a Doc table of R rows → the table with its first row, then one call per further row;
 * - a Docs API batch inserting N bullets → N items and N glyphs set with DocumentApp.
 * Everything else (a format for a whole range, a sheet inserted, a Drive or property call) is done
 * the same way, so the baseline does the same work and the ratio shows only what batching saves.
 */
export function lineaBase(llamadas: readonly LlamadaMedida[]): Reloj {
  const reloj = new Reloj();
  for (const l of llamadas) {
    const filas = l.filas ?? 1;
    const celdas = l.celdas ?? 0;
    const [servicio = "", metodo = ""] = l.metodo.split(".");
    if (LECTURAS.has(l.metodo) && filas > 1) {
      reloj.llamada("Sheet.getRange", 0, filas);
      reloj.llamada(l.metodo, celdas / filas, filas);
    } else if (ESCRITURAS.has(l.metodo) && celdas > 1) {
      reloj.llamada("Sheet.getRange", 0, celdas);
      reloj.llamada(`Range.${singular(metodo)}`, 1, celdas);
    } else if (servicio === "RangeList" && (l.rangos ?? 1) > 1) {
      reloj.llamada("Sheet.getRange", 0, l.rangos);
      reloj.llamada(`Range.${metodo}`, 0, l.rangos);
    } else if ((l.metodo === "Sheet.setRowHeights" || l.metodo === "Sheet.setColumnWidths") && filas > 1) {
      reloj.llamada(`Sheet.${singular(metodo)}`, 0, filas);
    } else if (servicio === "TextFinder" && (metodo === "findNext" || metodo === "findAll")) {
      reloj.llamada("Sheet.getRange", 0, filas);
      reloj.llamada("Range.getValue", 0, filas);
    } else if (l.metodo === "Docs.Documents.batchUpdate" && (l.filas ?? 0) > 0) {
      // A typical script writes each bullet with DocumentApp: the item, then its glyph.
      reloj.llamada("Body.insertListItem", 0, filas);
      reloj.llamada("ListItem.setGlyphType", 0, filas);
    } else if (servicio === "Body" && (metodo === "insertTable" || metodo === "appendTable") && filas > 1) {
      reloj.llamada(l.metodo);
      reloj.llamada("Table.appendTableRow", 0, filas - 1);
    } else {
      reloj.llamada(l.metodo, celdas);
    }
  }
  reloj.fin();
  return reloj;
}
