// The shared context of one SpreadsheetApp: runtime and workbook, what each call requires, Google's error texts and argument checks.
import { NAMING, signatureError } from "../enums";
import { type Requirement, type Runtime, SCOPE, ScriptError } from "../runtime";
import { MAX_CELLS, type SheetState, type Workbook } from "./model";
import { currentYearOf, type WriteContext } from "./typing";

/** Spreadsheet methods need one of the spreadsheet scopes and at least LIMITED (document access). */
export const REQ: Requirement = {
  scopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.spreadsheets],
  auth: "LIMITED",
};
/** Pure builders and value objects: no document, no scope (usable while building menus). */
export const PURE: Requirement = { auth: "NONE" };
/** openById reaches other files: only the full spreadsheets scope allows it. */
export const OPEN_REQ: Requirement = { scopes: [SCOPE.spreadsheets], auth: "LIMITED" };

/** What the Ui emulation lends to SpreadsheetApp. */
export interface SpreadsheetUiHooks {
  getUi(): unknown;
  toast(msg: string, title?: string, timeout?: number): void;
  /** The spreadsheet file's owner in Drive, who may edit whatever is protected; unknown when absent. */
  owner?(): string;
}

// ---------------------------------------------------------------------------------------------
// Errors with Google's texts (guides/apps-script-platform.md, Spreadsheet).

export const MSG = {
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

/** Google's text for a sheet name already in use. */
export function duplicateSheet(name: string): string {
  return `A sheet with the name "${name}" already exists. Please enter another name.`;
}

/** Google's error for a 2-D argument whose rows or columns don't match the range. */
export function dimensionError(kind: "rows" | "columns", data: number, range: number): ScriptError {
  return new ScriptError(
    `The number of ${kind} in the data does not match the number of ${kind} in the range. The data has ${data} but the range has ${range}.`,
  );
}

/** "The parameters (…) don't match the method signature for SpreadsheetApp.Class.method." */
export function badParams(method: string, args: readonly unknown[]): ScriptError {
  return signatureError(`SpreadsheetApp.${method}`, args, NAMING.sheets);
}

/** A finite number: the check for Integer parameters. */
export function isInt(n: unknown): n is number {
  return typeof n === "number" && Number.isFinite(n);
}

/** An array of arrays. */
export function is2d(v: unknown): v is unknown[][] {
  return Array.isArray(v) && v.every((row) => Array.isArray(row));
}

// ---------------------------------------------------------------------------------------------
// The shared context of one SpreadsheetApp instance.
//
// The class files (spreadsheet, sheet, range, range-list, protection, data-validation) import one
// another, as Google's classes hand out one another; they use those imports only inside methods,
// never while the module loads, so any of them may be imported first (test/emulator/module-load.test.ts).

export class Ctx {
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
    const now = this.rt.clock();
    const timeZone = this.wb.timeZone;
    return { profile: this.wb.profile(), timeZone, now, currentYear: currentYearOf(now, timeZone) };
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

/** Refuses blank names and names over 100 characters. */
export function checkSheetName(name: string): void {
  // UNCONFIRMED wording; Sheets refuses empty names and names over 100 characters.
  if (name.trim() === "") throw new ScriptError("Sheet names can't be blank.");
  if (name.length > 100) throw new ScriptError("Sheet names can't be longer than 100 characters.");
}
