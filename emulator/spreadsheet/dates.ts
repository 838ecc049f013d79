// Date ↔ spreadsheet serial number in an IANA time zone, independent of the host's time zone.

/** Milliseconds per day. */
export const DAY_MS = 86_400_000;
/** Day 0 of Sheets' serial numbers (1899-12-30) as a UTC wall-clock instant. */
const EPOCH_WALL_MS = Date.UTC(1899, 11, 30);

const formatters = new Map<string, Intl.DateTimeFormat>();
/** Offsets are cached per 15-minute bucket: every modern zone changes offset on a quarter hour. */
const offsetCache = new Map<string, Map<number, number>>();
const BUCKET_MS = 15 * 60 * 1000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      era: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True if `timeZone` is an IANA zone that Intl knows. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

function computeOffset(instantMs: number, timeZone: string): number {
  const whole = Math.floor(instantMs / 1000) * 1000;
  const parts = formatterFor(timeZone).formatToParts(new Date(whole));
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const p = parts.find((x) => x.type === type);
    return p ? Number(p.value) : 0;
  };
  let year = get("year");
  const era = parts.find((x) => x.type === "era")?.value ?? "AD";
  if (era.startsWith("B")) year = 1 - year;
  const wall = Date.UTC(year, get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  // Date.UTC maps years 0–99 to 1900–1999; correct for them.
  const fixed =
    year >= 0 && year < 100 ? new Date(wall).setUTCFullYear(year, get("month") - 1, get("day")) : wall;
  return fixed - whole;
}

/** Offset (wall clock minus UTC, in ms) of `timeZone` at the given instant. */
export function zoneOffsetMs(instantMs: number, timeZone: string): number {
  let cache = offsetCache.get(timeZone);
  if (!cache) {
    cache = new Map();
    offsetCache.set(timeZone, cache);
  }
  const bucket = Math.floor(instantMs / BUCKET_MS);
  let offset = cache.get(bucket);
  if (offset === undefined) {
    offset = computeOffset(bucket * BUCKET_MS, timeZone);
    if (cache.size > 100_000) cache.clear();
    cache.set(bucket, offset);
  }
  return offset;
}

/** The instant whose wall clock in `timeZone` reads `wallMs` (a UTC-encoded wall-clock time). */
export function wallToInstant(wallMs: number, timeZone: string): number {
  // Two rounds of fixed-point iteration settle the offset, DST gaps included (they move forward).
  let instant = wallMs - zoneOffsetMs(wallMs, timeZone);
  instant = wallMs - zoneOffsetMs(instant, timeZone);
  return instant;
}

/** The wall clock (UTC-encoded) of an instant in `timeZone`. */
export function instantToWall(instantMs: number, timeZone: string): number {
  return instantMs + zoneOffsetMs(instantMs, timeZone);
}

/**
 * A JS Date as the serial number Sheets stores: days since 1899-12-30 00:00 on the wall clock of
 * the spreadsheet's time zone (reference/spreadsheet/spreadsheet#getspreadsheettimezone).
 */
export function dateToSerial(date: Date, timeZone: string): number {
  const wall = instantToWall(date.getTime(), timeZone);
  return (wall - EPOCH_WALL_MS) / DAY_MS;
}

/** A serial number of a cell back to the instant it denotes in the spreadsheet's time zone. */
export function serialToDate(serial: number, timeZone: string): Date {
  const wall = EPOCH_WALL_MS + Math.round(serial * DAY_MS);
  return new Date(wallToInstant(wall, timeZone));
}

/** Calendar parts of a serial number (no time zone involved: a serial is already wall-clock). */
export interface SerialParts {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  weekday: number; // 0 = Sunday
}

/** Splits a serial into calendar and clock parts. */
export function serialParts(serial: number): SerialParts {
  const d = new Date(EPOCH_WALL_MS + Math.round(serial * DAY_MS));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
    weekday: d.getUTCDay(),
  };
}

/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Days since 1970-01-01 of a proleptic Gregorian date (pure arithmetic: hot in bulk typing). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The serial of a calendar date and clock time (wall clock, so no zone needed). */
export function partsToSerial(year: number, month: number, day: number, h = 0, m = 0, s = 0): number {
  return daysFromCivil(year, month, day) + UNIX_EPOCH_SERIAL + (h * 3600 + m * 60 + s) / 86400;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True if year-month-day is a real calendar date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const max = month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 31);
  return day <= max;
}
