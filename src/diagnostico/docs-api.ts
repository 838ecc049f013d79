// The check of the Docs advanced service the report relies on: a line break inserted at the end of a bullet makes more bullets of the same list.
import { type Comprobacion, cumple, noCumple } from "./comprobacion";

const NOMBRE = "Diagnóstico Informe mensual, lista (se puede borrar)";
const API = "https://developers.google.com/workspace/docs/api";

/** "dos", a line break however DocumentApp shows it, "más". */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the line break is what is checked.
const DOS_CON_SALTO = /^dos[\r\n\u000b]más$/;

/** What DocumentApp reads back of a list item: its text and glyph, and whether it is in the first item's list. */
function describirItems(items: GoogleAppsScript.Document.ListItem[]): string {
  return items.map((i) => `«${i.getText()}» (${String(i.getGlyphType())})`).join(", ");
}

export const COMPROBACION_DOCS_API: Comprobacion = {
  id: "docs-api-lista",
  hecho:
    "Con el servicio avanzado Docs, insertar «\\ndos\\u000bmás\\ntres» al final de una viñeta guardada crea dos viñetas más de la misma lista y con el mismo glifo; el salto U+000B queda dentro de «dos» (un salto de línea). Lo que DocumentApp escribió se ve en la API tras saveAndClose().",
  fuente: `${API}/reference/rest/v1/documents/request#inserttextrequest; ${API}/concepts/rules-behavior («Insert text»)`,
  dependeDe:
    "Generar escribe las coordinaciones a partir de la segunda con una sola petición así (src/addon/informe/lista.ts); si falla, las escribe con DocumentApp, más despacio. Si no cumple, el informe sigue completo por ese camino: copie el detalle en un issue; el emulador (emulator/docs-api) debe seguir lo que muestre.",
  ejecutar: () => {
    if (typeof Docs === "undefined" || !Docs)
      return noCumple("el servicio avanzado Docs no está activado (appsscript.json, dependencies)");
    const documento = DocumentApp.create(NOMBRE);
    const id = documento.getId();
    try {
      const cuerpo = documento.getBody();
      cuerpo.appendParagraph("Coordinaciones:");
      cuerpo.appendListItem("uno").setGlyphType(DocumentApp.GlyphType.BULLET);
      documento.saveAndClose();
      const vineta = (Docs.Documents.get(id).body?.content ?? []).find((e) => e.paragraph?.bullet);
      if (vineta?.endIndex == null) return noCumple("la API no muestra la viñeta que DocumentApp guardó");
      Docs.Documents.batchUpdate(
        {
          requests: [
            { insertText: { location: { index: vineta.endIndex - 1 }, text: "\ndos\u000bmás\ntres" } },
          ],
        },
        id,
      );
      const items = DocumentApp.openById(id).getBody().getListItems();
      const detalle = `DocumentApp lee ${items.length} viñetas: ${describirItems(items)}`;
      const lista = items[0]?.getListId();
      const mismas =
        items.length === 3 &&
        items.every((i) => i.getListId() === lista && i.getGlyphType() === DocumentApp.GlyphType.BULLET);
      const textos = items.map((i) => i.getText());
      const bien =
        mismas && textos[0] === "uno" && DOS_CON_SALTO.test(textos[1] ?? "") && textos[2] === "tres";
      return bien ? cumple(detalle) : noCumple(detalle);
    } finally {
      DriveApp.getFileById(id).setTrashed(true);
    }
  },
};
