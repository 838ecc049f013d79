// How Sheets reads a string written as if typed (setValue/setValues/appendRow and the user in the grid).

import { ScriptError } from "../runtime";
import { dateToSerial, isCalendarDate, partsToSerial, serialParts } from "./dates";
import {
  EN_MONTHS,
  ES_MONTHS,
  isDateTimeFormat,
  type LocaleProfile,
  localeProfile,
  TEXT_FORMAT,
} from "./format";
import {
  type CellState,
  cellValue,
  type DataValidationState,
  ensureCell,
  getCell,
  MAX_CELL_CHARS,
  pruneCell,
  type Scalar,
  type SheetState,
  type Workbook,
} from "./model";

/** What a typed string turns into. */
export interface TypedResult {
  /** Stored value; absent for an empty cell or a formula (the emulator has no formula engine). */
  value?: Scalar;
  /** Formula text with its leading "=". */
  formula?: string;
  /** Number format Sheets applies along with the value, when the cell's current one does not fit. */
  numberFormat?: string;
}

/** The context a string is read in. */
export interface TypingContext {
  locale: string;
  timeZone: string;
  /** The clock, for dates typed without a year ("28/5"). */
  now: Date;
  /** The cell's current number format; "@" (plain text) turns all parsing off. */
  currentFormat?: string | undefined;
  /** The current year in the spreadsheet's zone, when the caller already knows it (saves work in bulk writes). */
  currentYear?: number;
}

const MONTH_ALIASES: Record<string, number> = (() => {
  const out: Record<string, number> = {};
  const es = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"];
  const esFull = ES_MONTHS;
  const en = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
  const enFull = EN_MONTHS.map((m) => m.toLowerCase());
  for (const list of [es, esFull, en, enFull]) {
    list.forEach((m, i) => {
      out[m] = i + 1;
    });
  }
  out.sept = 9;
  out.setiembre = 9;
  return out;
})();

function monthFromName(word: string): number | undefined {
  return MONTH_ALIASES[word.toLowerCase().replace(/\.$/, "")];
}

const numberPatterns = new Map<LocaleProfile, RegExp>();

function numberPattern(profile: LocaleProfile): RegExp {
  let re = numberPatterns.get(profile);
  if (!re) {
    const g = escapeRe(profile.group);
    const d = escapeRe(profile.decimal);
    re = new RegExp(
      `^([+-])?(\\$)?([+-])?(\\d{1,3}(?:${g}\\d{3})+|\\d+|(?=${d}\\d))(?:${d}(\\d*))?(?:[eE]([+-]?\\d+))?(%)?$`,
    );
    numberPatterns.set(profile, re);
  }
  return re;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Reads a numeric-looking string: "12", "-2", "+1", "1,000", "1.5", "$2.99", "50%", "1e5"
 * (separators per locale). Returns the number and the format Sheets would give it, or undefined.
 */
export function parseNumber(
  text: string,
  profile: LocaleProfile,
): { n: number; format?: string } | undefined {
  const m = numberPattern(profile).exec(text);
  if (!m) return undefined;
  const [, sign1, dollar, sign2, intPart = "", frac, exp, percent] = m;
  if (sign1 && sign2) return undefined;
  if (exp !== undefined && (dollar || percent)) return undefined;
  const grouped = intPart.includes(profile.group);
  const digits = `${intPart.split(profile.group).join("") || "0"}${frac ? `.${frac}` : ""}${exp !== undefined ? `e${exp}` : ""}`;
  let n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  if ((sign1 ?? sign2) === "-") n = -n;
  const decimals = frac ? frac.length : 0;
  if (percent) return { n: n / 100, format: decimals > 0 ? "0.00%" : "0%" };
  if (dollar) return { n, format: '"$"#,##0.00' };
  if (exp !== undefined) return { n, format: "0.00E+00" };
  if (grouped) return { n, format: decimals > 0 ? "#,##0.00" : "#,##0" };
  return { n };
}

function fullYear(y: string): number {
  const n = Number(y);
  // UNCONFIRMED: two-digit years 00–29 → 2000s, 30–99 → 1900s (the common spreadsheet pivot).
  if (y.length <= 2) return n < 30 ? 2000 + n : 1900 + n;
  return n;
}

function parseTime(text: string): { h: number; m: number; s: number } | undefined {
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm|a\.\s?m\.|p\.\s?m\.)?$/i.exec(text);
  if (!m) return undefined;
  let h = Number(m[1]);
  const min = Number(m[2]);
  const s = m[3] ? Number(m[3]) : 0;
  const ampm = m[4]?.toLowerCase().replace(/[\s.]/g, "");
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    if (ampm === "pm" && h < 12) h += 12;
    if (ampm === "am" && h === 12) h = 0;
  }
  if (h > 23 || min > 59 || s > 59) return undefined;
  return { h, m: min, s };
}

/**
 * Reads a date-looking string (day first for Spanish locales): "28/05/2019", "28/5/19", "28/5",
 * "2019-05-28", "2019-05", "7 may 2019", "mayo 2019", optionally followed by a time.
 * UNCONFIRMED: Sheets' full list of accepted date shapes is unpublished; these are the common ones.
 */
export function parseDate(
  text: string,
  profile: LocaleProfile,
  currentYear: number | { now: Date; timeZone: string },
): { serial: number; kind: "date" | "datetime" | "month" } | undefined {
  let datePart = text;
  let time: { h: number; m: number; s: number } | undefined;
  const split = text.includes(":")
    ? /^(\S+(?:\s+\S+){0,2}?)\s+(\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?\s?m\.?)?)$/i.exec(text)
    : null;
  if (split?.[1] && split[2]) {
    time = parseTime(split[2]);
    if (!time) return undefined;
    datePart = split[1];
  }
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  let kind: "date" | "month" = "date";
  const first = datePart.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    const iso = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(datePart);
    const isoMonth = iso ? null : /^(\d{4})-(\d{1,2})$/.exec(datePart);
    const slash = iso || isoMonth ? null : /^(\d{1,2})[/-](\d{1,2})(?:[/-](\d{2}|\d{4}))?$/.exec(datePart);
    const named =
      iso || isoMonth || slash
        ? null
        : /^(\d{1,2})[\s-]+([a-zA-ZáéíóúÁÉÍÓÚ]+\.?)(?:[\s-]+(\d{4}))?$/.exec(datePart);
    if (iso) {
      y = Number(iso[1]);
      mo = Number(iso[2]);
      d = Number(iso[3]);
    } else if (isoMonth) {
      y = Number(isoMonth[1]);
      mo = Number(isoMonth[2]);
      d = 1;
      kind = "month";
    } else if (slash) {
      const a = Number(slash[1]);
      const b = Number(slash[2]);
      [d, mo] = profile.dayFirst ? [a, b] : [b, a];
      y = slash[3] ? fullYear(slash[3]) : resolveYear(currentYear);
    } else if (named) {
      d = Number(named[1]);
      mo = monthFromName(named[2] ?? "");
      if (mo === undefined) return undefined;
      y = named[3] ? Number(named[3]) : resolveYear(currentYear);
    } else {
      return undefined;
    }
  } else {
    // Month-name first ("mayo 2019", "May 7, 2019"): only worth matching when the first word is a month.
    const word = /^[a-zA-ZáéíóúÁÉÍÓÚ]+\.?/.exec(datePart)?.[0];
    mo = word === undefined ? undefined : monthFromName(word);
    if (mo === undefined) return undefined;
    const monthDay = /^[a-zA-ZáéíóúÁÉÍÓÚ]+\.?\s+(\d{1,2})(?:,\s*(\d{4}))?$/.exec(datePart);
    const monthYear = monthDay ? null : /^[a-zA-ZáéíóúÁÉÍÓÚ]+\.?[\s-]+(\d{4})$/.exec(datePart);
    if (monthDay) {
      d = Number(monthDay[1]);
      y = monthDay[2] ? Number(monthDay[2]) : resolveYear(currentYear);
    } else if (monthYear) {
      d = 1;
      y = Number(monthYear[1]);
      kind = "month";
    } else {
      return undefined;
    }
  }
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  if (!isCalendarDate(y, mo, d)) return undefined;
  const serial = partsToSerial(y, mo, d, time?.h ?? 0, time?.m ?? 0, time?.s ?? 0);
  return { serial, kind: time ? "datetime" : kind };
}

/**
 * Reads `text` as Sheets reads typed input (guides/apps-script-platform.md, Spreadsheet:
 * "setValue/setValues/appendRow parse strings as if typed"). Rules, in order:
 * 1. Cell formatted as plain text "@": the string is stored exactly, no parsing at all.
 * 2. Leading apostrophe: the rest is stored as text; the apostrophe is not part of the value.
 * 3. Leading "=": a formula. The emulator has no formula engine, so the cell's value is empty ("").
 * 4. Leading "+" or "-" that is not a number or date: UNCONFIRMED, strict — read as a formula
 *    ("=" + text), as spreadsheets do for "+A1"/"-A1"; user text must be escaped.
 * 5. TRUE/FALSE (and VERDADERO/FALSO in Spanish locales, UNCONFIRMED), any case: booleans.
 * 6. Numbers, then dates and times per locale. 7. Anything else: the string as written.
 */
export function parseTyped(text: string, ctx: TypingContext): TypedResult {
  if (ctx.currentFormat === TEXT_FORMAT) return text === "" ? {} : { value: text };
  if (text === "") return {};
  if (text.startsWith("'")) {
    const rest = text.slice(1);
    return rest === "" ? {} : { value: rest };
  }
  if (text.startsWith("=")) return { formula: text };
  const profile = localeProfile(ctx.locale);
  const trimmed = text.trim();
  if (trimmed.length <= 10) {
    const upper = trimmed.toUpperCase();
    if (upper === "TRUE" || upper === profile.trueText) return { value: true };
    if (upper === "FALSE" || upper === profile.falseText) return { value: false };
  }
  // Without a digit, text can be neither a number nor a date: skip the costly patterns.
  if (!/\d/.test(trimmed)) return plainText(text);
  const c0 = trimmed.charCodeAt(0);
  const numberish = (c0 >= 48 && c0 <= 57) || "+-$.,".includes(trimmed[0] ?? "");
  const num = numberish ? parseNumber(trimmed, profile) : undefined;
  if (num) {
    const keep = ctx.currentFormat !== undefined && !isDateTimeFormat(ctx.currentFormat);
    return num.format && !keep ? { value: num.n, numberFormat: num.format } : { value: num.n };
  }
  const date = parseDate(trimmed, profile, ctx.currentYear ?? ctx);
  if (date) {
    const fits = isDateTimeFormat(ctx.currentFormat);
    if (fits) return { value: date.serial };
    const format = date.kind === "datetime" ? profile.dateTimeFormat : profile.dateFormat;
    return { value: date.serial, numberFormat: format };
  }
  const time = parseTime(trimmed);
  if (time) {
    const serial = (time.h * 3600 + time.m * 60 + time.s) / 86400;
    return isDateTimeFormat(ctx.currentFormat)
      ? { value: serial }
      : { value: serial, numberFormat: profile.timeFormat };
  }
  return plainText(text);
}

// A plain function rather than a closure per call: parsing runs once per written cell.
function resolveYear(src: number | { now: Date; timeZone: string }): number {
  return typeof src === "number" ? src : currentYearOf(src.now, src.timeZone);
}

/** The calendar year of an instant in a time zone. */
export function currentYearOf(now: Date, timeZone: string): number {
  return serialParts(dateToSerial(now, timeZone)).year;
}

function plainText(text: string): TypedResult {
  if ((text.startsWith("+") || text.startsWith("-")) && text.length > 1) return { formula: `=${text}` };
  return { value: text };
}

/** Error for a string over the per-cell limit. */
function checkLength(s: string): void {
  if (s.length > MAX_CELL_CHARS) {
    // UNCONFIRMED wording; the 50,000-character limit itself is in the platform guide.
    throw new ScriptError(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
}

/** Context for writing one value into a cell. */
export interface WriteContext {
  locale: string;
  timeZone: string;
  now: Date;
  /** See TypingContext.currentYear. */
  currentYear?: number;
}

/** Checks a value given to setValue/setValues/appendRow before anything is written. */
export function checkInput(input: unknown): void {
  if (typeof input === "string") checkLength(input);
  else if (typeof input === "number") {
    // UNCONFIRMED: Sheets cannot hold NaN or Infinity; strict — refuse them.
    if (!Number.isFinite(input)) throw new ScriptError(`Cannot write the number ${input} to a cell.`);
  } else if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) throw new ScriptError("Cannot write an invalid Date to a cell.");
  } else if (input !== null && input !== undefined && typeof input !== "boolean") {
    // UNCONFIRMED: Apps Script writes objects as Java-style text; strict — refuse them.
    throw new ScriptError(
      `Cannot write a value of type ${typeof input} to a cell: write a string, number, boolean or Date.`,
    );
  }
}

/**
 * Writes one script-supplied value (reference/spreadsheet/range#setvaluevalue) into a cell:
 * strings as typed, numbers and booleans as they are, Dates as serials in the spreadsheet's zone
 * with a date-time format, null/undefined/"" empty the cell (formats stay).
 */
export function writeInput(
  sheet: SheetState,
  row: number,
  column: number,
  input: unknown,
  ctx: WriteContext,
): void {
  if (input === null || input === undefined || input === "") {
    const existing = getCell(sheet, row, column);
    if (existing) {
      if (existing.value !== undefined) delete existing.value;
      if (existing.formula !== undefined) delete existing.formula;
      pruneCell(sheet, row, column);
    }
    return;
  }
  const cell = ensureCell(sheet, row, column);
  // `delete` only when needed: deleting from fresh objects makes V8 switch them to slow dictionaries.
  if (cell.formula !== undefined) delete cell.formula;
  if (typeof input === "string") {
    applyTyped(
      cell,
      parseTyped(input, {
        locale: ctx.locale,
        timeZone: ctx.timeZone,
        now: ctx.now,
        currentYear: ctx.currentYear,
        currentFormat: cell.numberFormat,
      }),
    );
    if (cell.value === undefined && cell.formula === undefined) pruneCell(sheet, row, column);
  } else if (typeof input === "number" || typeof input === "boolean") {
    cell.value = input;
  } else if (input instanceof Date) {
    cell.value = dateToSerial(input, ctx.timeZone);
    // UNCONFIRMED: a Date written by a script gets a date-time format unless the cell already has a
    // date/time format. Strict: the add-on must set date formats on date columns itself.
    if (!isDateTimeFormat(cell.numberFormat)) cell.numberFormat = localeProfile(ctx.locale).dateTimeFormat;
  }
}

/** Stores a TypedResult in a cell (value or formula, and the implied number format). */
export function applyTyped(cell: CellState, result: TypedResult): void {
  if (result.value !== undefined) cell.value = result.value;
  else if (cell.value !== undefined) delete cell.value;
  if (result.formula !== undefined) cell.formula = result.formula;
  else if (cell.formula !== undefined) delete cell.formula;
  if (result.numberFormat !== undefined) cell.numberFormat = result.numberFormat;
}

/**
 * A cell's value as an edit event carries it (guides/triggers/events, Edit: `value`/`oldValue`,
 * single-cell edits only, oldValue undefined if the cell was empty). UNCONFIRMED details: the event
 * carries strings — text as stored, numbers (dates as serials) in plain JS notation, booleans as
 * "TRUE"/"FALSE"; formula cells carry undefined (no engine to compute them).
 */
export function eventValue(cell: CellState | undefined): string | undefined {
  const v = cell?.value;
  if (v === undefined) return undefined;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

/** What a user edit hands to onEdit. */
export interface UserEditResult {
  value: string | undefined;
  oldValue: string | undefined;
  sheetName: string;
  row: number;
  column: number;
  /** Set when a rejecting data validation (allowInvalid false) refused the input; nothing changed. */
  rejected?: string;
}

/**
 * A user typing `text` into one cell of the grid: the same rules as setValue, plus data
 * validation that rejects (allowInvalid false) refusing the edit. Returns the edit event's
 * `value`/`oldValue`. Writing "" empties the cell. Uncounted: this is the user, not the script.
 */
export function typeIntoCell(
  workbook: Workbook,
  sheetName: string,
  row: number,
  column: number,
  text: string,
  options: { now?: Date } = {},
): UserEditResult {
  const sheet = workbook.requireSheet(sheetName);
  if (row < 1 || column < 1 || row > sheet.maxRows || column > sheet.maxColumns) {
    throw new Error(`Cell R${row}C${column} is outside sheet "${sheet.name}"`);
  }
  checkLength(text);
  const before = getCell(sheet, row, column);
  const oldValue = eventValue(before);
  const ctx = { locale: workbook.locale, timeZone: workbook.timeZone, now: options.now ?? new Date() };
  const dv = before?.dataValidation;
  if (dv && !dv.allowInvalid && text !== "") {
    const typed = parseTyped(text, { ...ctx, currentFormat: before?.numberFormat });
    const probe: CellState = { ...before, numberFormat: typed.numberFormat ?? before?.numberFormat };
    applyTyped(probe, typed);
    if (!satisfiesValidation(dv, probe, workbook)) {
      // UNCONFIRMED wording of Sheets' rejection dialog; the help text is shown when set.
      const message = dv.helpText ?? "Input must fall within the specified range";
      return { value: oldValue, oldValue, sheetName: sheet.name, row, column, rejected: message };
    }
  }
  writeInput(sheet, row, column, text, ctx);
  return { value: eventValue(getCell(sheet, row, column)), oldValue, sheetName: sheet.name, row, column };
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
