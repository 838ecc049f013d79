// Writes the report into the month's Google Doc from the layout blocks, replacing the old content only once the new is in.
import { COLORES } from "../../core/colores";
import type { Bloque } from "../../core/informe/presentacion";
import type { Cuerpo, Elemento } from "../tipos";

/** Column widths in points for a Letter page with 1.8 cm margins (about 510 pt wide). */
const ANCHOS = [120, 95, 220, 75] as const;

function atributos(valores: Record<string, unknown>): Record<string, unknown> {
  const A = DocumentApp.Attribute;
  const base: Record<string, unknown> = {
    [A.BOLD]: false,
    [A.ITALIC]: false,
    [A.FONT_SIZE]: 10,
    [A.FOREGROUND_COLOR]: COLORES.texto,
    [A.FONT_FAMILY]: "Arial",
  };
  return { ...base, ...valores };
}

/**
 * Writes the report at the top of the body, then removes the old content below it. New content goes
 * first because a section's last paragraph can never be removed: were a write to fail, every new
 * element can then be taken out again and the old content is left exactly as it was.
 */
export function reemplazarContenido(body: Cuerpo, bloques: readonly Bloque[]): void {
  const nuevos: Elemento[] = [];
  try {
    escribirBloques(body, bloques, nuevos);
  } catch (error) {
    for (const elemento of nuevos.reverse()) elemento.removeFromParent();
    throw error;
  }
  // The old elements now follow the new ones. Removal is idempotent, so a failed call is tried once more.
  const ultimo = conReintento(() => body.getNumChildren()) - 1;
  for (let i = ultimo - 1; i >= nuevos.length; i--) conReintento(() => body.getChild(i).removeFromParent());
  // The old last paragraph stays (Docs requires one) but empty: the body always ends with a blank line.
  if (ultimo >= nuevos.length) {
    conReintento(() => {
      const final = body.getChild(nuevos.length);
      if (final.getType() === DocumentApp.ElementType.PARAGRAPH) final.asParagraph().clear();
    });
  }
}

function conReintento<T>(paso: () => T): T {
  try {
    return paso();
  } catch {
    return paso();
  }
}

/** Inserts the blocks from the top of the body; `nuevos` collects each element as soon as it exists. */
function escribirBloques(body: Cuerpo, bloques: readonly Bloque[], nuevos: Elemento[]): void {
  const A = DocumentApp.Attribute;
  const H = DocumentApp.HorizontalAlignment;
  const parrafo = (texto: string, estilo: Record<string, unknown>): void => {
    const p = body.insertParagraph(nuevos.length, texto);
    nuevos.push(p);
    p.setAttributes(atributos(estilo));
  };
  for (const b of bloques) {
    switch (b.tipo) {
      case "oficina":
        parrafo(b.texto, { [A.BOLD]: true, [A.FONT_SIZE]: 14, [A.HORIZONTAL_ALIGNMENT]: H.CENTER });
        break;
      case "contacto":
        parrafo(b.texto, { [A.HORIZONTAL_ALIGNMENT]: H.CENTER, [A.SPACING_AFTER]: 12 });
        break;
      case "etiqueta":
        parrafo(b.texto, { [A.BOLD]: true, [A.FONT_SIZE]: 11, [A.SPACING_BEFORE]: 8 });
        break;
      case "parrafo":
        parrafo(b.texto, { [A.HORIZONTAL_ALIGNMENT]: H.JUSTIFY });
        break;
      case "vacio":
        parrafo(b.texto, { [A.ITALIC]: true });
        break;
      case "titulo":
        parrafo(b.texto, {
          [A.BOLD]: true,
          [A.FONT_SIZE]: 13,
          [A.HORIZONTAL_ALIGNMENT]: H.CENTER,
          [A.SPACING_BEFORE]: 12,
        });
        break;
      case "tabla":
        escribirTabla(body, b.encabezado, b.filas, nuevos);
        break;
      case "vinetas":
        for (const item of b.items) {
          const li = body.insertListItem(nuevos.length, item);
          nuevos.push(li);
          li.setGlyphType(DocumentApp.GlyphType.BULLET);
          li.setAttributes(atributos({}));
        }
        break;
      case "pie":
        parrafo(b.texto, {
          [A.ITALIC]: true,
          [A.FONT_SIZE]: 8,
          [A.FOREGROUND_COLOR]: COLORES.suave,
          [A.SPACING_BEFORE]: 12,
        });
        break;
    }
  }
}

/** One appendTable for every row; styling touches only the header row and the columns. */
function escribirTabla(
  body: Cuerpo,
  encabezado: readonly string[],
  filas: ReadonlyArray<readonly string[]>,
  nuevos: Elemento[],
): void {
  const A = DocumentApp.Attribute;
  // Inserted above the old content, the table never ends the body, so Docs adds no paragraph after it.
  const tabla = body.insertTable(nuevos.length, [[...encabezado], ...filas.map((f) => [...f])]);
  nuevos.push(tabla);
  tabla.setAttributes(atributos({ [A.BORDER_COLOR]: COLORES.borde, [A.BORDER_WIDTH]: 1 }));
  ANCHOS.forEach((ancho, i) => {
    tabla.setColumnWidth(i, ancho);
  });
  const cabecera = tabla.getRow(0);
  for (let c = 0; c < encabezado.length; c++) {
    cabecera.getCell(c).setAttributes(
      atributos({
        [A.BOLD]: true,
        [A.FOREGROUND_COLOR]: COLORES.blanco,
        [A.BACKGROUND_COLOR]: COLORES.acento,
      }),
    );
  }
}
