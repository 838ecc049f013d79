// Conformance tests of Docs.Documents.batchUpdate's insertText: paragraphs and lists from "\n", styles, stripped characters, refusals, atomicity.
import { describe, expect, it } from "vitest";
import type { ListItem } from "../../emulator/document/list-item";
import { content, failure, insert, printed, REF, runsText, save, setup, T0 } from "./docs-api-setup";

const INSERT = `${REF}/reference/rest/v1/documents/request#inserttextrequest`;
const RULES = `${REF}/concepts/rules-behavior`;

/** A Doc: "Intro" then a centred bullet "A" (the body's last paragraph); its id. */
function bulletDoc(s: ReturnType<typeof setup>) {
  const doc = s.app.create("Lista");
  const body = doc.getBody();
  body.getChild(0).asParagraph().setText("Intro");
  body
    .appendListItem("A")
    .setGlyphType(s.app.GlyphType.BULLET)
    .setAlignment(s.app.HorizontalAlignment.CENTER);
  return save(doc);
}

describe(`insertText (${INSERT}; ${RULES})`, () => {
  it("'\\nB\\nC' at the newline of bullet A makes list items B and C: same list, glyph and paragraph style", () => {
    const s = setup();
    const id = bulletDoc(s);
    // Intro\n = [1,7); A\n = [7,9): the index of A's newline is 8.
    const answer = s.Docs.Documents.batchUpdate({ requests: [insert(8, "\nB\nC")] }, id);
    expect(answer.documentId).toBe(id);
    expect(answer.replies).toEqual([{}]);
    const requiredRevisionId = (answer.writeControl as { requiredRevisionId: string }).requiredRevisionId;
    expect(s.Docs.Documents.get(id).revisionId).toBe(requiredRevisionId);
    const body = s.app.openById(id).getBody();
    expect(body.getNumChildren()).toBe(4);
    const items = [1, 2, 3].map((i) => body.getChild(i) as ListItem);
    expect(items.map((li) => li.getType())).toEqual([1, 2, 3].map(() => s.app.ElementType.LIST_ITEM));
    expect(items.map((li) => li.getText())).toEqual(["A", "B", "C"]);
    const listId = items[0]?.getListId();
    expect(items.map((li) => li.getListId())).toEqual([listId, listId, listId]);
    expect(items.map((li) => li.getGlyphType())).toEqual([1, 2, 3].map(() => s.app.GlyphType.BULLET));
    expect(items.map((li) => li.getAlignment())).toEqual(
      [1, 2, 3].map(() => s.app.HorizontalAlignment.CENTER),
    );
    const got = content(s.Docs, id).slice(2);
    expect(got.map(runsText)).toEqual(["A\n", "B\n", "C\n"]);
    expect(got.map((e) => [e.startIndex, e.endIndex])).toEqual([
      [7, 9],
      [9, 11],
      [11, 13],
    ]);
  });

  it("inserted text takes the style of the character before it; at a paragraph's start, its first character's", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("Hola");
    doc.getBody().editAsText().setBold(0, 1, true);
    const id = save(doc);
    // "Hola\n" = [1,6): after "Ho" (index 3) is bold, after "la" (index 5) is not, before "H" (index 1) bold.
    s.Docs.Documents.batchUpdate({ requests: [insert(5, "Z"), insert(3, "X"), insert(1, "Y")] }, id);
    const text = s.app.openById(id).getBody().editAsText();
    expect(text.getText()).toBe("YHoXlaZ");
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => text.isBold(i) === true)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });

  it("strips U+0000–U+0008, U+000C–U+001F and U+E000–U+F8FF; keeps \\t, and \\u000b as a line break inside the paragraph", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    s.Docs.Documents.batchUpdate({ requests: [insert(1, "a\u0001b\rc\ue000d\te\u000bf\u001f")] }, id);
    const body = s.app.openById(id).getBody();
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe("abcd\te\nf");
    const [, p] = content(s.Docs, id);
    expect(runsText(p ?? {})).toBe("abcd\te\u000bf\n");
    expect(p?.endIndex).toBe(1 + 9);
  });

  it("text goes into a table cell's paragraph the same way; endOfSegmentLocation appends before the body's last newline", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().appendTable([
      ["", ""],
      ["", ""],
    ]);
    const id = save(doc);
    // Empty paragraph [1,2); table at S = 2; cell (0,1) starts at S+4, its paragraph at S+5.
    s.Docs.Documents.batchUpdate(
      { requests: [insert(7, "q"), { insertText: { endOfSegmentLocation: {}, text: "fin" } }] },
      id,
    );
    const body = s.app.openById(id).getBody();
    expect(body.getTables()[0]?.getCell(0, 1).getText()).toBe("q");
    expect(body.getChild(2).asParagraph().getText()).toBe("fin");
  });

  it("moves the Drive file's lastUpdated and gives the document a new revision", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    const before = s.Docs.Documents.get(id).revisionId;
    s.advance(5_000);
    s.Docs.Documents.batchUpdate({ requests: [insert(1, "x")] }, id);
    expect(s.env.state.drive.files[id]?.lastUpdatedMs).toBe(T0 + 5_000);
    expect(s.Docs.Documents.get(id).revisionId).not.toBe(before);
  });
});

describe(`insertText refusals (${INSERT}; ${RULES})`, () => {
  const fails = (s: ReturnType<typeof setup>, id: string, request: Record<string, unknown>) =>
    printed(() => s.Docs.Documents.batchUpdate({ requests: [request] }, id));
  const PREFIX = "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: ";
  const OUTSIDE =
    "The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.";

  it("index 0 (the section break), a table's start, a cell's start: outside any paragraph", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().appendTable([["", ""]]);
    const id = save(doc);
    for (const index of [0, 2, 4]) {
      expect(fails(s, id, insert(index, "x"))).toBe(`${PREFIX}Invalid requests[0].insertText: ${OUTSIDE}`);
    }
    expect(
      failure(() => s.Docs.Documents.batchUpdate({ requests: [insert(0, "x")] }, id)).details?.code,
    ).toBe(400);
  });

  it("at or after the segment's end index; empty text", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    expect(fails(s, id, insert(2, "x"))).toBe(
      `${PREFIX}Invalid requests[0].insertText: Index 2 must be less than the end index of the referenced segment, 2.`,
    );
    expect(fails(s, id, insert(1, ""))).toBe(
      `${PREFIX}Invalid requests[0].insertText: Insert text requests must specify text to insert.`,
    );
  });

  it("a failing batch applies nothing, not even its earlier valid requests", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("uno");
    const id = save(doc);
    const before = s.Docs.Documents.get(id);
    s.advance(5_000);
    // The second request is checked against the document as the first left it (end index 8, not 5).
    expect(
      printed(() => s.Docs.Documents.batchUpdate({ requests: [insert(1, "ok\n"), insert(999, "x")] }, id)),
    ).toBe(
      `${PREFIX}Invalid requests[1].insertText: Index 999 must be less than the end index of the referenced segment, 8.`,
    );
    expect(s.Docs.Documents.get(id)).toEqual(before);
    expect(s.env.state.drive.files[id]?.lastUpdatedMs).toBe(T0);
    expect(s.app.openById(id).getBody().getText()).toBe("uno");
  });

  it("request kinds the emulator lacks say so; names the API doesn't have are refused as Google's decoding does", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    expect(
      failure(() => s.Docs.Documents.batchUpdate({ requests: [{ replaceAllText: {} }] }, id)).message,
    ).toBe(
      "Docs.Documents.batchUpdate: the request kind 'replaceAllText' (requests[0]) is not emulated (an emulator limitation).",
    );
    expect(printed(() => s.Docs.Documents.batchUpdate({ requests: [{ insertTexto: {} }] }, id))).toBe(
      `${PREFIX}Invalid JSON payload received. Unknown name "insertTexto" at 'requests[0]': Cannot find field.`,
    );
    expect(
      printed(() => s.Docs.Documents.batchUpdate({ requests: [{ insertText: { txt: "a" } }] }, id)),
    ).toBe(
      `${PREFIX}Invalid JSON payload received. Unknown name "txt" at 'requests[0].insert_text': Cannot find field.`,
    );
  });
});
