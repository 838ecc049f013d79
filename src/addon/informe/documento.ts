// Writes the report into the month's Google Doc from the layout blocks: the old content is cleared, and put back if the write fails.
import { COLORES } from "../../core/colores";
import type { Bloque } from "../../core/informe/presentacion";
import type { Cuerpo } from "../tipos";

/** Column widths in points for a Letter page with 1.8 cm margins (about 510 pt wide). */
const ANCHOS = [120, 95, 220, 75] as const;
/** A coordination's bullet: the glyph at 18 pt, wrapped lines aligned with the text at 36 pt. */
const SANGRIA = { glifo: 18, texto: 36 } as const;

/** The report's body text: what every block starts from (and the Docs API request repeats, lista.ts). */
export const TEXTO_DEL_INFORME = { fuente: "Arial", puntos: 10, color: COLORES.texto } as const;

function atributos(valores: Record<string, unknown>): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const base: Record<string, unknown> = {
    [A.BOLD]: false,
    [A.ITALIC]: false,
    [A.FONT_SIZE]: TEXTO_DEL_INFORME.puntos,
    [A.FOREGROUND_COLOR]: TEXTO_DEL_INFORME.color,
    [A.FONT_FAMILY]: TEXTO_DEL_INFORME.fuente,
  };
  return { ...base, ...valores };
}

/**
 * The coordinations after the first, left to one Docs API request (lista.ts): the first is a list item
 * at child `indice` of the body, written with its glyph and style, and the others follow it.
 */
export interface ListaPendiente {
  readonly indice: number;
  readonly primero: string;
  readonly resto: readonly string[];
}

/**
 * Replaces the body's content with the report. Everything the Doc held is removed — a list or table a
 * user appended at the end too; Docs' version history keeps it — in a fixed number of calls: a
 * detached copy of the body is kept (one call), the body is cleared, and the blocks are written. Were
 * a write to fail, the copy's elements are put back and the Doc reads as it did. With `enLote`, only
 * the first coordination is written here and the rest is returned, to be written in one request.
 */
export function reemplazarContenido(
  body: Cuerpo,
  bloques: readonly Bloque[],
  enLote: boolean,
): ListaPendiente | null {
  const anterior = body.copy();
  try {
    // Body.clear() keeps one empty paragraph; a trailing list item is reported to make it throw, so
    // the body is given a paragraph to end with first.
    body.appendParagraph("");
    body.clear();
    return escribirBloques(body, bloques, enLote);
  } catch (error) {
    restaurar(body, anterior);
    throw error;
  }
}

/**
 * Puts the copied content back (the failure path only: element by element). Elements go above the
 * paragraph clear() leaves, which takes the last one's text and style: a body always ends with a
 * paragraph, and inserted above it a table gets no paragraph of its own.
 */
function restaurar(body: Cuerpo, anterior: Cuerpo): void {
  const T = DocumentApp.ElementType;
  body.clear();
  const n = anterior.getNumChildren();
  for (let i = 0; i < n - 1; i++) {
    const elemento = anterior.getChild(i).copy();
    const tipo = elemento.getType();
    if (tipo === T.TABLE) body.insertTable(i, elemento.asTable());
    else if (tipo === T.LIST_ITEM) body.insertListItem(i, elemento.asListItem());
    else if (tipo === T.PARAGRAPH) body.insertParagraph(i, elemento.asParagraph());
  }
  const ultimo = anterior.getChild(n - 1);
  if (ultimo.getType() === T.PARAGRAPH) {
    const final = body.getChild(body.getNumChildren() - 1).asParagraph();
    final.setText(ultimo.asParagraph().getText());
    final.setAttributes(ultimo.getAttributes());
  }
}

/** The style of each kind of paragraph block. */
function estiloDe(tipo: Exclude<Bloque["tipo"], "tabla" | "vinetas">): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const estilos = {
    oficina: { [A.BOLD]: true, [A.FONT_SIZE]: 14, [A.HORIZONTAL_ALIGNMENT]: H.CENTER },
    contacto: { [A.HORIZONTAL_ALIGNMENT]: H.CENTER, [A.SPACING_AFTER]: 12 },
    etiqueta: { [A.BOLD]: true, [A.FONT_SIZE]: 11, [A.SPACING_BEFORE]: 8 },
    parrafo: { [A.HORIZONTAL_ALIGNMENT]: H.JUSTIFY },
    vacio: { [A.ITALIC]: true },
    titulo: { [A.BOLD]: true, [A.FONT_SIZE]: 13, [A.HORIZONTAL_ALIGNMENT]: H.CENTER, [A.SPACING_BEFORE]: 12 },
    pie: { [A.ITALIC]: true, [A.FONT_SIZE]: 8, [A.FOREGROUND_COLOR]: COLORES.suave, [A.SPACING_BEFORE]: 12 },
  };
  return atributos(estilos[tipo]);
}

/**
 * Writes coordinations as bullets from child `desde` on, two calls each. The glyph is set on every
 * item: a new item's default glyph is not promised to be a bullet.
 */
export function escribirVinetas(body: Cuerpo, desde: number, items: readonly string[]): void {
  const A = DocumentApp.Attribute;
  const vineta = atributos({
    [A.GLYPH_TYPE]: DocumentApp.GlyphType.BULLET,
    [A.INDENT_FIRST_LINE]: SANGRIA.glifo,
    [A.INDENT_START]: SANGRIA.texto,
  });
  items.forEach((item, n) => {
    body.insertListItem(desde + n, item).setAttributes(vineta);
  });
}

/**
 * Inserts the blocks from the top of the (cleared) body: two calls a paragraph or bullet, a fixed few
 * for the table. With `enLote`, a list's first item only; the others are returned.
 */
function escribirBloques(body: Cuerpo, bloques: readonly Bloque[], enLote: boolean): ListaPendiente | null {
  let i = 0;
  let pendiente: ListaPendiente | null = null;
  for (const b of bloques) {
    if (b.tipo === "tabla") {
      escribirTabla(body, i++, b.encabezado, b.filas);
    } else if (b.tipo === "vinetas") {
      const [primero = "", ...resto] = b.items;
      const escritos = enLote && resto.length > 0 ? [primero] : b.items;
      escribirVinetas(body, i, escritos);
      if (escritos.length < b.items.length) pendiente = { indice: i, primero, resto };
      i += escritos.length;
    } else {
      body.insertParagraph(i++, b.texto).setAttributes(estiloDe(b.tipo));
    }
  }
  return pendiente;
}

/** One insertTable for every row; styling touches the table once, its columns and the header's cells. */
function escribirTabla(
  body: Cuerpo,
  indice: number,
  encabezado: readonly string[],
  filas: ReadonlyArray<readonly string[]>,
): void {
  const A = DocumentApp.Attribute;
  // Inserted above the body's last paragraph, the table never ends the body: Docs adds no paragraph after it.
  const tabla = body.insertTable(indice, [[...encabezado], ...filas.map((f) => [...f])]);
  tabla.setAttributes(atributos({ [A.BORDER_COLOR]: COLORES.borde, [A.BORDER_WIDTH]: 1 }));
  ANCHOS.forEach((ancho, c) => {
    tabla.setColumnWidth(c, ancho);
  });
  const estilo = atributos({
    [A.BOLD]: true,
    [A.FOREGROUND_COLOR]: COLORES.blanco,
    [A.BACKGROUND_COLOR]: COLORES.acento,
  });
  for (let c = 0; c < encabezado.length; c++) tabla.getCell(0, c).setAttributes(estilo);
}
