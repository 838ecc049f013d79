// TextFinder: finds and replaces text in a range, a sheet or every sheet, row by row, on what the cells display (or their formulas).
import { ScriptError } from "../runtime";
import { badParams, type Ctx, MSG, REQ } from "./context";
import { displayText, type LocaleProfile } from "./format";
import type { CellState, Rect, SheetState } from "./model";
import { checkWritable } from "./protection";
import { RangeImpl } from "./range";
import { compilePattern, hasMatch, type MatchOptions, replaceMatches } from "./text-match";
import { checkInput, writeInput } from "./typing";

/** Where a finder searches: one range, one sheet, or every sheet in tab order. */
export type TextFinderScope =
  | { readonly kind: "range"; readonly sheetId: number; readonly rect: Rect }
  | { readonly kind: "sheet"; readonly sheetId: number }
  | { readonly kind: "spreadsheet" };

/** One cell of the workbook. */
interface CellRef {
  sheetId: number;
  row: number;
  column: number;
}

/** A cell that has something to search, with the text searched. */
interface Searched extends CellRef {
  sheet: SheetState;
  text: string;
}

/** A cell of the scope met in search order, with its place in that order (sheet position, row, column). */
interface Candidate extends Searched {
  key: [number, number, number];
}

type FinderOptions = MatchOptions & { matchFormulaText: boolean };

/**
 * Range.createTextFinder, Sheet.createTextFinder and Spreadsheet.createTextFinder
 * (reference/spreadsheet/range#createtextfinderfindtext, …/sheet#…, …/spreadsheet#…): the text must
 * be a string. UNCONFIRMED: the reference does not say what an empty search text does; it is
 * refused here (strict), since it would match every cell.
 */
export function newTextFinder(
  ctx: Ctx,
  scope: TextFinderScope,
  findText: unknown,
  method: string,
): TextFinderImpl {
  if (typeof findText !== "string") throw badParams(method, [findText]);
  if (findText === "") throw new ScriptError("Invalid argument: findText");
  return new TextFinderImpl(ctx, scope, findText);
}

/**
 * reference/spreadsheet/text-finder. Cells are visited row by row, left to right, top to bottom,
 * sheet after sheet in tab order for a spreadsheet. What is searched is the text a cell displays
 * (Range.getDisplayValue: "1,000.5" for 1000.5 under "#,##0.0" in es_PA, not "1000.5"); with
 * matchFormulaText(true) a formula cell is searched in its formula text ("=SUM(A1:A3)").
 *
 * UNCONFIRMED choices (no primary source), stricter where there was a choice:
 * - A formula cell without matchFormulaText never matches: Google matches the value it displays,
 *   which this emulator, having no formula engine, cannot compute. Empty cells never match.
 * - findNext and findPrevious do not wrap around; a search that finds nothing returns null and
 *   leaves the current match where it was. A new finder (or one just given startFrom) has no
 *   current match, and findPrevious before any findNext returns null.
 * - startFrom(range): the search goes on after the range's last cell (its bottom-right corner) in
 *   search order; a range on another sheet than a sheet's or range's finder is refused.
 * - findAll and replaceAllWith work on the whole scope, whatever the current match or startFrom,
 *   and leave the current match unchanged.
 * - replaceWith with no current match throws (strict); with a current match that no longer
 *   matches, it replaces nothing and returns 0.
 * - Both replace methods return the number of occurrences replaced (several in one cell count
 *   each); the new text is written as if typed, like setValue ("5" becomes a number, a leading "="
 *   a formula, unless the cell is formatted as plain text "@"), and an over-long result throws
 *   before anything is written.
 */
export class TextFinderImpl {
  private readonly options: FinderOptions = {
    matchCase: false,
    matchEntireCell: false,
    useRegularExpression: false,
    ignoreDiacritics: false,
    matchFormulaText: false,
  };
  /** The cell the search goes on from: the current match, or the corner given to startFrom. */
  private cursor: CellRef | undefined;
  private current: CellRef | undefined;

  constructor(
    private readonly ctx: Ctx,
    private readonly scope: TextFinderScope,
    private readonly findText: string,
  ) {}

  toString(): string {
    return "TextFinder";
  }

  private enter(method: string): void {
    this.ctx.rt.enter(`TextFinder.${method}`, REQ);
  }

  // --- options ----------------------------------------------------------------------------

  private setOption(method: keyof FinderOptions, value: unknown): TextFinderImpl {
    this.enter(method);
    if (typeof value !== "boolean") throw badParams(`TextFinder.${method}`, [value]);
    this.options[method] = value;
    return this;
  }
  ignoreDiacritics(ignoreDiacritics: boolean): TextFinderImpl {
    return this.setOption("ignoreDiacritics", ignoreDiacritics);
  }
  matchCase(matchCase: boolean): TextFinderImpl {
    return this.setOption("matchCase", matchCase);
  }
  matchEntireCell(matchEntireCell: boolean): TextFinderImpl {
    return this.setOption("matchEntireCell", matchEntireCell);
  }
  matchFormulaText(matchFormulaText: boolean): TextFinderImpl {
    return this.setOption("matchFormulaText", matchFormulaText);
  }
  useRegularExpression(useRegEx: boolean): TextFinderImpl {
    return this.setOption("useRegularExpression", useRegEx);
  }
  startFrom(startRange: RangeImpl): TextFinderImpl {
    this.enter("startFrom");
    if (!(startRange instanceof RangeImpl)) throw badParams("TextFinder.startFrom", [startRange]);
    this.ctx.sheetState(startRange.sheetId);
    if (this.scope.kind !== "spreadsheet" && startRange.sheetId !== this.scope.sheetId) {
      // UNCONFIRMED wording and behaviour (strict).
      throw new ScriptError("Invalid argument: startRange (it is not on the sheet being searched)");
    }
    const { row, column, numRows, numColumns } = startRange.rect;
    this.cursor = { sheetId: startRange.sheetId, row: row + numRows - 1, column: column + numColumns - 1 };
    this.current = undefined;
    return this;
  }

  // --- finding ----------------------------------------------------------------------------

  findAll(): RangeImpl[] {
    this.enter("findAll");
    const pattern = this.pattern();
    const out: RangeImpl[] = [];
    this.visit((c) => {
      if (hasMatch(pattern, c.text, this.options)) out.push(this.rangeOf(c));
      return true;
    });
    return out;
  }

  findNext(): RangeImpl | null {
    this.enter("findNext");
    const pattern = this.pattern();
    const after = this.cursor ? this.orderKey(this.cursor) : undefined;
    let found: Candidate | undefined;
    this.visit((c) => {
      if (after && compareKeys(c.key, after) <= 0) return true;
      if (!hasMatch(pattern, c.text, this.options)) return true;
      found = c;
      return false;
    });
    return found ? this.moveTo(found) : null;
  }

  findPrevious(): RangeImpl | null {
    this.enter("findPrevious");
    const pattern = this.pattern();
    if (!this.cursor) return null;
    const before = this.orderKey(this.cursor);
    let found: Candidate | undefined;
    this.visit((c) => {
      if (compareKeys(c.key, before) >= 0) return false;
      if (hasMatch(pattern, c.text, this.options)) found = c;
      return true;
    });
    return found ? this.moveTo(found) : null;
  }

  getCurrentMatch(): RangeImpl | null {
    this.enter("getCurrentMatch");
    if (!this.current) return null;
    this.ctx.sheetState(this.current.sheetId);
    return this.rangeOf(this.current);
  }

  // --- replacing --------------------------------------------------------------------------

  replaceWith(replaceText: string): number {
    this.enter("replaceWith");
    if (typeof replaceText !== "string") throw badParams("TextFinder.replaceWith", [replaceText]);
    const pattern = this.pattern();
    const current = this.current;
    // UNCONFIRMED wording and behaviour (strict): there is no matched cell to replace in.
    if (!current) throw new ScriptError("There is no current match: call findNext or findPrevious first.");
    const sheet = this.ctx.sheetState(current.sheetId);
    const text = this.textOf(sheet.rows[current.row]?.[current.column], this.ctx.wb.profile());
    if (text === undefined) return 0;
    return this.replaceIn([{ ...current, sheet, text }], pattern, replaceText);
  }

  replaceAllWith(replaceText: string): number {
    this.enter("replaceAllWith");
    if (typeof replaceText !== "string") throw badParams("TextFinder.replaceAllWith", [replaceText]);
    const pattern = this.pattern();
    const cells: Candidate[] = [];
    this.visit((c) => {
      cells.push(c);
      return true;
    });
    return this.replaceIn(cells, pattern, replaceText);
  }

  /** Replaces in every given cell that matches: all lengths are checked before anything is written. */
  private replaceIn(cells: readonly Searched[], pattern: RegExp, replaceText: string): number {
    const edits: { cell: Searched; text: string }[] = [];
    let count = 0;
    for (const cell of cells) {
      const result = replaceMatches(pattern, cell.text, replaceText, this.options);
      if (result.count === 0) continue;
      checkInput(result.text);
      checkWritable(this.ctx, cell.sheet, { row: cell.row, column: cell.column, numRows: 1, numColumns: 1 });
      edits.push({ cell, text: result.text });
      count += result.count;
    }
    if (edits.length === 0) return 0;
    const write = this.ctx.writeCtx();
    for (const { cell, text } of edits) writeInput(cell.sheet, cell.row, cell.column, text, write);
    return count;
  }

  // --- the scope, in search order ---------------------------------------------------------

  private pattern(): RegExp {
    return compilePattern(this.findText, this.options);
  }

  /** The sheets searched, in tab order, with their positions among all sheets. */
  private sheetsInScope(): { sheet: SheetState; position: number }[] {
    const all = this.ctx.wb.state.sheets;
    if (this.scope.kind === "spreadsheet") return all.map((sheet, position) => ({ sheet, position }));
    const sheet = this.ctx.sheetState(this.scope.sheetId);
    return [{ sheet, position: all.indexOf(sheet) }];
  }

  /** Calls `fn` for each cell with searchable text, in search order, until it returns false. */
  private visit(fn: (c: Candidate) => boolean): void {
    const profile = this.ctx.wb.profile();
    const rect = this.scope.kind === "range" ? this.scope.rect : undefined;
    for (const { sheet, position } of this.sheetsInScope()) {
      const lastRow = rect ? rect.row + rect.numRows - 1 : sheet.maxRows;
      const lastColumn = rect ? rect.column + rect.numColumns - 1 : sheet.maxColumns;
      // Integer-like keys come out of Object.keys in ascending order: rows top to bottom, cells left to right.
      for (const rowKey of Object.keys(sheet.rows)) {
        const row = Number(rowKey);
        if ((rect && row < rect.row) || row > lastRow) continue;
        const cells = sheet.rows[row] ?? {};
        for (const columnKey of Object.keys(cells)) {
          const column = Number(columnKey);
          if ((rect && column < rect.column) || column > lastColumn) continue;
          const text = this.textOf(cells[column], profile);
          if (text === undefined) continue;
          const key: [number, number, number] = [position, row, column];
          if (!fn({ sheetId: sheet.sheetId, row, column, sheet, text, key })) return;
        }
      }
    }
  }

  /** The text a cell is searched in; undefined when it has none (empty, or a formula not searched as text). */
  private textOf(cell: CellState | undefined, profile: LocaleProfile): string | undefined {
    if (!cell) return undefined;
    if (cell.formula !== undefined) return this.options.matchFormulaText ? cell.formula : undefined;
    if (cell.value === undefined) return undefined;
    return displayText(cell.value, cell.numberFormat, profile);
  }

  private orderKey(ref: CellRef): [number, number, number] {
    const position = this.ctx.wb.state.sheets.findIndex((s) => s.sheetId === ref.sheetId);
    if (position < 0) throw new ScriptError(MSG.sheetDeleted);
    return [position, ref.row, ref.column];
  }

  private moveTo(c: CellRef): RangeImpl {
    const ref = { sheetId: c.sheetId, row: c.row, column: c.column };
    this.cursor = ref;
    this.current = ref;
    return this.rangeOf(ref);
  }

  private rangeOf(c: CellRef): RangeImpl {
    return new RangeImpl(this.ctx, c.sheetId, { row: c.row, column: c.column, numRows: 1, numColumns: 1 });
  }
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
