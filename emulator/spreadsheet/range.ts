// Range: values and formulas, number and text formats, wrap, borders, notes, data validation, merges, clearing and protection.
import type { EnumValue } from "../enums";
import { type A1Rect, checkRect, intersects } from "./a1";
import {
  applyBorder,
  applyColor,
  applyNote,
  applyWrap,
  applyWrapStrategy,
  breakRect,
  type ClearOptions,
  checkChoice,
  checkEnum,
  clearRect,
  clearWhat,
  DEFAULTS,
  mergeRects,
  normalizeColor,
  setFormatField,
  setFormulaCell,
  wrapEnum,
} from "./cell-edits";
import { badParams, type Ctx, dimensionError, is2d, isInt, REQ } from "./context";
import { DataValidationImpl } from "./data-validation";
import { AUTOMATIC_FORMAT, displayText } from "./format";
import {
  type CellState,
  type CellValue,
  cellValue,
  ensureCell,
  getCell,
  hasContent,
  type ProtectionState,
  pruneCell,
  type Rect,
  rectToA1,
  type SheetState,
} from "./model";
import { checkWritable, ProtectionImpl, WRITES } from "./protection";
import { checkRichText, type RichTextValueImpl, richTextOf, writeRichText } from "./rich-text";
import { SheetImpl } from "./sheet";
import { newTextFinder, type TextFinderImpl } from "./text-finder";
import { checkInput, writeInput } from "./typing";

type Getter<T> = (cell: CellState | undefined) => T;

/** reference/spreadsheet/range */
export class RangeImpl {
  readonly rect: Rect;
  /** The notation of a range asked for with open ends ("1:1", "A:C"), which getA1Notation keeps. */
  private readonly notation: string | undefined;

  constructor(
    private readonly ctx: Ctx,
    readonly sheetId: number,
    rect: A1Rect,
  ) {
    this.rect = { row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns };
    this.notation = rect.notation;
  }

  toString(): string {
    return "Range";
  }

  private enter(method: string): SheetState {
    this.ctx.rt.enter(`Range.${method}`, REQ);
    const s = this.ctx.sheetState(this.sheetId);
    if (WRITES.test(method)) checkWritable(this.ctx, s, this.rect);
    return s;
  }

  /** The sheet without counting a call (for RangeList, which counts its own). */
  sheetUncounted(): SheetState {
    return this.ctx.sheetState(this.sheetId);
  }

  // --- geometry ---------------------------------------------------------------------------

  getRow(): number {
    this.enter("getRow");
    return this.rect.row;
  }
  getRowIndex(): number {
    this.enter("getRowIndex");
    return this.rect.row;
  }
  getColumn(): number {
    this.enter("getColumn");
    return this.rect.column;
  }
  getNumRows(): number {
    this.enter("getNumRows");
    return this.rect.numRows;
  }
  getNumColumns(): number {
    this.enter("getNumColumns");
    return this.rect.numColumns;
  }
  getHeight(): number {
    this.enter("getHeight");
    return this.rect.numRows;
  }
  getWidth(): number {
    this.enter("getWidth");
    return this.rect.numColumns;
  }
  getLastRow(): number {
    this.enter("getLastRow");
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    this.enter("getLastColumn");
    return this.rect.column + this.rect.numColumns - 1;
  }
  /**
   * "B2", "A1:E2" (reference/spreadsheet/range#geta1notation). UNCONFIRMED: a range asked for with
   * open ends keeps that shape ("1:1", "10:12", "A:C", "A2:C") rather than its cells ("A1:Z1").
   */
  getA1Notation(): string {
    this.enter("getA1Notation");
    return this.notation ?? rectToA1(this.rect);
  }
  getGridId(): number {
    return this.enter("getGridId").sheetId;
  }
  getSheet(): SheetImpl {
    this.enter("getSheet");
    return new SheetImpl(this.ctx, this.sheetId);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    const s = this.enter("offset");
    if (
      !isInt(rowOffset) ||
      !isInt(columnOffset) ||
      (numRows !== undefined && !isInt(numRows)) ||
      (numColumns !== undefined && !isInt(numColumns))
    ) {
      throw badParams("Range.offset", [rowOffset, columnOffset, numRows, numColumns]);
    }
    const rect = {
      row: this.rect.row + rowOffset,
      column: this.rect.column + columnOffset,
      numRows: numRows ?? this.rect.numRows,
      numColumns: numColumns ?? this.rect.numColumns,
    };
    checkRect(s, rect.row, rect.column, rect.numRows, rect.numColumns);
    return new RangeImpl(this.ctx, this.sheetId, rect);
  }
  activate(): RangeImpl {
    this.enter("activate");
    this.ctx.wb.state.activeSheetId = this.sheetId;
    this.ctx.wb.state.activeRange = { sheetId: this.sheetId, ...this.rect };
    return this;
  }
  /** A finder for the cells of this range (reference/spreadsheet/range#createtextfinderfindtext). */
  createTextFinder(findText: string): TextFinderImpl {
    this.enter("createTextFinder");
    const scope = { kind: "range", sheetId: this.sheetId, rect: this.rect } as const;
    return newTextFinder(this.ctx, scope, findText, "Range.createTextFinder");
  }
  isBlank(): boolean {
    const s = this.enter("isBlank");
    let blank = true;
    this.eachStored(s, (cell) => {
      if (hasContent(cell)) blank = false;
    });
    return blank;
  }

  // --- internal iteration -----------------------------------------------------------------

  /** Calls fn for stored cells inside the range only (sparse). */
  private eachStored(s: SheetState, fn: (cell: CellState, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = row; r < row + numRows; r++) {
      const cells = s.rows[r];
      if (!cells) continue;
      for (let c = column; c < column + numColumns; c++) {
        const cell = cells[c];
        if (cell) fn(cell, r, c);
      }
    }
  }

  private grid<T>(s: SheetState, get: Getter<T>): T[][] {
    const { row, column, numRows, numColumns } = this.rect;
    const out: T[][] = new Array(numRows);
    for (let i = 0; i < numRows; i++) {
      const cells = s.rows[row + i];
      const line: T[] = new Array(numColumns);
      for (let j = 0; j < numColumns; j++) line[j] = get(cells?.[column + j]);
      out[i] = line;
    }
    return out;
  }

  private first<T>(s: SheetState, get: Getter<T>): T {
    return get(getCell(s, this.rect.row, this.rect.column));
  }

  /** Checks a 2-D argument against the range's dimensions with Google's messages. */
  private checkDims(method: string, values: unknown): asserts values is unknown[][] {
    if (!is2d(values)) throw badParams(`Range.${method}`, [values]);
    if (values.length !== this.rect.numRows) throw dimensionError("rows", values.length, this.rect.numRows);
    for (const line of values) {
      if (line.length !== this.rect.numColumns)
        throw dimensionError("columns", line.length, this.rect.numColumns);
    }
  }

  /** Applies fn to every cell of the range (creating cells), then prunes empties. */
  forAll(s: SheetState, fn: (cell: CellState, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) {
        fn(ensureCell(s, r, c), r, c);
        pruneCell(s, r, c);
      }
  }

  private forGrid<T>(s: SheetState, values: T[][], fn: (cell: CellState, v: T) => void): void {
    const { row, column } = this.rect;
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        fn(ensureCell(s, row + i, column + j), v);
        pruneCell(s, row + i, column + j);
      });
    });
  }

  // --- values -----------------------------------------------------------------------------

  getValue(): CellValue {
    const s = this.enter("getValue");
    return this.first(s, (c) => cellValue(c, this.ctx.wb.timeZone));
  }
  /** Number, Boolean, Date or String; empty cells are '' (reference/spreadsheet/range#getvalues). */
  getValues(): CellValue[][] {
    const s = this.enter("getValues");
    const tz = this.ctx.wb.timeZone;
    return this.grid(s, (c) => cellValue(c, tz));
  }
  getDisplayValue(): string {
    const s = this.enter("getDisplayValue");
    const profile = this.ctx.wb.profile();
    return this.first(s, (c) => displayText(c?.value, c?.numberFormat, profile));
  }
  getDisplayValues(): string[][] {
    const s = this.enter("getDisplayValues");
    const profile = this.ctx.wb.profile();
    return this.grid(s, (c) => displayText(c?.value, c?.numberFormat, profile));
  }
  /** Sets every cell of the range to the value, parsed as typed when it is a string. */
  setValue(value: unknown): RangeImpl {
    const s = this.enter("setValue");
    this.writeAll(s, value);
    return this;
  }

  writeAll(s: SheetState, value: unknown): void {
    checkInput(value);
    const ctx = this.ctx.writeCtx();
    const { row, column, numRows, numColumns } = this.rect;
    for (let r = row; r < row + numRows; r++)
      for (let c = column; c < column + numColumns; c++) writeInput(s, r, c, value, ctx);
  }

  /**
   * Writes a 2-D array that must match the range exactly (reference/spreadsheet/range#setvaluesvalues);
   * strings are parsed as typed. Nothing is written if any value is refused.
   */
  setValues(values: unknown[][]): RangeImpl {
    const s = this.enter("setValues");
    this.checkDims("setValues", values);
    for (const line of values) for (const v of line) checkInput(v);
    const ctx = this.ctx.writeCtx();
    const { row, column } = this.rect;
    for (let i = 0; i < values.length; i++) {
      const line = values[i] as unknown[];
      for (let j = 0; j < line.length; j++) writeInput(s, row + i, column + j, line[j], ctx);
    }
    return this;
  }
  /** reference/spreadsheet/range#getrichtextvalue: the top-left cell's text, null when it is not text. */
  getRichTextValue(): RichTextValueImpl | null {
    const s = this.enter("getRichTextValue");
    return this.first(s, (c) => richTextOf(this.ctx, c));
  }
  getRichTextValues(): (RichTextValueImpl | null)[][] {
    const s = this.enter("getRichTextValues");
    return this.grid(s, (c) => richTextOf(this.ctx, c));
  }
  /** reference/spreadsheet/range#setrichtextvaluevalue: every cell gets the value's text, as text. */
  setRichTextValue(value: RichTextValueImpl): RangeImpl {
    const s = this.enter("setRichTextValue");
    checkRichText("Range.setRichTextValue", value);
    this.forAll(s, (_cell, r, c) => writeRichText(s, r, c, value));
    return this;
  }
  /** reference/spreadsheet/range#setrichtextvaluesvalues: a grid matching the range; nothing written if one is refused. */
  setRichTextValues(values: RichTextValueImpl[][]): RangeImpl {
    const s = this.enter("setRichTextValues");
    this.checkDims("setRichTextValues", values);
    for (const line of values) for (const v of line) checkRichText("Range.setRichTextValues", v);
    const { row, column } = this.rect;
    values.forEach((line, i) => {
      line.forEach((v, j) => {
        writeRichText(s, row + i, column + j, v);
      });
    });
    return this;
  }
  getFormula(): string {
    const s = this.enter("getFormula");
    return this.first(s, (c) => c?.formula ?? "");
  }
  getFormulas(): string[][] {
    const s = this.enter("getFormulas");
    return this.grid(s, (c) => c?.formula ?? "");
  }
  setFormula(formula: string): RangeImpl {
    const s = this.enter("setFormula");
    if (typeof formula !== "string") throw badParams("Range.setFormula", [formula]);
    checkInput(formula);
    this.forAll(s, (cell) => setFormulaCell(cell, formula));
    return this;
  }
  setFormulas(formulas: string[][]): RangeImpl {
    const s = this.enter("setFormulas");
    this.checkDims("setFormulas", formulas);
    for (const line of formulas) for (const f of line) checkInput(f);
    this.forGrid(s, formulas, (cell, f) => setFormulaCell(cell, String(f ?? "")));
    return this;
  }

  // --- number formats ---------------------------------------------------------------------

  getNumberFormat(): string {
    const s = this.enter("getNumberFormat");
    return this.first(s, (c) => c?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  getNumberFormats(): string[][] {
    const s = this.enter("getNumberFormats");
    return this.grid(s, (c) => c?.numberFormat ?? AUTOMATIC_FORMAT);
  }
  setNumberFormat(numberFormat: string): RangeImpl {
    const s = this.enter("setNumberFormat");
    if (typeof numberFormat !== "string") throw badParams("Range.setNumberFormat", [numberFormat]);
    this.forAll(s, (cell) => {
      cell.numberFormat = numberFormat;
    });
    return this;
  }
  setNumberFormats(numberFormats: string[][]): RangeImpl {
    const s = this.enter("setNumberFormats");
    this.checkDims("setNumberFormats", numberFormats);
    this.forGrid(s, numberFormats, (cell, f) => {
      if (typeof f === "string") cell.numberFormat = f;
    });
    return this;
  }

  // --- text formats -----------------------------------------------------------------------

  getBackground(): string {
    const s = this.enter("getBackground");
    return this.first(s, (c) => c?.format?.background ?? DEFAULTS.background);
  }
  getBackgrounds(): string[][] {
    const s = this.enter("getBackgrounds");
    return this.grid(s, (c) => c?.format?.background ?? DEFAULTS.background);
  }
  setBackground(color: string | null): RangeImpl {
    const s = this.enter("setBackground");
    this.setColor(s, "background", color);
    return this;
  }
  setBackgrounds(color: (string | null)[][]): RangeImpl {
    const s = this.enter("setBackgrounds");
    this.checkDims("setBackgrounds", color);
    this.forGrid(s, color, (cell, v) => applyColor(cell, "background", v));
    return this;
  }
  getFontColor(): string {
    const s = this.enter("getFontColor");
    return this.first(s, (c) => c?.format?.fontColor ?? DEFAULTS.fontColor);
  }
  getFontColors(): string[][] {
    const s = this.enter("getFontColors");
    return this.grid(s, (c) => c?.format?.fontColor ?? DEFAULTS.fontColor);
  }
  setFontColor(color: string | null): RangeImpl {
    const s = this.enter("setFontColor");
    this.setColor(s, "fontColor", color);
    return this;
  }
  setFontColors(colors: (string | null)[][]): RangeImpl {
    const s = this.enter("setFontColors");
    this.checkDims("setFontColors", colors);
    this.forGrid(s, colors, (cell, v) => applyColor(cell, "fontColor", v));
    return this;
  }
  private setColor(s: SheetState, key: "background" | "fontColor", color: unknown): void {
    if (color !== null && typeof color !== "string")
      throw badParams(`Range.set${key === "background" ? "Background" : "FontColor"}`, [color]);
    // Invalid colours do NOT throw in Sheets (platform guide): they are ignored (UNCONFIRMED: ignored vs reset).
    if (normalizeColor(color) === undefined) return;
    this.forAll(s, (cell) => applyColor(cell, key, color));
  }

  getFontWeight(): string {
    const s = this.enter("getFontWeight");
    return this.first(s, (c) => c?.format?.fontWeight ?? DEFAULTS.fontWeight);
  }
  getFontWeights(): string[][] {
    const s = this.enter("getFontWeights");
    return this.grid(s, (c) => c?.format?.fontWeight ?? DEFAULTS.fontWeight);
  }
  setFontWeight(fontWeight: string | null): RangeImpl {
    const s = this.enter("setFontWeight");
    checkChoice("Range.setFontWeight", fontWeight, ["bold", "normal"]);
    this.forAll(s, (cell) => setFormatField(cell, "fontWeight", fontWeight === "normal" ? null : fontWeight));
    return this;
  }
  setFontWeights(fontWeights: (string | null)[][]): RangeImpl {
    const s = this.enter("setFontWeights");
    this.checkDims("setFontWeights", fontWeights);
    for (const line of fontWeights)
      for (const v of line) checkChoice("Range.setFontWeights", v, ["bold", "normal"]);
    this.forGrid(s, fontWeights, (cell, v) => setFormatField(cell, "fontWeight", v === "normal" ? null : v));
    return this;
  }
  getFontStyle(): string {
    const s = this.enter("getFontStyle");
    return this.first(s, (c) => c?.format?.fontStyle ?? DEFAULTS.fontStyle);
  }
  getFontStyles(): string[][] {
    const s = this.enter("getFontStyles");
    return this.grid(s, (c) => c?.format?.fontStyle ?? DEFAULTS.fontStyle);
  }
  setFontStyle(fontStyle: string | null): RangeImpl {
    const s = this.enter("setFontStyle");
    checkChoice("Range.setFontStyle", fontStyle, ["italic", "normal"]);
    this.forAll(s, (cell) => setFormatField(cell, "fontStyle", fontStyle === "normal" ? null : fontStyle));
    return this;
  }
  setFontStyles(fontStyles: (string | null)[][]): RangeImpl {
    const s = this.enter("setFontStyles");
    this.checkDims("setFontStyles", fontStyles);
    for (const line of fontStyles)
      for (const v of line) checkChoice("Range.setFontStyles", v, ["italic", "normal"]);
    this.forGrid(s, fontStyles, (cell, v) => setFormatField(cell, "fontStyle", v === "normal" ? null : v));
    return this;
  }
  getFontSize(): number {
    const s = this.enter("getFontSize");
    return this.first(s, (c) => c?.format?.fontSize ?? DEFAULTS.fontSize);
  }
  setFontSize(size: number): RangeImpl {
    const s = this.enter("setFontSize");
    if (!isInt(size)) throw badParams("Range.setFontSize", [size]);
    this.forAll(s, (cell) => setFormatField(cell, "fontSize", size === DEFAULTS.fontSize ? null : size));
    return this;
  }
  getFontSizes(): number[][] {
    const s = this.enter("getFontSizes");
    return this.grid(s, (c) => c?.format?.fontSize ?? DEFAULTS.fontSize);
  }
  /** https://developers.google.com/apps-script/reference/spreadsheet/range#setfontsizessizes */
  setFontSizes(sizes: number[][]): RangeImpl {
    const s = this.enter("setFontSizes");
    this.checkDims("setFontSizes", sizes);
    for (const line of sizes)
      for (const v of line) if (!isInt(v)) throw badParams("Range.setFontSizes", [sizes]);
    this.forGrid(s, sizes, (cell, v) => setFormatField(cell, "fontSize", v === DEFAULTS.fontSize ? null : v));
    return this;
  }
  getFontFamily(): string {
    const s = this.enter("getFontFamily");
    return this.first(s, (c) => c?.format?.fontFamily ?? DEFAULTS.fontFamily);
  }
  setFontFamily(fontFamily: string | null): RangeImpl {
    const s = this.enter("setFontFamily");
    if (fontFamily !== null && typeof fontFamily !== "string")
      throw badParams("Range.setFontFamily", [fontFamily]);
    this.forAll(s, (cell) => setFormatField(cell, "fontFamily", fontFamily));
    return this;
  }
  getHorizontalAlignment(): string {
    const s = this.enter("getHorizontalAlignment");
    return this.first(s, (c) => c?.format?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }
  getHorizontalAlignments(): string[][] {
    const s = this.enter("getHorizontalAlignments");
    return this.grid(s, (c) => c?.format?.horizontalAlignment ?? DEFAULTS.horizontalAlignment);
  }
  setHorizontalAlignment(alignment: string | null): RangeImpl {
    const s = this.enter("setHorizontalAlignment");
    checkChoice("Range.setHorizontalAlignment", alignment, ["left", "center", "right", "normal", "general"]);
    this.forAll(s, (cell) =>
      setFormatField(
        cell,
        "horizontalAlignment",
        alignment === "normal" || alignment === "general" ? null : alignment,
      ),
    );
    return this;
  }
  setHorizontalAlignments(alignments: (string | null)[][]): RangeImpl {
    const s = this.enter("setHorizontalAlignments");
    this.checkDims("setHorizontalAlignments", alignments);
    for (const line of alignments)
      for (const v of line)
        checkChoice("Range.setHorizontalAlignments", v, ["left", "center", "right", "normal", "general"]);
    this.forGrid(s, alignments, (cell, v) =>
      setFormatField(cell, "horizontalAlignment", v === "normal" || v === "general" ? null : v),
    );
    return this;
  }
  getVerticalAlignment(): string {
    const s = this.enter("getVerticalAlignment");
    return this.first(s, (c) => c?.format?.verticalAlignment ?? DEFAULTS.verticalAlignment);
  }
  setVerticalAlignment(alignment: string | null): RangeImpl {
    const s = this.enter("setVerticalAlignment");
    checkChoice("Range.setVerticalAlignment", alignment, ["top", "middle", "bottom"]);
    this.forAll(s, (cell) =>
      setFormatField(cell, "verticalAlignment", alignment === "bottom" ? null : alignment),
    );
    return this;
  }
  setVerticalAlignments(alignments: (string | null)[][]): RangeImpl {
    const s = this.enter("setVerticalAlignments");
    this.checkDims("setVerticalAlignments", alignments);
    for (const line of alignments)
      for (const v of line) checkChoice("Range.setVerticalAlignments", v, ["top", "middle", "bottom"]);
    this.forGrid(s, alignments, (cell, v) =>
      setFormatField(cell, "verticalAlignment", v === "bottom" ? null : v),
    );
    return this;
  }

  /** UNCONFIRMED: wrap is on by default per the setWrap reference ("Cells with wrap enabled (the default)"). */
  getWrap(): boolean {
    const s = this.enter("getWrap");
    return this.first(s, (c) => c?.format?.wrap ?? true);
  }
  getWraps(): boolean[][] {
    const s = this.enter("getWraps");
    return this.grid(s, (c) => c?.format?.wrap ?? true);
  }
  setWrap(isWrapEnabled: boolean): RangeImpl {
    const s = this.enter("setWrap");
    if (typeof isWrapEnabled !== "boolean") throw badParams("Range.setWrap", [isWrapEnabled]);
    this.forAll(s, (cell) => applyWrap(cell, isWrapEnabled));
    return this;
  }
  setWraps(isWrapEnabled: boolean[][]): RangeImpl {
    const s = this.enter("setWraps");
    this.checkDims("setWraps", isWrapEnabled);
    for (const line of isWrapEnabled)
      for (const v of line) if (typeof v !== "boolean") throw badParams("Range.setWraps", [isWrapEnabled]);
    this.forGrid(s, isWrapEnabled, (cell, v) => applyWrap(cell, v));
    return this;
  }
  getWrapStrategy(): EnumValue {
    const s = this.enter("getWrapStrategy");
    return this.first(s, (c) => wrapEnum(c));
  }
  getWrapStrategies(): EnumValue[][] {
    const s = this.enter("getWrapStrategies");
    return this.grid(s, (c) => wrapEnum(c));
  }
  setWrapStrategy(strategy: EnumValue): RangeImpl {
    const s = this.enter("setWrapStrategy");
    checkEnum("Range.setWrapStrategy", strategy, "WrapStrategy");
    this.forAll(s, (cell) => applyWrapStrategy(cell, strategy));
    return this;
  }
  setWrapStrategies(strategies: EnumValue[][]): RangeImpl {
    const s = this.enter("setWrapStrategies");
    this.checkDims("setWrapStrategies", strategies);
    for (const line of strategies)
      for (const v of line) checkEnum("Range.setWrapStrategies", v, "WrapStrategy");
    this.forGrid(s, strategies, (cell, v) => applyWrapStrategy(cell, v));
    return this;
  }

  /**
   * setBorder(top, left, bottom, right, vertical, horizontal[, color, style]): true sets, false
   * removes, null leaves unchanged; vertical/horizontal are the inner lines
   * (reference/spreadsheet/range#setbordertop,-left,-bottom,-right,-vertical,-horizontal,-color,-style).
   */
  setBorder(...args: unknown[]): RangeImpl {
    const s = this.enter("setBorder");
    applyBorder(this, s, args, "Range.setBorder");
    return this;
  }

  // --- notes, validation ------------------------------------------------------------------

  getNote(): string {
    const s = this.enter("getNote");
    return this.first(s, (c) => c?.note ?? "");
  }
  getNotes(): string[][] {
    const s = this.enter("getNotes");
    return this.grid(s, (c) => c?.note ?? "");
  }
  /** A note on every cell; null or "" removes it (reference/spreadsheet/range#setnotenote). */
  setNote(note: string | null): RangeImpl {
    const s = this.enter("setNote");
    if (note !== null && typeof note !== "string") throw badParams("Range.setNote", [note]);
    this.forAll(s, (cell) => applyNote(cell, note));
    return this;
  }
  /**
   * A grid of notes matching the range (reference/spreadsheet/range#setnotesnotes). The reference
   * types it Object[][]; UNCONFIRMED what a non-string note becomes, so only strings and null
   * (no note) are taken (strict).
   */
  setNotes(notes: (string | null)[][]): RangeImpl {
    const s = this.enter("setNotes");
    this.checkDims("setNotes", notes);
    for (const line of notes)
      for (const v of line)
        if (v !== null && typeof v !== "string") throw badParams("Range.setNotes", [notes]);
    this.forGrid(s, notes, (cell, v) => applyNote(cell, v));
    return this;
  }
  clearNote(): RangeImpl {
    const s = this.enter("clearNote");
    clearRect(s, this.rect, { notes: true });
    return this;
  }
  getDataValidation(): DataValidationImpl | null {
    const s = this.enter("getDataValidation");
    return this.first(s, (c) =>
      c?.dataValidation ? new DataValidationImpl(this.ctx, c.dataValidation) : null,
    );
  }
  getDataValidations(): (DataValidationImpl | null)[][] {
    const s = this.enter("getDataValidations");
    return this.grid(s, (c) =>
      c?.dataValidation ? new DataValidationImpl(this.ctx, c.dataValidation) : null,
    );
  }
  setDataValidation(rule: DataValidationImpl | null): RangeImpl {
    const s = this.enter("setDataValidation");
    if (rule !== null && !(rule instanceof DataValidationImpl))
      throw badParams("Range.setDataValidation", [rule]);
    this.forAll(s, (cell) => {
      if (rule) cell.dataValidation = rule.state;
      else delete cell.dataValidation;
    });
    return this;
  }
  setDataValidations(rules: (DataValidationImpl | null)[][]): RangeImpl {
    const s = this.enter("setDataValidations");
    this.checkDims("setDataValidations", rules);
    for (const line of rules)
      for (const v of line)
        if (v !== null && !(v instanceof DataValidationImpl))
          throw badParams("Range.setDataValidations", [rules]);
    this.forGrid(s, rules, (cell, v) => {
      if (v) cell.dataValidation = v.state;
      else delete cell.dataValidation;
    });
    return this;
  }
  clearDataValidations(): RangeImpl {
    const s = this.enter("clearDataValidations");
    clearRect(s, this.rect, { validations: true });
    return this;
  }

  // --- merges -----------------------------------------------------------------------------

  /** Merges the range; a merge that overlaps it only partly makes it throw (platform guide). */
  merge(): RangeImpl {
    const s = this.enter("merge");
    mergeRects(s, [this.rect]);
    return this;
  }
  mergeAcross(): RangeImpl {
    const s = this.enter("mergeAcross");
    const parts: Rect[] = [];
    for (let r = 0; r < this.rect.numRows; r++)
      parts.push({ ...this.rect, row: this.rect.row + r, numRows: 1 });
    mergeRects(s, parts);
    return this;
  }
  mergeVertically(): RangeImpl {
    const s = this.enter("mergeVertically");
    const parts: Rect[] = [];
    for (let c = 0; c < this.rect.numColumns; c++)
      parts.push({ ...this.rect, column: this.rect.column + c, numColumns: 1 });
    mergeRects(s, parts);
    return this;
  }
  breakApart(): RangeImpl {
    const s = this.enter("breakApart");
    breakRect(s, this.rect);
    return this;
  }
  isPartOfMerge(): boolean {
    const s = this.enter("isPartOfMerge");
    return s.merges.some((m) => intersects(m, this.rect));
  }
  getMergedRanges(): RangeImpl[] {
    const s = this.enter("getMergedRanges");
    return s.merges
      .filter((m) => intersects(m, this.rect))
      .map((m) => new RangeImpl(this.ctx, this.sheetId, m));
  }

  // --- clearing ---------------------------------------------------------------------------

  clear(options?: ClearOptions): RangeImpl {
    const s = this.enter("clear");
    if (options !== undefined && (typeof options !== "object" || options === null))
      throw badParams("Range.clear", [options]);
    clearRect(s, this.rect, clearWhat(options, true));
    return this;
  }
  clearContent(): RangeImpl {
    const s = this.enter("clearContent");
    clearRect(s, this.rect, { contents: true });
    return this;
  }
  clearFormat(): RangeImpl {
    const s = this.enter("clearFormat");
    clearRect(s, this.rect, { formats: true });
    return this;
  }

  protect(): ProtectionImpl {
    const s = this.enter("protect");
    const p: ProtectionState = {
      type: "RANGE",
      range: { ...this.rect },
      description: "",
      warningOnly: false,
    };
    s.protections.push(p);
    return new ProtectionImpl(this.ctx, this.sheetId, p);
  }
}
