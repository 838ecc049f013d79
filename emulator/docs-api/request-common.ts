// What the batchUpdate requests share: the payload checks Google's JSON decoding makes, and resolving a segment and a range.
import type { DocContent } from "../document/model";
import {
  EMPTY_RANGE_MESSAGE,
  GoogleJsonResponseException,
  INVERTED_RANGE_MESSAGE,
  indexPastEnd,
  RequestRefused,
  SECTION_BREAK_MESSAGE,
  SEGMENT_END_NEWLINE_MESSAGE,
} from "./errors";
import { type SegmentLayout, segmentNamed } from "./layout";

export type Json = Record<string, unknown>;

/** A 400 as Google's JSON decoding gives it, before any request runs. */
export function payloadError(message: string): GoogleJsonResponseException {
  return new GoogleJsonResponseException("batchUpdate", 400, `Invalid JSON payload received. ${message}`);
}

/** "insertText" → "insert_text": the proto field names Google's decoding errors use. */
export function protoName(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** An object of the payload (absent = {} as protobuf reads it); names it doesn't define are refused as Google's decoding does. */
export function message(value: unknown, path: string, allowed: readonly string[]): Json {
  if (value === undefined || value === null) return {};
  if (typeof value !== "object" || Array.isArray(value)) {
    // UNCONFIRMED text.
    throw new GoogleJsonResponseException(
      "batchUpdate",
      400,
      `Invalid value at '${path}', ${JSON.stringify(value)}`,
    );
  }
  for (const key of Object.keys(value)) {
    if (!allowed.includes(key)) {
      throw payloadError(`Unknown name "${key}"${path === "" ? "" : ` at '${path}'`}: Cannot find field.`);
    }
  }
  return value as Json;
}

/** Google's decoding refusal of a field of the wrong type; text as it words it, UNCONFIRMED. */
function wrongType(
  path: string,
  type: "TYPE_INT32" | "TYPE_STRING",
  value: unknown,
): GoogleJsonResponseException {
  return new GoogleJsonResponseException(
    "batchUpdate",
    400,
    `Invalid value at '${path}' (${type}), ${JSON.stringify(value)}`,
  );
}

/** An int32 field (absent = 0, protobuf's default). */
export function int32(value: unknown, path: string): number {
  if (value === undefined || value === null) return 0;
  if (typeof value !== "number" || !Number.isInteger(value)) throw wrongType(path, "TYPE_INT32", value);
  return value;
}

/** A string field (absent = ""). */
export function str(value: unknown, path: string): string {
  if (value === undefined || value === null) return "";
  if (typeof value !== "string") throw wrongType(path, "TYPE_STRING", value);
  return value;
}

/** Only the first tab exists here ("t.0"); UNCONFIRMED text for another id. */
export function checkTab(tabId: unknown, path: string): void {
  const id = str(tabId, path);
  if (id !== "" && id !== "t.0") throw new RequestRefused(`The tab with ID '${id}' does not exist.`);
}

/** The segment a segmentId names; UNCONFIRMED text for an unknown id. */
export function segment(doc: DocContent, segmentId: string): SegmentLayout {
  const seg = segmentNamed(doc, segmentId);
  if (!seg) throw new RequestRefused(`The segment ID '${segmentId}' is invalid.`);
  return seg;
}

export interface ResolvedRange {
  seg: SegmentLayout;
  start: number;
  end: number;
}

/**
 * A request's Range, checked: not empty, not before the segment (in the body, not over the section
 * break at 0), and not reaching the segment's final newline, which no request may style or delete
 * (deleteContentRange's text for that case as the live API gives it; for the other requests, the
 * index error, as public projects report it for ranges that include that newline).
 */
export function range(doc: DocContent, value: unknown, path: string, deleting: boolean): ResolvedRange {
  const r = message(value, path, ["startIndex", "endIndex", "segmentId", "tabId"]);
  const start = int32(r.startIndex, `${path}.start_index`);
  const end = int32(r.endIndex, `${path}.end_index`);
  checkTab(r.tabId, `${path}.tab_id`);
  const seg = segment(doc, str(r.segmentId, `${path}.segment_id`));
  if (end < start) throw new RequestRefused(INVERTED_RANGE_MESSAGE);
  if (end === start) throw new RequestRefused(EMPTY_RANGE_MESSAGE);
  if (start < seg.start) {
    // UNCONFIRMED text for a negative index in a header or footer.
    throw new RequestRefused(
      seg.start === 1 ? SECTION_BREAK_MESSAGE : `Index ${start} must not be negative.`,
    );
  }
  if (end > seg.end) throw new RequestRefused(indexPastEnd(end, seg.end));
  if (end === seg.end)
    throw new RequestRefused(deleting ? SEGMENT_END_NEWLINE_MESSAGE : indexPastEnd(end, seg.end));
  return { seg, start, end };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Does `offset` fall between the two halves of a surrogate pair of `text`? */
export function splitsPair(text: string, offset: number): boolean {
  return (
    offset > 0 &&
    offset < text.length &&
    isHigh(text.charCodeAt(offset - 1)) &&
    isLow(text.charCodeAt(offset))
  );
}
