// What Range, RangeList and Sheet write into cells: colours, formats, notes, wrap, formulas, borders, merges and clearing.
import { type EnumValue, isEnumOf } from "../enums";
import { ScriptError } from "../runtime";
import { contains, intersects } from "./a1";
import { badParams, MSG } from "./context";
import { CSS_COLOR_NAMES } from "./css-colors";
import { WrapStrategy } from "./enums";
import {
  type BorderState,
  type CellFormat,
  type CellState,
  getCell,
  pruneCell,
  type Rect,
  type SheetState,
} from "./model";
import type { RangeImpl } from "./range";

// ---------------------------------------------------------------------------------------------
// Colours: Sheets normalizes to lowercase #rrggbb; invalid colours do NOT throw (platform guide).

/** Normalized colour; null for "reset to default"; undefined when invalid (then ignored, UNCONFIRMED). */
export function normalizeColor(input: unknown): string | null | undefined {
  if (input === null || input === undefined) return null;
  if (typeof input !== "string") return undefined;
  const s = input.trim().toLowerCase();
  // Own keys only: "constructor" is no colour.
  if (Object.hasOwn(CSS_COLOR_NAMES, s)) return CSS_COLOR_NAMES[s];
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  if (/^#[0-9a-f]{6}$/.test(s)) return s;
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Clearing.

/** Options of Range.clear / Sheet.clear (reference/spreadsheet/range#clearoptions). */
export interface ClearOptions {
  commentsOnly?: boolean;
  contentsOnly?: boolean;
  formatOnly?: boolean;
  validationsOnly?: boolean;
  skipFilteredRows?: boolean;
}

/** What to clear: contents, formats, notes, validations. */
export interface ClearWhat {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

/**
 * clear() clears contents and formats; clear(options) with no flag set clears everything
 * ("By default all data is cleared"); with flags, only what they name.
 */
export function clearWhat(options: ClearOptions | undefined, plain: boolean): ClearWhat {
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

/** Clears what `what` names from the cells of `rect`, dropping cells left empty. */
export function clearRect(s: SheetState, rect: Rect, what: ClearWhat): void {
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

/** What getters report for a cell without that format. */
export const DEFAULTS = {
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

/** Sets one format field of a cell; null or undefined removes it (back to the default). */
export function setFormatField<K extends keyof CellFormat>(
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

/** Replaces a cell's content with a formula; "" empties it. */
export function setFormulaCell(cell: CellState, formula: string): void {
  delete cell.value;
  delete cell.formula;
  if (formula === "") return;
  // Apps Script accepts formulas with or without the leading "=" and stores them with it.
  cell.formula = formula.startsWith("=") ? formula : `=${formula}`;
}

/** Sets a background or font colour, ignoring an invalid one; the default colour is stored as no colour. */
export function applyColor(cell: CellState, key: "background" | "fontColor", color: unknown): void {
  const c = normalizeColor(color);
  if (c === undefined) return;
  setFormatField(cell, key, c === DEFAULTS[key] ? null : c);
}

/** Sets a cell's note; null or "" removes it. */
export function applyNote(cell: CellState, note: string | null): void {
  if (note === null || note === "") delete cell.note;
  else cell.note = note;
}

/** setWrap(on): wrap on is the WRAP strategy, off is OVERFLOW. */
export function applyWrap(cell: CellState, on: boolean): void {
  setFormatField(cell, "wrap", on);
  setFormatField(cell, "wrapStrategy", on ? "WRAP" : "OVERFLOW");
}

/** setWrapStrategy: the strategy, and wrap on only for WRAP. */
export function applyWrapStrategy(cell: CellState, strategy: EnumValue): void {
  setFormatField(cell, "wrapStrategy", strategy.name());
  setFormatField(cell, "wrap", strategy.name() === "WRAP");
}

/** A cell's WrapStrategy value (OVERFLOW when unset). */
export function wrapEnum(cell: CellState | undefined): EnumValue {
  const name = (cell?.format?.wrapStrategy ?? "OVERFLOW") as keyof typeof WrapStrategy;
  return WrapStrategy[name];
}

/** Refuses a string outside the documented values with the signature error; null passes (reset). */
export function checkChoice(method: string, value: unknown, allowed: readonly string[]): void {
  if (value === null) return;
  // UNCONFIRMED: Apps Script rejects values outside the documented set; strict.
  if (typeof value !== "string" || !allowed.includes(value)) throw badParams(method, [value]);
}

/** Refuses anything but a value of the SpreadsheetApp enum `enumClass` with the signature error. */
export function checkEnum(method: string, value: unknown, enumClass: string): asserts value is EnumValue {
  if (!isEnumOf(value, enumClass)) throw badParams(method, [value]);
}

/** Range/RangeList.setBorder: checks the 6 or 8 arguments, then sets or removes each side of every cell. */
export function applyBorder(range: RangeImpl, s: SheetState, args: unknown[], method: string): void {
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

/** Merges each rectangle, keeping only its top-left content; a merge overlapping one only partly throws. */
export function mergeRects(s: SheetState, rects: Rect[]): void {
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

/** Undoes the merges inside `rect`; a merge overlapping it only partly throws. */
export function breakRect(s: SheetState, rect: Rect): void {
  for (const m of s.merges) {
    if (intersects(m, rect) && !contains(rect, m)) throw new ScriptError(MSG.partialMerge);
  }
  s.merges = s.merges.filter((m) => !contains(rect, m));
}
