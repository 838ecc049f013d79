// Table, TableRow and TableCell: rows and cells, column widths, borders, padding, cell colours and alignment.
import type { EnumValue } from "../enums";
import { ScriptError } from "../runtime";
import {
  applyParagraphAttrs,
  patchParagraphText,
  runsOf,
  splitAttributes,
  textAttributesObject,
} from "./attributes";
import { BlockContainer, blocksText, rowText } from "./block-container";
import {
  content,
  type DocCtx,
  edited,
  requireColor,
  requireEnum,
  requireIndex,
  requireNumber,
  requireText,
  signatureError,
} from "./context";
import { DOC_ENUMS } from "./doc-enums";
import { Element } from "./element";
import {
  allParagraphs,
  type BlockNode,
  type CellNode,
  newCell,
  newParagraph,
  type RowNode,
  type TableNode,
} from "./model";
import { Text } from "./text";
import { locate } from "./tree";

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
    return rowText(this.row);
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
