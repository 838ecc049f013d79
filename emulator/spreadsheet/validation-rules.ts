// Whether a cell's content meets its data validation rule: the check behind rejected input, warning marks and the playground's red corner.
import { dateToSerial } from "./dates";
import { type CellState, cellValue, type DataValidationState, getCell, type Workbook } from "./model";

/**
 * What a person is told when a rule that rejects input (allowInvalid false) refuses it: the rule's
 * help text when set (reference/spreadsheet/data-validation-builder#sethelptexthelptext).
 * UNCONFIRMED: Sheets' own wording without help text; this is the emulator's.
 */
export function rejectionMessage(dv: DataValidationState): string {
  return dv.helpText ?? "Input must fall within the specified range";
}

function argDate(arg: unknown): number | undefined {
  if (arg && typeof arg === "object" && "date" in arg && typeof arg.date === "number") return arg.date;
  return undefined;
}

/** True when a cell satisfies a data validation rule (the criteria the emulator knows). */
export function satisfiesValidation(dv: DataValidationState, cell: CellState, workbook: Workbook): boolean {
  const v = cell.value;
  if (v === undefined && cell.formula === undefined) return true;
  const tz = workbook.timeZone;
  const asDate = (): number | undefined => {
    const cv = cellValue(cell, tz);
    return cv instanceof Date ? cv.getTime() : undefined;
  };
  switch (dv.criteria) {
    case "VALUE_IN_LIST": {
      const list = (dv.args[0] as unknown[] | undefined) ?? [];
      return list.some((item) => String(item) === String(v));
    }
    case "VALUE_IN_RANGE": {
      const spec = dv.args[0] as {
        range?: { sheetId: number; row: number; column: number; numRows: number; numColumns: number };
      };
      const r = spec?.range;
      const sheet = r ? workbook.sheetById(r.sheetId) : undefined;
      if (!r || !sheet) return false;
      for (let i = 0; i < r.numRows; i++)
        for (let j = 0; j < r.numColumns; j++) {
          const c = getCell(sheet, r.row + i, r.column + j);
          if (c?.value !== undefined && String(c.value) === String(v)) return true;
        }
      return false;
    }
    case "CHECKBOX":
      return typeof v === "boolean";
    case "DATE_IS_VALID_DATE":
      return asDate() !== undefined;
    case "DATE_AFTER":
    case "DATE_BEFORE":
    case "DATE_ON_OR_AFTER":
    case "DATE_ON_OR_BEFORE":
    case "DATE_EQUAL_TO":
    case "DATE_BETWEEN":
    case "DATE_NOT_BETWEEN": {
      const t = asDate();
      if (t === undefined) return false;
      // Compare calendar days in the spreadsheet's zone.
      const day = (ms: number): number => Math.floor(dateToSerial(new Date(ms), tz));
      const a = argDate(dv.args[0]);
      const b = argDate(dv.args[1]);
      const x = day(t);
      const da = a === undefined ? x : day(a);
      const db = b === undefined ? x : day(b);
      if (dv.criteria === "DATE_AFTER") return x > da;
      if (dv.criteria === "DATE_BEFORE") return x < da;
      if (dv.criteria === "DATE_ON_OR_AFTER") return x >= da;
      if (dv.criteria === "DATE_ON_OR_BEFORE") return x <= da;
      if (dv.criteria === "DATE_EQUAL_TO") return x === da;
      if (dv.criteria === "DATE_BETWEEN") return x >= da && x <= db;
      return x < da || x > db;
    }
    case "NUMBER_BETWEEN":
      return typeof v === "number" && v >= Number(dv.args[0]) && v <= Number(dv.args[1]);
    case "NUMBER_GREATER_THAN":
      return typeof v === "number" && v > Number(dv.args[0]);
    case "NUMBER_LESS_THAN":
      return typeof v === "number" && v < Number(dv.args[0]);
    case "TEXT_IS_VALID_EMAIL":
      return typeof v === "string" && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v);
    default:
      return true;
  }
}
