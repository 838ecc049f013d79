// The report written into its Doc, the coordinations after the first in one Docs API request: DocumentApp
// needs two calls a bullet (the item, then its glyph), which at hundreds of coordinations is most of a run.
import type { Bloque } from "../../core/informe/presentacion";
import { mensajeDeError } from "../errores";
import type { Cuerpo, Documento } from "../tipos";
import { escribirVinetas, type ListaPendiente, reemplazarContenido, TEXTO_DEL_INFORME } from "./documento";

type ServicioDocs = NonNullable<typeof Docs>;

/** The Docs advanced service when the manifest enables it (appsscript.json, dependencies), else null. */
function servicioDocs(): ServicioDocs | null {
  return typeof Docs === "undefined" || !Docs ? null : Docs;
}

/** What is read back: each body element's bounds, whether it is a bullet, and its text. */
const CAMPOS =
  "revisionId,body.content(startIndex,endIndex,paragraph(bullet(listId),elements(textRun(content))))";

/** Characters the Docs API strips from inserted text (InsertTextRequest reference); line breaks are handled first. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters Docs removes.
const QUITADOS = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/**
 * An item as the request inserts it: a line break inside it stays inside its bullet (U+000B, the
 * paragraph's own line break: a "\n" would start another bullet), and what Docs would strip is left
 * out beforehand, so that the text styled next is exactly the text inserted.
 */
export function textoParaDocs(item: string): string {
  return item.replace(/\r\n|\r|\n/g, "\u000b").replace(QUITADOS, "");
}

function rgb(hex: string): { red: number; green: number; blue: number } {
  const canal = (i: number) => Number.parseInt(hex.slice(i, i + 2), 16) / 255;
  return { red: canal(1), green: canal(3), blue: canal(5) };
}

function textoDelElemento(el: GoogleAppsScript.Docs.Schema.StructuralElement): string {
  return (el.paragraph?.elements ?? []).map((e) => e.textRun?.content ?? "").join("");
}

/**
 * Inserts the rest of the list after its first item, in one batch: a line break at the end of a bullet
 * starts a new paragraph with that bullet's style, list and glyph (InsertTextRequest reference), and
 * the inserted text gets the report's text style. The request requires the revision just read: were
 * the Doc changed in between, it is refused whole and nothing is half written.
 */
function completarPorApi(docs: ServicioDocs, docId: string, lista: ListaPendiente): void {
  const doc = docs.Documents.get(docId, { fields: CAMPOS });
  // The body's content starts with a section break, then one element per child of the body.
  const el = doc.body?.content?.[lista.indice + 1];
  const esperado = `${textoParaDocs(lista.primero)}\n`;
  if (!el?.paragraph?.bullet || el.endIndex == null || textoDelElemento(el) !== esperado) {
    throw new Error("la lista del documento no está donde se escribió");
  }
  const indice = el.endIndex - 1;
  const texto = lista.resto.map(textoParaDocs).join("\n");
  const requests: GoogleAppsScript.Docs.Schema.Request[] = [
    { insertText: { location: { index: indice }, text: `\n${texto}` } },
  ];
  if (texto.length > 0) {
    requests.push({
      updateTextStyle: {
        range: { startIndex: indice + 1, endIndex: indice + 1 + texto.length },
        textStyle: {
          bold: false,
          italic: false,
          fontSize: { magnitude: TEXTO_DEL_INFORME.puntos, unit: "PT" },
          weightedFontFamily: { fontFamily: TEXTO_DEL_INFORME.fuente },
          foregroundColor: { color: { rgbColor: rgb(TEXTO_DEL_INFORME.color) } },
        },
        fields: "bold,italic,fontSize,weightedFontFamily,foregroundColor",
      },
    });
  }
  const writeControl = doc.revisionId ? { writeControl: { requiredRevisionId: doc.revisionId } } : {};
  docs.Documents.batchUpdate({ requests, ...writeControl }, docId);
}

/**
 * Writes the report into the month's Doc; returns the Document still open (the delivery saves it), or
 * null when it is saved already. Without the Docs service every bullet is written with DocumentApp.
 * With it, the report but the list's tail is written and saved (the API reads what is saved), then the
 * tail goes in one request. Should that request fail, DocumentApp writes the tail in a session opened
 * after the save — unless the Doc shows the request got through and only its answer was lost.
 */
export function escribirDocumento(
  documento: Documento,
  docId: string,
  bloques: readonly Bloque[],
): Documento | null {
  const docs = servicioDocs();
  const body = documento.getBody();
  const lista = reemplazarContenido(body, bloques, docs !== null);
  if (!lista || !docs) return documento;
  try {
    documento.saveAndClose();
  } catch {
    // Not saved: the API would not see the report; the session still open writes the tail itself.
    escribirVinetas(body, lista.indice + 1, lista.resto);
    return documento;
  }
  try {
    completarPorApi(docs, docId, lista);
    return null;
  } catch (e) {
    console.warn(`Docs API: ${mensajeDeError(e)}; las coordinaciones se escriben con DocumentApp.`);
    const abierto = DocumentApp.openById(docId);
    const cuerpo: Cuerpo = abierto.getBody();
    // The report's first bullet is followed by a paragraph, unless the request got through.
    const siguiente = cuerpo.getChild(lista.indice + 1).getType();
    if (siguiente !== DocumentApp.ElementType.LIST_ITEM)
      escribirVinetas(cuerpo, lista.indice + 1, lista.resto);
    return abierto;
  }
}
