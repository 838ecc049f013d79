// Emulated Utilities: formatDate with Java SimpleDateFormat patterns in any time zone, UUIDs, sleep, base64, digests, blobs.
import { createHash, randomUUID } from "node:crypto";
import { enumName, makeEnum, NAMING, signatureChecks } from "./enums";
import { type Runtime, ScriptError } from "./runtime";
import { isValidTimeZone, zoneOffsetMs } from "./spreadsheet/dates";
import { EN_DAYS, EN_MONTHS } from "./spreadsheet/format";

/** Utilities.Charset. https://developers.google.com/apps-script/reference/utilities/charset */
export const CHARSET = makeEnum("Utilities.Charset", ["US_ASCII", "UTF_8"] as const);
/** Utilities.DigestAlgorithm. https://developers.google.com/apps-script/reference/utilities/digest-algorithm */
export const DIGEST_ALGORITHM = makeEnum("Utilities.DigestAlgorithm", [
  "MD2",
  "MD5",
  "SHA_1",
  "SHA_256",
  "SHA_384",
  "SHA_512",
] as const);

const { signatureError } = signatureChecks(NAMING.base);

/** Longest Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)" (reference/utilities/utilities#sleep(Integer)). */
export const MAX_SLEEP_MS = 300_000;

/** A minimal Blob: what the add-on may need from Utilities.newBlob. https://developers.google.com/apps-script/reference/base/blob */
export interface EmulatedBlob {
  getBytes(): number[];
  getDataAsString(charset?: string): string;
  getContentType(): string | null;
  setContentType(contentType: string | null): EmulatedBlob;
  getName(): string | null;
  setName(name: string): EmulatedBlob;
  copyBlob(): EmulatedBlob;
  isGoogleType(): boolean;
}

/** The emulated Utilities global (the subset the project uses). */
export interface EmulatedUtilities {
  readonly Charset: typeof CHARSET;
  readonly DigestAlgorithm: typeof DIGEST_ALGORITHM;
  formatDate(date: unknown, timeZone: unknown, format: unknown): string;
  getUuid(): string;
  sleep(milliseconds: unknown): void;
  base64Encode(data: unknown, charset?: unknown): string;
  base64EncodeWebSafe(data: unknown, charset?: unknown): string;
  base64Decode(encoded: unknown, charset?: unknown): number[];
  base64DecodeWebSafe(encoded: unknown, charset?: unknown): number[];
  computeDigest(algorithm: unknown, value: unknown, charset?: unknown): number[];
  newBlob(data: unknown, contentType?: string, name?: string): EmulatedBlob;
}

/**
 * Creates the Utilities global. Utilities needs no scope and no authorization, so it runs in every
 * auth mode.
 */
export function createUtilities(rt: Runtime): EmulatedUtilities {
  const enter = (method: string) => rt.enter(`Utilities.${method}`, { auth: "NONE" });
  return {
    Charset: CHARSET,
    DigestAlgorithm: DIGEST_ALGORITHM,
    formatDate(date: unknown, timeZone: unknown, format: unknown) {
      enter("formatDate");
      return formatDate(date, timeZone, format);
    },
    getUuid() {
      enter("getUuid");
      // RFC 4122 version 4, lower-case, as Utilities.getUuid returns.
      return randomUUID();
    },
    sleep(milliseconds: unknown) {
      enter("sleep");
      if (typeof milliseconds !== "number" || !Number.isFinite(milliseconds)) {
        throw signatureError("Utilities.sleep", [milliseconds]);
      }
      if (milliseconds > MAX_SLEEP_MS) {
        // UNCONFIRMED wording: the documented maximum is enforced, the message is ours.
        throw new ScriptError(
          `Invalid argument: milliseconds. The maximum allowed value is ${MAX_SLEEP_MS}.`,
        );
      }
      // No real sleep: simulated time moves on.
      rt.waitedMs += Math.max(0, Math.trunc(milliseconds));
    },
    base64Encode(data: unknown, charset?: unknown) {
      enter("base64Encode");
      return toBytes("Utilities.base64Encode", data, charset).toString("base64");
    },
    base64EncodeWebSafe(data: unknown, charset?: unknown) {
      enter("base64EncodeWebSafe");
      return toBytes("Utilities.base64EncodeWebSafe", data, charset)
        .toString("base64")
        .replace(/\+/g, "-")
        .replace(/\//g, "_");
    },
    base64Decode(encoded: unknown, charset?: unknown) {
      enter("base64Decode");
      return decodeBase64("Utilities.base64Decode", encoded, charset, false);
    },
    base64DecodeWebSafe(encoded: unknown, charset?: unknown) {
      enter("base64DecodeWebSafe");
      return decodeBase64("Utilities.base64DecodeWebSafe", encoded, charset, true);
    },
    computeDigest(algorithm: unknown, value: unknown, charset?: unknown) {
      enter("computeDigest");
      const name = enumName(DIGEST_ALGORITHM, algorithm);
      if (name === undefined) throw signatureError("Utilities.computeDigest", [algorithm, value]);
      const nodeName = {
        MD2: undefined,
        MD5: "md5",
        SHA_1: "sha1",
        SHA_256: "sha256",
        SHA_384: "sha384",
        SHA_512: "sha512",
      }[name];
      if (nodeName === undefined) throw new ScriptError("MD2 digests are not supported by the emulator.");
      return toSignedBytes(
        createHash(nodeName)
          .update(toBytes("Utilities.computeDigest", value, charset))
          .digest(),
      );
    },
    newBlob(data: unknown, contentType?: string, name?: string) {
      enter("newBlob");
      return createBlob(rt, toBytes("Utilities.newBlob", data, undefined), contentType ?? null, name ?? null);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// formatDate

// Apps Script formats dates with Java's English names, whatever the spreadsheet's locale.
const MONTHS = EN_MONTHS;
const WEEKDAYS = EN_DAYS;
/** Every letter java.text.SimpleDateFormat knows; any other ASCII letter outside quotes is illegal. */
const PATTERN_LETTERS = "GyYMLwWDdFEuaHkKhmsSzZX";

/**
 * Utilities.formatDate(date, timeZone, format): "Formats date according to specification described
 * in Java SE SimpleDateFormat class" (reference/utilities/utilities#formatDate(Date,String,String)).
 * English month and day names (Java's default locale on Google's servers), computed with Intl for
 * the given zone so the host's TZ never matters.
 * - A non-Date argument throws "The parameters (String,String,String) don't match the method
 *   signature for Utilities.formatDate." (observed message).
 * - An invalid Date, an unknown time zone: UNCONFIRMED — Java would silently use GMT for an
 *   unknown zone; we throw, the stricter choice, so a typo can't pass unnoticed.
 * - An illegal pattern letter throws Java's "Illegal pattern character 'x'".
 */
export function formatDate(date: unknown, timeZone: unknown, format: unknown): string {
  if (!(date instanceof Date) || typeof timeZone !== "string" || typeof format !== "string") {
    throw signatureError("Utilities.formatDate", [date, timeZone, format]);
  }
  const time = date.getTime();
  if (Number.isNaN(time)) throw new ScriptError("Invalid argument: date");
  const zone = parseZone(timeZone);
  const tokens = parsePattern(format);
  const offsetMs = offsetOf(zone, time);
  const wall = new Date(time + offsetMs);
  const fields = calendarFields(wall);
  let out = "";
  for (const token of tokens) {
    out +=
      token.kind === "literal"
        ? token.text
        : formatField(token.letter, token.count, fields, zone, offsetMs, time);
  }
  return out;
}

type Token = { kind: "literal"; text: string } | { kind: "field"; letter: string; count: number };

function parsePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < pattern.length) {
    const c = pattern.charAt(i);
    if (c === "'") {
      if (pattern.charAt(i + 1) === "'") {
        tokens.push({ kind: "literal", text: "'" });
        i += 2;
        continue;
      }
      // Quoted text; '' inside it is one quote.
      let text = "";
      let j = i + 1;
      for (;;) {
        if (j >= pattern.length) throw new ScriptError("Unterminated quote");
        if (pattern.charAt(j) === "'") {
          if (pattern.charAt(j + 1) === "'") {
            text += "'";
            j += 2;
            continue;
          }
          break;
        }
        text += pattern.charAt(j);
        j++;
      }
      tokens.push({ kind: "literal", text });
      i = j + 1;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      if (!PATTERN_LETTERS.includes(c)) throw new ScriptError(`Illegal pattern character '${c}'`);
      let count = 1;
      while (pattern.charAt(i + count) === c) count++;
      tokens.push({ kind: "field", letter: c, count });
      i += count;
      continue;
    }
    tokens.push({ kind: "literal", text: c });
    i++;
  }
  return tokens;
}

type Zone = { kind: "fixed"; offsetMinutes: number; name: string } | { kind: "iana"; id: string };

/** UNCONFIRMED wording (see formatDate). */
const INVALID_TIME_ZONE = "Invalid argument: timeZone";
const knownZones = new Set<string>();

function parseZone(id: string): Zone {
  if (id === "GMT" || id === "UTC") return { kind: "fixed", offsetMinutes: 0, name: id };
  // Java's custom ids: GMT+h, GMT+hh, GMT+hhmm, GMT+hh:mm.
  const custom = /^GMT([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(id);
  if (custom) {
    const hours = Number(custom[2]);
    const minutes = Number(custom[3] ?? "0");
    if (hours > 23 || minutes > 59) throw new ScriptError(INVALID_TIME_ZONE);
    const sign = custom[1] === "-" ? -1 : 1;
    return {
      kind: "fixed",
      offsetMinutes: sign * (hours * 60 + minutes),
      name: gmtName(sign * (hours * 60 + minutes)),
    };
  }
  if (!knownZones.has(id)) {
    if (!isValidTimeZone(id)) throw new ScriptError(INVALID_TIME_ZONE);
    // Intl ignores case; Java's zone ids do not.
    const resolved = new Intl.DateTimeFormat("en-US", { timeZone: id }).resolvedOptions().timeZone;
    if (resolved !== id && resolved.toLowerCase() === id.toLowerCase())
      throw new ScriptError(INVALID_TIME_ZONE);
    knownZones.add(id);
  }
  return { kind: "iana", id };
}

function offsetOf(zone: Zone, time: number): number {
  return zone.kind === "fixed" ? zone.offsetMinutes * 60_000 : zoneOffsetMs(time, zone.id);
}

interface Fields {
  year: number;
  month: number; // 0-11
  day: number;
  hour: number;
  minute: number;
  second: number;
  millis: number;
  weekday: number; // 0 = Sunday
  dayOfYear: number;
}

function calendarFields(wall: Date): Fields {
  const year = wall.getUTCFullYear();
  const startOfYear = Date.UTC(year, 0, 1);
  const startOfDay = Date.UTC(year, wall.getUTCMonth(), wall.getUTCDate());
  return {
    year,
    month: wall.getUTCMonth(),
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millis: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
    dayOfYear: Math.round((startOfDay - startOfYear) / 86_400_000) + 1,
  };
}

/**
 * Week of year and week year as Java's GregorianCalendar computes them for the US locale:
 * weeks start on Sunday and week 1 is the week holding January 1.
 */
function weekOfYear(f: Fields): { week: number; weekYear: number } {
  const dayMs = 86_400_000;
  const today = Date.UTC(f.year, f.month, f.day);
  const weekStart = today - f.weekday * dayMs;
  const nextJan1 = Date.UTC(f.year + 1, 0, 1);
  if (weekStart + 6 * dayMs >= nextJan1) return { week: 1, weekYear: f.year + 1 };
  const jan1Weekday = new Date(Date.UTC(f.year, 0, 1)).getUTCDay();
  return { week: Math.floor((f.dayOfYear - 1 + jan1Weekday) / 7) + 1, weekYear: f.year };
}

function pad(value: number, count: number): string {
  const text = String(Math.abs(value)).padStart(count, "0");
  return value < 0 ? `-${text}` : text;
}

function formatField(
  letter: string,
  count: number,
  f: Fields,
  zone: Zone,
  offsetMs: number,
  time: number,
): string {
  switch (letter) {
    case "G":
      return f.year > 0 ? "AD" : "BC";
    case "y":
    case "Y": {
      const year = letter === "y" ? f.year : weekOfYear(f).weekYear;
      const shown = year > 0 ? year : 1 - year;
      return count === 2 ? pad(shown % 100, 2) : pad(shown, count);
    }
    case "M":
    case "L":
      if (count >= 4) return MONTHS[f.month] ?? "";
      if (count === 3) return (MONTHS[f.month] ?? "").slice(0, 3);
      return pad(f.month + 1, count);
    case "w":
      return pad(weekOfYear(f).week, count);
    case "W": {
      const firstWeekday = (f.weekday - ((f.day - 1) % 7) + 7) % 7;
      return pad(Math.floor((f.day - 1 + firstWeekday) / 7) + 1, count);
    }
    case "D":
      return pad(f.dayOfYear, count);
    case "d":
      return pad(f.day, count);
    case "F":
      return pad(Math.floor((f.day - 1) / 7) + 1, count);
    case "E":
      return count >= 4 ? (WEEKDAYS[f.weekday] ?? "") : (WEEKDAYS[f.weekday] ?? "").slice(0, 3);
    case "u":
      return pad(f.weekday === 0 ? 7 : f.weekday, count);
    case "a":
      return f.hour < 12 ? "AM" : "PM";
    case "H":
      return pad(f.hour, count);
    case "k":
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case "K":
      return pad(f.hour % 12, count);
    case "h":
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case "m":
      return pad(f.minute, count);
    case "s":
      return pad(f.second, count);
    case "S":
      return pad(f.millis, count);
    case "z":
      return zoneName(zone, offsetMs, time, count >= 4);
    case "Z":
      return rfc822Offset(offsetMs);
    case "X":
      return isoOffset(offsetMs, count);
    default:
      throw new ScriptError(`Illegal pattern character '${letter}'`);
  }
}

function gmtName(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(offsetMinutes);
  return `GMT${sign}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
}

/**
 * Zone names come from Intl's English data. Java names most zones by abbreviation ("COT", "JST");
 * Intl only has US abbreviations, so other zones print as Java prints unnamed ones, "GMT+09:00".
 * Known gap; the add-on formats with explicit patterns without `z`.
 */
function zoneName(zone: Zone, offsetMs: number, time: number, long: boolean): string {
  if (zone.kind === "fixed") {
    if (zone.offsetMinutes === 0)
      return long ? (zone.name === "UTC" ? "Coordinated Universal Time" : "Greenwich Mean Time") : zone.name;
    return zone.name;
  }
  const part = new Intl.DateTimeFormat("en-US", { timeZone: zone.id, timeZoneName: long ? "long" : "short" })
    .formatToParts(new Date(time))
    .find((p) => p.type === "timeZoneName")?.value;
  if (!part || /^GMT[+-]/.test(part) || part === "GMT")
    return offsetMs === 0 && part === "GMT" ? "GMT" : gmtName(Math.round(offsetMs / 60_000));
  return part;
}

function rfc822Offset(offsetMs: number): string {
  const minutes = Math.round(offsetMs / 60_000);
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60), 2)}${pad(abs % 60, 2)}`;
}

function isoOffset(offsetMs: number, count: number): string {
  if (count > 3) throw new ScriptError(`invalid ISO 8601 format: length=${count}`);
  const minutes = Math.round(offsetMs / 60_000);
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  const sign = minutes < 0 ? "-" : "+";
  const hh = pad(Math.floor(abs / 60), 2);
  const mm = pad(abs % 60, 2);
  if (count === 1) return `${sign}${hh}`;
  return count === 2 ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
}

// ---------------------------------------------------------------------------------------------
// Bytes, base64, blobs

/** Apps Script byte arrays are Java bytes: signed, -128..127. */
function toSignedBytes(buffer: Buffer): number[] {
  return [...buffer].map((b) => (b > 127 ? b - 256 : b));
}

function charsetOf(method: string, charset: unknown, args: unknown[]): BufferEncoding {
  if (charset === undefined) return "utf8";
  const name = enumName(CHARSET, charset);
  if (name === undefined) throw signatureError(method, args);
  return name === "US_ASCII" ? "ascii" : "utf8";
}

function toBytes(method: string, data: unknown, charset: unknown): Buffer {
  if (typeof data === "string") return Buffer.from(data, charsetOf(method, charset, [data, charset]));
  if (
    Array.isArray(data) &&
    data.every((b) => typeof b === "number" && Number.isInteger(b) && b >= -128 && b <= 255)
  ) {
    return Buffer.from(data.map((b: number) => b & 0xff));
  }
  throw signatureError(method, charset === undefined ? [data] : [data, charset]);
}

function decodeBase64(method: string, encoded: unknown, charset: unknown, webSafe: boolean): number[] {
  if (typeof encoded !== "string") throw signatureError(method, [encoded]);
  charsetOf(method, charset, [encoded, charset]);
  const text = webSafe ? encoded.replace(/-/g, "+").replace(/_/g, "/") : encoded;
  // Node's decoder skips garbage silently; Google refuses it ("Could not decode string." — as scripts report it).
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text.replace(/\s+/g, "")) || text.replace(/\s+/g, "").length % 4 === 1) {
    throw new ScriptError("Could not decode string.");
  }
  return toSignedBytes(Buffer.from(text, "base64"));
}

function createBlob(
  rt: Runtime,
  bytes: Buffer,
  contentType: string | null,
  name: string | null,
): EmulatedBlob {
  const enter = (method: string) => rt.enter(`Blob.${method}`, { auth: "NONE" });
  let type = contentType;
  let blobName = name;
  const blob: EmulatedBlob = {
    getBytes() {
      enter("getBytes");
      return toSignedBytes(bytes);
    },
    getDataAsString(charset?: string) {
      enter("getDataAsString");
      return bytes.toString(charset && /ascii/i.test(charset) ? "ascii" : "utf8");
    },
    getContentType() {
      enter("getContentType");
      return type;
    },
    setContentType(next: string | null) {
      enter("setContentType");
      type = next;
      return blob;
    },
    getName() {
      enter("getName");
      return blobName;
    },
    setName(next: string) {
      enter("setName");
      blobName = next;
      return blob;
    },
    copyBlob() {
      enter("copyBlob");
      return createBlob(rt, Buffer.from(bytes), type, blobName);
    },
    isGoogleType() {
      enter("isGoogleType");
      return false;
    },
  };
  return blob;
}
