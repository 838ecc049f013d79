// The Docs API's Document resource for an emulated Doc: structural elements with their indexes, lists, headers and footers.
import type {
  BlockNode,
  DocContent,
  ListItemNode,
  ParagraphLike,
  SectionNode,
  TableNode,
} from "../document/model";
import { allParagraphs } from "../document/model";
import { FOOTER_ID, HEADER_ID, paragraphLength } from "./layout";
import { paragraphStyleJson, points, textStyleJson } from "./styles";
import { toUnits, type Unit } from "./units";

type Json = Record<string, unknown>;

/** The API leaves out default (zero) values: a start index of 0 is absent (the section break's, a header's first). */
function span(start: number, end: number): Json {
  return start === 0 ? { endIndex: end } : { startIndex: start, endIndex: end };
}

function sameStyle(a: Json, b: Json): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A paragraph's elements: one textRun per stretch of equal attributes (DocumentApp's Text elements
 * don't show), one horizontalRule / pageBreak per inline element. A line break stored in
 * DocumentApp's text ("\n" inside a run) shows as "\u000b", the API's line break inside a paragraph
 * (UNCONFIRMED). The final "\n" joins the last textRun when its style is the paragraph mark's,
 * else (or in an empty paragraph) it is a textRun of its own with the mark's style.
 */
function paragraphElements(p: ParagraphLike, start: number): Json[] {
  const out: Json[] = [];
  let pos = start;
  let last: { run: Json; style: Json } | undefined;
  const pushText = (text: string, style: Json): void => {
    if (last && sameStyle(last.style, style)) {
      (last.run.textRun as Json).content += text;
      last.run.endIndex = (last.run.endIndex as number) + text.length;
    } else {
      const run = { ...span(pos, pos + text.length), textRun: { content: text, textStyle: style } };
      out.push(run);
      last = { run, style };
    }
    pos += text.length;
  };
  for (const u of toUnits(p) as Unit[]) {
    if (u.kind === "text") {
      if (u.text !== "") pushText(u.text.replaceAll("\n", "\u000b"), textStyleJson(u.attrs));
      continue;
    }
    const key = u.node.type === "HORIZONTAL_RULE" ? "horizontalRule" : "pageBreak";
    out.push({ ...span(pos, pos + 1), [key]: { textStyle: {} } });
    last = undefined;
    pos += 1;
  }
  pushText("\n", textStyleJson(p.textAttrs));
  return out;
}

function paragraphElement(p: ParagraphLike, start: number): Json {
  const paragraph: Json = {
    elements: paragraphElements(p, start),
    paragraphStyle: paragraphStyleJson(p.attrs),
  };
  if (p.type === "LIST_ITEM") {
    const bullet: Json = { listId: p.attrs.LIST_ID };
    if (p.attrs.NESTING_LEVEL !== 0) bullet.nestingLevel = p.attrs.NESTING_LEVEL;
    paragraph.bullet = bullet;
  }
  return { ...span(start, start + paragraphLength(p)), paragraph };
}

/** A table at `start`: 1 index for its start, each row's start, each cell's start, and its end. */
function tableElement(t: TableNode, start: number): { element: Json; end: number } {
  let pos = start + 1;
  const tableRows = t.rows.map((row) => {
    const rowStart = pos;
    pos += 1;
    const tableCells = row.cells.map((cell) => {
      const cellStart = pos;
      pos += 1;
      const content = blocksContent(cell.children, pos);
      pos = content.end;
      return {
        ...span(cellStart, pos),
        content: content.elements,
        tableCellStyle: { rowSpan: 1, columnSpan: 1 },
      };
    });
    return { ...span(rowStart, pos), tableCells, tableRowStyle: {} };
  });
  pos += 1;
  const columns = Math.max(0, ...t.rows.map((r) => r.cells.length));
  return { element: { ...span(start, pos), table: { rows: t.rows.length, columns, tableRows } }, end: pos };
}

function blocksContent(blocks: readonly BlockNode[], start: number): { elements: Json[]; end: number } {
  const elements: Json[] = [];
  let pos = start;
  for (const b of blocks) {
    if (b.type === "TABLE") {
      const t = tableElement(b, pos);
      elements.push(t.element);
      pos = t.end;
    } else {
      elements.push(paragraphElement(b, pos));
      pos += paragraphLength(b);
    }
  }
  return { elements, end: pos };
}

/** The body: the section break at [0, 1), then one structural element per block. */
function bodyJson(body: SectionNode): Json {
  const sectionBreak = { endIndex: 1, sectionBreak: { sectionStyle: {} } };
  return { content: [sectionBreak, ...blocksContent(body.children, 1).elements] };
}

// DocumentApp.GlyphType → the API's nesting level: bullets by their symbol, the rest by glyphType.
const GLYPHS: Record<string, Json> = {
  BULLET: { glyphSymbol: "●" },
  HOLLOW_BULLET: { glyphSymbol: "○" },
  SQUARE_BULLET: { glyphSymbol: "■" },
  NUMBER: { glyphType: "DECIMAL" },
  LATIN_UPPER: { glyphType: "UPPER_ALPHA" },
  LATIN_LOWER: { glyphType: "ALPHA" },
  ROMAN_UPPER: { glyphType: "UPPER_ROMAN" },
  ROMAN_LOWER: { glyphType: "ROMAN" },
};

/**
 * The document's lists, by id. DocumentApp keeps a glyph per item; the API, per list and nesting
 * level: each level takes the glyph of the list's first item at that level (else the list's first
 * item). Kept small: levels up to the deepest one used, not the nine Docs defines.
 */
function listsJson(doc: DocContent): Json | undefined {
  const items: ListItemNode[] = [];
  for (const s of [doc.body, doc.header, doc.footer]) {
    if (s) for (const p of allParagraphs(s.children)) if (p.type === "LIST_ITEM") items.push(p);
  }
  if (items.length === 0) return undefined;
  const lists: Json = {};
  const ids = [...new Set(items.map((i) => i.attrs.LIST_ID))];
  for (const id of ids) {
    const mine = items.filter((i) => i.attrs.LIST_ID === id);
    const depth = Math.max(...mine.map((i) => i.attrs.NESTING_LEVEL));
    const nestingLevels = Array.from({ length: depth + 1 }, (_, level) => {
      const item = mine.find((i) => i.attrs.NESTING_LEVEL === level) ?? mine[0];
      return { ...(GLYPHS[item?.attrs.GLYPH_TYPE ?? "NUMBER"] ?? GLYPHS.NUMBER) };
    });
    lists[id] = { listProperties: { nestingLevels } };
  }
  return lists;
}

function documentStyleJson(doc: DocContent): Json {
  const a = doc.bodyAttrs;
  const style: Json = {
    marginTop: points(a.MARGIN_TOP),
    marginBottom: points(a.MARGIN_BOTTOM),
    marginRight: points(a.MARGIN_RIGHT),
    marginLeft: points(a.MARGIN_LEFT),
    pageSize: { height: points(a.PAGE_HEIGHT), width: points(a.PAGE_WIDTH) },
  };
  if (doc.header) style.defaultHeaderId = HEADER_ID;
  if (doc.footer) style.defaultFooterId = FOOTER_ID;
  return style;
}

/** What one tab holds: body, headers, footers, document style, lists. */
export function tabContent(doc: DocContent): Json {
  const out: Json = { body: bodyJson(doc.body) };
  if (doc.header) {
    out.headers = {
      [HEADER_ID]: { headerId: HEADER_ID, content: blocksContent(doc.header.children, 0).elements },
    };
  }
  if (doc.footer) {
    out.footers = {
      [FOOTER_ID]: { footerId: FOOTER_ID, content: blocksContent(doc.footer.children, 0).elements },
    };
  }
  out.documentStyle = documentStyleJson(doc);
  const lists = listsJson(doc);
  if (lists) out.lists = lists;
  return out;
}
