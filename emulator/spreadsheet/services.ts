// The SpreadsheetApp global: Spreadsheet, Sheet, Range, RangeList, Protection and data validation, over a Workbook.

import { type EnumValue, isEnumOf, makeEnum, NAMING, signatureError } from "../enums";
import { type Requirement, type Runtime, SCOPE, ScriptError } from "../runtime";
import { dateToSerial, isValidTimeZone, serialToDate } from "./dates";
import { AUTOMATIC_FORMAT, displayText, localeProfile, SUPPORTED_LOCALES } from "./format";
import {
  type BorderState,
  type CellFormat,
  type CellState,
  type CellValue,
  cellValue,
  columnToLetters,
  type DataValidationState,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_COLUMNS,
  DEFAULT_ROW_HEIGHT,
  DEFAULT_ROWS,
  ensureCell,
  getCell,
  hasContent,
  lettersToColumn,
  MAX_CELLS,
  newSheetState,
  type ProtectionState,
  pruneCell,
  type Rect,
  rectToA1,
  type SheetState,
  sheetLastColumn,
  sheetLastRow,
  type Workbook,
} from "./model";
import { checkInput, currentYearOf, type WriteContext, writeInput } from "./typing";

/** Spreadsheet methods need one of the spreadsheet scopes and at least LIMITED (document access). */
const REQ: Requirement = { scopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets], auth: "LIMITED" };
/** Pure builders and value objects: no document, no scope (usable while building menus). */
const PURE: Requirement = { auth: "NONE" };
/** openById reaches other files: only the full spreadsheets scope allows it. */
const OPEN_REQ: Requirement = { scopes: [SCOPE.spreadsheets], auth: "LIMITED" };

/** What the Ui emulation lends to SpreadsheetApp. */
export interface SpreadsheetUiHooks {
  getUi(): unknown;
  toast(msg: string, title?: string, timeout?: number): void;
}

// ---------------------------------------------------------------------------------------------
// Enums: Apps Script enum values are objects whose toString()/name() give the constant's name.

/** reference/spreadsheet/wrap-strategy */
export const WrapStrategy = makeEnum("WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"] as const);
/** reference/spreadsheet/border-style */
export const BorderStyle = makeEnum("BorderStyle", [
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
/** reference/spreadsheet/protection-type */
export const ProtectionType = makeEnum("ProtectionType", ["RANGE", "SHEET"] as const);
/** reference/spreadsheet/dimension */
export const Dimension = makeEnum("Dimension", ["COLUMNS", "ROWS"] as const);
/** reference/spreadsheet/data-validation-criteria */
export const DataValidationCriteria = makeEnum("DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);

// ---------------------------------------------------------------------------------------------
// Errors with Google's texts (guides/apps-script-platform.md, Spreadsheet).

const MSG = {
  rowTooSmall: "The starting row of the range is too small.",
  columnTooSmall: "The starting column of the range is too small.",
  numRows: "The number of rows in the range must be at least 1.",
  numColumns: "The number of columns in the range must be at least 1.",
  outside: "The coordinates of the range are outside the dimensions of the sheet.",
  lastSheet: "You can't remove all the sheets in a document.",
  // UNCONFIRMED texts below: remembered from Apps Script/Sheets, no primary source found.
  rangeNotFound: "Range not found",
  rowsOutOfBounds: "Those rows are out of bounds.",
  columnsOutOfBounds: "Those columns are out of bounds.",
  deleteAllRows: "Sorry, it is not possible to delete all non-frozen rows.",
  deleteAllColumns: "Sorry, it is not possible to delete all non-frozen columns.",
  partialMerge: "You must select all cells in a merged range to merge or unmerge them.",
  hideAll: "You can't hide all the sheets in a document.",
  cellLimit: `This action would increase the number of cells in the workbook above the limit of ${MAX_CELLS} cells.`,
  sheetDeleted: "This sheet has been deleted.",
} as const;

function duplicateSheet(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

function dimensionError(kind: "rows" | "columns", data: number, range: number): ScriptError {
  return new ScriptError(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** "The parameters (…) don't match the method signature for SpreadsheetApp.Class.method." */
function badParams(method: string, args: readonly unknown[]): ScriptError {
  return signatureError(`SpreadsheetApp.${method}`, args, NAMING.sheets);
}

function isInt(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

function is2d(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((row) => Array.isArray(row));
}

// ---------------------------------------------------------------------------------------------
// Colours: Sheets normalizes to lowercase #rrggbb; invalid colours do NOT throw (platform guide).

const CSS_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#ffffff",
  red: "#ff0000",
  green: "#008000",
  lime: "#00ff00",
  blue: "#0000ff",
  yellow: "#ffff00",
  cyan: "#00ffff",
  aqua: "#00ffff",
  magenta: "#ff00ff",
  fuchsia: "#ff00ff",
  gray: "#808080",
  grey: "#808080",
  silver: "#c0c0c0",
  maroon: "#800000",
  olive: "#808000",
  navy: "#000080",
  purple: "#800080",
  teal: "#008080",
  orange: "#ffa500",
  pink: "#ffc0cb",
  brown: "#a52a2a",
  lightgray: "#d3d3d3",
  lightgrey: "#d3d3d3",
  darkgray: "#a9a9a9",
  darkgrey: "#a9a9a9",
};

/** Normalized colour; null for "reset to default"; undefined when invalid (then ignored, UNCONFIRMED). */
function normalizeColor(input: unknown): string | null | undefined {
  if (input === null || input === undefined) return null;
  if (typeof input !== "string") return undefined;
  const s = input.trim().toLowerCase();
  if (CSS_COLORS[s]) return CSS_COLORS[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// A1 notation.

function parseA1(a1: string, sheet: SheetState): Rect {
  const text = a1.replace(/\$/g, "").trim().toUpperCase();
  const cell = /^([A-Z]+)(\d+)$/;
  const parts = text.split(":");
  if (parts.length === 1) {
    const m = cell.exec(parts[0] ?? "");
    if (!m) throw new ScriptError(MSG.rangeNotFound);
    const rect = { row: Number(m[2]), column: lettersToColumn(m[1] ?? ""), numRows: 1, numColumns: 1 };
    return checkA1Bounds(rect, sheet);
  }
  if (parts.length !== 2) throw new ScriptError(MSG.rangeNotFound);
  const [a = "", b = ""] = parts;
  const ref = (s: string): { row?: number; column?: number } | undefined => {
    const m = /^([A-Z]*)(\d*)$/.exec(s);
    if (!m || (m[1] === "" && m[2] === "")) return undefined;
    return {
      ...(m[1] ? { column: lettersToColumn(m[1]) } : {}),
      ...(m[2] ? { row: Number(m[2]) } : {}),
    };
  };
  const ra = ref(a);
  const rb = ref(b);
  if (!ra || !rb) throw new ScriptError(MSG.rangeNotFound);
  // Open ends ("A2:A", "A:C", "1:3") reach the sheet's edge.
  const r1 = ra.row ?? 1;
  const c1 = ra.column ?? 1;
  const r2 =
    rb.row ?? (ra.row !== undefined && rb.column !== undefined ? sheet.maxRows : (ra.row ?? sheet.maxRows));
  const c2 = rb.column ?? (ra.column === undefined ? sheet.maxColumns : (ra.column ?? sheet.maxColumns));
  if (ra.row === undefined && rb.row !== undefined) throw new ScriptError(MSG.rangeNotFound);
  const rowsOpen = ra.row === undefined && rb.row === undefined;
  const colsOpen = ra.column === undefined && rb.column === undefined;
  const top = rowsOpen ? 1 : Math.min(r1, r2);
  const bottom = rowsOpen ? sheet.maxRows : Math.max(r1, r2);
  const left = colsOpen ? 1 : Math.min(c1, c2);
  const right = colsOpen ? sheet.maxColumns : Math.max(c1, c2);
  return checkA1Bounds(
    { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 },
    sheet,
  );
}

function checkA1Bounds(rect: Rect, sheet: SheetState): Rect {
  if (
    rect.row < 1 ||
    rect.column < 1 ||
    rect.row + rect.numRows - 1 > sheet.maxRows ||
    rect.column + rect.numColumns - 1 > sheet.maxColumns
  ) {
    throw new ScriptError(MSG.rangeNotFound);
  }
  return rect;
}

/** Splits "'My sheet'!A1:B2" into sheet name and A1 part. */
function splitSheetPrefix(a1: string): { sheetName?: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
  if (!m) return { ref: a1 };
  return { sheetName: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ""), ref: m[3] ?? "" };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers.

function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.numRows <= outer.row + outer.numRows &&
    inner.column + inner.numColumns <= outer.column + outer.numColumns
  );
}

/** Shifts a span [start, start+len) when `count` lines are inserted (count>0) or deleted (<0) at `at`. */
function shiftSpan(start: number, len: number, at: number, count: number): [number, number] | undefined {
  if (count > 0) {
    if (start >= at) return [start + count, len];
    if (start + len > at) return [start, len + count];
    return [start, len];
  }
  const delEnd = at - count; // exclusive
  const end = start + len;
  if (end <= at) return [start, len];
  if (start >= delEnd) return [start + count, len];
  const newStart = Math.min(start, at);
  const kept = Math.max(0, at - start) + Math.max(0, end - delEnd);
  return kept > 0 ? [newStart, kept] : undefined;
}

function shiftRect(rect: Rect, axis: "row" | "column", at: number, count: number): Rect | undefined {
  if (axis === "row") {
    const s = shiftSpan(rect.row, rect.numRows, at, count);
    return s ? { ...rect, row: s[0], numRows: s[1] } : undefined;
  }
  const s = shiftSpan(rect.column, rect.numColumns, at, count);
  return s ? { ...rect, column: s[0], numColumns: s[1] } : undefined;
}

function shiftKeys<T>(map: Record<number, T>, at: number, count: number): Record<number, T> {
  const out: Record<number, T> = {};
  for (const key of Object.keys(map)) {
    const k = Number(key);
    const v = map[k] as T;
    if (k < at) out[k] = v;
    else if (count > 0) out[k + count] = v;
    else if (k >= at - count) out[k + count] = v;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The shared context of one SpreadsheetApp instance.

class Ctx {
  constructor(
    readonly rt: Runtime,
    readonly wb: Workbook,
    readonly ui: SpreadsheetUiHooks,
  ) {}

  sheetState(sheetId: number): SheetState {
    const s = this.wb.sheetById(sheetId);
    if (!s) throw new ScriptError(MSG.sheetDeleted);
    return s;
  }

  /** One context per write call: the clock is read and the current year computed once. */
  writeCtx(): WriteContext {
    const now = new Date(this.rt.now().getTime() + this.rt.waitedMs);
    const timeZone = this.wb.timeZone;
    return { locale: this.wb.locale, timeZone, now, currentYear: currentYearOf(now, timeZone) };
  }

  checkGrowth(extraCells: number): void {
    if (this.wb.totalCells() + extraCells > MAX_CELLS) throw new ScriptError(MSG.cellLimit);
  }

  reindex(): void {
    this.wb.state.sheets.forEach((s, i) => {
      s.index = i + 1;
    });
  }
}

function checkRect(
  sheet: SheetState,
  row: number,
  column: number,
  numRows: number,
  numColumns: number,
): void {
  if (row < 1) throw new ScriptError(MSG.rowTooSmall);
  if (column < 1) throw new ScriptError(MSG.columnTooSmall);
  if (numRows < 1) throw new ScriptError(MSG.numRows);
  if (numColumns < 1) throw new ScriptError(MSG.numColumns);
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    throw new ScriptError(MSG.outside);
  }
}

// ---------------------------------------------------------------------------------------------
// Spreadsheet.

/** reference/spreadsheet/spreadsheet */
class SpreadsheetImpl {
  constructor(private readonly ctx: Ctx) {}

  private enter(method: string, req: Requirement = REQ): void {
    this.ctx.rt.enter(`Spreadsheet.${method}`, req);
  }

  private get wb(): Workbook {
    return this.ctx.wb;
  }

  getId(): string {
    this.enter("getId");
    return this.wb.state.id;
  }
  getName(): string {
    this.enter("getName");
    return this.wb.state.name;
  }
  rename(newName: string): void {
    this.enter("rename");
    if (typeof newName !== "string") throw badParams("Spreadsheet.rename", [newName]);
    this.wb.state.name = newName;
  }
  getUrl(): string {
    this.enter("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.wb.state.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.enter("getSpreadsheetTimeZone");
    return this.wb.state.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.enter("setSpreadsheetTimeZone");
    if (typeof timezone !== "string") throw badParams("Spreadsheet.setSpreadsheetTimeZone", [timezone]);
    // UNCONFIRMED wording: an unknown zone is refused.
    if (!isValidTimeZone(timezone)) throw new ScriptError(`Invalid argument: ${timezone}`);
    this.wb.state.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.enter("getSpreadsheetLocale");
    return this.wb.state.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.enter("setSpreadsheetLocale");
    if (typeof locale !== "string") throw badParams("Spreadsheet.setSpreadsheetLocale", [locale]);
    if (!SUPPORTED_LOCALES.includes(locale)) throw new ScriptError(`Invalid argument: ${locale}`);
    this.wb.state.locale = locale;
  }
  getSheets(): SheetImpl[] {
    this.enter("getSheets");
    return this.wb.state.sheets.map((s) => new SheetImpl(this.ctx, s.sheetId));
  }
  getNumSheets(): number {
    this.enter("getNumSheets");
    return this.wb.state.sheets.length;
  }
  /** Case-insensitive, like Sheets' own unique-name rule; null when absent. */
  getSheetByName(name: string): SheetImpl | null {
    this.enter("getSheetByName");
    if (typeof name !== "string") throw badParams("Spreadsheet.getSheetByName", [name]);
    const s = this.wb.sheet(name);
    return s ? new SheetImpl(this.ctx, s.sheetId) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    this.enter("getSheetById");
    if (!isInt(id)) throw badParams("Spreadsheet.getSheetById", [id]);
    const s = this.wb.sheetById(id);
    return s ? new SheetImpl(this.ctx, s.sheetId) : null;
  }
  getActiveSheet(): SheetImpl {
    this.enter("getActiveSheet");
    return new SheetImpl(this.ctx, this.wb.activeSheet().sheetId);
  }
  setActiveSheet(sheet: SheetImpl, restoreSelection?: boolean): SheetImpl {
    this.enter("setActiveSheet");
    if (!(sheet instanceof SheetImpl))
      throw badParams("Spreadsheet.setActiveSheet", [sheet, restoreSelection]);
    const s = this.ctx.sheetState(sheet.sheetId);
    this.wb.state.activeSheetId = s.sheetId;
    s.hidden = false;
    return sheet;
  }
  getActiveRange(): RangeImpl | null {
    this.enter("getActiveRange");
    const a = this.wb.state.activeRange;
    if (!a || !this.wb.sheetById(a.sheetId)) return null;
    return new RangeImpl(this.ctx, a.sheetId, a);
  }

  /**
   * insertSheet(), (index), (name), (name, index): the new sheet becomes active
   * (reference/spreadsheet/spreadsheet#insertsheetsheetname). UNCONFIRMED: without an index it goes
   * right after the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    this.enter("insertSheet");
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") {
      name = a;
      if (b !== undefined) {
        if (!isInt(b)) throw badParams("Spreadsheet.insertSheet", [a, b, c]);
        index = b;
      }
      if (c !== undefined) throw new ScriptError("insertSheet options (templates) are not emulated.");
    } else if (isInt(a)) {
      if (b !== undefined) throw badParams("Spreadsheet.insertSheet", [a, b]);
      index = a;
    } else if (a !== undefined) {
      throw badParams("Spreadsheet.insertSheet", [a, b, c]);
    }
    const sheets = this.wb.state.sheets;
    if (name !== undefined) {
      if (this.wb.sheet(name)) throw new ScriptError(duplicateSheet(name));
      checkSheetName(name);
    } else {
      const base = localeProfile(this.wb.locale).trueText === "TRUE" ? "Sheet" : "Hoja";
      let n = sheets.length + 1;
      while (this.wb.sheet(`${base} ${n}`)) n++;
      name = `${base} ${n}`;
    }
    if (index !== undefined && (index < 0 || index > sheets.length)) {
      // UNCONFIRMED wording.
      throw new ScriptError(`Invalid argument: sheetIndex (${index})`);
    }
    this.ctx.checkGrowth(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const activePos = sheets.findIndex((s) => s.sheetId === this.wb.state.activeSheetId);
    const at = index ?? activePos + 1;
    const state = newSheetState(this.wb.state.nextSheetId++, name);
    sheets.splice(at, 0, state);
    this.ctx.reindex();
    this.wb.state.activeSheetId = state.sheetId;
    return new SheetImpl(this.ctx, state.sheetId);
  }

  deleteSheet(sheet: SheetImpl): void {
    this.enter("deleteSheet");
    if (!(sheet instanceof SheetImpl)) throw badParams("Spreadsheet.deleteSheet", [sheet]);
    const sheets = this.wb.state.sheets;
    const pos = sheets.findIndex((s) => s.sheetId === sheet.sheetId);
    if (pos < 0) throw new ScriptError(MSG.sheetDeleted);
    if (sheets.length === 1) throw new ScriptError(MSG.lastSheet);
    sheets.splice(pos, 1);
    this.ctx.reindex();
    for (const [k, v] of Object.entries(this.wb.state.namedRanges)) {
      if (v.sheetId === sheet.sheetId) delete this.wb.state.namedRanges[k];
    }
    if (this.wb.state.activeSheetId === sheet.sheetId) {
      const next = sheets[Math.max(0, pos - 1)] ?? sheets[0];
      if (next) this.wb.state.activeSheetId = next.sheetId;
      delete this.wb.state.activeRange;
    }
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.enter("toast");
    if (msg === undefined) throw badParams("Spreadsheet.toast", []);
    this.ui.toast(
      String(msg),
      title === undefined ? undefined : String(title),
      timeoutSeconds === undefined ? undefined : Number(timeoutSeconds),
    );
  }

  private get ui(): SpreadsheetUiHooks {
    return this.ctx.ui;
  }

  /** A range in A1 notation with an optional sheet prefix ("Hoja 1!A1:B2"); active sheet otherwise. */
  getRange(a1Notation: string): RangeImpl {
    this.enter("getRange");
    if (typeof a1Notation !== "string") throw badParams("Spreadsheet.getRange", [a1Notation]);
    const { sheetName, ref } = splitSheetPrefix(a1Notation);
    const sheet = sheetName !== undefined ? this.wb.sheet(sheetName) : this.wb.activeSheet();
    if (!sheet) throw new ScriptError(MSG.rangeNotFound);
    return new RangeImpl(this.ctx, sheet.sheetId, parseA1(ref, sheet));
  }

  setNamedRange(name: string, range: RangeImpl): void {
    this.enter("setNamedRange");
    if (typeof name !== "string" || !(range instanceof RangeImpl)) {
      throw badParams("Spreadsheet.setNamedRange", [name, range]);
    }
    // Named-range names: letters, digits, underscores, not starting with a digit, not A1-like.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      // UNCONFIRMED wording.
      throw new ScriptError(`Invalid argument: name (${name})`);
    }
    this.wb.state.namedRanges[name] = { sheetId: range.sheetId, ...range.rect };
  }

  getRangeByName(name: string): RangeImpl | null {
    this.enter("getRangeByName");
    const n = this.wb.state.namedRanges[name];
    if (!n || !this.wb.sheetById(n.sheetId)) return null;
    return new RangeImpl(this.ctx, n.sheetId, n);
  }

  removeNamedRange(name: string): void {
    this.enter("removeNamedRange");
    // UNCONFIRMED: removing an unknown name throws.
    if (!this.wb.state.namedRanges[name]) throw new ScriptError(MSG.rangeNotFound);
    delete this.wb.state.namedRanges[name];
  }
}

function checkSheetName(name: string): void {
  // UNCONFIRMED wording; Sheets refuses empty names and names over 100 characters.
  if (name.trim() === "") throw new ScriptError("Sheet names can't be blank.");
  if (name.length > 100) throw new ScriptError("Sheet names can't be longer than 100 characters.");
}

// ---------------------------------------------------------------------------------------------
// Sheet.

/** reference/spreadsheet/sheet */
class SheetImpl {
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
    clearRect(
      s,
      { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns },
      clearWhat(options, true),
    );
    return this;
  }
  clearContents(): SheetImpl {
    const s = this.enter("clearContents");
    clearRect(s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }, { contents: true });
    return this;
  }
  clearFormats(): SheetImpl {
    const s = this.enter("clearFormats");
    clearRect(s, { row: 1, column: 1, numRows: s.maxRows, numColumns: s.maxColumns }, { formats: true });
    return this;
  }
  clearNotes(): SheetImpl {
    const s = this.enter("clearNotes");
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
  const profile = localeProfile(ctx.wb.locale);
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

// ---------------------------------------------------------------------------------------------
// Clearing.

/** Options of Range.clear / Sheet.clear (reference/spreadsheet/range#clearoptions). */
interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

/**
 * clear() clears contents and formats; clear(options) with no flag set clears everything
 * ("By default all data is cleared"); with flags, only what they name.
 */
function clearWhat(options: ClearOptions | undefined, plain: boolean): ClearWhat {
  if (options === undefined) return plain ? { contents: true, formats: true } : {};
  const any = options.commentsOnly || options.contentsOnly || options.formatOnly || options.validationsOnly;
  if (!any) return { contents: true, formats: true, notes: true, validations: true };
  return {
    contents: !!options.contentsOnly,
    formats: !!options.formatOnly,
    notes: !!options.commentsOnly,
    validations: !!options.validationsOnly,
  };
}

function clearRect(s: SheetState, rect: Rect, what: ClearWhat): void {
  const lastRow = rect.row + rect.numRows - 1;
  const lastCol = rect.column + rect.numColumns - 1;
  for (const key of Object.keys(s.rows)) {
    const r = Number(key);
    if (r < rect.row || r > lastRow) continue;
    const cells = s.rows[r];
    if (!cells) continue;
    for (const ck of Object.keys(cells)) {
      const c = Number(ck);
      if (c < rect.column || c > lastCol) continue;
      const cell = cells[c];
      if (!cell) continue;
      if (what.contents) {
        delete cell.value;
        delete cell.formula;
      }
      if (what.formats) {
        delete cell.format;
        delete cell.numberFormat;
      }
      if (what.notes) delete cell.note;
      if (what.validations) delete cell.dataValidation;
      pruneCell(s, r, c);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Range.

type Getter<T> = (cell: CellState | undefined) => T;

const DEFAULTS = {
  background: "#ffffff",
  fontColor: "#000000",
  fontFamily: "Arial",
  fontSize: 10,
  fontWeight: "normal",
  fontStyle: "normal",
  horizontalAlignment: "general",
  verticalAlignment: "bottom",
} as const;

function fmt(cell: CellState): CellFormat {
  if (!cell.format) cell.format = {};
  return cell.format;
}

function setFormatField<K extends keyof CellFormat>(
  cell: CellState,
  key: K,
  value: CellFormat[K] | null,
): void {
  if (value === null || value === undefined) {
    if (cell.format) delete cell.format[key];
  } else {
    fmt(cell)[key] = value;
  }
}

/** reference/spreadsheet/range */
class RangeImpl {
  readonly rect: Rect;

  constructor(
    private readonly ctx: Ctx,
    readonly sheetId: number,
    rect: Rect,
  ) {
    this.rect = { row: rect.row, column: rect.column, numRows: rect.numRows, numColumns: rect.numColumns };
  }

  toString(): string {
    return "Range";
  }

  private enter(method: string): SheetState {
    this.ctx.rt.enter(`Range.${method}`, REQ);
    return this.ctx.sheetState(this.sheetId);
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
  getA1Notation(): string {
    this.enter("getA1Notation");
    return rectToA1(this.rect);
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
    const profile = localeProfile(this.ctx.wb.locale);
    return this.first(s, (c) => displayText(c?.value, c?.numberFormat, profile));
  }
  getDisplayValues(): string[][] {
    const s = this.enter("getDisplayValues");
    const profile = localeProfile(this.ctx.wb.locale);
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
  setNote(note: string | null): RangeImpl {
    const s = this.enter("setNote");
    if (note !== null && typeof note !== "string") throw badParams("Range.setNote", [note]);
    this.forAll(s, (cell) => applyNote(cell, note));
    return this;
  }
  setNotes(notes: (string | null)[][]): RangeImpl {
    const s = this.enter("setNotes");
    this.checkDims("setNotes", notes);
    this.forGrid(s, notes, (cell, v) => applyNote(cell, v === null || v === undefined ? null : String(v)));
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

function setFormulaCell(cell: CellState, formula: string): void {
  delete cell.value;
  delete cell.formula;
  if (formula === "") return;
  // Apps Script accepts formulas with or without the leading "=" and stores them with it.
  cell.formula = formula.startsWith("=") ? formula : `=${formula}`;
}

function applyColor(cell: CellState, key: "background" | "fontColor", color: unknown): void {
  const c = normalizeColor(color);
  if (c === undefined) return;
  setFormatField(cell, key, c === DEFAULTS[key] ? null : c);
}

function applyNote(cell: CellState, note: string | null): void {
  if (note === null || note === "") delete cell.note;
  else cell.note = note;
}

function applyWrap(cell: CellState, on: boolean): void {
  setFormatField(cell, "wrap", on);
  setFormatField(cell, "wrapStrategy", on ? "WRAP" : "OVERFLOW");
}

function applyWrapStrategy(cell: CellState, strategy: EnumValue): void {
  setFormatField(cell, "wrapStrategy", strategy.name());
  setFormatField(cell, "wrap", strategy.name() === "WRAP");
}

function wrapEnum(cell: CellState | undefined): EnumValue {
  const name = (cell?.format?.wrapStrategy ?? "OVERFLOW") as keyof typeof WrapStrategy;
  return WrapStrategy[name];
}

function checkChoice(method: string, value: unknown, allowed: readonly string[]): void {
  if (value === null) return;
  // UNCONFIRMED: Apps Script rejects values outside the documented set; strict.
  if (typeof value !== "string" || !allowed.includes(value)) throw badParams(method, [value]);
}

function checkEnum(method: string, value: unknown, enumClass: string): asserts value is EnumValue {
  if (!isEnumOf(value, enumClass)) throw badParams(method, [value]);
}

function applyBorder(range: RangeImpl, s: SheetState, args: unknown[], method: string): void {
  const [top, left, bottom, right, vertical, horizontal, color, style] = args;
  const flags = [top, left, bottom, right, vertical, horizontal];
  if (args.length < 6 || args.length === 7 || args.length > 8) throw badParams(method, args);
  if (!flags.every((f) => f === null || typeof f === "boolean")) throw badParams(method, args);
  if (args.length === 8) {
    if (color !== null && typeof color !== "string") throw badParams(method, args);
    if (style !== null) checkEnum(method, style, "BorderStyle");
  }
  const c = normalizeColor(color ?? null) ?? "#000000";
  const border: BorderState = {
    style: isEnumOf(style, "BorderStyle") ? style.name() : "SOLID",
    color: c ?? "#000000",
  };
  const { row, column, numRows, numColumns } = range.rect;
  const lastRow = row + numRows - 1;
  const lastCol = column + numColumns - 1;
  const apply = (cell: CellState, side: "top" | "left" | "bottom" | "right", flag: unknown): void => {
    if (flag === null || flag === undefined) return;
    const f = fmt(cell);
    const b = { ...(f.borders ?? {}) };
    if (flag) b[side] = border;
    else delete b[side];
    if (Object.keys(b).length) f.borders = b;
    else delete f.borders;
  };
  range.forAll(s, (cell, r, col) => {
    apply(cell, "top", r === row ? top : horizontal);
    apply(cell, "bottom", r === lastRow ? bottom : horizontal);
    apply(cell, "left", col === column ? left : vertical);
    apply(cell, "right", col === lastCol ? right : vertical);
  });
}

function mergeRects(s: SheetState, rects: Rect[]): void {
  for (const rect of rects) {
    for (const m of s.merges) {
      if (intersects(m, rect) && !contains(rect, m)) throw new ScriptError(MSG.partialMerge);
    }
  }
  for (const rect of rects) {
    if (rect.numRows * rect.numColumns === 1) continue;
    s.merges = s.merges.filter((m) => !contains(rect, m));
    s.merges.push({ ...rect });
    // Merging keeps only the top-left cell's content (as the Sheets UI warns).
    for (let r = rect.row; r < rect.row + rect.numRows; r++)
      for (let c = rect.column; c < rect.column + rect.numColumns; c++) {
        if (r === rect.row && c === rect.column) continue;
        const cell = getCell(s, r, c);
        if (cell) {
          delete cell.value;
          delete cell.formula;
          pruneCell(s, r, c);
        }
      }
  }
}

function breakRect(s: SheetState, rect: Rect): void {
  for (const m of s.merges) {
    if (intersects(m, rect) && !contains(rect, m)) throw new ScriptError(MSG.partialMerge);
  }
  s.merges = s.merges.filter((m) => !contains(rect, m));
}

// ---------------------------------------------------------------------------------------------
// RangeList: one counted call applies to every range.

/** reference/spreadsheet/range-list */
class RangeListImpl {
  constructor(
    private readonly ctx: Ctx,
    private readonly ranges: RangeImpl[],
  ) {}

  private enter(method: string): void {
    this.ctx.rt.enter(`RangeList.${method}`, REQ);
  }

  private each(fn: (r: RangeImpl, s: SheetState) => void): RangeListImpl {
    for (const r of this.ranges) fn(r, r.sheetUncounted());
    return this;
  }

  getRanges(): RangeImpl[] {
    this.enter("getRanges");
    return [...this.ranges];
  }
  setValue(value: unknown): RangeListImpl {
    this.enter("setValue");
    checkInput(value);
    return this.each((r, s) => r.writeAll(s, value));
  }
  setBackground(color: string | null): RangeListImpl {
    this.enter("setBackground");
    if (color !== null && typeof color !== "string") throw badParams("RangeList.setBackground", [color]);
    return this.each((r, s) => r.forAll(s, (cell) => applyColor(cell, "background", color)));
  }
  setFontColor(color: string | null): RangeListImpl {
    this.enter("setFontColor");
    if (color !== null && typeof color !== "string") throw badParams("RangeList.setFontColor", [color]);
    return this.each((r, s) => r.forAll(s, (cell) => applyColor(cell, "fontColor", color)));
  }
  setFontWeight(fontWeight: string | null): RangeListImpl {
    this.enter("setFontWeight");
    checkChoice("RangeList.setFontWeight", fontWeight, ["bold", "normal"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontWeight", fontWeight === "normal" ? null : fontWeight)),
    );
  }
  setFontStyle(fontStyle: string | null): RangeListImpl {
    this.enter("setFontStyle");
    checkChoice("RangeList.setFontStyle", fontStyle, ["italic", "normal"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontStyle", fontStyle === "normal" ? null : fontStyle)),
    );
  }
  setFontSize(size: number): RangeListImpl {
    this.enter("setFontSize");
    if (!isInt(size)) throw badParams("RangeList.setFontSize", [size]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontSize", size === DEFAULTS.fontSize ? null : size)),
    );
  }
  setNumberFormat(format: string): RangeListImpl {
    this.enter("setNumberFormat");
    if (typeof format !== "string") throw badParams("RangeList.setNumberFormat", [format]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => {
        cell.numberFormat = format;
      }),
    );
  }
  setHorizontalAlignment(alignment: string | null): RangeListImpl {
    this.enter("setHorizontalAlignment");
    checkChoice("RangeList.setHorizontalAlignment", alignment, [
      "left",
      "center",
      "right",
      "normal",
      "general",
    ]);
    return this.each((r, s) =>
      r.forAll(s, (cell) =>
        setFormatField(
          cell,
          "horizontalAlignment",
          alignment === "normal" || alignment === "general" ? null : alignment,
        ),
      ),
    );
  }
  setVerticalAlignment(alignment: string | null): RangeListImpl {
    this.enter("setVerticalAlignment");
    checkChoice("RangeList.setVerticalAlignment", alignment, ["top", "middle", "bottom"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) =>
        setFormatField(cell, "verticalAlignment", alignment === "bottom" ? null : alignment),
      ),
    );
  }
  setWrap(isWrapEnabled: boolean): RangeListImpl {
    this.enter("setWrap");
    if (typeof isWrapEnabled !== "boolean") throw badParams("RangeList.setWrap", [isWrapEnabled]);
    return this.each((r, s) => r.forAll(s, (cell) => applyWrap(cell, isWrapEnabled)));
  }
  setWrapStrategy(strategy: EnumValue): RangeListImpl {
    this.enter("setWrapStrategy");
    checkEnum("RangeList.setWrapStrategy", strategy, "WrapStrategy");
    return this.each((r, s) => r.forAll(s, (cell) => applyWrapStrategy(cell, strategy)));
  }
  setBorder(...args: unknown[]): RangeListImpl {
    this.enter("setBorder");
    return this.each((r, s) => applyBorder(r, s, args, "RangeList.setBorder"));
  }
  setNote(note: string | null): RangeListImpl {
    this.enter("setNote");
    return this.each((r, s) => r.forAll(s, (cell) => applyNote(cell, note)));
  }
  setDataValidation(rule: DataValidationImpl | null): RangeListImpl {
    this.enter("setDataValidation");
    if (rule !== null && !(rule instanceof DataValidationImpl))
      throw badParams("RangeList.setDataValidation", [rule]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => {
        if (rule) cell.dataValidation = rule.state;
        else delete cell.dataValidation;
      }),
    );
  }
  clear(options?: ClearOptions): RangeListImpl {
    this.enter("clear");
    return this.each((r, s) => clearRect(s, r.rect, clearWhat(options, true)));
  }
  clearContent(): RangeListImpl {
    this.enter("clearContent");
    return this.each((r, s) => clearRect(s, r.rect, { contents: true }));
  }
  clearFormat(): RangeListImpl {
    this.enter("clearFormat");
    return this.each((r, s) => clearRect(s, r.rect, { formats: true }));
  }
  breakApart(): RangeListImpl {
    this.enter("breakApart");
    return this.each((r, s) => breakRect(s, r.rect));
  }
  activate(): RangeListImpl {
    this.enter("activate");
    const last = this.ranges[this.ranges.length - 1];
    if (last) {
      this.ctx.wb.state.activeSheetId = last.sheetId;
      this.ctx.wb.state.activeRange = { sheetId: last.sheetId, ...last.rect };
    }
    return this;
  }
}

// ---------------------------------------------------------------------------------------------
// Protection.

/** reference/spreadsheet/protection */
class ProtectionImpl {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetId: number,
    private readonly p: ProtectionState,
  ) {}

  private enter(method: string): SheetState {
    this.ctx.rt.enter(`Protection.${method}`, REQ);
    const s = this.ctx.sheetState(this.sheetId);
    // UNCONFIRMED wording: a removed protection can no longer be used.
    if (!s.protections.includes(this.p)) throw new ScriptError("This protection has been removed.");
    return s;
  }

  setDescription(description: string): ProtectionImpl {
    this.enter("setDescription");
    if (typeof description !== "string") throw badParams("Protection.setDescription", [description]);
    this.p.description = description;
    return this;
  }
  getDescription(): string {
    this.enter("getDescription");
    return this.p.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.enter("setWarningOnly");
    if (typeof warningOnly !== "boolean") throw badParams("Protection.setWarningOnly", [warningOnly]);
    this.p.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.enter("isWarningOnly");
    return this.p.warningOnly;
  }
  getRange(): RangeImpl {
    this.enter("getRange");
    return new RangeImpl(this.ctx, this.sheetId, this.p.range);
  }
  getProtectionType(): EnumValue {
    this.enter("getProtectionType");
    return ProtectionType[this.p.type];
  }
  canEdit(): boolean {
    this.enter("canEdit");
    // The script runs as the owner in this emulation, who can always edit.
    return true;
  }
  getEditors(): unknown[] {
    this.enter("getEditors");
    return [];
  }
  removeEditors(emailAddresses: string[]): ProtectionImpl {
    this.enter("removeEditors");
    if (!Array.isArray(emailAddresses)) throw badParams("Protection.removeEditors", [emailAddresses]);
    return this;
  }
  addEditor(emailAddress: string): ProtectionImpl {
    this.enter("addEditor");
    if (typeof emailAddress !== "string") throw badParams("Protection.addEditor", [emailAddress]);
    return this;
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    this.enter("setDomainEdit");
    if (typeof editable !== "boolean") throw badParams("Protection.setDomainEdit", [editable]);
    return this;
  }
  canDomainEdit(): boolean {
    this.enter("canDomainEdit");
    return false;
  }
  remove(): void {
    const s = this.enter("remove");
    s.protections = s.protections.filter((x) => x !== this.p);
  }
}

// ---------------------------------------------------------------------------------------------
// Data validation.

/** reference/spreadsheet/data-validation */
class DataValidationImpl {
  constructor(
    private readonly ctx: Ctx,
    readonly state: DataValidationState,
  ) {}

  private enter(method: string): void {
    this.ctx.rt.enter(`DataValidation.${method}`, PURE);
  }

  getCriteriaType(): EnumValue {
    this.enter("getCriteriaType");
    return DataValidationCriteria[this.state.criteria as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    this.enter("getCriteriaValues");
    return decodeArgs(this.ctx, this.state.args);
  }
  getAllowInvalid(): boolean {
    this.enter("getAllowInvalid");
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    this.enter("getHelpText");
    return this.state.helpText;
  }
  copy(): DataValidationBuilderImpl {
    this.enter("copy");
    return new DataValidationBuilderImpl(this.ctx, { ...this.state, args: [...this.state.args] });
  }
}

function decodeArgs(ctx: Ctx, args: unknown[]): unknown[] {
  return args.map((a) => {
    if (a && typeof a === "object" && !Array.isArray(a)) {
      if ("date" in a && typeof a.date === "number") return new Date(a.date);
      if ("range" in a) {
        const r = a.range as { sheetId: number } & Rect;
        return new RangeImpl(ctx, r.sheetId, r);
      }
    }
    return Array.isArray(a) ? [...a] : a;
  });
}

/** reference/spreadsheet/data-validation-builder; allowInvalid defaults to true. */
class DataValidationBuilderImpl {
  private state:
    | DataValidationState
    | { criteria: null; args: unknown[]; allowInvalid: boolean; helpText: string | null };

  constructor(
    private readonly ctx: Ctx,
    initial?: DataValidationState,
  ) {
    this.state = initial ?? { criteria: null, args: [], allowInvalid: true, helpText: null };
  }

  private enter(method: string): void {
    this.ctx.rt.enter(`DataValidationBuilder.${method}`, PURE);
  }

  private criteria(name: keyof typeof DataValidationCriteria, args: unknown[]): DataValidationBuilderImpl {
    this.state = { ...this.state, criteria: name, args };
    return this;
  }

  private date(method: string, d: unknown): { date: number } {
    if (!(d instanceof Date) || Number.isNaN(d.getTime()))
      throw badParams(`DataValidationBuilder.${method}`, [d]);
    return { date: d.getTime() };
  }

  requireDate(): DataValidationBuilderImpl {
    this.enter("requireDate");
    return this.criteria("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateAfter");
    return this.criteria("DATE_AFTER", [this.date("requireDateAfter", date)]);
  }
  requireDateBefore(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateBefore");
    return this.criteria("DATE_BEFORE", [this.date("requireDateBefore", date)]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateOnOrAfter");
    return this.criteria("DATE_ON_OR_AFTER", [this.date("requireDateOnOrAfter", date)]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateOnOrBefore");
    return this.criteria("DATE_ON_OR_BEFORE", [this.date("requireDateOnOrBefore", date)]);
  }
  requireDateEqualTo(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateEqualTo");
    return this.criteria("DATE_EQUAL_TO", [this.date("requireDateEqualTo", date)]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilderImpl {
    this.enter("requireDateBetween");
    return this.criteria("DATE_BETWEEN", [
      this.date("requireDateBetween", start),
      this.date("requireDateBetween", end),
    ]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    this.enter("requireNumberBetween");
    if (!isInt(start) || !isInt(end))
      throw badParams("DataValidationBuilder.requireNumberBetween", [start, end]);
    return this.criteria("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilderImpl {
    this.enter("requireNumberGreaterThan");
    if (!isInt(number)) throw badParams("DataValidationBuilder.requireNumberGreaterThan", [number]);
    return this.criteria("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberLessThan(number: number): DataValidationBuilderImpl {
    this.enter("requireNumberLessThan");
    if (!isInt(number)) throw badParams("DataValidationBuilder.requireNumberLessThan", [number]);
    return this.criteria("NUMBER_LESS_THAN", [number]);
  }
  requireCheckbox(): DataValidationBuilderImpl {
    this.enter("requireCheckbox");
    return this.criteria("CHECKBOX", []);
  }
  requireTextIsEmail(): DataValidationBuilderImpl {
    this.enter("requireTextIsEmail");
    return this.criteria("TEXT_IS_VALID_EMAIL", []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilderImpl {
    this.enter("requireFormulaSatisfied");
    if (typeof formula !== "string")
      throw badParams("DataValidationBuilder.requireFormulaSatisfied", [formula]);
    return this.criteria("CUSTOM_FORMULA", [formula]);
  }
  /** values: strings; showDropdown defaults to true (reference: requireValueInList(values, showDropdown)). */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderImpl {
    this.enter("requireValueInList");
    if (
      !Array.isArray(values) ||
      !values.every((v) => typeof v === "string") ||
      (showDropdown !== undefined && typeof showDropdown !== "boolean")
    ) {
      throw badParams("DataValidationBuilder.requireValueInList", [values, showDropdown]);
    }
    return this.criteria("VALUE_IN_LIST", [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: RangeImpl, showDropdown?: boolean): DataValidationBuilderImpl {
    this.enter("requireValueInRange");
    if (!(range instanceof RangeImpl) || (showDropdown !== undefined && typeof showDropdown !== "boolean")) {
      throw badParams("DataValidationBuilder.requireValueInRange", [range, showDropdown]);
    }
    return this.criteria("VALUE_IN_RANGE", [
      { range: { sheetId: range.sheetId, ...range.rect } },
      showDropdown ?? true,
    ]);
  }
  withCriteria(criteria: EnumValue, args: unknown[]): DataValidationBuilderImpl {
    this.enter("withCriteria");
    checkEnum("DataValidationBuilder.withCriteria", criteria, "DataValidationCriteria");
    if (!Array.isArray(args)) throw badParams("DataValidationBuilder.withCriteria", [criteria, args]);
    const encoded = args.map((a) =>
      a instanceof Date
        ? { date: a.getTime() }
        : a instanceof RangeImpl
          ? { range: { sheetId: a.sheetId, ...a.rect } }
          : a,
    );
    return this.criteria(criteria.name() as keyof typeof DataValidationCriteria, encoded);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderImpl {
    this.enter("setAllowInvalid");
    if (typeof allowInvalidData !== "boolean")
      throw badParams("DataValidationBuilder.setAllowInvalid", [allowInvalidData]);
    this.state = { ...this.state, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.enter("setHelpText");
    if (typeof helpText !== "string") throw badParams("DataValidationBuilder.setHelpText", [helpText]);
    this.state = { ...this.state, helpText };
    return this;
  }
  getAllowInvalid(): boolean {
    this.enter("getAllowInvalid");
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    this.enter("getHelpText");
    return this.state.helpText;
  }
  getCriteriaType(): EnumValue | null {
    this.enter("getCriteriaType");
    const c = this.state.criteria;
    return c === null ? null : DataValidationCriteria[c as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    this.enter("getCriteriaValues");
    return decodeArgs(this.ctx, this.state.args);
  }
  build(): DataValidationImpl {
    this.enter("build");
    const s = this.state;
    // UNCONFIRMED wording: a rule needs criteria.
    if (s.criteria === null)
      throw new ScriptError("You must specify a criteria for the data validation rule.");
    return new DataValidationImpl(this.ctx, {
      criteria: s.criteria,
      args: s.args,
      allowInvalid: s.allowInvalid,
      helpText: s.helpText,
    });
  }
}

// ---------------------------------------------------------------------------------------------
// SpreadsheetApp.

/** The emulated SpreadsheetApp global (reference/spreadsheet/spreadsheet-app). */
export interface EmulatedSpreadsheetApp {
  getActiveSpreadsheet(): SpreadsheetImpl;
  getActive(): SpreadsheetImpl;
  getActiveSheet(): SheetImpl;
  getActiveRange(): RangeImpl | null;
  openById(id: string): SpreadsheetImpl;
  getUi(): unknown;
  flush(): void;
  newDataValidation(): DataValidationBuilderImpl;
  readonly WrapStrategy: typeof WrapStrategy;
  readonly BorderStyle: typeof BorderStyle;
  readonly DataValidationCriteria: typeof DataValidationCriteria;
  readonly ProtectionType: typeof ProtectionType;
  readonly Dimension: typeof Dimension;
}

/**
 * Builds the SpreadsheetApp global over `workbook`: every method counts as "Class.method" in `rt`
 * and enforces auth mode and scopes; `ui` supplies SpreadsheetApp.getUi() and Spreadsheet.toast().
 */
export function createSpreadsheetApp(
  rt: Runtime,
  workbook: Workbook,
  ui: SpreadsheetUiHooks,
): EmulatedSpreadsheetApp {
  const ctx = new Ctx(rt, workbook, ui);
  ctx.reindex();
  const app: EmulatedSpreadsheetApp = {
    getActiveSpreadsheet() {
      rt.enter("SpreadsheetApp.getActiveSpreadsheet", REQ);
      return new SpreadsheetImpl(ctx);
    },
    getActive() {
      rt.enter("SpreadsheetApp.getActive", REQ);
      return new SpreadsheetImpl(ctx);
    },
    getActiveSheet() {
      rt.enter("SpreadsheetApp.getActiveSheet", REQ);
      return new SheetImpl(ctx, workbook.activeSheet().sheetId);
    },
    getActiveRange() {
      rt.enter("SpreadsheetApp.getActiveRange", REQ);
      const a = workbook.state.activeRange;
      return a && workbook.sheetById(a.sheetId) ? new RangeImpl(ctx, a.sheetId, a) : null;
    },
    openById(id: string) {
      rt.enter("SpreadsheetApp.openById", OPEN_REQ);
      if (typeof id !== "string") throw badParams("SpreadsheetApp.openById", [id]);
      // Only the one emulated file exists. UNCONFIRMED wording for a missing file.
      if (id !== workbook.state.id) {
        throw new ScriptError(
          "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
        );
      }
      return new SpreadsheetImpl(ctx);
    },
    getUi() {
      // Menus may be built in AuthMode.NONE (guides/triggers, add-on onOpen).
      rt.enter("SpreadsheetApp.getUi", { auth: "NONE" });
      return ui.getUi();
    },
    flush() {
      rt.enter("SpreadsheetApp.flush", REQ);
    },
    newDataValidation() {
      rt.enter("SpreadsheetApp.newDataValidation", PURE);
      return new DataValidationBuilderImpl(ctx);
    },
    WrapStrategy,
    BorderStyle,
    DataValidationCriteria,
    ProtectionType,
    Dimension,
  };
  return app;
}

export type {
  DataValidationBuilderImpl as DataValidationBuilder,
  DataValidationImpl as DataValidation,
  ProtectionImpl as Protection,
  RangeImpl as Range,
  RangeListImpl as RangeList,
  SheetImpl as Sheet,
  SpreadsheetImpl as Spreadsheet,
};
/** Column letters helper re-exported for playground rendering. */
/** Date helpers for code that builds expectations in the spreadsheet's zone. */
export { columnToLetters, dateToSerial, serialToDate };
