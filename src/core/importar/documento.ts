// A past report reduced to what an import needs — its paragraphs, its activity table's rows and its
// coordination items — from the text Docs exports (cells on their own lines or split by tabs, blank
// lines between rows, bullets "·", "•", "-") or, at the edge, from the Doc itself.
import { claveDeComparacion } from "../texto";

/** A report as read: the paragraphs before the table, the table's rows of cells (header first), the items after. */
export interface InformeLeido {
  readonly parrafos: readonly string[];
  readonly filas: ReadonlyArray<readonly string[]>;
  readonly items: readonly string[];
}

/** Edit distance of two short words (labels), for the typos real reports have. */
function distancia(a: string, b: string): number {
  let previa = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const actual = [i];
    for (let j = 1; j <= b.length; j++) {
      const cambio = a[i - 1] === b[j - 1] ? 0 : 1;
      actual.push(Math.min((previa[j] ?? 0) + 1, (actual[j - 1] ?? 0) + 1, (previa[j - 1] ?? 0) + cambio));
    }
    previa = actual;
  }
  return previa[b.length] ?? 0;
}

/** A label as written matches `titulo` when it is the title with a typo or two ("Intormación", "Fechas"). */
function pareceTitulo(texto: string, titulo: string): boolean {
  const letras = claveDeComparacion(texto).replace(/[^a-z]/g, "");
  return letras.length > 0 && distancia(letras, titulo) <= Math.max(1, Math.floor(titulo.length / 5));
}

/** The table's header, by column ("Actividad/Gestión" may be written "Actividad / Gestion" or "Actividad"). */
const ENCABEZADO: ReadonlyArray<readonly string[]> = [
  ["actividadgestion", "actividad"],
  ["entidad"],
  ["informacion"],
  ["fecha", "fechas"],
];

/** True when `celdas` are the table's header (four titles, in order, typos allowed). */
export function esEncabezado(celdas: readonly string[]): boolean {
  return (
    celdas.length === ENCABEZADO.length &&
    celdas.every((c, i) => (ENCABEZADO[i] ?? []).some((t) => pareceTitulo(c, t)))
  );
}

const VINETA = /^[\s\u00b7\u2022\u25cf\u25e6\u2023\u2043*\-–—]+/;

/** A line without its bullet ("· ", "• ", "- ") and outer spaces. */
export function sinVineta(linea: string): string {
  return linea.replace(VINETA, "").trim();
}

/** "Coordinaciones:" (any case, accents, bullet) alone on its line: the section's title, not an item. */
export function esTituloDeCoordinaciones(linea: string): boolean {
  const texto = sinVineta(linea);
  return !/\s/.test(texto.replace(/:\s*$/, "")) && pareceTitulo(texto, "coordinaciones");
}

/** One cell of the text, and whether a row ends after it (a blank line, or the end of a tab-split line). */
interface Celda {
  readonly texto: string;
  finDeFila: boolean;
}

function celdasDeLineas(lineas: readonly string[]): Celda[] {
  const celdas: Celda[] = [];
  for (const linea of lineas) {
    if (linea.trim() === "") {
      const ultima = celdas[celdas.length - 1];
      if (ultima) ultima.finDeFila = true;
      continue;
    }
    const partes = linea
      .split("\t")
      .map((p) => p.trim())
      .filter((p) => p !== "");
    partes.forEach((texto, i) => {
      celdas.push({ texto, finDeFila: partes.length > 1 && i === partes.length - 1 });
    });
  }
  return celdas;
}

/**
 * The table's rows from its cells: Actividad, Entidad, then Información up to the cell that ends the
 * row (a blank line or the end of a tab-split line) — so an Información of several lines stays one
 * cell. `esFecha` lets a row end at a cell that reads as a date even without a blank line after it.
 */
function filasDeCeldas(celdas: readonly Celda[], esFecha: (texto: string) => boolean): string[][] {
  const filas: string[][] = [];
  let actual: string[] = [];
  for (const celda of celdas) {
    actual.push(celda.texto);
    if (celda.finDeFila || (actual.length >= 4 && esFecha(celda.texto))) {
      filas.push(actual);
      actual = [];
    }
  }
  if (actual.length > 0) filas.push(actual);
  return filas;
}

/**
 * Reads the exported text of a report. The table starts at its header row and ends at the
 * Coordinaciones title (or the first bulleted line); everything bulleted or after the title is an
 * item. Nothing is dropped: a line it cannot place is kept as a paragraph.
 */
export function leerTextoDeInforme(texto: string, esFecha: (texto: string) => boolean): InformeLeido {
  const lineas = texto
    .replace(/\r\n?/g, "\n")
    .replace(/\u00a0/g, " ")
    .split("\n");
  const celdas = celdasDeLineas(lineas);
  const inicio = celdas.findIndex((_, i) => esEncabezado(celdas.slice(i, i + 4).map((c) => c.texto)));
  const parrafos: string[] = [];
  const items: string[] = [];
  let i = 0;
  const antes = inicio < 0 ? celdas.length : inicio;
  for (; i < antes; i++) {
    const c = celdas[i]?.texto ?? "";
    if (esTituloDeCoordinaciones(c) || VINETA.test(c)) break;
    parrafos.push(c);
  }
  let cuerpo: Celda[] = [];
  if (inicio >= 0) {
    i = inicio + 4;
    const fin = celdas.findIndex(
      (c, k) => k >= i && (esTituloDeCoordinaciones(c.texto) || /^[\u00b7\u2022\u25cf*]/.test(c.texto)),
    );
    cuerpo = celdas.slice(i, fin < 0 ? celdas.length : fin);
    i = fin < 0 ? celdas.length : fin;
  }
  for (; i < celdas.length; i++) {
    const c = celdas[i]?.texto ?? "";
    if (items.length === 0 && esTituloDeCoordinaciones(c)) continue;
    const item = sinVineta(c);
    if (item !== "") items.push(item);
  }
  const encabezado = inicio >= 0 ? [celdas.slice(inicio, inicio + 4).map((c) => c.texto)] : [];
  return { parrafos, filas: [...encabezado, ...filasDeCeldas(cuerpo, esFecha)], items };
}
