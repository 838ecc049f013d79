// How Sheets reads a string written as if typed (setValue/setValues/appendRow, and a person in the grid: user-edits.ts).

import { ScriptError } from "../runtime";
import { dateToSerial, isCalendarDate, partsToSerial, serialParts } from "./dates";
import { EN_MONTHS, ES_MONTHS, isDateTimeFormat, type LocaleProfile, TEXT_FORMAT } from "./format";
import {
  type CellState,
  ensureCell,
  getCell,
  MAX_CELL_CHARS,
  pruneCell,
  type Scalar,
  type SheetState,
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
  /** The spreadsheet locale's rules (Workbook.profile()). */
  profile: LocaleProfile;
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
 * Reads a date-looking string, day and month in the locale's order: "28/05/2019", "28/5/19", "28/5",
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
  const profile = ctx.profile;
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
export function checkLength(s: string): void {
  if (s.length > MAX_CELL_CHARS) {
    // UNCONFIRMED wording; the 50,000-character limit itself is in the platform guide.
    throw new ScriptError(
      `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
    );
  }
}

/** Context for writing one value into a cell. */
export interface WriteContext {
  /** The spreadsheet locale's rules (Workbook.profile()). */
  profile: LocaleProfile;
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
        profile: ctx.profile,
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
    if (!isDateTimeFormat(cell.numberFormat)) cell.numberFormat = ctx.profile.dateTimeFormat;
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
