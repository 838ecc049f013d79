// The JSON-serializable content of emulated Google Docs (DocsState) and the pure helpers that edit it.

/** Character-level attributes, keyed like DocumentApp.Attribute. Absent = inherited/default. */
export interface TextAttrs {
  BOLD?: boolean;
  ITALIC?: boolean;
  UNDERLINE?: boolean;
  STRIKETHROUGH?: boolean;
  FONT_SIZE?: number;
  FONT_FAMILY?: string;
  FOREGROUND_COLOR?: string;
  BACKGROUND_COLOR?: string;
  LINK_URL?: string;
}

/** A stretch of text with uniform attributes. */
export interface Run {
  text: string;
  attrs: TextAttrs;
}

/** A Text element inside a paragraph: in one session, each appendText makes a new one. */
export interface TextInline {
  type: "TEXT";
  runs: Run[];
}
export type InlineNode = TextInline | { type: "HORIZONTAL_RULE" } | { type: "PAGE_BREAK" };

/** Paragraph-level attributes (names as DocumentApp.Attribute; enum values stored by name). */
export interface ParagraphAttrs {
  HEADING?: string;
  HORIZONTAL_ALIGNMENT?: string;
  SPACING_BEFORE?: number;
  SPACING_AFTER?: number;
  LINE_SPACING?: number;
  INDENT_START?: number;
  INDENT_END?: number;
  INDENT_FIRST_LINE?: number;
}

export interface ParagraphNode {
  type: "PARAGRAPH";
  attrs: ParagraphAttrs;
  /** Formatting of the paragraph mark: applied to text typed into an empty paragraph. */
  textAttrs: TextAttrs;
  inlines: InlineNode[];
}

export interface ListItemNode {
  type: "LIST_ITEM";
  attrs: ParagraphAttrs & { GLYPH_TYPE: string; NESTING_LEVEL: number; LIST_ID: string };
  textAttrs: TextAttrs;
  inlines: InlineNode[];
}

export type ParagraphLike = ParagraphNode | ListItemNode;

export interface CellNode {
  type: "TABLE_CELL";
  attrs: {
    BACKGROUND_COLOR?: string;
    WIDTH?: number;
    PADDING_TOP?: number;
    PADDING_BOTTOM?: number;
    PADDING_LEFT?: number;
    PADDING_RIGHT?: number;
    VERTICAL_ALIGNMENT?: string;
  };
  /** A cell always holds at least one paragraph. */
  children: ParagraphLike[];
}

export interface RowNode {
  type: "TABLE_ROW";
  attrs: { MINIMUM_HEIGHT?: number };
  cells: CellNode[];
}

export interface TableNode {
  type: "TABLE";
  attrs: { BORDER_WIDTH?: number; BORDER_COLOR?: string };
  /** Column widths in points by column index; null = automatic. */
  columnWidths: (number | null)[];
  rows: RowNode[];
}

export type BlockNode = ParagraphLike | TableNode;

/** Body, header or footer: a sequence of blocks that always ends with a paragraph. */
export interface SectionNode {
  type: "BODY_SECTION" | "HEADER_SECTION" | "FOOTER_SECTION";
  children: BlockNode[];
}

export interface BodyAttrs {
  MARGIN_TOP: number;
  MARGIN_BOTTOM: number;
  MARGIN_LEFT: number;
  MARGIN_RIGHT: number;
  PAGE_WIDTH: number;
  PAGE_HEIGHT: number;
}

/** One document's content. */
export interface DocContent {
  body: SectionNode;
  bodyAttrs: BodyAttrs;
  header: SectionNode | null;
  footer: SectionNode | null;
  /** Counter for list ids ("kix.list.N"), so ids are stable across save/load. */
  nextListSeq: number;
  /**
   * Saved revisions so far: every DocumentApp edit and every Docs API batchUpdate adds one (the
   * Docs API's revisionId is derived from it). Absent in states saved before it existed: 0.
   */
  revision?: number;
}

/** All emulated Docs, by Drive file id. JSON-serializable. */
export interface DocsState {
  documents: Record<string, DocContent>;
}

/** An empty DocsState. */
export function createDocsState(): DocsState {
  return { documents: {} };
}

/** A new paragraph holding `text` as one Text element (none when empty, as in Docs). */
export function newParagraph(text = "", textAttrs: TextAttrs = {}): ParagraphNode {
  return { type: "PARAGRAPH", attrs: {}, textAttrs: { ...textAttrs }, inlines: textInlines(text, textAttrs) };
}

/**
 * A list item of a new list. Its glyph is NUMBER: UNCONFIRMED on Google's pages, which promise no
 * default; brucemcpherson/gas-fakes' test/testdocslistitems.js records a numbered default on the
 * live service (platform guide, Documents: "set the glyph explicitly"); src/diagnostico checks it.
 */
export function newListItem(text: string, listId: string): ListItemNode {
  return {
    type: "LIST_ITEM",
    attrs: { GLYPH_TYPE: "NUMBER", NESTING_LEVEL: 0, LIST_ID: listId },
    textAttrs: {},
    inlines: textInlines(text, {}),
  };
}

function textInlines(text: string, attrs: TextAttrs): InlineNode[] {
  return text === "" ? [] : [{ type: "TEXT", runs: [{ text, attrs: { ...attrs } }] }];
}

export function newCell(text = ""): CellNode {
  return { type: "TABLE_CELL", attrs: {}, children: [newParagraph(text)] };
}

/** A fresh document as DocumentApp.create makes it: US Letter, 1-inch margins, one empty paragraph. */
export function newDocContent(): DocContent {
  return {
    body: { type: "BODY_SECTION", children: [newParagraph()] },
    // Points: 612×792 is US Letter, 72 pt margins (Docs' defaults for a new document).
    bodyAttrs: {
      MARGIN_TOP: 72,
      MARGIN_BOTTOM: 72,
      MARGIN_LEFT: 72,
      MARGIN_RIGHT: 72,
      PAGE_WIDTH: 612,
      PAGE_HEIGHT: 792,
    },
    header: null,
    footer: null,
    nextListSeq: 1,
  };
}

/** Plain text of a paragraph-like node (text elements only). */
export function paragraphText(p: ParagraphLike): string {
  let s = "";
  for (const inline of p.inlines) if (inline.type === "TEXT") for (const r of inline.runs) s += r.text;
  return s;
}

export function cellText(c: CellNode): string {
  return c.children.map(paragraphText).join("\n");
}

/**
 * Google's limit for one document: 1.02 million characters (Google Drive Help, "Files you can store in
 * Google Drive"). UNCONFIRMED: what counts (here every paragraph's text and its end, in the body, header
 * and footer) and when a script is told (here, by the write that crosses it).
 */
export const MAX_DOCUMENT_CHARS = 1_020_000;

/** Characters of a block list: every paragraph's text runs and its end, tables' cells included. */
function blockCharacters(blocks: readonly BlockNode[]): number {
  // Summed in place, without building texts or lists: it runs after every edit.
  let total = 0;
  for (const b of blocks) {
    if (b.type === "TABLE") {
      for (const row of b.rows) for (const cell of row.cells) total += blockCharacters(cell.children);
      continue;
    }
    total += 1;
    for (const inline of b.inlines)
      if (inline.type === "TEXT") for (const r of inline.runs) total += r.text.length;
  }
  return total;
}

/** The characters a document holds, as counted against MAX_DOCUMENT_CHARS. */
export function documentCharacters(doc: DocContent): number {
  let total = blockCharacters(doc.body.children);
  if (doc.header) total += blockCharacters(doc.header.children);
  if (doc.footer) total += blockCharacters(doc.footer.children);
  return total;
}

/** Every paragraph-like node of a block list, in document order, including those inside tables. */
export function allParagraphs(blocks: readonly BlockNode[]): ParagraphLike[] {
  const out: ParagraphLike[] = [];
  for (const b of blocks) {
    if (b.type === "TABLE") {
      for (const row of b.rows) for (const cell of row.cells) out.push(...allParagraphs(cell.children));
    } else out.push(b);
  }
  return out;
}

export function allTables(blocks: readonly BlockNode[]): TableNode[] {
  const out: TableNode[] = [];
  for (const b of blocks) {
    if (b.type !== "TABLE") continue;
    out.push(b);
    for (const row of b.rows) for (const cell of row.cells) out.push(...allTables(cell.children));
  }
  return out;
}

function sameAttrs(a: TextAttrs, b: TextAttrs): boolean {
  const ka = Object.keys(a) as (keyof TextAttrs)[];
  const kb = Object.keys(b) as (keyof TextAttrs)[];
  return ka.length === kb.length && ka.every((k) => a[k] === b[k]);
}

/** Merges neighbouring runs with equal attributes and drops empty ones. */
export function normalizeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    if (r.text === "") continue;
    const last = out[out.length - 1];
    if (last && sameAttrs(last.attrs, r.attrs)) last.text += r.text;
    else out.push({ text: r.text, attrs: { ...r.attrs } });
  }
  return out;
}

/** One attribute patch: a value sets, null clears. */
export type TextPatch = { [K in keyof TextAttrs]?: TextAttrs[K] | null };

export function applyPatch(attrs: TextAttrs, patch: TextPatch): TextAttrs {
  const out: Record<string, unknown> = { ...attrs };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return out as TextAttrs;
}

/** Applies `patch` to characters [start, end) of a run list. */
export function patchRuns(runs: readonly Run[], start: number, end: number, patch: TextPatch): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const rs = pos;
    const re = pos + r.text.length;
    pos = re;
    const a = Math.max(start, rs);
    const b = Math.min(end, re);
    if (a >= b) {
      out.push({ text: r.text, attrs: { ...r.attrs } });
      continue;
    }
    if (a > rs) out.push({ text: r.text.slice(0, a - rs), attrs: { ...r.attrs } });
    out.push({ text: r.text.slice(a - rs, b - rs), attrs: applyPatch(r.attrs, patch) });
    if (b < re) out.push({ text: r.text.slice(b - rs), attrs: { ...r.attrs } });
  }
  return normalizeRuns(out);
}

/** Inserts `text` at `offset`, inheriting the attributes of the preceding character (as typing does). */
export function insertIntoRuns(
  runs: readonly Run[],
  offset: number,
  text: string,
  fallback: TextAttrs,
): Run[] {
  const out: Run[] = runs.map((r) => ({ text: r.text, attrs: { ...r.attrs } }));
  let pos = 0;
  for (const r of out) {
    if (offset > pos && offset <= pos + r.text.length) {
      r.text = r.text.slice(0, offset - pos) + text + r.text.slice(offset - pos);
      return normalizeRuns(out);
    }
    pos += r.text.length;
  }
  // Offset 0 (or an empty list): take the first run's attributes, else the fallback.
  const first = out[0];
  out.unshift({ text, attrs: { ...(first ? first.attrs : fallback) } });
  return normalizeRuns(out);
}

/** Deletes characters [start, end) of a run list. */
export function deleteFromRuns(runs: readonly Run[], start: number, end: number): Run[] {
  const out: Run[] = [];
  let pos = 0;
  for (const r of runs) {
    const rs = pos;
    pos += r.text.length;
    const a = Math.max(start, rs) - rs;
    const b = Math.min(end, pos) - rs;
    out.push({ text: a < b ? r.text.slice(0, a) + r.text.slice(b) : r.text, attrs: { ...r.attrs } });
  }
  return normalizeRuns(out);
}

/** Attributes of the character at `offset`, or undefined past the end. */
export function attrsAt(runs: readonly Run[], offset: number): TextAttrs | undefined {
  let pos = 0;
  for (const r of runs) {
    if (offset < pos + r.text.length) return r.attrs;
    pos += r.text.length;
  }
  return undefined;
}
