// How much text the month's Doc would hold, and whether one Google Doc can hold it.
import { plural } from "../texto";
import type { Bloque } from "./presentacion";

/**
 * Google's limit for one document: 1.02 million characters (Google Drive Help, "Files you can store
 * in Google Drive"). UNCONFIRMED on the platform by our own checks: what exactly counts, and what a
 * script that crosses it is told. The add-on refuses before writing a report this long.
 */
export const LIMITE_DE_CARACTERES_DEL_DOC = 1_020_000;

/** The words that say a month's report is refused for its size (the bench tells the refusal by them). */
export const NO_CABE_EN_UN_DOC = "no cabe en un documento de Google";

/** The report's characters in the Doc: every paragraph, bullet and table cell, each with its line end. */
export function caracteresDelDocumento(bloques: readonly Bloque[]): number {
  let total = 0;
  for (const b of bloques) {
    if (b.tipo === "tabla") {
      for (const fila of [b.encabezado, ...b.filas]) for (const celda of fila) total += celda.length + 1;
    } else if (b.tipo === "vinetas") {
      for (const item of b.items) total += item.length + 1;
    } else {
      total += b.texto.length + 1;
    }
  }
  return total;
}

/** Thousands, as words can say them without a separator a reader might take for a decimal. */
function miles(n: number): string {
  return `${Math.ceil(n / 1000)} mil`;
}

/**
 * Why the month's report cannot be one Google Doc, or null when it can. Such a month is nearly always
 * a mistake in the registry (rows pasted twice, or dated in the wrong month), which the message says.
 */
export function excesoDelDocumento(
  titulo: string,
  conteos: { readonly actividades: number; readonly coordinaciones: number },
  bloques: readonly Bloque[],
): string | null {
  const caracteres = caracteresDelDocumento(bloques);
  if (caracteres <= LIMITE_DE_CARACTERES_DEL_DOC) return null;
  const a = plural(conteos.actividades, "actividad", "actividades");
  const c = plural(conteos.coordinaciones, "coordinación", "coordinaciones");
  return (
    `${titulo} ${NO_CABE_EN_UN_DOC}: con ${a} y ${c}, el informe tendría unos ` +
    `${miles(caracteres)} caracteres, y un documento admite hasta ${miles(LIMITE_DE_CARACTERES_DEL_DOC)}. ` +
    "Revise las filas de este mes en Actividades y Coordinaciones: ¿se pegaron dos veces, o tienen la fecha de otro mes?"
  );
}
