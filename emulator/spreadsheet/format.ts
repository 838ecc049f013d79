// Spreadsheet locales and number formats: which formats are dates, and the text Sheets shows for a value.

import { serialParts } from "./dates";

/** What a spreadsheet locale changes in typing and display. */
export interface LocaleProfile {
  decimal: string;
  group: string;
  /** Order of day and month in slash dates typed or shown. */
  dayFirst: boolean;
  months: readonly string[];
  monthsShort: readonly string[];
  days: readonly string[];
  daysShort: readonly string[];
  trueText: string;
  falseText: string;
  /** Number format Sheets gives a typed date, a typed date-time, a typed time. */
  dateFormat: string;
  dateTimeFormat: string;
  timeFormat: string;
}

/** Month and day names the emulated locales print; shared by display, typed-date parsing and Utilities. */
export const ES_MONTHS = [
  "enero",
  "febrero",
  "marzo",
  "abril",
  "mayo",
  "junio",
  "julio",
  "agosto",
  "septiembre",
  "octubre",
  "noviembre",
  "diciembre",
] as const;
const ES_MONTHS_SHORT = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"];
const ES_DAYS = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"];
const ES_DAYS_SHORT = ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"];
export const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const EN_DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const SPANISH_BASE = {
  dayFirst: true,
  months: ES_MONTHS,
  monthsShort: ES_MONTHS_SHORT,
  days: ES_DAYS,
  daysShort: ES_DAYS_SHORT,
  // UNCONFIRMED: Sheets localizes booleans in display for Spanish locales (VERDADERO/FALSO).
  trueText: "VERDADERO",
  falseText: "FALSO",
  dateFormat: "d/M/yyyy",
  dateTimeFormat: "d/M/yyyy H:mm:ss",
  timeFormat: "H:mm:ss",
} as const;

/**
 * es_PA: "." decimal and "," grouping as in Panama. UNCONFIRMED: the order of day and month. CLDR's
 * es-PA short date is month-first ("05/28/19"), unlike es-ES, and what Sheets does for es_PA is
 * unpublished (platform guide, Spreadsheet). The default follows the project's choice, day first
 * as staff type "28/05/2019"; the spreadsheet option `esPaDateOrder: "month-first"` (EsPaDateOrder)
 * gives ES_PA_MONTH_FIRST instead, so the add-on can be tested under both.
 */
const LOCALES: Record<string, LocaleProfile> = {
  es_PA: { ...SPANISH_BASE, decimal: ".", group: "," },
  es_419: { ...SPANISH_BASE, decimal: ".", group: "," },
  es: { ...SPANISH_BASE, decimal: ",", group: "." },
  es_ES: { ...SPANISH_BASE, decimal: ",", group: "." },
  en_US: {
    decimal: ".",
    group: ",",
    dayFirst: false,
    months: EN_MONTHS,
    monthsShort: EN_MONTHS.map((m) => m.slice(0, 3)),
    days: EN_DAYS,
    daysShort: EN_DAYS.map((d) => d.slice(0, 3)),
    trueText: "TRUE",
    falseText: "FALSE",
    dateFormat: "M/d/yyyy",
    dateTimeFormat: "M/d/yyyy H:mm:ss",
    timeFormat: "h:mm:ss am/pm",
  },
};

/**
 * The order of day and month that the emulated es_PA spreadsheet reads in typed slash dates
 * ("05/06/2019") and uses in the date formats it applies to them. UNCONFIRMED (see LOCALES).
 */
export type EsPaDateOrder = "day-first" | "month-first";

/**
 * es_PA read month first, as CLDR's es-PA short date is: "05/06/2019" is 6 May, "28/05/2019" is no
 * date (it stays text), and the formats Sheets applies to a typed date put the month first too.
 * UNCONFIRMED, like the day-first default.
 */
const ES_PA_MONTH_FIRST: LocaleProfile = {
  ...SPANISH_BASE,
  decimal: ".",
  group: ",",
  dayFirst: false,
  dateFormat: "M/d/yyyy",
  dateTimeFormat: "M/d/yyyy H:mm:ss",
};

/** Locales the emulator knows. */
export const SUPPORTED_LOCALES: readonly string[] = Object.keys(LOCALES);

/**
 * The profile of a locale; unknown locales are refused by the callers that set them. `esPaDateOrder`
 * matters only for es_PA (default "day-first", the project's choice).
 */
export function localeProfile(locale: string, esPaDateOrder: EsPaDateOrder = "day-first"): LocaleProfile {
  if (locale === "es_PA" && esPaDateOrder === "month-first") return ES_PA_MONTH_FIRST;
  const p = LOCALES[locale] ?? LOCALES[locale.split("_")[0] ?? ""];
  if (!p) throw new Error(`Locale not supported by the emulator: ${locale}`);
  return p;
}

/** Apps Script's getNumberFormat() for a cell whose format was never set. */
export const AUTOMATIC_FORMAT = "0.###############";
/** The plain-text number format. */
export const TEXT_FORMAT = "@";

const dateKindCache = new Map<string, boolean>();

/** Strips quoted literals, escapes and [colour]/[$…] brackets from a format section. */
function stripLiterals(format: string): string {
  return format
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/\[[^\]]*\]/g, "");
}

/**
 * True when a number format shows dates or times (its tokens include d, m, y, h or s), so a number
 * under it reads back from getValues() as a Date (reference/spreadsheet/range#getvalues).
 */
export function isDateTimeFormat(format: string | undefined): boolean {
  if (!format || format === TEXT_FORMAT) return false;
  let known = dateKindCache.get(format);
  if (known === undefined) {
    const first = stripLiterals(format.split(";")[0] ?? "");
    known = /[dmyhs]/i.test(first.replace(/am\/pm|a\/p/gi, ""));
    dateKindCache.set(format, known);
  }
  return known;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}

type DateToken = { kind: "lit"; text: string } | { kind: "tok"; text: string };

function tokenizeDate(format: string): DateToken[] {
  const out: DateToken[] = [];
  let i = 0;
  while (i < format.length) {
    const ch = format[i] ?? "";
    if (ch === '"') {
      const end = format.indexOf('"', i + 1);
      const stop = end < 0 ? format.length : end;
      out.push({ kind: "lit", text: format.slice(i + 1, stop) });
      i = stop + 1;
      continue;
    }
    if (ch === "\\") {
      out.push({ kind: "lit", text: format[i + 1] ?? "" });
      i += 2;
      continue;
    }
    if (ch === "[") {
      const end = format.indexOf("]", i);
      i = end < 0 ? format.length : end + 1;
      continue;
    }
    const rest = format.slice(i);
    const ampm = /^(am\/pm|a\/p)/i.exec(rest);
    if (ampm) {
      out.push({ kind: "tok", text: ampm[0].toLowerCase() });
      i += ampm[0].length;
      continue;
    }
    const lower = ch.toLowerCase();
    if ("dmyhs".includes(lower)) {
      let j = i;
      while (j < format.length && (format[j] ?? "").toLowerCase() === lower) j++;
      out.push({ kind: "tok", text: lower.repeat(j - i) });
      i = j;
      continue;
    }
    out.push({ kind: "lit", text: ch });
    i++;
  }
  return out;
}

/** Renders a serial number under a date/time format (Sheets API guides/formats, date tokens). */
export function formatDateSerial(serial: number, format: string, profile: LocaleProfile): string {
  const p = serialParts(serial);
  const tokens = tokenizeDate(stripSectionForDate(format));
  const twelveHour = tokens.some((t) => t.kind === "tok" && t.text.startsWith("a"));
  let out = "";
  tokens.forEach((t, idx) => {
    if (t.kind === "lit") {
      out += t.text;
      return;
    }
    const c = t.text[0];
    const n = t.text.length;
    if (c === "d") {
      if (n === 1) out += p.day;
      else if (n === 2) out += pad(p.day, 2);
      else if (n === 3) out += profile.daysShort[p.weekday] ?? "";
      else out += profile.days[p.weekday] ?? "";
    } else if (c === "y") {
      out += n <= 2 ? pad(p.year % 100, 2) : String(p.year);
    } else if (c === "h") {
      const h = twelveHour ? ((p.hour + 11) % 12) + 1 : p.hour;
      out += n >= 2 ? pad(h, 2) : String(h);
    } else if (c === "s") {
      out += n >= 2 ? pad(p.second, 2) : String(p.second);
    } else if (c === "a") {
      const am = p.hour < 12;
      out += t.text === "a/p" ? (am ? "a" : "p") : am ? "AM" : "PM";
    } else if (c === "m") {
      // "m"/"mm" mean minutes right after an hour token or right before a seconds token.
      const prev = findTok(tokens, idx, -1);
      const next = findTok(tokens, idx, 1);
      const minute = n <= 2 && (prev?.startsWith("h") || next?.startsWith("s"));
      if (minute) out += n === 2 ? pad(p.minute, 2) : String(p.minute);
      else if (n === 1) out += p.month;
      else if (n === 2) out += pad(p.month, 2);
      else if (n === 3) out += profile.monthsShort[p.month - 1] ?? "";
      else if (n === 4) out += profile.months[p.month - 1] ?? "";
      else out += (profile.months[p.month - 1] ?? "").slice(0, 1);
    }
  });
  return out;
}

function findTok(tokens: DateToken[], from: number, step: number): string | undefined {
  for (let i = from + step; i >= 0 && i < tokens.length; i += step) {
    const t = tokens[i];
    if (t?.kind === "tok") return t.text;
  }
  return undefined;
}

function stripSectionForDate(format: string): string {
  return format.split(";")[0] ?? format;
}

/** Sheets' automatic ("General") rendering of a number: up to 10 significant digits. */
export function formatAutomatic(n: number, profile: LocaleProfile): string {
  if (!Number.isFinite(n)) return "#NUM!";
  if (n === 0) return "0";
  const abs = Math.abs(n);
  if (abs >= 1e15 || abs < 1e-9) {
    const [mant = "0", exp = "0"] = n.toExponential().split("e");
    const m = Number(Number(mant).toPrecision(3)).toString();
    const e = Number(exp);
    return `${m.replace(".", profile.decimal)}E${e < 0 ? "-" : "+"}${pad(Math.abs(e), 2)}`;
  }
  return String(Number(n.toPrecision(10))).replace(".", profile.decimal);
}

/** Renders a number under a numeric format such as "0", "#,##0", "0.00", "0%", "$#,##0.00". */
export function formatNumber(n: number, format: string, profile: LocaleProfile): string {
  const sections = splitSections(format);
  let section = sections[0] ?? "";
  let value = n;
  if (n < 0 && sections.length > 1) {
    section = sections[1] ?? section;
    value = -n;
  } else if (n === 0 && sections.length > 2) {
    section = sections[2] ?? section;
  }
  // Split the section into literal prefix, numeric pattern and literal suffix.
  const m = /[#0?][#0?,.]*(?:[eE][+-][0#]+)?/.exec(stripQuotedForScan(section));
  if (!m) return literalText(section);
  const prefix = literalText(section.slice(0, m.index));
  const suffix = literalText(section.slice(m.index + m[0].length));
  const pattern = m[0];
  if (section.includes("%")) value *= 100;
  const negative = value < 0 && sections.length === 1;
  const abs = Math.abs(value);
  const [intPat = "", fracPat = ""] = pattern.replace(/[eE].*$/, "").split(".");
  const grouping = intPat.includes(",");
  const minInt = (intPat.match(/0/g) ?? []).length;
  const minFrac = (fracPat.match(/0/g) ?? []).length;
  const maxFrac = (fracPat.match(/[0#?]/g) ?? []).length;
  const expMatch = /[eE]([+-])([0#]+)/.exec(pattern);
  let body: string;
  if (expMatch) {
    const exp = abs === 0 ? 0 : Math.floor(Math.log10(abs));
    const mant = abs / 10 ** exp;
    body = `${renderFixed(mant, minInt, minFrac, maxFrac, false, profile)}E${exp < 0 ? "-" : "+"}${pad(Math.abs(exp), (expMatch[2] ?? "0").length)}`;
  } else {
    body = renderFixed(abs, minInt, minFrac, maxFrac, grouping, profile);
  }
  // A value that rounds to zero shows no minus sign.
  const sign = negative && /[1-9]/.test(body) ? "-" : "";
  return `${sign}${prefix}${body}${suffix}`;
}

function renderFixed(
  abs: number,
  minInt: number,
  minFrac: number,
  maxFrac: number,
  grouping: boolean,
  profile: LocaleProfile,
): string {
  const fixed = abs.toFixed(maxFrac);
  let [intPart = "0", frac = ""] = fixed.split(".");
  while (frac.length > minFrac && frac.endsWith("0")) frac = frac.slice(0, -1);
  if (intPart === "0" && minInt === 0) intPart = "";
  intPart = intPart.padStart(minInt, "0");
  if (grouping) intPart = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, profile.group);
  return frac ? `${intPart}${profile.decimal}${frac}` : intPart;
}

function splitSections(format: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i] ?? "";
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
      continue;
    }
    cur += ch;
    if (ch === "\\" && i + 1 < format.length) cur += format[++i] ?? "";
  }
  out.push(cur);
  return out;
}

/** Replaces quoted text and escapes with spaces so the numeric pattern is found at the right index. */
function stripQuotedForScan(section: string): string {
  return section
    .replace(/"[^"]*"/g, (s) => " ".repeat(s.length))
    .replace(/\\./g, "  ")
    .replace(/\[[^\]]*\]/g, (s) => " ".repeat(s.length));
}

function literalText(s: string): string {
  return s
    .replace(/\[\$([^\]-]*)[^\]]*\]/g, "$1")
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"([^"]*)"/g, "$1")
    .replace(/\\(.)/g, "$1")
    .replace(/_./g, " ")
    .replace(/\*./g, "");
}

/**
 * The text Sheets displays for a stored value under a number format (getDisplayValue,
 * reference/spreadsheet/range#getdisplayvalue). Dates are stored as serial numbers.
 */
export function displayText(
  value: number | string | boolean | undefined,
  numberFormat: string | undefined,
  profile: LocaleProfile,
): string {
  if (value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? profile.trueText : profile.falseText;
  if (typeof value === "string") {
    // A text section (4th, or any containing @) wraps strings: only "@" alone is common here.
    return value;
  }
  if (!numberFormat || numberFormat === TEXT_FORMAT || numberFormat === AUTOMATIC_FORMAT) {
    return formatAutomatic(value, profile);
  }
  if (isDateTimeFormat(numberFormat)) return formatDateSerial(value, numberFormat, profile);
  if (/^general$/i.test(numberFormat)) return formatAutomatic(value, profile);
  return formatNumber(value, numberFormat, profile);
}
