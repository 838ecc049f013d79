// A1 notation ("Hoja 1!A2:C"), range bounds and the rectangle arithmetic of merges and inserted or deleted lines.
import { ScriptError } from "../runtime";
import { MSG } from "./context";
import { columnToLetters, lettersToColumn, type Rect, type SheetState } from "./model";

// ---------------------------------------------------------------------------------------------
// A1 notation.

/**
 * A range's rectangle, and for a reference with open ends ("A:C", "A2:C", "1:3") the notation it
 * keeps: getA1Notation() gives it back in that shape, not as the cells it covers today.
 */
export type A1Rect = Rect & { notation?: string };

/** The rectangle of an A1 reference on `sheet` ("B2", "A2:C9", open ends "A2:A", "A:C", "1:3"); "Range not found" otherwise. */
export function parseA1(a1: string, sheet: SheetState): A1Rect {
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
  const rect = checkA1Bounds(
    { row: top, column: left, numRows: bottom - top + 1, numColumns: right - left + 1 },
    sheet,
  );
  const notation = colsOpen
    ? `${top}:${bottom}`
    : rb.row === undefined
      ? `${columnToLetters(left)}${rowsOpen ? "" : top}:${columnToLetters(right)}`
      : undefined;
  return notation === undefined ? rect : { ...rect, notation };
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

/** Google's errors for a range given by coordinates that is empty or leaves the sheet. */
export function checkRect(
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

/** Splits "'My sheet'!A1:B2" into sheet name and A1 part. */
export function splitSheetPrefix(a1: string): { sheetName?: string; ref: string } {
  const m = /^(?:'((?:[^']|'')+)'|([^!']+))!(.+)$/.exec(a1.trim());
  if (!m) return { ref: a1 };
  return { sheetName: m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ""), ref: m[3] ?? "" };
}

// ---------------------------------------------------------------------------------------------
// Geometry helpers.

/** True when the two rectangles share a cell. */
export function intersects(a: Rect, b: Rect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.column < b.column + b.numColumns &&
    b.column < a.column + a.numColumns
  );
}

/** True when `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
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

/** A rectangle after lines are inserted or deleted on `axis` at `at`; undefined when it is deleted whole. */
export function shiftRect(rect: Rect, axis: "row" | "column", at: number, count: number): Rect | undefined {
  if (axis === "row") {
    const s = shiftSpan(rect.row, rect.numRows, at, count);
    return s ? { ...rect, row: s[0], numRows: s[1] } : undefined;
  }
  const s = shiftSpan(rect.column, rect.numColumns, at, count);
  return s ? { ...rect, column: s[0], numColumns: s[1] } : undefined;
}

/** A line-keyed map (rows, sizes) after `count` lines are inserted (count>0) or deleted (count<0) at `at`. */
export function shiftKeys<T>(map: Record<number, T>, at: number, count: number): Record<number, T> {
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
