// Conformance tests of the emulated DocumentApp: create/open, body rules, paragraphs, tables, lists, text, closing, rendering.
import { describe, expect, it } from "vitest";
import {
  CLOSED_MESSAGE,
  createDocumentApp,
  DOC_MISSING_MESSAGE,
  DOCS_QUOTA_MESSAGE,
  documentCharacters,
  documentText,
  LAST_PARAGRAPH_MESSAGE,
  MAX_DOCUMENT_CHARS,
  newDocsState,
  renderDocumentHtml,
  simulateHandEdit,
  TOO_LARGE_MESSAGE,
} from "../../emulator/document";
import { createDriveApp, newDriveState } from "../../emulator/drive";
import { type AuthMode, Runtime, SCOPE, ScriptError } from "../../emulator/runtime";
import { thrown } from "../support/errores";

const REF = "https://developers.google.com/apps-script/reference/document";
const GUIDE = 'platform guide, "Documents and Drive"';
const USER = "usuario@example.org";
const T0 = Date.UTC(2019, 5, 3, 15, 0, 0);

function setup(options: { scopes?: string[]; authMode?: AuthMode; kind?: "consumer" | "workspace" } = {}) {
  let now = T0;
  const rt = new Runtime({
    scopes: options.scopes ?? [SCOPE.documents, SCOPE.drive],
    authMode: options.authMode ?? "FULL",
    activeUserEmail: USER,
    now: () => new Date(now),
  });
  const docs = newDocsState();
  const drive = newDriveState({ ownerEmail: USER, nowMs: T0, kind: options.kind ?? "consumer" });
  const app = createDocumentApp(rt, docs, drive);
  const driveApp = createDriveApp(rt, drive);
  const advance = (ms: number) => {
    now += ms;
  };
  return { rt, docs, drive, app, driveApp, advance };
}

describe("DocumentApp.create / open", () => {
  it(`create(name) makes a Doc in the root folder, with one empty paragraph (${REF}/document-app#create(String))`, () => {
    const { app, driveApp, drive } = setup();
    const doc = app.create("Informe 2019-05");
    const body = doc.getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe("");
    const file = driveApp.getFileById(doc.getId());
    expect(file.getMimeType()).toBe("application/vnd.google-apps.document");
    expect(file.getName()).toBe("Informe 2019-05");
    expect(file.getParents().next().getId()).toBe(drive.rootId);
    expect(doc.getUrl()).toBe(`https://docs.google.com/document/d/${doc.getId()}/edit`);
  });

  it(`create is refused in LIMITED auth with Google's message (${REF}/document-app#create(String); ${GUIDE})`, () => {
    const { app } = setup({ authMode: "LIMITED" });
    expect(thrown(() => app.create("x")).message).toBe(
      "You do not have permission to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents",
    );
  });

  it(`create without the documents scope in the manifest is refused (${REF}/document-app#create(String))`, () => {
    const { app } = setup({ scopes: [SCOPE.drive] });
    expect(thrown(() => app.create("x")).message).toBe(
      "Specified permissions are not sufficient to call DocumentApp.create. Required permissions: https://www.googleapis.com/auth/documents",
    );
  });

  it(`the daily Docs-created quota (250 consumer) ends with Google's error (guides/services/quotas; ${GUIDE})`, () => {
    const { app, drive } = setup();
    drive.quota = { day: "2019-06-03", docsCreated: 249 };
    app.create("último");
    expect(thrown(() => app.create("uno más")).message).toBe(DOCS_QUOTA_MESSAGE);
    expect(DOCS_QUOTA_MESSAGE).toBe("Service invoked too many times for one day: docs create.");
  });

  it(`the quota is 1,500 on Workspace and resets the next day (guides/services/quotas)`, () => {
    const { app, drive, advance } = setup({ kind: "workspace" });
    drive.quota = { day: "2019-06-03", docsCreated: 1499 };
    app.create("ok");
    expect(() => app.create("no")).toThrow(DOCS_QUOTA_MESSAGE);
    advance(24 * 3600 * 1000);
    expect(() => app.create("mañana")).not.toThrow();
  });

  it(`openById of an unknown id throws Google's "Document is missing" (${REF}/document-app#openById(String))`, () => {
    const { app } = setup();
    expect(thrown(() => app.openById("nope")).message).toBe(DOC_MISSING_MESSAGE);
    expect(DOC_MISSING_MESSAGE).toBe(
      "Document is missing (perhaps it was deleted, or you don't have read access?)",
    );
  });

  it(`openById of a trashed Doc throws too (UNCONFIRMED, stricter reading; ${REF}/document-app#openById(String))`, () => {
    const { app, driveApp } = setup();
    const id = app.create("tirado").getId();
    driveApp.getFileById(id).setTrashed(true);
    expect(() => app.openById(id)).toThrow(DOC_MISSING_MESSAGE);
  });

  it(`openById of a spreadsheet id is not a Doc (${REF}/document-app#openById(String))`, async () => {
    const { app, drive } = setup();
    const { addSpreadsheetFile } = await import("../../emulator/drive");
    addSpreadsheetFile(drive, { id: "ss1", name: "Registro" });
    expect(() => app.openById("ss1")).toThrow(DOC_MISSING_MESSAGE);
  });

  it(`openByUrl accepts the Doc's URL and Drive's URL (${REF}/document-app#openByUrl(String))`, () => {
    const { app, driveApp } = setup();
    const doc = app.create("x");
    expect(app.openByUrl(doc.getUrl()).getId()).toBe(doc.getId());
    expect(app.openByUrl(driveApp.getFileById(doc.getId()).getUrl()).getId()).toBe(doc.getId());
    expect(() => app.openByUrl("https://example.org/x")).toThrow("Invalid argument: url");
  });

  it(`getActiveDocument is null in a spreadsheet-bound script (${REF}/document-app#getActiveDocument())`, () => {
    expect(setup().app.getActiveDocument()).toBeNull();
  });

  it(`setName renames the Drive file (${REF}/document#setName(String))`, () => {
    const { app, driveApp } = setup();
    const doc = app.create("a");
    doc.setName("Informe mayo");
    expect(driveApp.getFileById(doc.getId()).getName()).toBe("Informe mayo");
    expect(doc.getName()).toBe("Informe mayo");
  });
});

describe("Body rules", () => {
  it(`Body.copy() is a detached deep copy whose children can be copied back (${REF}/body#copy())`, () => {
    const { app } = setup();
    const doc = app.create("t");
    const body = doc.getBody();
    body.appendParagraph("uno");
    body.appendTable([["a", "b"]]);
    body.appendListItem("punto").setGlyphType(app.GlyphType.BULLET);
    // clear() refuses a body that ends with a list item (see "Documents: lists and indices" below).
    body.appendParagraph("fin");
    const copia = body.copy();
    const antes = body.getText();
    const tipos = Array.from({ length: body.getNumChildren() }, (_, i) => body.getChild(i).getType());
    body.clear();
    expect(body.getText()).toBe("");
    // The copy kept everything and is not in the document.
    expect(copia.getText()).toBe(antes);
    expect(Array.from({ length: copia.getNumChildren() }, (_, i) => copia.getChild(i).getType())).toEqual(
      tipos,
    );
    const uno = tipos.indexOf(app.ElementType.PARAGRAPH, 1);
    copia.getChild(uno).asParagraph().setText("cambiado en la copia");
    expect(body.getText()).toBe("");
    // Its children come back through copy(), as elements of any document do.
    body.appendParagraph(copia.getChild(uno).asParagraph().copy());
    const tabla = body.appendTable(copia.getChild(tipos.indexOf(app.ElementType.TABLE)).asTable().copy());
    expect(tabla.getCell(0, 1).getText()).toBe("b");
    expect(body.getChild(1).asParagraph().getText()).toBe("cambiado en la copia");
  });

  it(`appendTable also appends an empty paragraph after the table (${REF}/body#appendTable(String); ${GUIDE})`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    const table = body.appendTable([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(body.getNumChildren()).toBe(3);
    expect(body.getChild(1).getType()).toBe(app.ElementType.TABLE);
    const after = body.getChild(2);
    expect(after.getType()).toBe(app.ElementType.PARAGRAPH);
    expect(after.asParagraph().getText()).toBe("");
    expect(table.getNextSibling()?.getType()).toBe(app.ElementType.PARAGRAPH);
  });

  it(`a paragraph appended after a table follows the table's trailing paragraph (${REF}/body#appendParagraph(String))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendTable([["a"]]);
    body.appendParagraph("después");
    expect(body.getNumChildren()).toBe(4);
    expect(body.getChild(2).asParagraph().getText()).toBe("");
    expect(body.getChild(3).asParagraph().getText()).toBe("después");
  });

  it(`ragged cell arrays are refused (UNCONFIRMED, stricter reading; ${REF}/body#appendTable(String))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    expect(() => body.appendTable([["a", "b"], ["c"]])).toThrow(ScriptError);
    expect(() => body.appendTable([[]])).toThrow(ScriptError);
    expect(body.getNumChildren()).toBe(1);
  });

  it(`appendTable with non-string cells doesn't match the signature (${REF}/body#appendTable(String))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    expect(thrown(() => body.appendTable([[1, 2]] as unknown as string[][])).message).toBe(
      "The parameters (Object[]) don't match the method signature for DocumentApp.Body.appendTable.",
    );
  });

  it(`clear() leaves one empty paragraph (${REF}/body#clear(); ${GUIDE})`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendParagraph("uno");
    body.appendTable([["x"]]);
    body.clear();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getChild(0).getType()).toBe(app.ElementType.PARAGRAPH);
    expect(body.getText()).toBe("");
  });

  it(`removing the last paragraph throws "Can't remove the last paragraph in a document section." (${GUIDE})`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    expect(thrown(() => body.getChild(0).removeFromParent()).message).toBe(LAST_PARAGRAPH_MESSAGE);
    expect(LAST_PARAGRAPH_MESSAGE).toBe("Can't remove the last paragraph in a document section.");
    const p = body.appendParagraph("último");
    expect(() => body.removeChild(p)).toThrow(LAST_PARAGRAPH_MESSAGE);
    // Any other paragraph can go.
    body.getChild(0).removeFromParent();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe("último");
  });

  it(`the paragraph after a final table can't be removed either (${GUIDE})`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    const table = body.appendTable([["a"]]);
    expect(() => table.getNextSibling()?.removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
    table.removeFromParent();
    expect(body.getNumChildren()).toBe(2);
  });

  it(`getChild out of range gives Google's message (${REF}/body#getChild(Integer))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    expect(thrown(() => body.getChild(3)).message).toBe(
      "Child index (3) must be less than the number of child elements (1).",
    );
  });

  it(`insertParagraph inserts before a child; appended list items continue the list (${REF}/body#insertParagraph(Integer,String))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendParagraph("b");
    body.insertParagraph(0, "a");
    expect(body.getText()).toBe("a\n\nb");
    const l1 = body.appendListItem("uno");
    const l2 = body.appendListItem("dos");
    expect(l2.getListId()).toBe(l1.getListId());
    expect(body.getListItems().map((li) => li.getText())).toEqual(["uno", "dos"]);
  });

  it(`getParagraphs includes list items and paragraphs inside tables (${REF}/body#getParagraphs())`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendListItem("li");
    body.appendTable([["c1", "c2"]]);
    expect(body.getParagraphs().map((p) => (p as unknown as { getText(): string }).getText())).toEqual([
      "",
      "li",
      "c1",
      "c2",
      "",
    ]);
    expect(body.getTables()).toHaveLength(1);
  });

  it(`margins and page size are stored in points (${REF}/body#setMarginTop(Number))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    expect(body.getPageWidth()).toBe(612);
    body.setMarginTop(51).setMarginLeft(51).setPageWidth(595);
    expect(body.getMarginTop()).toBe(51);
    expect(body.getPageWidth()).toBe(595);
  });

  it(`an element already in the document must be copied before appending (${REF}/body#appendParagraph(Paragraph))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    const p = body.appendParagraph("x");
    expect(() => body.appendParagraph(p)).toThrow("Element must be detached.");
    body.appendParagraph(p.copy());
    expect(body.getText()).toBe("\nx\nx");
  });
});

describe("Paragraph and Text", () => {
  it(`setHeading needs a ParagraphHeading enum, not a string (${REF}/paragraph#setHeading(ParagraphHeading))`, () => {
    const { app } = setup();
    const p = app.create("t").getBody().appendParagraph("Mayo 2019");
    p.setHeading(app.ParagraphHeading.HEADING1);
    expect(p.getHeading()).toBe(app.ParagraphHeading.HEADING1);
    expect(p.getHeading() === ("HEADING1" as unknown)).toBe(false);
    expect(String(p.getHeading())).toBe("HEADING1");
    expect(thrown(() => p.setHeading("HEADING2" as never)).message).toBe(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
  });

  it(`setAttributes takes Attribute-keyed objects; getAttributes reads them back (${REF}/paragraph#setAttributes(Object))`, () => {
    const { app } = setup();
    const A = app.Attribute;
    const p = app.create("t").getBody().appendParagraph("Oficina");
    p.setAttributes({
      [String(A.BOLD)]: true,
      [String(A.FONT_SIZE)]: 14,
      [String(A.HORIZONTAL_ALIGNMENT)]: app.HorizontalAlignment.CENTER,
      [String(A.FOREGROUND_COLOR)]: "#1F4E79",
      [String(A.SPACING_AFTER)]: 12,
    });
    const attrs = p.getAttributes();
    expect(attrs.BOLD).toBe(true);
    expect(attrs.FONT_SIZE).toBe(14);
    expect(attrs.HORIZONTAL_ALIGNMENT).toBe(app.HorizontalAlignment.CENTER);
    expect(attrs.FOREGROUND_COLOR).toBe("#1f4e79");
    expect(attrs.SPACING_AFTER).toBe(12);
    expect(p.editAsText().isBold()).toBe(true);
    expect(() => p.setAttributes({ HORIZONTAL_ALIGNMENT: "CENTER" })).toThrow(
      "don't match the method signature",
    );
  });

  it(`Text.setBold(start, end, bold) styles an inclusive range; isBold(offset) reads it (${REF}/text#setBold(Integer,Integer,Boolean))`, () => {
    const { app } = setup();
    const p = app.create("t").getBody().appendParagraph("Fecha: 7 de mayo");
    const text = p.editAsText();
    text.setBold(0, 5, true);
    expect(text.isBold(0)).toBe(true);
    expect(text.isBold(5)).toBe(true);
    expect(text.isBold(6)).toBeNull();
    expect(text.isBold()).toBeNull(); // mixed
    expect(text.getTextAttributeIndices()).toEqual([0, 6]);
    expect(() => text.setBold(3, 99, true)).toThrow(ScriptError);
    text.setItalic(true).setFontSize(10).setFontFamily("Arial").setForegroundColor("#59636e");
    expect(text.getFontSize()).toBe(10);
    expect(() => text.setForegroundColor("red")).toThrow(ScriptError);
  });

  it(`appendText returns a Text covering only the appended text (${REF}/paragraph#appendText(String))`, () => {
    const { app } = setup();
    const p = app.create("t").getBody().appendParagraph("Generado el ");
    p.appendText("3 de junio").setBold(true);
    expect(p.getText()).toBe("Generado el 3 de junio");
    expect(p.getNumChildren()).toBe(2);
    const whole = p.editAsText();
    expect(whole.isBold(0)).toBeNull();
    expect(whole.isBold(12)).toBe(true);
  });

  it(`setText keeps the paragraph and replaces its text (${REF}/paragraph#setText(String))`, () => {
    const { app } = setup();
    const p = app.create("t").getBody().appendParagraph("viejo");
    p.setHeading(app.ParagraphHeading.TITLE);
    p.setText("nuevo");
    expect(p.getText()).toBe("nuevo");
    expect(p.getHeading()).toBe(app.ParagraphHeading.TITLE);
  });

  it(`setLinkUrl links the paragraph's text (${REF}/paragraph#setLinkUrl(String))`, () => {
    const { app } = setup();
    const p = app.create("t").getBody().appendParagraph("www.mupa.gob.pa");
    p.setLinkUrl("https://www.mupa.gob.pa");
    expect(p.getLinkUrl()).toBe("https://www.mupa.gob.pa");
  });
});

describe("Tables and lists", () => {
  it(`table structure, cell attributes and column widths (${REF}/table; ${REF}/table-cell)`, () => {
    const { app } = setup();
    const A = app.Attribute;
    const t = app
      .create("t")
      .getBody()
      .appendTable([
        ["Actividad/Gestión", "Entidad"],
        ["Recepción", "Unión Europea"],
      ]);
    expect(t.getNumRows()).toBe(2);
    expect(t.getRow(0).getNumCells()).toBe(2);
    expect(t.getCell(1, 1).getText()).toBe("Unión Europea");
    t.setColumnWidth(0, 120).setBorderWidth(1).setBorderColor("#8c959f");
    expect(t.getColumnWidth(0)).toBe(120);
    expect(() => t.setColumnWidth(2, 50)).toThrow(
      "Child index (2) must be less than the number of child elements (2).",
    );
    const header = t.getRow(0).getCell(0);
    header.setAttributes({ [String(A.BOLD)]: true, [String(A.BACKGROUND_COLOR)]: "#1f4e79" });
    expect(header.getBackgroundColor()).toBe("#1f4e79");
    expect(header.editAsText().isBold()).toBe(true);
    expect(header.editAsText().getBackgroundColor()).toBeNull(); // the cell is coloured, not the text
    header.setPaddingTop(4).setWidth(120).setVerticalAlignment(app.VerticalAlignment.CENTER);
    expect(header.getVerticalAlignment()).toBe(app.VerticalAlignment.CENTER);
    t.getCell(1, 0).setText("Otro");
    expect(t.getCell(1, 0).getText()).toBe("Otro");
    const row = t.appendTableRow();
    expect(row.getNumCells()).toBe(2);
    expect(t.getNumRows()).toBe(3);
  });

  it(`list items carry glyph and nesting (${REF}/list-item#setGlyphType(GlyphType))`, () => {
    const { app } = setup();
    const li = app.create("t").getBody().appendListItem("Pago anual de membresías");
    li.setGlyphType(app.GlyphType.BULLET);
    expect(li.getGlyphType()).toBe(app.GlyphType.BULLET);
    li.setGlyphType(app.GlyphType.HOLLOW_BULLET).setNestingLevel(1);
    expect(li.getGlyphType()).toBe(app.GlyphType.HOLLOW_BULLET);
    expect(li.getNestingLevel()).toBe(1);
    expect(() => li.setGlyphType("BULLET" as never)).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.ListItem.setGlyphType.",
    );
  });
});

// What brucemcpherson/gas-fakes' suite (which also runs on Apps Script) records of the live service
// and Google's pages leave open: UNCONFIRMED until src/diagnostico runs on Google (platform guide,
// "Documents and Drive"). Files: test/testdocslistitems.js, test/testdocsnext.js.
describe("Documents: lists and indices (UNCONFIRMED, gas-fakes' findings)", () => {
  it(`a new list item's default glyph is a number, not a bullet (${REF}/list-item#getGlyphType())`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    const first = body.appendListItem("uno");
    expect(first.getGlyphType()).toBe(app.GlyphType.NUMBER);
    // The next item continues the list with its glyph.
    first.setGlyphType(app.GlyphType.BULLET);
    expect(body.appendListItem("dos").getGlyphType()).toBe(app.GlyphType.BULLET);
  });

  it(`clear() throws when the body ends with a list item, changing nothing (${REF}/body#clear())`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendParagraph("uno");
    body.appendListItem("último");
    expect(() => body.clear()).toThrow("Can't remove the last paragraph in a document section.");
    expect(body.getText()).toBe("\nuno\núltimo");
    body.appendParagraph("");
    body.clear();
    expect(body.getNumChildren()).toBe(1);
  });

  it(`inserting at an index equal to the number of children appends; beyond it throws (${REF}/body#insertParagraph(Integer,String))`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    body.appendParagraph("p1");
    body.insertParagraph(body.getNumChildren(), "p2");
    body.insertListItem(body.getNumChildren(), "li").setGlyphType(app.GlyphType.BULLET);
    body.insertTable(body.getNumChildren(), [["a"]]);
    expect(body.getText()).toBe("\np1\np2\nli\na\n");
    expect(() => body.insertParagraph(99, "x")).toThrow(
      "Child index (99) must be less than or equal to the number of child elements (6).",
    );
    expect(() => body.getChild(6)).toThrow(
      "Child index (6) must be less than the number of child elements (6).",
    );
  });

  it(`a table's and a row's getText() join the cells with "\\n" (${REF}/table#getText())`, () => {
    const { app } = setup();
    const body = app.create("t").getBody();
    const table = body.appendTable([
      ["R1C1", "R1C2"],
      ["R2C1", "R2C2"],
    ]);
    expect(table.getText()).toBe("R1C1\nR1C2\nR2C1\nR2C2");
    expect(table.getRow(0).getText()).toBe("R1C1\nR1C2");
    expect(table.getCell(0, 1).getText()).toBe("R1C2");
    expect(body.getText()).toBe("\nR1C1\nR1C2\nR2C1\nR2C2\n");
  });
});

// Google Drive Help, "Files you can store in Google Drive": a document holds up to 1.02 million
// characters. What counts, when a script is told and the message are UNCONFIRMED (src/diagnostico
// checks docs-limite-caracteres on Google).
describe("the size limit (Google Drive Help: 1.02 million characters; when and how Google refuses is UNCONFIRMED)", () => {
  it("counts every paragraph and cell with its line end, and refuses the write that crosses the limit", () => {
    const { app, docs } = setup();
    const doc = app.create("Grande");
    const body = doc.getBody();
    body.appendTable([
      ["ab", "c"],
      ["", "d"],
    ]);
    const id = doc.getId();
    const contenido = docs.documents[id];
    if (!contenido) throw new Error("no content");
    // The first empty paragraph, four cells, and the paragraph Docs adds after a table.
    expect(documentCharacters(contenido)).toBe(1 + 3 + 2 + 1 + 2 + 1);
    const mitad = "x".repeat(MAX_DOCUMENT_CHARS / 2);
    body.appendParagraph(mitad);
    expect(thrown(() => body.appendParagraph(mitad))).toEqual(new ScriptError(TOO_LARGE_MESSAGE));
    // Making room lets the next write through.
    body.clear();
    body.appendParagraph(mitad);
    expect(documentCharacters(contenido)).toBe(1 + MAX_DOCUMENT_CHARS / 2 + 1);
  });
});

describe("saveAndClose, Drive times, call counting", () => {
  it(`after saveAndClose the Document and its elements refuse calls (${REF}/document#saveAndClose(); ${GUIDE})`, () => {
    const { app } = setup();
    const doc = app.create("t");
    const id = doc.getId();
    const body = doc.getBody();
    doc.saveAndClose();
    expect(thrown(() => body.appendParagraph("x")).message).toBe(CLOSED_MESSAGE);
    expect(CLOSED_MESSAGE).toBe("Document is closed, its contents cannot be updated.");
    expect(() => doc.getBody()).toThrow(CLOSED_MESSAGE);
    // Reopening gives a usable Document.
    expect(app.openById(id).getBody().appendParagraph("x").getText()).toBe("x");
  });

  it(`each edit moves the file's lastUpdated; simulateHandEdit moves it later (${REF}/../drive/file#getLastUpdated())`, () => {
    const { app, driveApp, docs, drive, advance } = setup();
    const doc = app.create("t");
    const id = doc.getId();
    expect(driveApp.getFileById(id).getLastUpdated().getTime()).toBe(T0);
    advance(60_000);
    doc.getBody().appendParagraph("x");
    expect(driveApp.getFileById(id).getLastUpdated().getTime()).toBe(T0 + 60_000);
    expect(driveApp.getFileById(id).getDateCreated().getTime()).toBe(T0);
    simulateHandEdit(docs, drive, id, T0 + 3_600_000);
    expect(driveApp.getFileById(id).getLastUpdated().getTime()).toBe(T0 + 3_600_000);
    expect(documentText(docs, id)).toContain("Editado a mano");
  });

  it("every public method is counted under its class name (runtime call counting)", () => {
    const { app, rt } = setup();
    rt.resetCalls();
    const body = app.create("t").getBody();
    body.appendParagraph("a");
    body.appendTable([["x"]]);
    expect(rt.callCounts()).toEqual({
      "Body.appendParagraph": 1,
      "Body.appendTable": 1,
      "DocumentApp.create": 1,
      "Document.getBody": 1,
    });
  });

  it("an injected fault on a call throws before the edit happens (runtime fault injection)", () => {
    const { app, rt } = setup();
    const body = app.create("t").getBody();
    rt.failAtCall = rt.callIndex;
    expect(() => body.appendParagraph("x")).toThrow(ScriptError);
    expect(body.getNumChildren()).toBe(1);
  });
});

describe("renderDocumentHtml and documentText (uncounted)", () => {
  it("renders headings, attributes, tables with widths and backgrounds, bullets and rules; escapes text", () => {
    const { app, docs, drive, rt } = setup();
    const doc = app.create("Informe <mayo>");
    const body = doc.getBody();
    body.appendParagraph("Mayo 2019").setHeading(app.ParagraphHeading.HEADING1);
    body.appendParagraph("<script>alert(1)</script>").editAsText().setBold(true);
    const t = body.appendTable([
      ["Actividad", "Fecha"],
      ["Foro & <b>", "27 al 30 de mayo"],
    ]);
    t.setColumnWidth(0, 120);
    t.getCell(0, 0).setBackgroundColor("#1f4e79");
    body.appendListItem("Pago anual").setGlyphType(app.GlyphType.BULLET);
    body.appendHorizontalRule();
    const id = doc.getId();
    rt.resetCalls();
    const html = renderDocumentHtml(docs, id, drive);
    expect(rt.totalCalls()).toBe(0);
    expect(html).not.toContain("<script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("<title>Informe &lt;mayo&gt;</title>");
    expect(html).toContain("<h1>Mayo 2019</h1>");
    expect(html).toContain("font-weight:bold");
    expect(html).toContain('<col style="width:120pt">');
    expect(html).toContain("background-color:#1f4e79");
    expect(html).toContain("Foro &amp; &lt;b&gt;");
    expect(html).toContain('<span class="glyph" aria-hidden="true">●</span> Pago anual');
    expect(html).toContain("<hr>");
  });

  it("link URLs other than http(s)/mailto are not rendered as links", () => {
    const { app, docs } = setup();
    const doc = app.create("t");
    doc.getBody().appendParagraph("x").setLinkUrl("javascript:alert(1)");
    expect(renderDocumentHtml(docs, doc.getId())).not.toContain("javascript:");
  });

  it("documentText lays tables out like Docs' text export (cells on tab-led lines, blank line per row)", () => {
    const { app, docs } = setup();
    const doc = app.create("t");
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText("Mayo 2019");
    body.appendTable([
      ["Actividad/Gestión", "Fecha"],
      ["Recepción", "7 de mayo"],
    ]);
    body.appendListItem("Coordinaciones:").setGlyphType(app.GlyphType.BULLET);
    expect(documentText(docs, doc.getId())).toBe(
      "Mayo 2019\n\tActividad/Gestión\n\tFecha\n\n\tRecepción\n\t7 de mayo\n\n\n· Coordinaciones:\n",
    );
  });
});

describe("state", () => {
  it("DocsState and DriveState survive a JSON round trip and keep working (the playground saves them)", () => {
    const { app, docs, drive, rt } = setup();
    const doc = app.create("Informe");
    const id = doc.getId();
    doc.getBody().appendTable([["a", "b"]]);
    doc.getBody().appendListItem("x").setGlyphType(app.GlyphType.NUMBER);
    const docs2 = JSON.parse(JSON.stringify(docs));
    const drive2 = JSON.parse(JSON.stringify(drive));
    expect(docs2).toEqual(docs);
    const app2 = createDocumentApp(rt, docs2, drive2);
    const body = app2.openById(id).getBody();
    expect(body.getNumChildren()).toBe(4);
    expect(body.getListItems()[0]?.getGlyphType()).toBe(app.GlyphType.NUMBER);
  });

  it(`headers and footers are sections with the same last-paragraph rule (${REF}/document#addHeader())`, () => {
    const { app, docs } = setup();
    const doc = app.create("t");
    expect(doc.getHeader()).toBeNull();
    const footer = doc.addFooter();
    footer.appendParagraph("Generado el 3 de junio de 2019");
    expect(() => doc.addFooter()).toThrow(ScriptError);
    expect(doc.getFooter()?.getText()).toBe("\nGenerado el 3 de junio de 2019");
    expect(() => footer.getChild(1).removeFromParent()).toThrow(LAST_PARAGRAPH_MESSAGE);
    expect(documentText(docs, doc.getId())).toContain("Generado el 3 de junio de 2019");
  });
});
