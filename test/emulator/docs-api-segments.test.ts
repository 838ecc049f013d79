// Conformance tests of the Docs API's other segments and elements: headers and footers from index 0, tabs, inline rules and page breaks.
import { describe, expect, it } from "vitest";
import { FOOTER_ID, HEADER_ID } from "../../emulator/docs-api";
import { content, printed, REF, runsText, save, setup } from "./docs-api-setup";

const STRUCTURE = `${REF}/concepts/structure`;

describe(`segments and inline elements (${STRUCTURE})`, () => {
  it("headers and footers are their own segments, indexed from 0 (startIndex absent), named in documentStyle", () => {
    const s = setup();
    const doc = s.app.create("t");
    doc.addHeader().getChild(0).asParagraph().setText("Cabecera");
    doc.addFooter();
    const id = save(doc);
    const got = s.Docs.Documents.get(id);
    expect(got.documentStyle).toMatchObject({ defaultHeaderId: HEADER_ID, defaultFooterId: FOOTER_ID });
    const header = (got.headers as Record<string, { content: Record<string, unknown>[] }>)[HEADER_ID];
    expect(header?.content[0]).toMatchObject({ endIndex: 9 });
    expect(header?.content[0]?.startIndex).toBeUndefined();
    s.Docs.Documents.batchUpdate(
      {
        requests: [
          { insertText: { location: { index: 0, segmentId: HEADER_ID }, text: "La " } },
          { insertText: { endOfSegmentLocation: { segmentId: FOOTER_ID }, text: "pie" } },
        ],
      },
      id,
    );
    const reopened = s.app.openById(id);
    expect(reopened.getHeader()?.getText()).toBe("La Cabecera");
    expect(reopened.getFooter()?.getText()).toBe("pie");
    expect(reopened.getBody().getText()).toBe("");
  });

  it("an unknown segment id is refused", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    expect(
      printed(() =>
        s.Docs.Documents.batchUpdate(
          { requests: [{ insertText: { location: { index: 0, segmentId: "kix.nada" }, text: "x" } }] },
          id,
        ),
      ),
    ).toBe(
      "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: Invalid requests[0].insertText: The segment ID 'kix.nada' is invalid.",
    );
  });

  it("a horizontal rule and a page break take one index each, as their own elements", () => {
    const s = setup();
    const doc = s.app.create("t");
    const p = doc.getBody().getChild(0).asParagraph();
    p.appendText("a");
    p.appendHorizontalRule();
    p.appendText("b");
    p.appendPageBreak();
    const id = save(doc);
    const el = content(s.Docs, id)[1] as {
      endIndex: number;
      paragraph: { elements: Record<string, unknown>[] };
    };
    expect(el.endIndex).toBe(1 + 5);
    expect(el.paragraph.elements.map((e) => Object.keys(e).filter((k) => !k.endsWith("Index"))[0])).toEqual([
      "textRun",
      "horizontalRule",
      "textRun",
      "pageBreak",
      "textRun",
    ]);
    // Text inserted after the rule goes between it and "b".
    s.Docs.Documents.batchUpdate({ requests: [{ insertText: { location: { index: 3 }, text: "X" } }] }, id);
    expect(runsText(content(s.Docs, id)[1] ?? {})).toBe("aXb\n");
  });

  it("includeTabsContent gives the content in tabs[0].documentTab instead of the top level", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    const got = s.Docs.Documents.get(id, { includeTabsContent: true });
    expect(got.body).toBeUndefined();
    const tabs = got.tabs as { tabProperties: unknown; documentTab: { body: { content: unknown[] } } }[];
    expect(tabs[0]?.tabProperties).toEqual({ tabId: "t.0", title: "Tab 1" });
    expect(tabs[0]?.documentTab.body.content).toHaveLength(2);
  });
});
