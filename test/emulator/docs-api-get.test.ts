// Conformance tests of Docs.Documents.get (Docs API v1 advanced service): the global, authorization, access, and the index model.
import { describe, expect, it } from "vitest";
import { Harness } from "../../emulator/harness";
import { SCOPE } from "../../emulator/runtime";
import {
  content,
  DOCS_V1,
  failure,
  manifest,
  nth,
  printed,
  REF,
  runsText,
  save,
  setup,
  T0,
} from "./docs-api-setup";

const STRUCTURE = `${REF}/concepts/structure`;
const TABLES = `${REF}/how-tos/tables`;

describe("the Docs global (guides/services/advanced: enabled in the manifest)", () => {
  it("exists only when dependencies.enabledAdvancedServices lists docs v1, under its userSymbol", () => {
    expect(setup().env.globals.Docs).toBeDefined();
    expect(setup({ manifest: manifest([]) }).env.globals.Docs).toBeUndefined();
    expect(setup({ manifest: manifest([{ ...DOCS_V1, version: "v2" }]) }).env.globals.Docs).toBeUndefined();
    const renamed = setup({ manifest: manifest([{ ...DOCS_V1, userSymbol: "DocsApi" }]) }).env.globals;
    expect(renamed.DocsApi).toBeDefined();
    expect(renamed.Docs).toBeUndefined();
  });

  it("a script without the manifest entry sees typeof Docs === 'undefined' and a ReferenceError on use", () => {
    const { env } = setup({ manifest: manifest([]) });
    const code = `function tipo() { return typeof Docs; }
      function usar() { try { Docs.Documents.get("x"); return "no"; } catch (e) { return e.name; } }`;
    const harness = new Harness(env, code);
    expect(harness.run("tipo", [], { authMode: "FULL" })).toBe("undefined");
    expect(harness.run("usar", [], { authMode: "FULL" })).toBe("ReferenceError");
  });

  it("needs full authorization and the documents or drive scope in the manifest (runtime's messages)", () => {
    const limited = setup({ authMode: "LIMITED" });
    expect(failure(() => limited.Docs.Documents.get("x")).message).toBe(
      "You do not have permission to call Docs.Documents.get. Required permissions: (https://www.googleapis.com/auth/documents || https://www.googleapis.com/auth/drive)",
    );
    const noScope = setup({ manifest: manifest([DOCS_V1], [SCOPE.spreadsheetsCurrentOnly]) });
    expect(failure(() => noScope.Docs.Documents.batchUpdate({ requests: [] }, "x")).message).toBe(
      "Specified permissions are not sufficient to call Docs.Documents.batchUpdate. Required permissions: (https://www.googleapis.com/auth/documents || https://www.googleapis.com/auth/drive)",
    );
  });
});

describe("access: missing, trashed, not a Doc, not shared (https://developers.google.com/apps-script/guides/services/advanced: errors are GoogleJsonResponseException; texts and trashed UNCONFIRMED, emulator/docs-api/errors.ts)", () => {
  it("a missing id, a trashed Doc and a non-Doc file: 'Requested entity was not found.'", () => {
    const { app, Docs, env } = setup();
    const doc = app.create("t");
    const id = save(doc);
    const notFound =
      "GoogleJsonResponseException: API call to docs.documents.get failed with error: Requested entity was not found.";
    expect(printed(() => Docs.Documents.get("nada"))).toBe(notFound);
    expect(failure(() => Docs.Documents.get("nada")).details).toEqual({
      code: 404,
      message: "Requested entity was not found.",
    });
    expect(printed(() => Docs.Documents.get(env.workbook.id))).toBe(notFound);
    const file = env.state.drive.files[id];
    if (!file) throw new Error("no file");
    file.trashed = true;
    expect(printed(() => Docs.Documents.get(id))).toBe(notFound);
  });

  it("a Doc the user can't read (get) or edit (batchUpdate): 'The caller does not have permission'", () => {
    const { app, Docs, env } = setup();
    const doc = app.create("t");
    const id = save(doc);
    const file = env.state.drive.files[id];
    if (!file) throw new Error("no file");
    file.owner = "otra@example.org";
    expect(printed(() => Docs.Documents.get(id))).toBe(
      "GoogleJsonResponseException: API call to docs.documents.get failed with error: The caller does not have permission",
    );
    file.viewers.push("usuario@example.org");
    expect(Docs.Documents.get(id).title).toBe("t");
    expect(printed(() => Docs.Documents.batchUpdate({ requests: [] }, id))).toBe(
      "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: The caller does not have permission",
    );
  });
});

describe(`get: the index model (${STRUCTURE}; ${TABLES})`, () => {
  it("a section break [0,1) without startIndex, then a paragraph with its text and newline; title from Drive", () => {
    const { app, Docs } = setup();
    const doc = app.create("Informe");
    doc.getBody().getChild(0).asParagraph().setText("Hola");
    const id = save(doc);
    const got = Docs.Documents.get(id);
    expect(got.documentId).toBe(id);
    expect(got.title).toBe("Informe");
    expect(typeof got.revisionId).toBe("string");
    const [br, p] = (got.body as { content: Record<string, unknown>[] }).content;
    expect(br).toEqual({ endIndex: 1, sectionBreak: { sectionStyle: {} } });
    expect(p).toMatchObject({
      startIndex: 1,
      endIndex: 6,
      paragraph: {
        elements: [{ startIndex: 1, endIndex: 6, textRun: { content: "Hola\n", textStyle: {} } }],
        paragraphStyle: { namedStyleType: "NORMAL_TEXT" },
      },
    });
  });

  it("counts UTF-16 code units: an emoji takes 2; an empty paragraph is one textRun '\\n'", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText("😀a");
    body.appendParagraph("");
    const id = save(doc);
    const [, p1, p2] = content(Docs, id);
    expect([p1?.startIndex, p1?.endIndex]).toEqual([1, 5]);
    expect(p2).toMatchObject({
      startIndex: 5,
      endIndex: 6,
      paragraph: { elements: [{ textRun: { content: "\n" } }] },
    });
  });

  it("list items carry bullet {listId, nestingLevel (absent at 0)}; lists give the glyph per level", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    const body = doc.getBody();
    const a = body.appendListItem("A").setGlyphType(app.GlyphType.BULLET);
    body.appendListItem("B").setNestingLevel(1);
    body.appendListItem("C").setGlyphType(app.GlyphType.NUMBER).setNestingLevel(0);
    body.appendParagraph("x");
    const z = body.appendListItem("Z").setGlyphType(app.GlyphType.NUMBER);
    const [listA, listZ] = [a.getListId(), z.getListId()];
    const id = save(doc);
    const got = Docs.Documents.get(id);
    const all = (got.body as { content: Record<string, unknown>[] }).content;
    const items = [all[2], all[3], all[4], all[6]] as Record<string, unknown>[];
    expect(items.map((e) => (e.paragraph as { bullet: unknown }).bullet)).toEqual([
      { listId: listA },
      { listId: listA, nestingLevel: 1 },
      { listId: listA },
      { listId: listZ },
    ]);
    expect(items.map((e) => [e.startIndex, e.endIndex])).toEqual([
      [2, 4],
      [4, 6],
      [6, 8],
      [10, 12],
    ]);
    expect((nth(all, 5).paragraph as { bullet?: unknown }).bullet).toBeUndefined();
    expect(got.lists).toEqual({
      [listA]: { listProperties: { nestingLevels: [{ glyphSymbol: "●" }, { glyphSymbol: "●" }] } },
      [listZ]: { listProperties: { nestingLevels: [{ glyphType: "DECIMAL" }] } },
    });
  });

  it("a 2×2 table of empty cells at S: rows S+1..S+6 and S+6..S+11, cells of 2, the table S..S+12", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    doc.getBody().getChild(0).asParagraph().setText("ab");
    doc.getBody().appendTable([
      ["", ""],
      ["", ""],
    ]);
    const id = save(doc);
    const all = content(Docs, id);
    const S = 4;
    const table = all[2] as { startIndex: number; endIndex: number; table: Record<string, unknown> };
    expect([table.startIndex, table.endIndex]).toEqual([S, S + 12]);
    expect(table.table.rows).toBe(2);
    expect(table.table.columns).toBe(2);
    const rows = table.table.tableRows as {
      startIndex: number;
      endIndex: number;
      tableCells: Record<string, unknown>[];
    }[];
    expect(rows.map((r) => [r.startIndex, r.endIndex])).toEqual([
      [S + 1, S + 6],
      [S + 6, S + 11],
    ]);
    const [c00, c01] = rows[0]?.tableCells ?? [];
    expect([c00?.startIndex, c00?.endIndex, c01?.startIndex, c01?.endIndex]).toEqual([
      S + 2,
      S + 4,
      S + 4,
      S + 6,
    ]);
    expect(((c00?.content ?? []) as Record<string, unknown>[])[0]).toMatchObject({
      startIndex: S + 3,
      endIndex: S + 4,
    });
    // appendTable also appends an empty paragraph: a document can't end with a table.
    expect(all[3]).toMatchObject({ startIndex: S + 12, endIndex: S + 13 });
  });

  it("a non-empty cell's paragraph takes its text: cell(0,0) 'xyz' spans S+2..S+7", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    doc.getBody().appendTable([
      ["xyz", ""],
      ["", ""],
    ]);
    const id = save(doc);
    const table = content(Docs, id)[2] as {
      startIndex: number;
      endIndex: number;
      table: Record<string, unknown>;
    };
    const S = table.startIndex;
    expect(S).toBe(2);
    const cell = (table.table.tableRows as { tableCells: Record<string, unknown>[] }[])[0]?.tableCells[0];
    expect([cell?.startIndex, cell?.endIndex]).toEqual([S + 2, S + 7]);
    expect(runsText(((cell?.content ?? []) as Record<string, unknown>[])[0] ?? {})).toBe("xyz\n");
    expect(table.endIndex).toBe(S + 15);
  });

  it("textRuns split at attribute changes; styles as the API writes them; a line break shows as \\u000b", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    const p = doc.getBody().getChild(0).asParagraph();
    p.setText("Hola mundo\nsegunda");
    p.setAlignment(app.HorizontalAlignment.CENTER).setSpacingBefore(6);
    p.editAsText().setBold(0, 3, true).setForegroundColor(5, 9, "#ff0000").setFontSize(5, 9, 11);
    const id = save(doc);
    const el = content(Docs, id)[1] as {
      paragraph: { elements: Record<string, unknown>[]; paragraphStyle: unknown };
    };
    expect(el.paragraph.elements.map((e) => e.textRun)).toEqual([
      { content: "Hola", textStyle: { bold: true } },
      { content: " ", textStyle: {} },
      {
        content: "mundo",
        textStyle: {
          foregroundColor: { color: { rgbColor: { red: 1 } } },
          fontSize: { magnitude: 11, unit: "PT" },
        },
      },
      { content: "\u000bsegunda\n", textStyle: {} },
    ]);
    expect(el.paragraph.paragraphStyle).toEqual({
      namedStyleType: "NORMAL_TEXT",
      alignment: "CENTER",
      direction: "LEFT_TO_RIGHT",
      spaceAbove: { magnitude: 6, unit: "PT" },
    });
  });

  it("fields selects a partial response; a malformed mask is a 400", () => {
    const { app, Docs } = setup();
    const doc = app.create("t");
    doc.getBody().appendListItem("A");
    const id = save(doc);
    const got = Docs.Documents.get(id, {
      fields:
        "revisionId,body.content(startIndex,endIndex,paragraph(bullet(listId),elements(textRun(content))))",
    });
    expect(Object.keys(got).sort()).toEqual(["body", "revisionId"]);
    const item = (got.body as { content: Record<string, unknown>[] }).content[2];
    expect(item).toEqual({
      startIndex: 2,
      endIndex: 4,
      paragraph: { bullet: { listId: expect.any(String) }, elements: [{ textRun: { content: "A\n" } }] },
    });
    expect(failure(() => Docs.Documents.get(id, { fields: "body(" })).details?.code).toBe(400);
  });

  it("a name its message lacks is refused, case and depth included (googleapis/google-api-dotnet-client#1444: «Invalid field selection»)", () => {
    const { app, Docs } = setup();
    const id = save(app.create("t"));
    for (const [fields, name] of [
      ["revisionID", "revisionID"],
      ["body.content(paragraph(elements(textrun)))", "textrun"],
      ["body.content(table(tableRows(tableCells(content(paragraph(bulet))))))", "bulet"],
    ] as const) {
      const e = failure(() => Docs.Documents.get(id, { fields }));
      expect(e.details).toEqual({ code: 400, message: `Invalid field selection ${name}` });
    }
    // A documented name this Doc lacks (no table, no bullet) selects nothing, and "*" everything.
    expect(Docs.Documents.get(id, { fields: "body.content(table,paragraph(bullet))" }).body).toEqual({
      content: [{}, { paragraph: {} }],
    });
    expect(Docs.Documents.get(id, { fields: "*" }).title).toBe("t");
  });

  it("reading is not an edit: no revision, no lastUpdated change; each call is counted, faults injected", () => {
    const { app, Docs, env, rt, advance } = setup();
    const doc = app.create("t");
    const id = save(doc);
    advance(60_000);
    const first = Docs.Documents.get(id).revisionId;
    expect(Docs.Documents.get(id).revisionId).toBe(first);
    expect(env.state.drive.files[id]?.lastUpdatedMs).toBe(T0);
    rt.resetCalls();
    rt.recordCalls = true;
    Docs.Documents.get(id);
    rt.failAtCall = rt.callIndex;
    expect(failure(() => Docs.Documents.get(id)).message).toBe(
      "Service error: Docs.Documents.get failed (injected fault at call 1).",
    );
    expect(rt.callLog).toEqual(["Docs.Documents.get", "Docs.Documents.get"]);
    expect(rt.callCounts()).toEqual({ "Docs.Documents.get": 2 });
  });
});
