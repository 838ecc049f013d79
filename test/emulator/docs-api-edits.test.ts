// Conformance tests of batchUpdate's updateTextStyle and deleteContentRange, writeControl, and the document size limit on API writes.
import { describe, expect, it } from "vitest";
import { MAX_DOCUMENT_CHARS } from "../../emulator/document";
import { content, failure, insert, nth, printed, REF, save, setup } from "./docs-api-setup";

const STYLE = `${REF}/reference/rest/v1/documents/request#updatetextstylerequest`;
const DELETE = `${REF}/reference/rest/v1/documents/request#deletecontentrangerequest`;
const PREFIX = "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: ";

function styled(range: [number, number], textStyle: Record<string, unknown>, fields?: string) {
  return {
    updateTextStyle: {
      range: { startIndex: range[0], endIndex: range[1] },
      textStyle,
      ...(fields !== undefined ? { fields } : {}),
    },
  };
}

function holaDoc(s: ReturnType<typeof setup>, text = "Hola") {
  const doc = s.app.create("t");
  doc.getBody().getChild(0).asParagraph().setText(text);
  return save(doc);
}

describe(`updateTextStyle (${STYLE})`, () => {
  it("styles the runs of the range, splitting them at its ends; DocumentApp reads the attributes back", () => {
    const s = setup();
    const id = holaDoc(s);
    s.Docs.Documents.batchUpdate(
      {
        requests: [
          styled(
            [2, 4],
            {
              bold: true,
              fontSize: { magnitude: 14, unit: "PT" },
              weightedFontFamily: { fontFamily: "Arial" },
              foregroundColor: { color: { rgbColor: { red: 1, green: 0.2 } } },
            },
            "bold,fontSize,weightedFontFamily,foregroundColor",
          ),
        ],
      },
      id,
    );
    const text = s.app.openById(id).getBody().editAsText();
    expect([0, 1, 2, 3].map((i) => text.isBold(i) === true)).toEqual([false, true, true, false]);
    expect(text.getFontSize(1)).toBe(14);
    expect(text.getFontFamily(2)).toBe("Arial");
    expect(text.getForegroundColor(1)).toBe("#ff3300");
    const runs = (nth(content(s.Docs, id), 1).paragraph as { elements: { textRun: { content: string } }[] })
      .elements;
    expect(runs.map((e) => e.textRun.content)).toEqual(["H", "ol", "a\n"]);
  });

  it("a field in the mask that textStyle leaves out is cleared; '*' names every field", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("Hola");
    doc.getBody().editAsText().setBold(true).setItalic(true);
    const id = save(doc);
    s.Docs.Documents.batchUpdate(
      { requests: [styled([1, 3], {}, "bold"), styled([3, 5], { italic: true }, "*")] },
      id,
    );
    const text = s.app.openById(id).getBody().editAsText();
    expect([0, 1, 2, 3].map((i) => [text.isBold(i) === true, text.isItalic(i) === true])).toEqual([
      [false, true],
      [false, true],
      [false, true],
      [false, true],
    ]);
  });

  it("refuses a missing mask, an empty or inverted range, the section break and the segment's final newline", () => {
    const s = setup();
    const id = holaDoc(s);
    const refused = (request: Record<string, unknown>) =>
      printed(() => s.Docs.Documents.batchUpdate({ requests: [request] }, id)).replace(PREFIX, "");
    expect(refused(styled([1, 3], { bold: true }))).toBe(
      "Invalid requests[0].updateTextStyle: At least one field must be listed in 'fields'.",
    );
    expect(refused(styled([2, 2], { bold: true }, "bold"))).toBe(
      "Invalid requests[0].updateTextStyle: The range should not be empty.",
    );
    expect(refused(styled([3, 2], { bold: true }, "bold"))).toBe(
      "Invalid requests[0].updateTextStyle: Invalid range: end index cannot be less than start index",
    );
    expect(refused(styled([0, 2], { bold: true }, "bold"))).toBe(
      "Invalid requests[0].updateTextStyle: Cannot operate on the first section break in the document",
    );
    expect(refused(styled([1, 6], { bold: true }, "bold"))).toBe(
      "Invalid requests[0].updateTextStyle: Index 6 must be less than the end index of the referenced segment, 6.",
    );
  });

  it("styles text inserted by an earlier request of the same batch", () => {
    const s = setup();
    const id = holaDoc(s);
    s.Docs.Documents.batchUpdate(
      { requests: [insert(5, " mundo"), styled([6, 11], { italic: true }, "italic")] },
      id,
    );
    const text = s.app.openById(id).getBody().editAsText();
    expect(text.getText()).toBe("Hola mundo");
    expect(text.isItalic(4)).not.toBe(true);
    expect(text.isItalic(5)).toBe(true);
  });
});

describe(`deleteContentRange (${DELETE})`, () => {
  const del = (a: number, b: number) => ({ deleteContentRange: { range: { startIndex: a, endIndex: b } } });

  it("cuts text inside a paragraph, and across paragraphs merges them", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("uno");
    doc.getBody().appendParagraph("dos");
    doc.getBody().appendParagraph("tres");
    const id = save(doc);
    // uno\n [1,5), dos\n [5,9), tres\n [9,14).
    s.Docs.Documents.batchUpdate({ requests: [del(2, 3), del(2, 6)] }, id);
    const body = s.app.openById(id).getBody();
    expect(body.getNumChildren()).toBe(2);
    expect(body.getText()).toBe("us\ntres");
  });

  it("refuses the segment's final newline and part of a table", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("ab");
    doc.getBody().appendTable([["x"]]);
    const id = save(doc);
    // ab\n [1,4); table [4,10): cell's paragraph "x\n" [7,9); empty paragraph [10,11).
    const refused = (a: number, b: number) =>
      printed(() => s.Docs.Documents.batchUpdate({ requests: [del(a, b)] }, id)).replace(PREFIX, "");
    expect(refused(10, 11)).toBe(
      "Invalid requests[0].deleteContentRange: The range cannot include the newline character at the end of the segment.",
    );
    expect(refused(2, 8)).toBe(
      "Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested range.",
    );
    expect(refused(3, 4)).toBe(
      "Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested range.",
    );
    expect(refused(7, 9)).toBe(
      "Invalid requests[0].deleteContentRange: Invalid deletion range. Cannot delete the requested range.",
    );
    s.Docs.Documents.batchUpdate({ requests: [del(7, 8)] }, id);
    expect(s.app.openById(id).getBody().getTables()[0]?.getText()).toBe("");
  });
});

describe(`writeControl and the size limit (${REF}/reference/rest/v1/documents/batchUpdate)`, () => {
  it("a requiredRevisionId other than the latest refuses the whole batch; the latest one passes", () => {
    const s = setup();
    const id = holaDoc(s);
    const { revisionId } = s.Docs.Documents.get(id);
    const first = s.Docs.Documents.batchUpdate(
      { requests: [insert(1, "a")], writeControl: { requiredRevisionId: revisionId } },
      id,
    );
    const stale = { requests: [insert(1, "b")], writeControl: { requiredRevisionId: revisionId } };
    expect(printed(() => s.Docs.Documents.batchUpdate(stale, id))).toBe(
      `${PREFIX}The required revision ID '${String(revisionId)}' does not match the latest revision.`,
    );
    expect(s.app.openById(id).getBody().getText()).toBe("aHola");
    const next = (first.writeControl as { requiredRevisionId: string }).requiredRevisionId;
    s.Docs.Documents.batchUpdate(
      { requests: [insert(1, "b")], writeControl: { requiredRevisionId: next } },
      id,
    );
    expect(s.app.openById(id).getBody().getText()).toBe("baHola");
  });

  it(`an API write past ${MAX_DOCUMENT_CHARS} characters is refused whole`, () => {
    const s = setup();
    // The paragraph's text and its newline count: MAX − 10 characters in all.
    const id = holaDoc(s, "x".repeat(MAX_DOCUMENT_CHARS - 11));
    s.Docs.Documents.batchUpdate({ requests: [insert(1, "0123456789")] }, id);
    const e = failure(() => s.Docs.Documents.batchUpdate({ requests: [insert(1, "!")] }, id));
    expect(e.message).toBe(
      `API call to docs.documents.batchUpdate failed with error: The document is too large: a document can hold at most ${MAX_DOCUMENT_CHARS} characters.`,
    );
    expect(s.app.openById(id).getBody().getText().length).toBe(MAX_DOCUMENT_CHARS - 1);
  });
});
