// Sheet: ranges by A1 or coordinates, inserting and deleting lines, appendRow, sizes, freezing, visibility and sheet protection.
import { type EnumValue, isEnumOf } from "../enums";
import { ScriptError } from "../runtime";
import { checkRect, parseA1, shiftKeys, shiftRect, splitSheetPrefix } from "./a1";
import { type ClearOptions, clearRect, clearWhat, normalizeColor } from "./cell-edits";
import { badParams, type Ctx, checkSheetName, duplicateSheet, is2d, isInt, MSG, REQ } from "./context";
import { displayText } from "./format";
import {
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  type Rect,
  type SheetState,
  sheetLastColumn,
  sheetLastRow,
} from "./model";
import { checkWritable, ProtectionImpl } from "./protection";
import { RangeImpl } from "./range";
import { RangeListImpl } from "./range-list";
import { SpreadsheetImpl } from "./spreadsheet";
import { newTextFinder, type TextFinderImpl } from "./text-finder";
import { checkInput, writeInput } from "./typing";

/** reference/spreadsheet/sheet */
export class SheetImpl {
  constructor(
    private readonly ctx: Ctx,
    readonly sheetId: number,
  ) {}

  private enter(method: string): SheetState {
    this.ctx.rt.enter(`Sheet.${method}`, REQ);
    return this.ctx.sheetState(this.sheetId);
  }

  toString(): string {
    return "Sheet";
  }

  getName(): string {
    return this.enter("getName").name;
  }
  setName(name: string): SheetImpl {
    const s = this.enter("setName");
    if (typeof name !== "string") throw badParams("Sheet.setName", [name]);
    const other = this.ctx.wb.sheet(name);
    if (other && other.sheetId !== s.sheetId) throw new ScriptError(duplicateSheet(name));
    checkSheetName(name);
    s.name = name;
    return this;
  }
  getSheetId(): number {
    return this.enter("getSheetId").sheetId;
  }
  getSheetName(): string {
    return this.enter("getSheetName").name;
  }
  getIndex(): number {
    return this.enter("getIndex").index;
  }
  getParent(): SpreadsheetImpl {
    this.enter("getParent");
    return new SpreadsheetImpl(this.ctx);
  }

  /** getRange(a1) | (row, column) | (row, column, numRows) | (row, column, numRows, numColumns). */
  getRange(a: unknown, b?: unknown, c?: unknown, d?: unknown): RangeImpl {
    const s = this.enter("getRange");
    if (typeof a === "string" && b === undefined) {
      const { sheetName, ref } = splitSheetPrefix(a);
      if (sheetName !== undefined && sheetName.toLowerCase() !== s.name.toLowerCase()) {
        throw new ScriptError(MSG.rangeNotFound);
      }
      return new RangeImpl(this.ctx, s.sheetId, parseA1(ref, s));
    }
    if (!isInt(a) || !isInt(b) || (c !== undefined && !isInt(c)) || (d !== undefined && !isInt(d))) {
      throw badParams("Sheet.getRange", [a, b, c, d]);
    }
    const rect = {
      row: Math.trunc(a),
      column: Math.trunc(b),
      numRows: Math.trunc(c ?? 1),
      numColumns: Math.trunc(d ?? 1),
    };
    checkRect(s, rect.row, rect.column, rect.numRows, rect.numColumns);
    return new RangeImpl(this.ctx, s.sheetId, rect);
  }

  getRangeList(a1Notations: string[]): RangeListImpl {
    const s = this.enter("getRangeList");
    if (!Array.isArray(a1Notations) || !a1Notations.every((x) => typeof x === "string")) {
      throw badParams("Sheet.getRangeList", [a1Notations]);
    }
    return new RangeListImpl(
      this.ctx,
      a1Notations.map((a1) => new RangeImpl(this.ctx, s.sheetId, parseA1(a1, s))),
    );
  }

  /** From A1 to the last row and column with content; an empty sheet gives A1. */
  getDataRange(): RangeImpl {
    const s = this.enter("getDataRange");
    return new RangeImpl(this.ctx, s.sheetId, {
      row: 1,
      column: 1,
      numRows: Math.max(1, sheetLastRow(s)),
      numColumns: Math.max(1, sheetLastColumn(s)),
    });
  }
  /** A finder for every cell of this sheet (reference/spreadsheet/sheet#createtextfinderfindtext). */
  createTextFinder(findText: string): TextFinderImpl {
    const s = this.enter("createTextFinder");
    return newTextFinder(this.ctx, { kind: "sheet", sheetId: s.sheetId }, findText, "Sheet.createTextFinder");
  }
  getLastRow(): number {
    return sheetLastRow(this.enter("getLastRow"));
  }
  getLastColumn(): number {
    return sheetLastColumn(this.enter("getLastColumn"));
  }
  getMaxRows(): number {
    return this.enter("getMaxRows").maxRows;
  }
  getMaxColumns(): number {
    return this.enter("getMaxColumns").maxColumns;
  }

  // --- structure --------------------------------------------------------------------------

  private insertLines(method: string, axis: "row" | "column", at: number, howMany: number): SheetImpl {
    const s = this.enter(method);
    const max = axis === "row" ? s.maxRows : s.maxColumns;
    if (!isInt(at) || !isInt(howMany)) throw badParams(`Sheet.${method}`, [at, howMany]);
    if (at < 1 || at > max + 1 || howMany < 1) {
      throw new ScriptError(axis === "row" ? MSG.rowsOutOfBounds : MSG.columnsOutOfBounds);
    }
    this.ctx.checkGrowth(howMany * (axis === "row" ? s.maxColumns : s.maxRows));
    // UNCONFIRMED: inserted lines start unformatted (strict: the add-on formats what it needs).
    shiftLines(s, axis, at, howMany);
    if (axis === "row") s.maxRows += howMany;
    else s.maxColumns += howMany;
    return this;
  }

  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    return this.insertLines("insertRowsAfter", "row", afterPosition + 1, howMany);
  }
  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    return this.insertLines("insertRowsBefore", "row", beforePosition, howMany);
  }
  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertLines("insertRowAfter", "row", afterPosition + 1, 1);
  }
  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertLines("insertRowBefore", "row", beforePosition, 1);
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    return this.insertLines("insertColumnsAfter", "column", afterPosition + 1, howMany);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    return this.insertLines("insertColumnsBefore", "column", beforePosition, howMany);
  }
  insertColumnAfter(afterPosition: number): SheetImpl {
    return this.insertLines("insertColumnAfter", "column", afterPosition + 1, 1);
  }
  insertColumnBefore(beforePosition: number): SheetImpl {
    return this.insertLines("insertColumnBefore", "column", beforePosition, 1);
  }

  private deleteLines(method: string, axis: "row" | "column", start: number, howMany: number): void {
    const s = this.enter(method);
    if (!isInt(start) || !isInt(howMany)) throw badParams(`Sheet.${method}`, [start, howMany]);
    const max = axis === "row" ? s.maxRows : s.maxColumns;
    const frozen = axis === "row" ? s.frozenRows : s.frozenColumns;
    if (start < 1 || howMany < 1 || start + howMany - 1 > max) {
      throw new ScriptError(axis === "row" ? MSG.rowsOutOfBounds : MSG.columnsOutOfBounds);
    }
    if (max - howMany <= frozen && start + howMany - 1 > frozen) {
      throw new ScriptError(axis === "row" ? MSG.deleteAllRows : MSG.deleteAllColumns);
    }
    checkWritable(
      this.ctx,
      s,
      axis === "row"
        ? { row: start, column: 1, numRows: howMany, numColumns: s.maxColumns }
        : { row: 1, column: start, numRows: s.maxRows, numColumns: howMany },
    );
    shiftLines(s, axis, start, -howMany);
    if (axis === "row") s.maxRows -= howMany;
    else s.maxColumns -= howMany;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.deleteLines("deleteRows", "row", rowPosition, howMany);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteLines("deleteRow", "row", rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.deleteLines("deleteColumns", "column", columnPosition, howMany);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteLines("deleteColumn", "column", columnPosition, 1);
    return this;
  }

  /**
   * Appends a row after the last row with content, parsing strings as typed; grows the sheet when
   * full (reference/spreadsheet/sheet#appendrowrowcontents).
   */
  appendRow(rowContents: unknown[]): SheetImpl {
    const s = this.enter("appendRow");
    if (!Array.isArray(rowContents) || is2d(rowContents)) throw badParams("Sheet.appendRow", [rowContents]);
    if (rowContents.length === 0) return this;
    for (const v of rowContents) checkInput(v);
    const row = sheetLastRow(s) + 1;
    checkWritable(this.ctx, s, { row, column: 1, numRows: 1, numColumns: rowContents.length });
    const extraRows = Math.max(0, row - s.maxRows);
    const extraCols = Math.max(0, rowContents.length - s.maxColumns);
    if (extraRows || extraCols) {
      const after = (s.maxRows + extraRows) * (s.maxColumns + extraCols);
      this.ctx.checkGrowth(after - s.maxRows * s.maxColumns);
      s.maxRows += extraRows;
      s.maxColumns += extraCols;
    }
    const ctx = this.ctx.writeCtx();
    rowContents.forEach((v, i) => {
      writeInput(s, row, i + 1, v, ctx);
    });
    return this;
  }

  clear(options?: ClearOptions): SheetImpl {
    const s = this.enter("clear");
    checkWritable(this.ctx, s, null);
    clearRect(
      s,
      { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
      clearWhat(options, true),
    );
    return this;
  }
  clearContents(): SheetImpl {
    const s = this.enter("clearContents");
    checkWritable(this.ctx, s, null);
    clearRect(s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }, { contents: true });
    return this;
  }
  clearFormats(): SheetImpl {
    const s = this.enter("clearFormats");
    checkWritable(this.ctx, s, null);
    clearRect(s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }, { formats: true });
    return this;
  }
  clearNotes(): SheetImpl {
    const s = this.enter("clearNotes");
    checkWritable(this.ctx, s, null);
    clearRect(s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }, { notes: true });
    return this;
  }

  // --- view -------------------------------------------------------------------------------

  setFrozenRows(rows: number): void {
    const s = this.enter("setFrozenRows");
    if (!isInt(rows)) throw badParams("Sheet.setFrozenRows", [rows]);
    // UNCONFIRMED wording; a sheet must keep at least one unfrozen row.
    if (rows < 0 || rows >= s.maxRows)
      throw new ScriptError("You can't freeze all visible rows on the sheet.");
    s.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.enter("getFrozenRows").frozenRows;
  }
  setFrozenColumns(columns: number): void {
    const s = this.enter("setFrozenColumns");
    if (!isInt(columns)) throw badParams("Sheet.setFrozenColumns", [columns]);
    if (columns < 0 || columns >= s.maxColumns) {
      throw new ScriptError("You can't freeze all visible columns on the sheet.");
    }
    s.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.enter("getFrozenColumns").frozenColumns;
  }

  private checkColumn(s: SheetState, column: number, count = 1): void {
    if (column < 1) throw new ScriptError(MSG.columnTooSmall);
    if (count < 1) throw new ScriptError(MSG.numColumns);
    if (column + count - 1 > s.maxColumns) throw new ScriptError(MSG.outside);
  }
  private checkRow(s: SheetState, row: number, count = 1): void {
    if (row < 1) throw new ScriptError(MSG.rowTooSmall);
    if (count < 1) throw new ScriptError(MSG.numRows);
    if (row + count - 1 > s.maxRows) throw new ScriptError(MSG.outside);
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    const s = this.enter("setColumnWidth");
    if (!isInt(columnPosition) || !isInt(width))
      throw badParams("Sheet.setColumnWidth", [columnPosition, width]);
    this.checkColumn(s, columnPosition);
    s.columnWidths[columnPosition] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    const s = this.enter("setColumnWidths");
    if (!isInt(startColumn) || !isInt(numColumns) || !isInt(width)) {
      throw badParams("Sheet.setColumnWidths", [startColumn, numColumns, width]);
    }
    this.checkColumn(s, startColumn, numColumns);
    for (let c = startColumn; c < startColumn + numColumns; c++) s.columnWidths[c] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    const s = this.enter("getColumnWidth");
    if (!isInt(columnPosition)) throw badParams("Sheet.getColumnWidth", [columnPosition]);
    this.checkColumn(s, columnPosition);
    return s.columnWidths[columnPosition] ?? DEFAULT_COLUMN_WIDTH;
  }
  setRowHeight(rowPosition: number, height: number): SheetImpl {
    const s = this.enter("setRowHeight");
    if (!isInt(rowPosition) || !isInt(height)) throw badParams("Sheet.setRowHeight", [rowPosition, height]);
    this.checkRow(s, rowPosition);
    s.rowHeights[rowPosition] = height;
    return this;
  }
  setRowHeights(startRow: number, numRows: number, height: number): SheetImpl {
    const s = this.enter("setRowHeights");
    if (!isInt(startRow) || !isInt(numRows) || !isInt(height)) {
      throw badParams("Sheet.setRowHeights", [startRow, numRows, height]);
    }
    this.checkRow(s, startRow, numRows);
    for (let r = startRow; r < startRow + numRows; r++) s.rowHeights[r] = height;
    return this;
  }
  getRowHeight(rowPosition: number): number {
    const s = this.enter("getRowHeight");
    this.checkRow(s, rowPosition);
    return s.rowHeights[rowPosition] ?? DEFAULT_ROW_HEIGHT;
  }
  /** Approximates Sheets' fit-to-content: ~7 px per character of the longest display text. */
  autoResizeColumns(startColumn: number, numColumns: number): SheetImpl {
    const s = this.enter("autoResizeColumns");
    if (!isInt(startColumn) || !isInt(numColumns))
      throw badParams("Sheet.autoResizeColumns", [startColumn, numColumns]);
    this.checkColumn(s, startColumn, numColumns);
    autoResize(this.ctx, s, startColumn, numColumns);
    return this;
  }
  autoResizeColumn(columnPosition: number): SheetImpl {
    const s = this.enter("autoResizeColumn");
    if (!isInt(columnPosition)) throw badParams("Sheet.autoResizeColumn", [columnPosition]);
    this.checkColumn(s, columnPosition);
    autoResize(this.ctx, s, columnPosition, 1);
    return this;
  }
  setHiddenGridlines(hideGridlines: boolean): SheetImpl {
    const s = this.enter("setHiddenGridlines");
    if (typeof hideGridlines !== "boolean") throw badParams("Sheet.setHiddenGridlines", [hideGridlines]);
    s.hiddenGridlines = hideGridlines;
    return this;
  }
  hasHiddenGridlines(): boolean {
    return this.enter("hasHiddenGridlines").hiddenGridlines;
  }
  setTabColor(color: string | null): SheetImpl {
    const s = this.enter("setTabColor");
    const c = normalizeColor(color);
    if (c !== undefined) s.tabColor = c;
    return this;
  }
  getTabColor(): string | null {
    return this.enter("getTabColor").tabColor;
  }
  activate(): SheetImpl {
    const s = this.enter("activate");
    this.ctx.wb.state.activeSheetId = s.sheetId;
    s.hidden = false;
    return this;
  }
  showSheet(): SheetImpl {
    this.enter("showSheet").hidden = false;
    return this;
  }
  hideSheet(): SheetImpl {
    const s = this.enter("hideSheet");
    const visible = this.ctx.wb.state.sheets.filter((x) => !x.hidden && x.sheetId !== s.sheetId);
    if (visible.length === 0) throw new ScriptError(MSG.hideAll);
    s.hidden = true;
    if (this.ctx.wb.state.activeSheetId === s.sheetId && visible[0]) {
      this.ctx.wb.state.activeSheetId = visible[0].sheetId;
    }
    return this;
  }
  isSheetHidden(): boolean {
    return this.enter("isSheetHidden").hidden;
  }

  /**
   * Protects the whole sheet; a sheet already protected returns its existing protection
   * (reference/spreadsheet/sheet#protect).
   */
  protect(): ProtectionImpl {
    const s = this.enter("protect");
    let p = s.protections.find((x) => x.type === "SHEET");
    if (!p) {
      p = {
        type: "SHEET",
        range: { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
        description: "",
        warningOnly: false,
      };
      s.protections.push(p);
    }
    return new ProtectionImpl(this.ctx, s.sheetId, p);
  }
  getProtections(type: EnumValue): ProtectionImpl[] {
    const s = this.enter("getProtections");
    if (!isEnumOf(type, "ProtectionType")) throw badParams("Sheet.getProtections", [type]);
    return s.protections
      .filter((p) => p.type === type.name())
      .map((p) => new ProtectionImpl(this.ctx, s.sheetId, p));
  }
}

function autoResize(ctx: Ctx, s: SheetState, start: number, count: number): void {
  const profile = ctx.wb.profile();
  for (let c = start; c < start + count; c++) {
    let longest = 0;
    for (const key in s.rows) {
      const cell = s.rows[key as unknown as number]?.[c];
      if (!cell) continue;
      const text = displayText(cell.value, cell.numberFormat, profile);
      for (const line of text.split("\n")) longest = Math.max(longest, line.length);
    }
    s.columnWidths[c] = longest === 0 ? DEFAULT_COLUMN_WIDTH : Math.max(21, Math.ceil(longest * 7 + 10));
  }
}

/** Moves cells, merges, sizes and protections after inserting (count>0) or deleting (count<0) lines at `at`. */
function shiftLines(s: SheetState, axis: "row" | "column", at: number, count: number): void {
  if (axis === "row") {
    s.rows = shiftKeys(s.rows, at, count);
    s.rowHeights = shiftKeys(s.rowHeights, at, count);
  } else {
    for (const key of Object.keys(s.rows)) {
      const k = Number(key);
      const shifted = shiftKeys(s.rows[k] ?? {}, at, count);
      if (Object.keys(shifted).length) s.rows[k] = shifted;
      else delete s.rows[k];
    }
    s.columnWidths = shiftKeys(s.columnWidths, at, count);
  }
  s.merges = s.merges
    .map((m) => shiftRect(m, axis, at, count))
    .filter((m): m is Rect => m !== undefined && m.numRows * m.numColumns > 1);
  s.protections = s.protections.flatMap((p) => {
    if (p.type === "SHEET") {
      p.range = {
        row: 1,
        column: 1,
        numRows: s.maxRows + (axis === "row" ? count : 0),
        numColumns: s.maxColumns + (axis === "column" ? count : 0),
      };
      return [p];
    }
    const r = shiftRect(p.range, axis, at, count);
    if (!r) return [];
    p.range = r;
    return [p];
  });
}
