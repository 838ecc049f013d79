// Body, HeaderSection and FooterSection: tables, clearing, text and attributes of a section, and the Body's page size and margins.
import { ScriptError } from "../runtime";
import { patchParagraphText, splitAttributes } from "./attributes";
import { BlockContainer } from "./block-container";
import {
  content,
  type DocCtx,
  edited,
  LAST_PARAGRAPH_MESSAGE,
  requireInsertIndex,
  requireNumber,
  requireText,
  signatureError,
} from "./context";
import {
  allParagraphs,
  type BlockNode,
  newCell,
  newParagraph,
  type SectionNode,
  type TableNode,
} from "./model";
import { Table } from "./table";
import { locate } from "./tree";

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
    const i = requireInsertIndex(childIndex, this.section.children.length, this.sig("insertTable"), args);
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

  /**
   * Clears the section: one empty paragraph remains. A section whose last element is a list item
   * throws instead, changing nothing: UNCONFIRMED (platform guide, Documents, from gas-fakes'
   * findings; the wording is the live service's for a last paragraph that cannot go); the add-on
   * appends a paragraph before clearing, and src/diagnostico checks the behaviour on Google.
   */
  clear(): this {
    this.enter("clear");
    const last = this.section.children[this.section.children.length - 1];
    if (last?.type === "LIST_ITEM") throw new ScriptError(LAST_PARAGRAPH_MESSAGE);
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
  /**
   * A detached, deep copy of the body (reference/document/body#copy): its children can be read and
   * copied back into a document; changing it changes no document.
   */
  copy(): Body {
    this.enter("copy");
    return new Body(this.ctx, structuredClone(this.section));
  }

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
