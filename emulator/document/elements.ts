// Emulated Docs elements (Body, Paragraph, ListItem, Table, TableRow, TableCell, Text…) over the JSON content in DocsState.
import { type DriveState, nowMs, touchItem } from "../drive";
import { type EnumValue, NAMING, signatureChecks } from "../enums";
import { type Runtime, SCOPE, ScriptError } from "../runtime";
import { DOC_ENUMS } from "./doc-enums";
import {
  allParagraphs,
  allTables,
  attrsAt,
  type BlockNode,
  type CellNode,
  cellText,
  type DocContent,
  type DocsState,
  deleteFromRuns,
  type InlineNode,
  insertIntoRuns,
  type ListItemNode,
  newCell,
  newListItem,
  newParagraph,
  normalizeRuns,
  type ParagraphAttrs,
  type ParagraphLike,
  paragraphText,
  patchRuns,
  type RowNode,
  type Run,
  type SectionNode,
  type TableNode,
  type TextAttrs,
  type TextInline,
  type TextPatch,
} from "./model";

const { requireEnum, signatureError } = signatureChecks(NAMING.docs);

/** DocumentApp needs the documents scope and full authorization (not simple triggers / LIMITED). */
export const DOCS_REQUIREMENT = { scopes: [SCOPE.documents], auth: "FULL" } as const;

// https://developers.google.com/apps-script/reference/document/document#saveAndClose(): after it,
// the Document can't be edited. Exception text as reported by users of the live service.
export const CLOSED_MESSAGE = "Document is closed, its contents cannot be updated.";
// Exception text seen in live scripts (e.g. several public repositories quoting it verbatim).
export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";

/** What every element of one opened Document shares. */
export interface DocCtx {
  rt: Runtime;
  docs: DocsState;
  drive: DriveState;
  docId: string;
  /** Set by saveAndClose(): every later call through this Document's objects throws. */
  handle: { closed: boolean };
}

type Node = SectionNode | BlockNode | RowNode | CellNode | InlineNode;

function content(ctx: DocCtx): DocContent {
  const c = ctx.docs.documents[ctx.docId];
  if (!c)
    throw new ScriptError("Document is missing (perhaps it was deleted, or you don't have read access?)");
  return c;
}

/** Counts the call, checks auth/scopes, then refuses a closed document. */
function enter(ctx: DocCtx, method: string): void {
  ctx.rt.enter(method, DOCS_REQUIREMENT);
  if (ctx.handle.closed) throw new ScriptError(CLOSED_MESSAGE);
}

/** Records an edit: the Drive file's lastUpdated moves. */
function edited(ctx: DocCtx): void {
  touchItem(ctx.drive, ctx.docId, nowMs(ctx.rt));
}

function childIndexError(index: number, count: number): ScriptError {
  // Live text: "Child index (2228) must be less than the number of child elements (6)."
  return new ScriptError(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

function requireIndex(value: unknown, count: number, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw signatureError(method, args);
  if (value < 0 || value >= count) throw childIndexError(value, count);
  return value;
}

function requireText(value: unknown, method: string, args: unknown[]): string {
  if (typeof value !== "string") throw signatureError(method, args);
  return value;
}

function requireNumber(value: unknown, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw signatureError(method, args);
  return value;
}

function requireBoolean(value: unknown, method: string, args: unknown[]): boolean {
  if (typeof value !== "boolean") throw signatureError(method, args);
  return value;
}

// Docs document colours in CSS hex notation ("#ffffff"). Only #rrggbb is accepted here: the
// stricter reading (whether Google also takes "#fff" or names is UNCONFIRMED).
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
function requireColor(value: unknown, method: string, args: unknown[]): string | null {
  if (value === null) return null;
  if (typeof value !== "string") throw signatureError(method, args);
  if (!COLOR_RE.test(value)) throw new ScriptError(`Invalid color: ${value}`); // UNCONFIRMED text
  return value.toLowerCase();
}

// ---------------------------------------------------------------------------------------------
// Locating a node's parent: state is plain JSON, so parents are found by searching the tree.

type Place =
  | { kind: "section"; owner: SectionNode; list: BlockNode[] }
  | { kind: "cell"; owner: CellNode; list: ParagraphLike[] }
  | { kind: "row"; owner: RowNode; list: CellNode[] }
  | { kind: "table"; owner: TableNode; list: RowNode[] }
  | { kind: "paragraph"; owner: ParagraphLike; list: InlineNode[] };

function locate(doc: DocContent, node: Node): Place | null {
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (!section) continue;
    const found = locateIn(section, node);
    if (found) return found;
  }
  return null;
}

function locateIn(section: SectionNode, node: Node): Place | null {
  const inBlocks = (owner: SectionNode | CellNode, blocks: BlockNode[]): Place | null => {
    for (const b of blocks) {
      if (b === node) {
        return owner.type === "TABLE_CELL"
          ? { kind: "cell", owner, list: owner.children }
          : { kind: "section", owner, list: owner.children };
      }
      if (b.type === "TABLE") {
        for (const row of b.rows) {
          if (row === node) return { kind: "table", owner: b, list: b.rows };
          for (const cell of row.cells) {
            if (cell === node) return { kind: "row", owner: row, list: row.cells };
            const inner = inBlocks(cell, cell.children);
            if (inner) return inner;
          }
        }
      } else {
        for (const inline of b.inlines)
          if (inline === node) return { kind: "paragraph", owner: b, list: b.inlines };
      }
    }
    return null;
  };
  return inBlocks(section, section.children);
}

function sectionOf(doc: DocContent, node: Node): SectionNode | null {
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (section && (section === node || locateIn(section, node))) return section;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Attributes

const TEXT_KEYS = [
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "STRIKETHROUGH",
  "FONT_SIZE",
  "FONT_FAMILY",
  "FOREGROUND_COLOR",
  "BACKGROUND_COLOR",
  "LINK_URL",
] as const;

/** Validates one text attribute value (null clears it). */
function textAttrValue(key: (typeof TEXT_KEYS)[number], value: unknown, method: string): TextPatch {
  if (value === null) return { [key]: null } as TextPatch;
  switch (key) {
    case "BOLD":
    case "ITALIC":
    case "UNDERLINE":
    case "STRIKETHROUGH":
      return { [key]: requireBoolean(value, method, [value]) };
    case "FONT_SIZE": {
      const n = requireNumber(value, method, [value]);
      if (n <= 0) throw new ScriptError(`Invalid argument: ${key}`); // UNCONFIRMED text
      return { FONT_SIZE: n };
    }
    case "FONT_FAMILY":
    case "LINK_URL":
      return { [key]: requireText(value, method, [value]) };
    case "FOREGROUND_COLOR":
    case "BACKGROUND_COLOR":
      return { [key]: requireColor(value, method, [value]) };
  }
}

/** Splits an attributes object (keys = DocumentApp.Attribute names) into the text part and the rest. */
function splitAttributes(
  attributes: unknown,
  method: string,
): { text: TextPatch; other: Record<string, unknown> } {
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) {
    throw signatureError(method, [attributes]);
  }
  const text: TextPatch = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      Object.assign(text, textAttrValue(key as (typeof TEXT_KEYS)[number], value, method));
    } else if (key in DOC_ENUMS.Attribute) {
      other[key] = value;
    }
    // Keys that aren't DocumentApp.Attribute names are ignored, as Docs ignores unknown attributes.
  }
  return { text, other };
}

function applyParagraphAttrs(p: ParagraphLike, other: Record<string, unknown>, method: string): void {
  for (const [key, value] of Object.entries(other)) {
    switch (key) {
      case "HEADING":
        if (value === null) delete p.attrs.HEADING;
        else p.attrs.HEADING = requireEnum(value, DOC_ENUMS.ParagraphHeading, method, [value]);
        break;
      case "HORIZONTAL_ALIGNMENT":
        if (value === null) delete p.attrs.HORIZONTAL_ALIGNMENT;
        else
          p.attrs.HORIZONTAL_ALIGNMENT = requireEnum(value, DOC_ENUMS.HorizontalAlignment, method, [value]);
        break;
      case "SPACING_BEFORE":
      case "SPACING_AFTER":
      case "LINE_SPACING":
      case "INDENT_START":
      case "INDENT_END":
      case "INDENT_FIRST_LINE":
        if (value === null) delete p.attrs[key];
        else p.attrs[key] = requireNumber(value, method, [value]);
        break;
      case "GLYPH_TYPE":
        if (p.type === "LIST_ITEM" && value !== null) {
          p.attrs.GLYPH_TYPE = requireEnum(value, DOC_ENUMS.GlyphType, method, [value]);
        }
        break;
      case "NESTING_LEVEL":
        if (p.type === "LIST_ITEM" && value !== null) p.attrs.NESTING_LEVEL = nestingLevel(value, method);
        break;
      default:
        // Attributes that don't apply to paragraphs (e.g. BORDER_WIDTH) are ignored.
        break;
    }
  }
}

function nestingLevel(value: unknown, method: string): number {
  const n = requireNumber(value, method, [value]);
  // Docs supports nesting levels 0–8. UNCONFIRMED text.
  if (!Number.isInteger(n) || n < 0 || n > 8) throw new ScriptError("Invalid argument: nestingLevel");
  return n;
}

function patchParagraphText(p: ParagraphLike, patch: TextPatch): void {
  for (const inline of p.inlines) {
    if (inline.type === "TEXT") inline.runs = patchRuns(inline.runs, 0, Number.MAX_SAFE_INTEGER, patch);
  }
  p.textAttrs = applyPatchAttrs(p.textAttrs, patch);
}

function applyPatchAttrs(attrs: TextAttrs, patch: TextPatch): TextAttrs {
  return patchRuns([{ text: "x", attrs }], 0, 1, patch)[0]?.attrs ?? {};
}

/** Uniform value of a text attribute across runs, or null when mixed/unset (as Docs reports). */
function uniform<K extends keyof TextAttrs>(runs: readonly Run[], key: K): NonNullable<TextAttrs[K]> | null {
  let value: TextAttrs[K] | undefined;
  let first = true;
  for (const r of runs) {
    if (r.text === "") continue;
    if (first) {
      value = r.attrs[key];
      first = false;
    } else if (r.attrs[key] !== value) return null;
  }
  return value ?? null;
}

function textAttributesObject(runs: readonly Run[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) out[k] = uniform(runs, k);
  return out;
}

function runsOf(p: ParagraphLike): Run[] {
  const out: Run[] = [];
  for (const inline of p.inlines) if (inline.type === "TEXT") out.push(...inline.runs);
  return out.length > 0 ? out : [{ text: "", attrs: p.textAttrs }];
}

function paragraphAttributesObject(p: ParagraphLike): Record<string, unknown> {
  const a: ParagraphAttrs = p.attrs;
  const out: Record<string, unknown> = {
    ...textAttributesObject(
      runsOf(p).some((r) => r.text !== "") ? runsOf(p) : [{ text: "x", attrs: p.textAttrs }],
    ),
    HEADING: DOC_ENUMS.ParagraphHeading[(a.HEADING ?? "NORMAL") as "NORMAL"],
    HORIZONTAL_ALIGNMENT: a.HORIZONTAL_ALIGNMENT
      ? DOC_ENUMS.HorizontalAlignment[a.HORIZONTAL_ALIGNMENT as "LEFT"]
      : null,
    SPACING_BEFORE: a.SPACING_BEFORE ?? null,
    SPACING_AFTER: a.SPACING_AFTER ?? null,
    LINE_SPACING: a.LINE_SPACING ?? null,
    INDENT_START: a.INDENT_START ?? null,
    INDENT_END: a.INDENT_END ?? null,
    INDENT_FIRST_LINE: a.INDENT_FIRST_LINE ?? null,
  };
  if (p.type === "LIST_ITEM") {
    out.GLYPH_TYPE = DOC_ENUMS.GlyphType[p.attrs.GLYPH_TYPE as "BULLET"];
    out.NESTING_LEVEL = p.attrs.NESTING_LEVEL;
    out.LIST_ID = p.attrs.LIST_ID;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Wrapping nodes

/** The emulated object for `node`, typed by its kind. */
export function wrap(ctx: DocCtx, node: Node): Element {
  switch (node.type) {
    case "BODY_SECTION":
      return new Body(ctx, node);
    case "HEADER_SECTION":
    case "FOOTER_SECTION":
      return new Section(ctx, node);
    case "PARAGRAPH":
      return new Paragraph(ctx, node);
    case "LIST_ITEM":
      return new ListItem(ctx, node);
    case "TABLE":
      return new Table(ctx, node);
    case "TABLE_ROW":
      return new TableRow(ctx, node);
    case "TABLE_CELL":
      return new TableCell(ctx, node);
    case "TEXT":
      return new Text(ctx, { holders: [], only: node, owner: null });
    case "HORIZONTAL_RULE":
      return new Leaf(ctx, node, "HorizontalRule");
    case "PAGE_BREAK":
      return new Leaf(ctx, node, "PageBreak");
  }
}

/** Common Element methods. `cls` is the Apps Script class name used in counters and errors. */
export abstract class Element {
  constructor(
    protected readonly ctx: DocCtx,
    readonly node: Node,
    protected readonly cls: string,
  ) {}

  protected enter(method: string): void {
    enter(this.ctx, `${this.cls}.${method}`);
  }

  protected sig(method: string): string {
    return `DocumentApp.${this.cls}.${method}`;
  }

  toString(): string {
    return this.cls;
  }

  getType(): EnumValue {
    this.enter("getType");
    return DOC_ENUMS.ElementType[this.node.type];
  }

  getParent(): Element | null {
    this.enter("getParent");
    const place = locate(content(this.ctx), this.node);
    return place ? wrap(this.ctx, place.owner) : null;
  }

  getNextSibling(): Element | null {
    this.enter("getNextSibling");
    return this.sibling(1);
  }

  getPreviousSibling(): Element | null {
    this.enter("getPreviousSibling");
    return this.sibling(-1);
  }

  private sibling(delta: number): Element | null {
    const place = locate(content(this.ctx), this.node);
    if (!place) return null;
    const list = place.list as Node[];
    const next = list[list.indexOf(this.node) + delta];
    return next ? wrap(this.ctx, next) : null;
  }

  isAtDocumentEnd(): boolean {
    this.enter("isAtDocumentEnd");
    const body = content(this.ctx).body;
    const last = body.children[body.children.length - 1];
    return last === this.node;
  }

  /** Removes this element; a section's last paragraph can't go (Docs' invariant). */
  removeFromParent(): this {
    this.enter("removeFromParent");
    removeNode(this.ctx, this.node);
    return this;
  }

  asParagraph(): Paragraph {
    return this.cast("asParagraph", Paragraph);
  }
  asListItem(): ListItem {
    return this.cast("asListItem", ListItem);
  }
  asTable(): Table {
    return this.cast("asTable", Table);
  }
  asTableRow(): TableRow {
    return this.cast("asTableRow", TableRow);
  }
  asTableCell(): TableCell {
    return this.cast("asTableCell", TableCell);
  }
  asText(): Text {
    return this.cast("asText", Text);
  }
  asBody(): Body {
    return this.cast("asBody", Body);
  }
  asHorizontalRule(): Leaf {
    return this.cast("asHorizontalRule", Leaf);
  }

  private cast<T>(method: string, ctor: abstract new (...args: never[]) => T): T {
    this.enter(method);
    if (this instanceof ctor) return this as unknown as T;
    // UNCONFIRMED text: Google refuses casting an element to another type.
    throw new ScriptError(`Cannot cast ${this.cls} to ${method.slice(2)}.`);
  }
}

function removeNode(ctx: DocCtx, node: Node): void {
  const doc = content(ctx);
  const place = locate(doc, node);
  // Removing a detached element: nothing to do (Google returns the element).
  if (!place) return;
  const list = place.list as Node[];
  const index = list.indexOf(node);
  if (place.kind === "section" && index === list.length - 1) throw new ScriptError(LAST_PARAGRAPH_MESSAGE);
  if (place.kind === "cell" && list.length === 1) {
    // A cell keeps at least one paragraph. UNCONFIRMED text (same rule as sections).
    throw new ScriptError("Can't remove the last paragraph in a table cell.");
  }
  list.splice(index, 1);
  if (place.kind === "section") fixTableAdjacency(place.owner);
  edited(ctx);
}

/** Docs never lets a section end with a table: a paragraph follows every last table. */
function fixTableAdjacency(section: SectionNode): void {
  const last = section.children[section.children.length - 1];
  if (!last || last.type === "TABLE") section.children.push(newParagraph());
}

// ---------------------------------------------------------------------------------------------
// Leaves

/** HorizontalRule or PageBreak. */
export class Leaf extends Element {
  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return {};
  }
  copy(): Leaf {
    this.enter("copy");
    return new Leaf(this.ctx, { type: (this.node as InlineNode).type } as InlineNode, this.cls);
  }
}

// ---------------------------------------------------------------------------------------------
// Text

/**
 * A Text view: the text of one or more paragraph-like holders (joined by "\n"), or one Text
 * element (`only`). Offsets are over that joined text; separators can't be styled.
 */
interface TextTarget {
  holders: ParagraphLike[];
  only: TextInline | null;
  /** The paragraph owning `only`, once known (for appendText into an empty target). */
  owner: ParagraphLike | null;
}

interface Segment {
  inline: TextInline;
  start: number;
}

export class Text extends Element {
  constructor(
    ctx: DocCtx,
    private readonly target: TextTarget,
  ) {
    super(ctx, target.only ?? { type: "TEXT", runs: [] }, "Text");
  }

  private segments(): { segs: Segment[]; length: number } {
    if (this.target.only) {
      return { segs: [{ inline: this.target.only, start: 0 }], length: inlineLength(this.target.only) };
    }
    const segs: Segment[] = [];
    let pos = 0;
    this.target.holders.forEach((h, i) => {
      if (i > 0) pos += 1; // "\n" between paragraphs
      for (const inline of h.inlines) {
        if (inline.type !== "TEXT") continue;
        segs.push({ inline, start: pos });
        pos += inlineLength(inline);
      }
    });
    return { segs, length: pos };
  }

  private fullText(): string {
    if (this.target.only) return this.target.only.runs.map((r) => r.text).join("");
    return this.target.holders.map(paragraphText).join("\n");
  }

  getText(): string {
    this.enter("getText");
    return this.fullText();
  }

  /** Applies a patch to [start, endInclusive], or to everything when no range is given. */
  private style(method: string, args: unknown[], build: (value: unknown) => TextPatch): this {
    this.enter(method);
    let patch: TextPatch;
    if (args.length >= 3) {
      const [s, e, value] = args;
      const { length } = this.segments();
      const start = requireNumber(s, this.sig(method), args);
      const end = requireNumber(e, this.sig(method), args);
      checkRange(start, end, length);
      patch = build(value);
      this.patchRange(start, end + 1, patch);
    } else {
      patch = build(args[0]);
      this.patchRange(0, Number.MAX_SAFE_INTEGER, patch);
      // An empty paragraph keeps the formatting for text typed into it later.
      if (!this.target.only)
        for (const h of this.target.holders) h.textAttrs = applyPatchAttrs(h.textAttrs, patch);
    }
    edited(this.ctx);
    return this;
  }

  private patchRange(start: number, end: number, patch: TextPatch): void {
    for (const seg of this.segments().segs) {
      const len = inlineLength(seg.inline);
      const a = Math.max(start, seg.start) - seg.start;
      const b = Math.min(end, seg.start + len) - seg.start;
      if (a < b) seg.inline.runs = patchRuns(seg.inline.runs, a, b, patch);
    }
  }

  setBold(...args: unknown[]): this {
    return this.style("setBold", args, (v) => ({
      BOLD: v === null ? null : requireBoolean(v, this.sig("setBold"), args),
    }));
  }
  setItalic(...args: unknown[]): this {
    return this.style("setItalic", args, (v) => ({
      ITALIC: v === null ? null : requireBoolean(v, this.sig("setItalic"), args),
    }));
  }
  setUnderline(...args: unknown[]): this {
    return this.style("setUnderline", args, (v) => ({
      UNDERLINE: v === null ? null : requireBoolean(v, this.sig("setUnderline"), args),
    }));
  }
  setStrikethrough(...args: unknown[]): this {
    return this.style("setStrikethrough", args, (v) => ({
      STRIKETHROUGH: v === null ? null : requireBoolean(v, this.sig("setStrikethrough"), args),
    }));
  }
  setFontSize(...args: unknown[]): this {
    return this.style("setFontSize", args, (v) => textAttrValue("FONT_SIZE", v, this.sig("setFontSize")));
  }
  setFontFamily(...args: unknown[]): this {
    return this.style("setFontFamily", args, (v) =>
      textAttrValue("FONT_FAMILY", v, this.sig("setFontFamily")),
    );
  }
  setForegroundColor(...args: unknown[]): this {
    return this.style("setForegroundColor", args, (v) => ({
      FOREGROUND_COLOR: requireColor(v, this.sig("setForegroundColor"), args),
    }));
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.style("setBackgroundColor", args, (v) => ({
      BACKGROUND_COLOR: requireColor(v, this.sig("setBackgroundColor"), args),
    }));
  }
  setLinkUrl(...args: unknown[]): this {
    return this.style("setLinkUrl", args, (v) => textAttrValue("LINK_URL", v, this.sig("setLinkUrl")));
  }

  /** setAttributes(attributes) or setAttributes(start, endInclusive, attributes). */
  setAttributes(...args: unknown[]): this {
    const attrsArg = args.length >= 3 ? args[2] : args[0];
    const { text } = splitAttributes(attrsArg, this.sig("setAttributes"));
    const rest = args.length >= 3 ? [args[0], args[1], text] : [text];
    return this.style("setAttributes", rest, (v) => v as TextPatch);
  }

  private runAt(offset: unknown, method: string): Run[] {
    if (offset === undefined || offset === null) {
      const runs: Run[] = [];
      for (const seg of this.segments().segs) runs.push(...seg.inline.runs);
      return runs;
    }
    const { segs, length } = this.segments();
    const o = requireNumber(offset, this.sig(method), [offset]);
    checkRange(o, o, length);
    for (const seg of segs) {
      const a = attrsAt(seg.inline.runs, o - seg.start);
      if (o >= seg.start && a) return [{ text: "x", attrs: a }];
    }
    return [];
  }

  isBold(offset?: number): boolean | null {
    this.enter("isBold");
    return uniform(this.runAt(offset, "isBold"), "BOLD");
  }
  isItalic(offset?: number): boolean | null {
    this.enter("isItalic");
    return uniform(this.runAt(offset, "isItalic"), "ITALIC");
  }
  isUnderline(offset?: number): boolean | null {
    this.enter("isUnderline");
    return uniform(this.runAt(offset, "isUnderline"), "UNDERLINE");
  }
  getFontSize(offset?: number): number | null {
    this.enter("getFontSize");
    return uniform(this.runAt(offset, "getFontSize"), "FONT_SIZE");
  }
  getFontFamily(offset?: number): string | null {
    this.enter("getFontFamily");
    return uniform(this.runAt(offset, "getFontFamily"), "FONT_FAMILY");
  }
  getForegroundColor(offset?: number): string | null {
    this.enter("getForegroundColor");
    return uniform(this.runAt(offset, "getForegroundColor"), "FOREGROUND_COLOR");
  }
  getBackgroundColor(offset?: number): string | null {
    this.enter("getBackgroundColor");
    return uniform(this.runAt(offset, "getBackgroundColor"), "BACKGROUND_COLOR");
  }
  getLinkUrl(offset?: number): string | null {
    this.enter("getLinkUrl");
    return uniform(this.runAt(offset, "getLinkUrl"), "LINK_URL");
  }
  getAttributes(offset?: number): Record<string, unknown> {
    this.enter("getAttributes");
    return textAttributesObject(this.runAt(offset, "getAttributes"));
  }

  /** Offsets where attributes change (Docs' getTextAttributeIndices). */
  getTextAttributeIndices(): number[] {
    this.enter("getTextAttributeIndices");
    const out: number[] = [];
    for (const seg of this.segments().segs) {
      let pos = seg.start;
      for (const r of seg.inline.runs) {
        out.push(pos);
        pos += r.text.length;
      }
    }
    return out.length ? out : [0];
  }

  appendText(text: unknown): Text {
    this.enter("appendText");
    const t = requireText(text, this.sig("appendText"), [text]);
    const { segs, length } = this.segments();
    const last = segs[segs.length - 1];
    if (last) {
      last.inline.runs = insertIntoRuns(last.inline.runs, inlineLength(last.inline), t, {});
    } else {
      const holder = this.target.owner ?? this.target.holders[this.target.holders.length - 1];
      if (!holder) throw new ScriptError("Invalid argument: text"); // detached empty Text; UNCONFIRMED
      const inline: TextInline = { type: "TEXT", runs: [{ text: t, attrs: { ...holder.textAttrs } }] };
      holder.inlines.push(inline);
    }
    void length;
    edited(this.ctx);
    return this;
  }

  insertText(offset: unknown, text: unknown): this {
    this.enter("insertText");
    const o = requireNumber(offset, this.sig("insertText"), [offset, text]);
    const t = requireText(text, this.sig("insertText"), [offset, text]);
    const { segs, length } = this.segments();
    if (o < 0 || o > length) throw new ScriptError(`Invalid argument: offset`); // UNCONFIRMED text
    const seg = [...segs].reverse().find((s) => s.start <= o && o <= s.start + inlineLength(s.inline));
    if (seg) seg.inline.runs = insertIntoRuns(seg.inline.runs, o - seg.start, t, {});
    else {
      const holder = this.target.holders[0] ?? this.target.owner;
      if (!holder) throw new ScriptError("Invalid argument: offset");
      holder.inlines.unshift({ type: "TEXT", runs: [{ text: t, attrs: { ...holder.textAttrs } }] });
    }
    edited(this.ctx);
    return this;
  }

  deleteText(startOffset: unknown, endOffsetInclusive: unknown): this {
    this.enter("deleteText");
    const args = [startOffset, endOffsetInclusive];
    const s = requireNumber(startOffset, this.sig("deleteText"), args);
    const e = requireNumber(endOffsetInclusive, this.sig("deleteText"), args);
    const { segs, length } = this.segments();
    checkRange(s, e, length);
    for (const seg of segs) {
      const len = inlineLength(seg.inline);
      const a = Math.max(s, seg.start) - seg.start;
      const b = Math.min(e + 1, seg.start + len) - seg.start;
      if (a < b) seg.inline.runs = deleteFromRuns(seg.inline.runs, a, b);
    }
    dropEmptyInlines(this.target);
    edited(this.ctx);
    return this;
  }

  /** Replaces all the text, keeping the formatting of its first character. */
  setText(text: unknown): this {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    const { segs } = this.segments();
    const attrs = segs[0]?.inline.runs[0]?.attrs ?? this.target.holders[0]?.textAttrs ?? {};
    if (this.target.only) {
      this.target.only.runs = normalizeRuns([{ text: t, attrs: { ...attrs } }]);
    } else {
      this.target.holders.forEach((h, i) => {
        h.inlines = h.inlines.filter((x) => x.type !== "TEXT");
        if (i === 0 && t !== "")
          h.inlines.unshift({ type: "TEXT", runs: [{ text: t, attrs: { ...attrs } }] });
      });
    }
    edited(this.ctx);
    return this;
  }

  editAsText(): Text {
    this.enter("editAsText");
    return this;
  }
}

function inlineLength(inline: TextInline): number {
  let n = 0;
  for (const r of inline.runs) n += r.text.length;
  return n;
}

function dropEmptyInlines(target: TextTarget): void {
  for (const h of target.holders)
    h.inlines = h.inlines.filter((x) => x.type !== "TEXT" || inlineLength(x) > 0);
}

function checkRange(start: number, end: number, length: number): void {
  // Docs refuses offsets outside the text. Exact text UNCONFIRMED.
  if (!Number.isInteger(start) || start < 0 || start >= length)
    throw new ScriptError("Invalid argument: startOffset");
  if (!Number.isInteger(end) || end < start || end >= length) {
    throw new ScriptError("Invalid argument: endOffsetInclusive");
  }
}

// ---------------------------------------------------------------------------------------------
// Paragraph and ListItem

abstract class ParagraphBase extends Element {
  constructor(
    ctx: DocCtx,
    readonly p: ParagraphLike,
    cls: string,
  ) {
    super(ctx, p, cls);
  }

  getText(): string {
    this.enter("getText");
    return paragraphText(this.p);
  }

  /** Replaces the paragraph's contents with `text`, keeping the first character's formatting. */
  setText(text: unknown): void {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    const first = runsOf(this.p)[0]?.attrs ?? this.p.textAttrs;
    this.p.inlines = t === "" ? [] : [{ type: "TEXT", runs: [{ text: t, attrs: { ...first } }] }];
    edited(this.ctx);
  }

  /** Appends a new Text element; the returned Text covers only the appended text. */
  appendText(text: unknown): Text {
    this.enter("appendText");
    const t = requireText(text, this.sig("appendText"), [text]);
    const prev = runsOf(this.p);
    const attrs = prev[prev.length - 1]?.attrs ?? this.p.textAttrs;
    const inline: TextInline = { type: "TEXT", runs: normalizeRuns([{ text: t, attrs: { ...attrs } }]) };
    this.p.inlines.push(inline);
    edited(this.ctx);
    return new Text(this.ctx, { holders: [this.p], only: inline, owner: this.p });
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, { holders: [this.p], only: null, owner: this.p });
  }

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.p.inlines.length;
  }

  getChild(childIndex: unknown): Element {
    this.enter("getChild");
    const i = requireIndex(childIndex, this.p.inlines.length, this.sig("getChild"), [childIndex]);
    const inline = this.p.inlines[i] as InlineNode;
    return inline.type === "TEXT"
      ? new Text(this.ctx, { holders: [this.p], only: inline, owner: this.p })
      : wrap(this.ctx, inline);
  }

  appendHorizontalRule(): Leaf {
    this.enter("appendHorizontalRule");
    const node: InlineNode = { type: "HORIZONTAL_RULE" };
    this.p.inlines.push(node);
    edited(this.ctx);
    return new Leaf(this.ctx, node, "HorizontalRule");
  }

  appendPageBreak(): Leaf {
    this.enter("appendPageBreak");
    const node: InlineNode = { type: "PAGE_BREAK" };
    this.p.inlines.push(node);
    edited(this.ctx);
    return new Leaf(this.ctx, node, "PageBreak");
  }

  clear(): this {
    this.enter("clear");
    this.p.inlines = [];
    edited(this.ctx);
    return this;
  }

  setHeading(heading: unknown): this {
    this.enter("setHeading");
    this.p.attrs.HEADING = requireEnum(heading, DOC_ENUMS.ParagraphHeading, this.sig("setHeading"), [
      heading,
    ]);
    edited(this.ctx);
    return this;
  }

  getHeading(): EnumValue {
    this.enter("getHeading");
    return DOC_ENUMS.ParagraphHeading[(this.p.attrs.HEADING ?? "NORMAL") as "NORMAL"];
  }

  setAlignment(alignment: unknown): this {
    this.enter("setAlignment");
    this.p.attrs.HORIZONTAL_ALIGNMENT = requireEnum(
      alignment,
      DOC_ENUMS.HorizontalAlignment,
      this.sig("setAlignment"),
      [alignment],
    );
    edited(this.ctx);
    return this;
  }

  getAlignment(): EnumValue {
    this.enter("getAlignment");
    return DOC_ENUMS.HorizontalAlignment[(this.p.attrs.HORIZONTAL_ALIGNMENT ?? "LEFT") as "LEFT"];
  }

  private setNumber(method: string, key: keyof ParagraphAttrs, value: unknown): this {
    this.enter(method);
    const n = requireNumber(value, this.sig(method), [value]);
    (this.p.attrs as Record<string, unknown>)[key] = n;
    edited(this.ctx);
    return this;
  }

  private getNumber(method: string, key: keyof ParagraphAttrs): number | null {
    this.enter(method);
    const v = this.p.attrs[key];
    return typeof v === "number" ? v : null;
  }

  setSpacingBefore(v: unknown): this {
    return this.setNumber("setSpacingBefore", "SPACING_BEFORE", v);
  }
  setSpacingAfter(v: unknown): this {
    return this.setNumber("setSpacingAfter", "SPACING_AFTER", v);
  }
  setLineSpacing(v: unknown): this {
    return this.setNumber("setLineSpacing", "LINE_SPACING", v);
  }
  setIndentStart(v: unknown): this {
    return this.setNumber("setIndentStart", "INDENT_START", v);
  }
  setIndentEnd(v: unknown): this {
    return this.setNumber("setIndentEnd", "INDENT_END", v);
  }
  setIndentFirstLine(v: unknown): this {
    return this.setNumber("setIndentFirstLine", "INDENT_FIRST_LINE", v);
  }
  getSpacingBefore(): number | null {
    return this.getNumber("getSpacingBefore", "SPACING_BEFORE");
  }
  getSpacingAfter(): number | null {
    return this.getNumber("getSpacingAfter", "SPACING_AFTER");
  }
  getLineSpacing(): number | null {
    return this.getNumber("getLineSpacing", "LINE_SPACING");
  }
  getIndentStart(): number | null {
    return this.getNumber("getIndentStart", "INDENT_START");
  }

  setLinkUrl(url: unknown): this {
    this.enter("setLinkUrl");
    patchParagraphText(this.p, textAttrValue("LINK_URL", url, this.sig("setLinkUrl")));
    edited(this.ctx);
    return this;
  }

  getLinkUrl(): string | null {
    this.enter("getLinkUrl");
    return uniform(runsOf(this.p), "LINK_URL");
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const { text, other } = splitAttributes(attributes, this.sig("setAttributes"));
    applyParagraphAttrs(this.p, other, this.sig("setAttributes"));
    patchParagraphText(this.p, text);
    edited(this.ctx);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return paragraphAttributesObject(this.p);
  }
}

export class Paragraph extends ParagraphBase {
  constructor(ctx: DocCtx, p: ParagraphLike) {
    super(ctx, p, "Paragraph");
  }

  /** A detached deep copy (for appendParagraph(paragraph)). */
  copy(): Paragraph {
    this.enter("copy");
    return new Paragraph(this.ctx, structuredClone(this.p));
  }
}

export class ListItem extends ParagraphBase {
  constructor(
    ctx: DocCtx,
    readonly li: ListItemNode,
  ) {
    super(ctx, li, "ListItem");
  }

  setGlyphType(glyphType: unknown): this {
    this.enter("setGlyphType");
    this.li.attrs.GLYPH_TYPE = requireEnum(glyphType, DOC_ENUMS.GlyphType, this.sig("setGlyphType"), [
      glyphType,
    ]);
    edited(this.ctx);
    return this;
  }

  getGlyphType(): EnumValue {
    this.enter("getGlyphType");
    return DOC_ENUMS.GlyphType[this.li.attrs.GLYPH_TYPE as "BULLET"];
  }

  setNestingLevel(nesting: unknown): this {
    this.enter("setNestingLevel");
    this.li.attrs.NESTING_LEVEL = nestingLevel(nesting, this.sig("setNestingLevel"));
    edited(this.ctx);
    return this;
  }

  getNestingLevel(): number {
    this.enter("getNestingLevel");
    return this.li.attrs.NESTING_LEVEL;
  }

  /** Joins the list of another ListItem. */
  setListId(listItem: unknown): this {
    this.enter("setListId");
    if (!(listItem instanceof ListItem)) throw signatureError(this.sig("setListId"), [listItem]);
    this.li.attrs.LIST_ID = listItem.li.attrs.LIST_ID;
    edited(this.ctx);
    return this;
  }

  getListId(): string {
    this.enter("getListId");
    return this.li.attrs.LIST_ID;
  }

  copy(): ListItem {
    this.enter("copy");
    return new ListItem(this.ctx, structuredClone(this.li));
  }
}

// ---------------------------------------------------------------------------------------------
// Containers of blocks: Body, HeaderSection, FooterSection, TableCell

function nextListId(ctx: DocCtx): string {
  const doc = content(ctx);
  const id = `kix.list.${doc.nextListSeq}`;
  doc.nextListSeq += 1;
  return id;
}

/** Validates a string[][] for appendTable/insertTable. */
function tableFromCells(cells: unknown, method: string, args: unknown[]): TableNode {
  const table: TableNode = { type: "TABLE", attrs: {}, columnWidths: [], rows: [] };
  if (cells === undefined || cells === null) return table; // appendTable(): a table with no rows
  if (
    !Array.isArray(cells) ||
    !cells.every((row) => Array.isArray(row) && row.every((c) => typeof c === "string"))
  ) {
    throw signatureError(method, args);
  }
  const rows = cells as string[][];
  const width = rows[0]?.length ?? 0;
  // A Docs table is a grid. Ragged or empty rows are refused here: Google's exact behaviour with
  // them is UNCONFIRMED (the stricter reading), so the add-on must pass a rectangular array.
  if (rows.some((r) => r.length === 0 || r.length !== width)) {
    throw new ScriptError("Invalid argument: cells (every row must have the same, non-zero number of cells)");
  }
  table.rows = rows.map((r) => ({ type: "TABLE_ROW", attrs: {}, cells: r.map((t) => newCell(t)) }));
  table.columnWidths = Array.from({ length: width }, () => null);
  return table;
}

abstract class BlockContainer extends Element {
  protected abstract blocks(): BlockNode[];
  /** Sections must end with a paragraph; cells only hold paragraphs. */
  protected abstract readonly isSection: boolean;

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.blocks().length;
  }

  getChild(childIndex: unknown): Element {
    this.enter("getChild");
    const list = this.blocks();
    const i = requireIndex(childIndex, list.length, this.sig("getChild"), [childIndex]);
    return wrap(this.ctx, list[i] as BlockNode);
  }

  getChildIndex(child: unknown): number {
    this.enter("getChildIndex");
    if (!(child instanceof Element)) throw signatureError(this.sig("getChildIndex"), [child]);
    const i = (this.blocks() as Node[]).indexOf(child.node);
    // UNCONFIRMED text.
    if (i < 0) throw new ScriptError("Element does not contain the specified child element.");
    return i;
  }

  getText(): string {
    this.enter("getText");
    return blocksText(this.blocks());
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, { holders: allParagraphs(this.blocks()), only: null, owner: null });
  }

  getParagraphs(): Element[] {
    this.enter("getParagraphs");
    // "Retrieves all the Paragraphs contained in the section (including ListItems)."
    return allParagraphs(this.blocks()).map((p) => wrap(this.ctx, p));
  }

  getTables(): Table[] {
    this.enter("getTables");
    return allTables(this.blocks()).map((t) => new Table(this.ctx, t));
  }

  getListItems(): ListItem[] {
    this.enter("getListItems");
    return allParagraphs(this.blocks())
      .filter((p): p is ListItemNode => p.type === "LIST_ITEM")
      .map((p) => new ListItem(this.ctx, p));
  }

  /** Inserts a block at `index` (append when undefined) and returns it. */
  protected put<T extends BlockNode>(node: T, index?: number): T {
    const list = this.blocks();
    list.splice(index === undefined ? list.length : index, 0, node);
    if (this.isSection) fixTableAdjacency(this.node as SectionNode);
    edited(this.ctx);
    return node;
  }

  private insertIndex(method: string, index: unknown, args: unknown[]): number {
    // Inserting takes an existing child's position (0 … numChildren-1); to add at the end, append.
    return requireIndex(index, this.blocks().length, this.sig(method), args);
  }

  private paragraphArg(value: unknown, method: string, args: unknown[]): ParagraphLike {
    if (typeof value === "string") return newParagraph(value);
    if (value instanceof Paragraph) return this.detached(value) as ParagraphLike;
    throw signatureError(this.sig(method), args);
  }

  private detached(el: Element): Node {
    // Apps Script: an element already in a document must be copied first ("Element must be detached.").
    if (locate(content(this.ctx), el.node)) throw new ScriptError("Element must be detached.");
    return structuredClone(el.node);
  }

  appendParagraph(textOrParagraph: unknown): Paragraph {
    this.enter("appendParagraph");
    const node = this.paragraphArg(textOrParagraph, "appendParagraph", [textOrParagraph]);
    return new Paragraph(this.ctx, this.put(node));
  }

  insertParagraph(childIndex: unknown, textOrParagraph: unknown): Paragraph {
    this.enter("insertParagraph");
    const args = [childIndex, textOrParagraph];
    const i = this.insertIndex("insertParagraph", childIndex, args);
    const node = this.paragraphArg(textOrParagraph, "insertParagraph", args);
    return new Paragraph(this.ctx, this.put(node, i));
  }

  private listItemNode(value: unknown, method: string, args: unknown[], index: number): ListItemNode {
    if (value instanceof ListItem) return this.detached(value) as ListItemNode;
    if (typeof value !== "string") throw signatureError(this.sig(method), args);
    // A new item continues the list of the item just before it, as in the Docs editor.
    const prev = this.blocks()[index - 1];
    if (prev && prev.type === "LIST_ITEM") {
      const li = newListItem(value, prev.attrs.LIST_ID);
      li.attrs.GLYPH_TYPE = prev.attrs.GLYPH_TYPE;
      li.attrs.NESTING_LEVEL = prev.attrs.NESTING_LEVEL;
      return li;
    }
    return newListItem(value, nextListId(this.ctx));
  }

  appendListItem(textOrListItem: unknown): ListItem {
    this.enter("appendListItem");
    const node = this.listItemNode(textOrListItem, "appendListItem", [textOrListItem], this.blocks().length);
    return new ListItem(this.ctx, this.put(node));
  }

  insertListItem(childIndex: unknown, textOrListItem: unknown): ListItem {
    this.enter("insertListItem");
    const args = [childIndex, textOrListItem];
    const i = this.insertIndex("insertListItem", childIndex, args);
    const node = this.listItemNode(textOrListItem, "insertListItem", args, i);
    return new ListItem(this.ctx, this.put(node, i));
  }

  appendHorizontalRule(): Leaf {
    this.enter("appendHorizontalRule");
    const hr: InlineNode = { type: "HORIZONTAL_RULE" };
    const p = newParagraph();
    p.inlines.push(hr);
    this.put(p);
    return new Leaf(this.ctx, hr, "HorizontalRule");
  }

  appendPageBreak(): Leaf {
    this.enter("appendPageBreak");
    if (!this.isSection) throw signatureError(this.sig("appendPageBreak"), []); // cells can't hold page breaks
    const pb: InlineNode = { type: "PAGE_BREAK" };
    const p = newParagraph();
    p.inlines.push(pb);
    this.put(p);
    return new Leaf(this.ctx, pb, "PageBreak");
  }

  /** Removes `child`. The section's last paragraph can't be removed. */
  removeChild(child: unknown): this {
    this.enter("removeChild");
    if (!(child instanceof Element)) throw signatureError(this.sig("removeChild"), [child]);
    if (!(this.blocks() as Node[]).includes(child.node)) {
      throw new ScriptError("Element does not contain the specified child element."); // UNCONFIRMED text
    }
    removeNode(this.ctx, child.node);
    return this;
  }
}

function blocksText(blocks: readonly BlockNode[]): string {
  return blocks
    .map((b) =>
      b.type === "TABLE"
        ? // UNCONFIRMED: how Table.getText() joins cells; rows by "\n", cells by "\t" here.
          b.rows.map((r) => r.cells.map(cellText).join("\t")).join("\n")
        : paragraphText(b),
    )
    .join("\n");
}

/** HeaderSection / FooterSection (and the base of Body). */
export class Section extends BlockContainer {
  protected readonly isSection = true;
  constructor(
    ctx: DocCtx,
    readonly section: SectionNode,
  ) {
    super(
      ctx,
      section,
      section.type === "BODY_SECTION"
        ? "Body"
        : section.type === "HEADER_SECTION"
          ? "HeaderSection"
          : "FooterSection",
    );
  }

  protected blocks(): BlockNode[] {
    return this.section.children;
  }

  appendTable(cells?: unknown): Table {
    this.enter("appendTable");
    const node =
      cells instanceof Table
        ? this.detachedTable(cells)
        : tableFromCells(cells, this.sig("appendTable"), [cells]);
    // Appending a table also appends an empty paragraph after it (a section ends with a paragraph).
    const t = this.put(node);
    return new Table(this.ctx, t);
  }

  insertTable(childIndex: unknown, cells?: unknown): Table {
    this.enter("insertTable");
    const args = [childIndex, cells];
    const i = requireIndex(childIndex, this.section.children.length, this.sig("insertTable"), args);
    const node =
      cells instanceof Table
        ? this.detachedTable(cells)
        : tableFromCells(cells, this.sig("insertTable"), args);
    return new Table(this.ctx, this.put(node, i));
  }

  private detachedTable(t: Table): TableNode {
    if (locate(content(this.ctx), t.node)) throw new ScriptError("Element must be detached.");
    return structuredClone(t.table);
  }

  /** Clears the section: one empty paragraph remains. */
  clear(): this {
    this.enter("clear");
    this.section.children.splice(0, this.section.children.length, newParagraph());
    edited(this.ctx);
    return this;
  }

  /** Replaces the contents with one paragraph holding `text`. */
  setText(text: unknown): this {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    this.section.children.splice(0, this.section.children.length, newParagraph(t));
    edited(this.ctx);
    return this;
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const { text, other } = splitAttributes(attributes, this.sig("setAttributes"));
    for (const p of allParagraphs(this.section.children)) patchParagraphText(p, text);
    this.applySectionAttrs(other);
    edited(this.ctx);
    return this;
  }

  protected applySectionAttrs(_other: Record<string, unknown>): void {}

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return {};
  }
}

const BODY_KEYS = [
  "MARGIN_TOP",
  "MARGIN_BOTTOM",
  "MARGIN_LEFT",
  "MARGIN_RIGHT",
  "PAGE_WIDTH",
  "PAGE_HEIGHT",
] as const;
type BodyKey = (typeof BODY_KEYS)[number];

export class Body extends Section {
  private setDim(method: string, key: BodyKey, value: unknown): this {
    this.enter(method);
    const n = requireNumber(value, this.sig(method), [value]);
    if (n < 0) throw new ScriptError(`Invalid argument: ${key}`); // UNCONFIRMED text
    content(this.ctx).bodyAttrs[key] = n;
    edited(this.ctx);
    return this;
  }
  private getDim(method: string, key: BodyKey): number {
    this.enter(method);
    return content(this.ctx).bodyAttrs[key];
  }

  setMarginTop(v: unknown): this {
    return this.setDim("setMarginTop", "MARGIN_TOP", v);
  }
  setMarginBottom(v: unknown): this {
    return this.setDim("setMarginBottom", "MARGIN_BOTTOM", v);
  }
  setMarginLeft(v: unknown): this {
    return this.setDim("setMarginLeft", "MARGIN_LEFT", v);
  }
  setMarginRight(v: unknown): this {
    return this.setDim("setMarginRight", "MARGIN_RIGHT", v);
  }
  setPageWidth(v: unknown): this {
    return this.setDim("setPageWidth", "PAGE_WIDTH", v);
  }
  setPageHeight(v: unknown): this {
    return this.setDim("setPageHeight", "PAGE_HEIGHT", v);
  }
  getMarginTop(): number {
    return this.getDim("getMarginTop", "MARGIN_TOP");
  }
  getMarginBottom(): number {
    return this.getDim("getMarginBottom", "MARGIN_BOTTOM");
  }
  getMarginLeft(): number {
    return this.getDim("getMarginLeft", "MARGIN_LEFT");
  }
  getMarginRight(): number {
    return this.getDim("getMarginRight", "MARGIN_RIGHT");
  }
  getPageWidth(): number {
    return this.getDim("getPageWidth", "PAGE_WIDTH");
  }
  getPageHeight(): number {
    return this.getDim("getPageHeight", "PAGE_HEIGHT");
  }

  protected override applySectionAttrs(other: Record<string, unknown>): void {
    const attrs = content(this.ctx).bodyAttrs;
    for (const key of BODY_KEYS) {
      const v = other[key];
      if (v === undefined || v === null) continue;
      attrs[key] = requireNumber(v, this.sig("setAttributes"), [v]);
    }
  }

  override getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return { ...content(this.ctx).bodyAttrs };
  }
}

// ---------------------------------------------------------------------------------------------
// Tables

export class Table extends Element {
  constructor(
    ctx: DocCtx,
    readonly table: TableNode,
  ) {
    super(ctx, table, "Table");
  }

  getNumRows(): number {
    this.enter("getNumRows");
    return this.table.rows.length;
  }

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.table.rows.length;
  }

  getRow(rowIndex: unknown): TableRow {
    this.enter("getRow");
    const i = requireIndex(rowIndex, this.table.rows.length, this.sig("getRow"), [rowIndex]);
    return new TableRow(this.ctx, this.table.rows[i] as RowNode);
  }

  getChild(childIndex: unknown): TableRow {
    this.enter("getChild");
    const i = requireIndex(childIndex, this.table.rows.length, this.sig("getChild"), [childIndex]);
    return new TableRow(this.ctx, this.table.rows[i] as RowNode);
  }

  getCell(rowIndex: unknown, cellIndex: unknown): TableCell {
    this.enter("getCell");
    const args = [rowIndex, cellIndex];
    const r = requireIndex(rowIndex, this.table.rows.length, this.sig("getCell"), args);
    const row = this.table.rows[r] as RowNode;
    const c = requireIndex(cellIndex, row.cells.length, this.sig("getCell"), args);
    return new TableCell(this.ctx, row.cells[c] as CellNode);
  }

  /** Appends an empty row with as many cells as the table has columns. */
  appendTableRow(): TableRow {
    this.enter("appendTableRow");
    const width = Math.max(this.table.columnWidths.length, this.table.rows[0]?.cells.length ?? 0);
    // Google's 0-row table gets a row without cells; cells are added with appendTableCell.
    const row: RowNode = {
      type: "TABLE_ROW",
      attrs: {},
      cells: Array.from({ length: width }, () => newCell()),
    };
    this.table.rows.push(row);
    edited(this.ctx);
    return new TableRow(this.ctx, row);
  }

  removeRow(rowIndex: unknown): TableRow {
    this.enter("removeRow");
    const i = requireIndex(rowIndex, this.table.rows.length, this.sig("removeRow"), [rowIndex]);
    const [row] = this.table.rows.splice(i, 1);
    edited(this.ctx);
    return new TableRow(this.ctx, row as RowNode);
  }

  private columns(): number {
    return Math.max(this.table.columnWidths.length, ...this.table.rows.map((r) => r.cells.length));
  }

  /** Width in points of a column. */
  setColumnWidth(columnIndex: unknown, width: unknown): this {
    this.enter("setColumnWidth");
    const args = [columnIndex, width];
    const c = requireIndex(columnIndex, this.columns(), this.sig("setColumnWidth"), args);
    const w = requireNumber(width, this.sig("setColumnWidth"), args);
    if (w <= 0) throw new ScriptError("Invalid argument: width"); // UNCONFIRMED text
    while (this.table.columnWidths.length <= c) this.table.columnWidths.push(null);
    this.table.columnWidths[c] = w;
    edited(this.ctx);
    return this;
  }

  getColumnWidth(columnIndex: unknown): number | null {
    this.enter("getColumnWidth");
    const c = requireIndex(columnIndex, this.columns(), this.sig("getColumnWidth"), [columnIndex]);
    return this.table.columnWidths[c] ?? null;
  }

  setBorderWidth(width: unknown): this {
    this.enter("setBorderWidth");
    const w = requireNumber(width, this.sig("setBorderWidth"), [width]);
    if (w < 0) throw new ScriptError("Invalid argument: width"); // UNCONFIRMED text
    this.table.attrs.BORDER_WIDTH = w;
    edited(this.ctx);
    return this;
  }

  getBorderWidth(): number {
    this.enter("getBorderWidth");
    return this.table.attrs.BORDER_WIDTH ?? 1;
  }

  setBorderColor(color: unknown): this {
    this.enter("setBorderColor");
    const c = requireColor(color, this.sig("setBorderColor"), [color]);
    if (c === null) delete this.table.attrs.BORDER_COLOR;
    else this.table.attrs.BORDER_COLOR = c;
    edited(this.ctx);
    return this;
  }

  getBorderColor(): string {
    this.enter("getBorderColor");
    return this.table.attrs.BORDER_COLOR ?? "#000000";
  }

  getText(): string {
    this.enter("getText");
    return blocksText([this.table]);
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, { holders: allParagraphs([this.table]), only: null, owner: null });
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const { text, other } = splitAttributes(attributes, this.sig("setAttributes"));
    for (const p of allParagraphs([this.table])) patchParagraphText(p, text);
    if (other.BORDER_WIDTH !== undefined && other.BORDER_WIDTH !== null) {
      this.table.attrs.BORDER_WIDTH = requireNumber(other.BORDER_WIDTH, this.sig("setAttributes"), [
        other.BORDER_WIDTH,
      ]);
    }
    if (other.BORDER_COLOR !== undefined) {
      const c = requireColor(other.BORDER_COLOR, this.sig("setAttributes"), [other.BORDER_COLOR]);
      if (c === null) delete this.table.attrs.BORDER_COLOR;
      else this.table.attrs.BORDER_COLOR = c;
    }
    edited(this.ctx);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return {
      BORDER_WIDTH: this.table.attrs.BORDER_WIDTH ?? 1,
      BORDER_COLOR: this.table.attrs.BORDER_COLOR ?? "#000000",
    };
  }

  copy(): Table {
    this.enter("copy");
    return new Table(this.ctx, structuredClone(this.table));
  }
}

export class TableRow extends Element {
  constructor(
    ctx: DocCtx,
    readonly row: RowNode,
  ) {
    super(ctx, row, "TableRow");
  }

  getNumCells(): number {
    this.enter("getNumCells");
    return this.row.cells.length;
  }

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.row.cells.length;
  }

  getCell(cellIndex: unknown): TableCell {
    this.enter("getCell");
    const i = requireIndex(cellIndex, this.row.cells.length, this.sig("getCell"), [cellIndex]);
    return new TableCell(this.ctx, this.row.cells[i] as CellNode);
  }

  getChild(childIndex: unknown): TableCell {
    this.enter("getChild");
    const i = requireIndex(childIndex, this.row.cells.length, this.sig("getChild"), [childIndex]);
    return new TableCell(this.ctx, this.row.cells[i] as CellNode);
  }

  appendTableCell(text?: unknown): TableCell {
    this.enter("appendTableCell");
    if (text !== undefined && typeof text !== "string")
      throw signatureError(this.sig("appendTableCell"), [text]);
    const cell = newCell(text ?? "");
    this.row.cells.push(cell);
    edited(this.ctx);
    return new TableCell(this.ctx, cell);
  }

  getText(): string {
    this.enter("getText");
    return this.row.cells.map(cellText).join("\t");
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, {
      holders: this.row.cells.flatMap((c) => allParagraphs(c.children)),
      only: null,
      owner: null,
    });
  }

  getParentTable(): Table {
    this.enter("getParentTable");
    const place = locate(content(this.ctx), this.row);
    if (place?.kind !== "table") throw new ScriptError("Element has no parent table."); // UNCONFIRMED
    return new Table(this.ctx, place.owner);
  }

  setMinimumHeight(minHeight: unknown): this {
    this.enter("setMinimumHeight");
    this.row.attrs.MINIMUM_HEIGHT = requireNumber(minHeight, this.sig("setMinimumHeight"), [minHeight]);
    edited(this.ctx);
    return this;
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const { text, other } = splitAttributes(attributes, this.sig("setAttributes"));
    for (const cell of this.row.cells)
      for (const p of allParagraphs(cell.children)) patchParagraphText(p, text);
    if (typeof other.MINIMUM_HEIGHT === "number") this.row.attrs.MINIMUM_HEIGHT = other.MINIMUM_HEIGHT;
    edited(this.ctx);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return { MINIMUM_HEIGHT: this.row.attrs.MINIMUM_HEIGHT ?? 0 };
  }
}

const CELL_PADDING = {
  setPaddingTop: "PADDING_TOP",
  setPaddingBottom: "PADDING_BOTTOM",
  setPaddingLeft: "PADDING_LEFT",
  setPaddingRight: "PADDING_RIGHT",
} as const;

export class TableCell extends BlockContainer {
  protected readonly isSection = false;
  constructor(
    ctx: DocCtx,
    readonly cell: CellNode,
  ) {
    super(ctx, cell, "TableCell");
  }

  protected blocks(): BlockNode[] {
    return this.cell.children;
  }

  /** Replaces the cell's contents with one paragraph of `text`, keeping its first paragraph's style. */
  setText(text: unknown): this {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    const first = this.cell.children[0];
    const attrs = first ? (runsOf(first)[0]?.attrs ?? first.textAttrs) : {};
    const p = newParagraph(t, attrs);
    if (first) p.attrs = { ...first.attrs };
    this.cell.children.splice(0, this.cell.children.length, p);
    edited(this.ctx);
    return this;
  }

  clear(): this {
    this.enter("clear");
    this.cell.children.splice(0, this.cell.children.length, newParagraph());
    edited(this.ctx);
    return this;
  }

  setBackgroundColor(color: unknown): this {
    this.enter("setBackgroundColor");
    const c = requireColor(color, this.sig("setBackgroundColor"), [color]);
    if (c === null) delete this.cell.attrs.BACKGROUND_COLOR;
    else this.cell.attrs.BACKGROUND_COLOR = c;
    edited(this.ctx);
    return this;
  }

  getBackgroundColor(): string | null {
    this.enter("getBackgroundColor");
    return this.cell.attrs.BACKGROUND_COLOR ?? null;
  }

  setWidth(width: unknown): this {
    this.enter("setWidth");
    const w = requireNumber(width, this.sig("setWidth"), [width]);
    if (w <= 0) throw new ScriptError("Invalid argument: width"); // UNCONFIRMED text
    this.cell.attrs.WIDTH = w;
    edited(this.ctx);
    return this;
  }

  getWidth(): number | null {
    this.enter("getWidth");
    return this.cell.attrs.WIDTH ?? null;
  }

  private setPadding(method: keyof typeof CELL_PADDING, value: unknown): this {
    this.enter(method);
    const n = requireNumber(value, this.sig(method), [value]);
    if (n < 0) throw new ScriptError("Invalid argument: padding"); // UNCONFIRMED text
    this.cell.attrs[CELL_PADDING[method]] = n;
    edited(this.ctx);
    return this;
  }

  setPaddingTop(v: unknown): this {
    return this.setPadding("setPaddingTop", v);
  }
  setPaddingBottom(v: unknown): this {
    return this.setPadding("setPaddingBottom", v);
  }
  setPaddingLeft(v: unknown): this {
    return this.setPadding("setPaddingLeft", v);
  }
  setPaddingRight(v: unknown): this {
    return this.setPadding("setPaddingRight", v);
  }

  setVerticalAlignment(alignment: unknown): this {
    this.enter("setVerticalAlignment");
    this.cell.attrs.VERTICAL_ALIGNMENT = requireEnum(
      alignment,
      DOC_ENUMS.VerticalAlignment,
      this.sig("setVerticalAlignment"),
      [alignment],
    );
    edited(this.ctx);
    return this;
  }

  getVerticalAlignment(): EnumValue {
    this.enter("getVerticalAlignment");
    return DOC_ENUMS.VerticalAlignment[(this.cell.attrs.VERTICAL_ALIGNMENT ?? "TOP") as "TOP"];
  }

  getParentRow(): TableRow {
    this.enter("getParentRow");
    const place = locate(content(this.ctx), this.cell);
    if (place?.kind !== "row") throw new ScriptError("Element has no parent row."); // UNCONFIRMED
    return new TableRow(this.ctx, place.owner);
  }

  getParentTable(): Table {
    this.enter("getParentTable");
    const doc = content(this.ctx);
    const place = locate(doc, this.cell);
    const rowPlace = place && place.kind === "row" ? locate(doc, place.owner) : null;
    if (rowPlace?.kind !== "table") throw new ScriptError("Element has no parent table."); // UNCONFIRMED
    return new Table(this.ctx, rowPlace.owner);
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const method = this.sig("setAttributes");
    const { text, other } = splitAttributes(attributes, method);
    // On a cell, BACKGROUND_COLOR colours the cell, not the text's highlight.
    delete text.BACKGROUND_COLOR;
    for (const p of allParagraphs(this.cell.children)) {
      patchParagraphText(p, text);
      applyParagraphAttrs(p, other, method);
    }
    if (Object.hasOwn(attributes as object, "BACKGROUND_COLOR")) {
      const c = requireColor((attributes as Record<string, unknown>).BACKGROUND_COLOR, method, [attributes]);
      if (c === null) delete this.cell.attrs.BACKGROUND_COLOR;
      else this.cell.attrs.BACKGROUND_COLOR = c;
    }
    for (const key of ["WIDTH", "PADDING_TOP", "PADDING_BOTTOM", "PADDING_LEFT", "PADDING_RIGHT"] as const) {
      const v = other[key];
      if (v !== undefined && v !== null) this.cell.attrs[key] = requireNumber(v, method, [v]);
    }
    if (other.VERTICAL_ALIGNMENT !== undefined && other.VERTICAL_ALIGNMENT !== null) {
      this.cell.attrs.VERTICAL_ALIGNMENT = requireEnum(
        other.VERTICAL_ALIGNMENT,
        DOC_ENUMS.VerticalAlignment,
        method,
        [other.VERTICAL_ALIGNMENT],
      );
    }
    edited(this.ctx);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    const a = this.cell.attrs;
    return {
      ...textAttributesObject(allParagraphs(this.cell.children).flatMap(runsOf)),
      BACKGROUND_COLOR: a.BACKGROUND_COLOR ?? null,
      WIDTH: a.WIDTH ?? null,
      PADDING_TOP: a.PADDING_TOP ?? null,
      PADDING_BOTTOM: a.PADDING_BOTTOM ?? null,
      PADDING_LEFT: a.PADDING_LEFT ?? null,
      PADDING_RIGHT: a.PADDING_RIGHT ?? null,
      VERTICAL_ALIGNMENT: DOC_ENUMS.VerticalAlignment[(a.VERTICAL_ALIGNMENT ?? "TOP") as "TOP"],
    };
  }
}

/** The section that holds `node` (used by Document to reject elements of other sections). */
export function sectionHolding(ctx: DocCtx, node: Node): SectionNode | null {
  return sectionOf(content(ctx), node);
}
