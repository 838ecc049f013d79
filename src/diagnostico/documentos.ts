// Checks of Docs and Drive on a throw-away Doc: a new list item's glyph, clear() with a trailing list item, inserting at the end, a table's text, a trashed file, the size limit.
import { type Comprobacion, cumple, lanzado, noCumple } from "./comprobacion";

const GUIA = "Guía de la plataforma (shared/guides/apps-script-platform.md), Documents and Drive";
const GAS_FAKES = "brucemcpherson/gas-fakes (pruebas que también corren en Apps Script)";
const DOC = "https://developers.google.com/apps-script/reference/document";

export const COMPROBACIONES_DE_DOCUMENTOS: readonly Comprobacion[] = [
  {
    id: "docs-vineta",
    hecho:
      "El glifo por omisión de un elemento de lista nuevo es un número (GlyphType.NUMBER), no una viñeta. PENDIENTE DE CONFIRMAR.",
    fuente: `${DOC}/list-item#getGlyphType(); ${GAS_FAKES}, test/testdocslistitems.js; ${GUIA}`,
    dependeDe:
      "El informe pone el glifo de cada coordinación explícitamente, así que no depende de esto. Si no cumple, corrija newListItem en emulator/document/model.ts.",
    ejecutar: (entorno) => {
      const cuerpo = entorno.documento().getBody();
      cuerpo.appendParagraph("Lista nueva:");
      const glifo = cuerpo.appendListItem("uno").getGlyphType();
      const detalle = `un elemento de lista nuevo tiene el glifo ${String(glifo)}`;
      return glifo === DocumentApp.GlyphType.NUMBER ? cumple(detalle) : noCumple(detalle);
    },
  },
  {
    id: "docs-insertar-al-final",
    hecho:
      "Insertar en un índice igual al número de hijos añade al final; un índice mayor lanza «Child index (N) must be less than or equal to the number of child elements (M).». PENDIENTE DE CONFIRMAR.",
    fuente: `${DOC}/body#insertParagraph(Integer,String); ${GAS_FAKES}, test/testdocsnext.js`,
    dependeDe:
      "El informe añade con append*, no depende de esto. Si no cumple, corrija requireInsertIndex en emulator/document/context.ts.",
    ejecutar: (entorno) => {
      const cuerpo = entorno.documento().getBody();
      const n = cuerpo.getNumChildren();
      cuerpo.insertParagraph(n, "al final");
      const ultimo = cuerpo
        .getChild(cuerpo.getNumChildren() - 1)
        .asParagraph()
        .getText();
      if (cuerpo.getNumChildren() !== n + 1 || ultimo !== "al final")
        return noCumple(`insertar en ${n} dejó ${cuerpo.getNumChildren()} hijos, el último «${ultimo}»`);
      const error = lanzado(() => cuerpo.insertParagraph(n + 5, "fuera"));
      if (error === null) return noCumple(`insertar en ${n + 5} (más allá del final) no lanzó`);
      const detalle = `insertar en ${n} (el número de hijos) añadió al final; ${n + 5} lanzó «${error}»`;
      return error.indexOf("less than or equal to the number of child elements") >= 0
        ? cumple(detalle)
        : noCumple(
            `${detalle}; el emulador dice «must be less than or equal to the number of child elements»`,
          );
    },
  },
  {
    id: "docs-texto-tabla",
    hecho: "getText() de una tabla y de una fila une las celdas con «\\n» (también entre filas).",
    fuente: `${DOC}/table#getText(); ${GAS_FAKES}, test/testdocsnext.js («Table.getText()»)`,
    dependeDe:
      "El complemento no lee el texto de sus tablas; mantiene fiel al emulador (emulator/document/block-container.ts, tableText). Si no cumple, corrija esa función con el detalle.",
    ejecutar: (entorno) => {
      const tabla = entorno
        .documento()
        .getBody()
        .appendTable([
          ["R1C1", "R1C2"],
          ["R2C1", "R2C2"],
        ]);
      const deTabla = tabla.getText();
      const deFila = tabla.getRow(0).getText();
      const detalle = `tabla ${JSON.stringify(deTabla)}, fila ${JSON.stringify(deFila)}`;
      return deTabla === "R1C1\nR1C2\nR2C1\nR2C2" && deFila === "R1C1\nR1C2"
        ? cumple(detalle)
        : noCumple(detalle);
    },
  },
  {
    id: "docs-clear-lista",
    hecho:
      "Body.clear() lanza un error cuando el último elemento del cuerpo es un elemento de lista. PENDIENTE DE CONFIRMAR.",
    fuente: `${DOC}/body#clear(); ${GUIA} (hallazgo de gas-fakes)`,
    dependeDe:
      "El informe añade un párrafo antes de vaciar el documento, así que funciona en ambos casos. Si no cumple (clear() no lanza), el emulador es más estricto que Google: quite esa regla de Section.clear (emulator/document/body.ts).",
    ejecutar: (entorno) => {
      const cuerpo = entorno.documento().getBody();
      cuerpo.appendListItem("último de la lista");
      const error = lanzado(() => cuerpo.clear());
      return error === null
        ? noCumple("clear() vació un cuerpo que terminaba en un elemento de lista, sin error")
        : cumple(`clear() con un elemento de lista al final lanzó «${error}»`);
    },
  },
  {
    id: "drive-papelera",
    hecho:
      "DriveApp.getFileById sigue devolviendo un archivo en la papelera (isTrashed() verdadero) y setTrashed(false) lo recupera con la misma URL.",
    fuente: `https://developers.google.com/apps-script/reference/drive/drive-app#getFileById(String); https://developers.google.com/apps-script/reference/drive/file#setTrashed(Boolean); ${GUIA}`,
    dependeDe:
      "Si alguien tira a la papelera el documento del mes, el complemento lo recupera y el enlace sigue igual. Si no cumple, ese enlace cambiaría al regenerar: avise antes de que el personal tire documentos.",
    ejecutar: (entorno) => {
      const id = entorno.documento().getId();
      const archivo = DriveApp.getFileById(id);
      const url = archivo.getUrl();
      archivo.setTrashed(true);
      const tirado = DriveApp.getFileById(id);
      const enPapelera = tirado.isTrashed();
      tirado.setTrashed(false);
      const recuperado = DriveApp.getFileById(id);
      const detalle = `en la papelera: getFileById lo dio con isTrashed() ${enPapelera}; tras setTrashed(false): isTrashed() ${recuperado.isTrashed()}, URL ${recuperado.getUrl() === url ? "la misma" : "distinta"}`;
      return enPapelera && !recuperado.isTrashed() && recuperado.getUrl() === url
        ? cumple(detalle)
        : noCumple(detalle);
    },
  },
  {
    id: "docs-limite-caracteres",
    hecho:
      "Un documento admite 1.020.000 caracteres: 1.000.000 se escriben, y la escritura que pasa el límite lanza un error. PENDIENTE DE CONFIRMAR (el momento y el mensaje no están publicados).",
    fuente:
      "Ayuda de Google Drive, «Archivos que puedes almacenar en Google Drive» (documentos: 1,02 millones de caracteres)",
    dependeDe:
      "Generar se niega, antes de crear nada, a escribir un informe que no cabe (src/core/informe/tamano.ts). Si no cumple, ajuste LIMITE_DE_CARACTERES_DEL_DOC allí y MAX_DOCUMENT_CHARS en emulator/document/model.ts con el detalle.",
    ejecutar: (entorno) => {
      const cuerpo = entorno.documento().getBody();
      const trozo = "x".repeat(50000);
      try {
        const dentro = lanzado(() => {
          for (let i = 0; i < 20; i++) cuerpo.appendParagraph(trozo);
        });
        if (dentro !== null) return noCumple(`escribir 1.000.000 caracteres lanzó «${dentro}»`);
        const fuera = lanzado(() => cuerpo.appendParagraph("y".repeat(30000)));
        return fuera === null
          ? noCumple(
              "30.000 caracteres más (1.030.000 en total) se escribieron sin error: el límite es otro, o Google lo aplica al guardar",
            )
          : cumple(`1.000.000 caracteres se escriben; 30.000 más lanzan «${fuera}»`);
      } finally {
        cuerpo.clear();
      }
    },
  },
];
