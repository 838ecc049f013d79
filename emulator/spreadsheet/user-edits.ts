// A person's edits in the grid (typing into a cell, pasting a block, the Delete key), applied as Sheets applies them, and what the onEdit event then carries.
import { type A1Rect, parseA1 } from "./a1";
import { clearRect } from "./cell-edits";
import { displayText, isDateTimeFormat } from "./format";
import { type CellState, getCell, type Rect, type SheetState, type Workbook } from "./model";
import { forbiddingProtection, PROTECTED_MESSAGE } from "./protection";
import { applyTyped, checkLength, currentYearOf, parseTyped, type WriteContext, writeInput } from "./typing";
import { rejectionMessage, satisfiesValidation } from "./validation-rules";

/**
 * What `e.value`/`e.oldValue` hold for a cell whose value is a date (a number under a date or time
 * format). UNCONFIRMED (platform guide, Triggers: "What `value` holds for a date typed into a
 * date-formatted cell … is UNCONFIRMED: read the cells themselves"):
 * - "serial": the day number as text ("43613"), the default;
 * - "typed": the text the person typed (oldValue: the text the cell showed before);
 * - "display": the text the cell shows under its number format ("28/05/2019").
 * Tests of an onEdit can run under all three, so that the add-on reads `e.range` instead.
 */
export type EditEventDates = "serial" | "typed" | "display";

/** A person's edit refused by a rule that rejects input (allowInvalid false): nothing changed, no onEdit ran. */
export class EditRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EditRejected";
  }
}

/** What one edit changed, and the value fields its event carries. */
export interface UserEdit {
  /** The sheet's own name (getSheetByName is case-insensitive, the event's range is not). */
  sheetName: string;
  /** The block edited; a block selected by whole rows or columns keeps that notation ("3:3"). */
  rect: A1Rect;
  /**
   * `e.value`/`e.oldValue`: set only for an edit of one cell by typing or clearing ("Only available
   * if the edited range is a single cell", guides/triggers/events, Edit); a field left out here is
   * left out of the event (oldValue "Will be undefined if the cell had no previous content").
   */
  values?: { value?: string; oldValue?: string };
}

/** The clock of the edit, how its event writes dates, and who edits (held to the sheet's protections). */
export interface EditContext {
  now: Date;
  dates: EditEventDates;
  /** The person editing and the file's owner; absent, protections are not checked. */
  person?: { email: string; owner: string };
}

/**
 * Sheets refuses a person's edit of cells a protection keeps from them, with its message, and lets
 * a warning-only protection through after its warning (reference/spreadsheet/protection). The
 * refusal is an EditRejected: nothing changes and onEdit does not run.
 */
function refuseProtected(sheet: SheetState, rect: Rect, ctx: EditContext): void {
  if (ctx.person && forbiddingProtection(sheet, rect, ctx.person.email, ctx.person.owner)) {
    throw new EditRejected(PROTECTED_MESSAGE);
  }
}

/**
 * A cell's value as an edit event carries it: text. UNCONFIRMED details besides dates (see
 * EditEventDates): numbers in plain JS notation, booleans "TRUE"/"FALSE", a formula cell carries
 * nothing (the emulator has no formula engine to compute it).
 */
function eventValue(
  cell: CellState | undefined,
  wb: Workbook,
  dates: EditEventDates,
  typed?: string,
): string | undefined {
  const v = cell?.value;
  if (v === undefined) return undefined;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number" && dates !== "serial" && isDateTimeFormat(cell?.numberFormat)) {
    return dates === "typed" && typed !== undefined
      ? typed
      : displayText(v, cell?.numberFormat, wb.profile());
  }
  return String(v);
}

function valueFields(value: string | undefined, oldValue: string | undefined): UserEdit["values"] {
  return { ...(value !== undefined ? { value } : {}), ...(oldValue !== undefined ? { oldValue } : {}) };
}

function writeContext(wb: Workbook, now: Date): WriteContext {
  return { profile: wb.profile(), timeZone: wb.timeZone, now, currentYear: currentYearOf(now, wb.timeZone) };
}

/** The block a person works on; one outside the sheet is a mistake of the test, not of the script. */
function blockOf(sheet: SheetState, row: number, column: number, numRows: number, numColumns: number): Rect {
  const lastRow = row + numRows - 1;
  const lastColumn = column + numColumns - 1;
  if (row < 1 || column < 1 || lastRow > sheet.maxRows || lastColumn > sheet.maxColumns) {
    throw new Error(`R${row}C${column}:R${lastRow}C${lastColumn} is outside sheet "${sheet.name}"`);
  }
  return { row, column, numRows, numColumns };
}

/** A person's edit selects what was edited: the active sheet and range follow it. */
function select(wb: Workbook, sheet: SheetState, rect: Rect): void {
  wb.state.activeSheetId = sheet.sheetId;
  const { row, column, numRows, numColumns } = rect;
  wb.state.activeRange = { sheetId: sheet.sheetId, row, column, numRows, numColumns };
}

/**
 * Refuses the whole input when any cell's rule rejects input (allowInvalid false) and the text
 * typed there breaks it; emptying a cell is always allowed. Rules that only warn (the default,
 * reference/spreadsheet/data-validation-builder#setallowinvalidallowinvaliddata) keep the input.
 */
function refuseInvalid(
  wb: Workbook,
  sheet: SheetState,
  rect: Rect,
  rows: string[][],
  write: WriteContext,
): void {
  rows.forEach((line, i) => {
    line.forEach((text, j) => {
      const before = getCell(sheet, rect.row + i, rect.column + j);
      const dv = before?.dataValidation;
      if (!dv || dv.allowInvalid || text === "") return;
      const typed = parseTyped(text, { ...write, currentFormat: before?.numberFormat });
      const probe: CellState = { ...before, numberFormat: typed.numberFormat ?? before?.numberFormat };
      applyTyped(probe, typed);
      if (!satisfiesValidation(dv, probe, wb)) throw new EditRejected(rejectionMessage(dv));
    });
  });
}

/**
 * A person types `text` into one cell and presses Enter: read as setValue reads a string (typing.ts),
 * "" empties the cell. Throws EditRejected when a rejecting rule refuses it. Uncounted: the person,
 * not the script.
 */
export function typeIntoCell(
  wb: Workbook,
  sheetName: string,
  row: number,
  column: number,
  text: string,
  ctx: EditContext,
): UserEdit {
  const sheet = wb.requireSheet(sheetName);
  const rect = blockOf(sheet, row, column, 1, 1);
  checkLength(text);
  refuseProtected(sheet, rect, ctx);
  const oldValue = eventValue(getCell(sheet, row, column), wb, ctx.dates);
  const write = writeContext(wb, ctx.now);
  refuseInvalid(wb, sheet, rect, [[text]], write);
  writeInput(sheet, row, column, text, write);
  select(wb, sheet, rect);
  const value = eventValue(getCell(sheet, row, column), wb, ctx.dates, text);
  return { sheetName: sheet.name, rect, values: valueFields(value, oldValue) };
}

/**
 * A person pastes plain text (rows of cells, as from another program) with its top-left cell at
 * row/column: every cell is read as typed, the cells keep their formats, notes and rules. Throws
 * EditRejected, changing nothing, when a rejecting rule refuses any cell (UNCONFIRMED: that Sheets
 * refuses the whole paste). The event carries no value or oldValue, even for one cell
 * (UNCONFIRMED: reported for pastes, and the strict choice).
 */
export function pasteIntoCells(
  wb: Workbook,
  sheetName: string,
  row: number,
  column: number,
  rows: string[][],
  ctx: EditContext,
): UserEdit {
  const width = rows[0]?.length ?? 0;
  const rectangular = rows.every((line) => Array.isArray(line) && line.length === width);
  if (width === 0 || !rectangular || !rows.every((line) => line.every((t) => typeof t === "string"))) {
    throw new Error("A paste is a non-empty rectangle of strings (every row as long as the first).");
  }
  const sheet = wb.requireSheet(sheetName);
  const rect = blockOf(sheet, row, column, rows.length, width);
  for (const line of rows) for (const text of line) checkLength(text);
  refuseProtected(sheet, rect, ctx);
  const write = writeContext(wb, ctx.now);
  refuseInvalid(wb, sheet, rect, rows, write);
  rows.forEach((line, i) => {
    line.forEach((text, j) => {
      writeInput(sheet, row + i, column + j, text, write);
    });
  });
  select(wb, sheet, rect);
  return { sheetName: sheet.name, rect };
}

/**
 * A person selects `a1` ("B2", "B2:D4", "3:3") and presses Delete: the contents go, formats, notes
 * and rules stay. One cell: the event has the old value as oldValue and no value (UNCONFIRMED:
 * early runtimes were reported to put an object in `value` here; the emulator leaves it out).
 */
export function clearCells(wb: Workbook, sheetName: string, a1: string, ctx: EditContext): UserEdit {
  const sheet = wb.requireSheet(sheetName);
  const rect = parseA1(a1, sheet);
  refuseProtected(sheet, rect, ctx);
  const single = rect.numRows === 1 && rect.numColumns === 1;
  const oldValue = single ? eventValue(getCell(sheet, rect.row, rect.column), wb, ctx.dates) : undefined;
  clearRect(sheet, rect, { contents: true });
  select(wb, sheet, rect);
  return { sheetName: sheet.name, rect, ...(single ? { values: valueFields(undefined, oldValue) } : {}) };
}
