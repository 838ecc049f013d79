// The emulated spreadsheet's state (JSON-serializable) and an uncounted model API for tests and the playground.

import type { Runtime } from "../runtime";
import { isValidTimeZone, serialToDate } from "./dates";
import {
  AUTOMATIC_FORMAT,
  displayText,
  type EsPaDateOrder,
  isDateTimeFormat,
  type LocaleProfile,
  localeProfile,
} from "./format";
import { ExecutionViews } from "./visibility";

/** What a cell stores: Sheets keeps numbers (dates as serials), strings and booleans. */
export type Scalar = number | string | boolean;
/** What getValues() returns for one cell. */
export type CellValue = Scalar | Date;

/** One border side as set by Range.setBorder. */
export interface BorderState {
  style: string;
  color: string;
}

/** Cell formatting other than the number format. Absent fields are Sheets' defaults. */
export interface CellFormat {
  background?: string;
  fontWeight?: string;
  fontStyle?: string;
  fontSize?: number;
  fontColor?: string;
  fontFamily?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrap?: boolean;
  wrapStrategy?: string;
  borders?: { top?: BorderState; left?: BorderState; bottom?: BorderState; right?: BorderState };
}

/** A data validation rule as stored on a cell. */
export interface DataValidationState {
  /** A DataValidationCriteria name, e.g. "VALUE_IN_LIST". */
  criteria: string;
  /**
   * Criteria arguments, JSON-safe: dates as `{ date: epochMs }`, ranges as
   * `{ range: { sheetId, row, column, numRows, numColumns } }`.
   */
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

/** One cell. `value` absent means empty; a formula cell keeps its text in `formula`. */
export interface CellState {
  value?: Scalar;
  /** Formula text including the leading "=". The emulator has no formula engine: value stays absent. */
  formula?: string;
  numberFormat?: string;
  format?: CellFormat;
  note?: string;
  dataValidation?: DataValidationState;
}

/** A rectangle of cells (1-based). */
export interface Rect {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A protection (Sheet.protect or Range.protect). */
export interface ProtectionState {
  type: "SHEET" | "RANGE";
  range: Rect;
  description: string;
  warningOnly: boolean;
  /**
   * Who may edit: absent until the script changes the list, while "the permissions mirror those of
   * the spreadsheet itself" (reference/spreadsheet/range#protect()) — every editor of the file may
   * edit; then the e-mails kept (the spreadsheet's owner may always edit).
   */
  editors?: string[];
}

/** One sheet (tab). */
export interface SheetState {
  sheetId: number;
  name: string;
  /** 1-based position, as Sheet.getIndex() reports it; kept in step with the sheets array. */
  index: number;
  /** Sparse cells: rows[row][column], both 1-based. */
  rows: Record<number, Record<number, CellState>>;
  maxRows: number;
  maxColumns: number;
  frozenRows: number;
  frozenColumns: number;
  columnWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  merges: Rect[];
  hiddenGridlines: boolean;
  tabColor: string | null;
  hidden: boolean;
  protections: ProtectionState[];
}

/** A whole spreadsheet file. */
export interface WorkbookState {
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  /** Day/month order of es_PA (UNCONFIRMED, see format.ts); absent is "day-first". */
  esPaDateOrder?: EsPaDateOrder;
  sheets: SheetState[];
  activeSheetId: number;
  activeRange?: { sheetId: number } & Rect;
  namedRanges: Record<string, { sheetId: number } & Rect>;
  nextSheetId: number;
}

/** A new sheet is 1000 rows × 26 columns (as in Sheets). */
export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
/** Limits: guides/apps-script-platform.md "Limits: 10 million cells per spreadsheet, 50,000 characters per cell." */
export const MAX_CELLS = 10_000_000;
export const MAX_CELL_CHARS = 50_000;

/** A fresh empty sheet. */
export function newSheetState(
  sheetId: number,
  name: string,
  rows = DEFAULT_ROWS,
  columns = DEFAULT_COLUMNS,
): SheetState {
  return {
    sheetId,
    name,
    index: 0,
    rows: {},
    maxRows: rows,
    maxColumns: columns,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: {},
    rowHeights: {},
    merges: [],
    hiddenGridlines: false,
    tabColor: null,
    hidden: false,
    protections: [],
  };
}

/** The cell at row/column, if anything was ever stored there. */
export function getCell(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.rows[row]?.[column];
}

/** The cell at row/column, created if absent. */
export function ensureCell(sheet: SheetState, row: number, column: number): CellState {
  let r = sheet.rows[row];
  if (!r) {
    r = {};
    sheet.rows[row] = r;
  }
  let c = r[column];
  if (!c) {
    c = {};
    r[column] = c;
  }
  return c;
}

/** True when a cell has content (a value or a formula); formats alone do not count. */
export function hasContent(cell: CellState | undefined): boolean {
  return cell !== undefined && (cell.value !== undefined || cell.formula !== undefined);
}

/** Drops a cell object that holds nothing, keeping the sparse map small. */
export function pruneCell(sheet: SheetState, row: number, column: number): void {
  const r = sheet.rows[row];
  const c = r?.[column];
  if (!r || !c) return;
  if (c.format && Object.keys(c.format).length === 0) delete c.format;
  if (Object.keys(c).length === 0) {
    delete r[column];
    for (const _ in r) return;
    delete sheet.rows[row];
  }
}

function numericKeys(obj: object): number[] {
  // Integer-like keys come out of Object.keys in ascending order.
  return Object.keys(obj).map(Number);
}

/** Last row with content, 0 when empty (reference/spreadsheet/sheet#getlastrow). */
export function sheetLastRow(sheet: SheetState): number {
  const keys = numericKeys(sheet.rows);
  for (let i = keys.length - 1; i >= 0; i--) {
    const row = keys[i] as number;
    const cells = sheet.rows[row];
    if (!cells) continue;
    for (const key in cells) if (hasContent(cells[key as unknown as number])) return row;
  }
  return 0;
}

/** Last column with content, 0 when empty (reference/spreadsheet/sheet#getlastcolumn). */
export function sheetLastColumn(sheet: SheetState): number {
  let last = 0;
  for (const rowKey in sheet.rows) {
    const cells = sheet.rows[rowKey as unknown as number];
    if (!cells) continue;
    const cols = numericKeys(cells);
    for (let i = cols.length - 1; i >= 0; i--) {
      const col = cols[i] as number;
      if (col <= last) break;
      if (hasContent(cells[col])) {
        last = col;
        break;
      }
    }
  }
  return last;
}

/** What getValue() returns for a cell: '' when empty, a Date for a number under a date/time format. */
export function cellValue(cell: CellState | undefined, timeZone: string): CellValue {
  const v = cell?.value;
  if (v === undefined) return "";
  if (typeof v === "number" && isDateTimeFormat(cell?.numberFormat)) return serialToDate(v, timeZone);
  return v;
}

/** Column number (1-based) to letters: 1 → A, 27 → AA. */
export function columnToLetters(column: number): string {
  let s = "";
  let n = column;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters to column number: A → 1, AA → 27. */
export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A1 notation of a rectangle ("B2" for one cell, "A1:C3" otherwise). */
export function rectToA1(rect: Rect): string {
  const start = `${columnToLetters(rect.column)}${rect.row}`;
  if (rect.numRows === 1 && rect.numColumns === 1) return start;
  return `${start}:${columnToLetters(rect.column + rect.numColumns - 1)}${rect.row + rect.numRows - 1}`;
}

let idCounter = 0;

/** Options of a new spreadsheet. */
export interface CreateWorkbookOptions {
  name: string;
  timeZone: string;
  id?: string;
  /** Spreadsheet locale; default "es_PA". */
  locale?: string;
  /** Order of day and month when the locale is es_PA; default "day-first" (UNCONFIRMED, see format.ts). */
  esPaDateOrder?: EsPaDateOrder;
  /** Name of the first sheet; default "Hoja 1" (Spanish UI). */
  firstSheetName?: string;
}

/**
 * One emulated spreadsheet file. Holds the live state the SpreadsheetApp emulation mutates, and an
 * UNCOUNTED read API (no Runtime involved) for tests and the playground.
 */
export class Workbook {
  /** The committed state: what every execution without pending writes sees (visibility.ts). */
  private readonly committed: WorkbookState;
  private views: ExecutionViews | undefined;

  private constructor(state: WorkbookState) {
    this.committed = state;
  }

  /**
   * The state as the running execution sees it: its own copy while it has pending writes and
   * executions overlap, else the committed state. Services mutate it; tests should prefer the read
   * methods or toState().
   */
  get state(): WorkbookState {
    return this.views ? this.views.current() : this.committed;
  }

  /** The committed state, whatever is running (what Environment.state and the playground keep). */
  get committedState(): WorkbookState {
    return this.committed;
  }

  /**
   * A new sheet's id: given once across every execution, as Google's server assigns it (copies of the
   * spreadsheet made for overlapping executions never hand out the same id twice).
   */
  allocateSheetId(): number {
    const id = Math.max(this.committed.nextSheetId, this.state.nextSheetId);
    this.committed.nextSheetId = id + 1;
    this.state.nextSheetId = id + 1;
    return id;
  }

  /** Gives each execution of `rt` its own view of pending writes (visibility.ts); Environment calls it once. */
  watch(rt: Runtime): void {
    const views = new ExecutionViews(rt, this.committed);
    this.views = views;
    rt.beforeEachCall.push(() => views.touch());
  }

  /** SpreadsheetApp.flush(): the execution's pending writes become visible to every other. */
  flush(executionId: number): void {
    this.views?.flush(executionId);
  }

  /** The end of an execution: its pending writes are applied. */
  endExecution(executionId: number): void {
    this.views?.end(executionId);
  }

  /** A person's edit: applied to the committed state even while an execution runs. */
  outsideExecutions<T>(edit: () => T): T {
    return this.views ? this.views.outsideExecutions(edit) : edit();
  }

  /** A new spreadsheet with one empty sheet "Hoja 1". */
  static create(options: CreateWorkbookOptions): Workbook {
    if (!isValidTimeZone(options.timeZone)) throw new Error(`Unknown time zone: ${options.timeZone}`);
    const locale = options.locale ?? "es_PA";
    localeProfile(locale);
    const order = options.esPaDateOrder ?? "day-first";
    if (order !== "day-first" && order !== "month-first")
      throw new Error(`Unknown es_PA date order: ${order}`);
    idCounter++;
    const id = options.id ?? `emu-sheet-${String(idCounter).padStart(4, "0")}-${"x".repeat(28)}`;
    const first = newSheetState(0, options.firstSheetName ?? "Hoja 1");
    first.index = 1;
    return new Workbook({
      id,
      name: options.name,
      timeZone: options.timeZone,
      locale,
      ...(order === "month-first" ? { esPaDateOrder: order } : {}),
      sheets: [first],
      activeSheetId: 0,
      namedRanges: {},
      nextSheetId: 1,
    });
  }

  /** A workbook from a saved state (deep-copied, so the saved state stays untouched). */
  static fromState(state: WorkbookState): Workbook {
    return new Workbook(JSON.parse(JSON.stringify(state)) as WorkbookState);
  }

  /** A deep, JSON-safe copy of the state; compare two of them to prove a run changed nothing. */
  toState(): WorkbookState {
    return JSON.parse(JSON.stringify(this.state)) as WorkbookState;
  }

  get id(): string {
    return this.state.id;
  }
  get name(): string {
    return this.state.name;
  }
  get timeZone(): string {
    return this.state.timeZone;
  }
  get locale(): string {
    return this.state.locale;
  }
  /** Order of day and month when the locale is es_PA. */
  get esPaDateOrder(): EsPaDateOrder {
    return this.state.esPaDateOrder ?? "day-first";
  }

  /** How the spreadsheet's locale types and shows numbers and dates. */
  profile(): LocaleProfile {
    return localeProfile(this.state.locale, this.esPaDateOrder);
  }

  /** Sheet names in tab order. */
  sheetNames(): string[] {
    return this.state.sheets.map((s) => s.name);
  }

  /** A sheet by name (case-insensitive, as getSheetByName), or undefined. */
  sheet(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** A sheet by name, or an Error naming it (for tests). */
  requireSheet(name: string): SheetState {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet named "${name}" (sheets: ${this.sheetNames().join(", ")})`);
    return s;
  }

  /** A sheet by its id, or undefined. */
  sheetById(sheetId: number): SheetState | undefined {
    return this.state.sheets.find((s) => s.sheetId === sheetId);
  }

  /** The active sheet. */
  activeSheet(): SheetState {
    const s = this.sheetById(this.state.activeSheetId) ?? this.state.sheets[0];
    if (!s) throw new Error("Workbook has no sheets");
    return s;
  }

  /** The stored cell (undefined if never touched). */
  cell(sheetName: string, row: number, column: number): CellState | undefined {
    return getCell(this.requireSheet(sheetName), row, column);
  }

  /** What Range.getValue() would return. */
  value(sheetName: string, row: number, column: number): CellValue {
    return cellValue(this.cell(sheetName, row, column), this.state.timeZone);
  }

  /** The formula of a cell, "" if none. */
  formula(sheetName: string, row: number, column: number): string {
    return this.cell(sheetName, row, column)?.formula ?? "";
  }

  /** The number format Range.getNumberFormat() would return. */
  numberFormat(sheetName: string, row: number, column: number): string {
    return this.cell(sheetName, row, column)?.numberFormat ?? AUTOMATIC_FORMAT;
  }

  /** The text Sheets would show in the cell given its number format and the spreadsheet locale. */
  displayValue(sheetName: string, row: number, column: number): string {
    const c = this.cell(sheetName, row, column);
    return displayText(c?.value, c?.numberFormat, this.profile());
  }

  /** Last row with content (0 if empty). */
  lastRow(sheetName: string): number {
    return sheetLastRow(this.requireSheet(sheetName));
  }

  /** Last column with content (0 if empty). */
  lastColumn(sheetName: string): number {
    return sheetLastColumn(this.requireSheet(sheetName));
  }

  /** getDataRange().getValues() of a sheet, uncounted. */
  values(sheetName: string): CellValue[][] {
    const sheet = this.requireSheet(sheetName);
    const rows = Math.max(1, sheetLastRow(sheet));
    const cols = Math.max(1, sheetLastColumn(sheet));
    const out: CellValue[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: CellValue[] = [];
      for (let c = 1; c <= cols; c++) line.push(cellValue(getCell(sheet, r, c), this.state.timeZone));
      out.push(line);
    }
    return out;
  }

  /** getDataRange().getDisplayValues() of a sheet, uncounted. */
  displayValues(sheetName: string): string[][] {
    const sheet = this.requireSheet(sheetName);
    const rows = Math.max(1, sheetLastRow(sheet));
    const cols = Math.max(1, sheetLastColumn(sheet));
    const out: string[][] = [];
    for (let r = 1; r <= rows; r++) {
      const line: string[] = [];
      for (let c = 1; c <= cols; c++) line.push(this.displayValue(sheet.name, r, c));
      out.push(line);
    }
    return out;
  }

  /** Total cells of all sheets (rows × columns), counted against the 10 million limit. */
  totalCells(): number {
    return this.state.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
  }
}
