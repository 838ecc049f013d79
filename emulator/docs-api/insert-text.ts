// InsertTextRequest: text into an existing paragraph; each "\n" makes a new paragraph with the style (and list) of the one it splits.
import type { DocContent, InlineNode, ParagraphLike, TextAttrs } from "../document/model";
import { EMPTY_INSERT_MESSAGE, indexPastEnd, OUTSIDE_PARAGRAPH_MESSAGE, RequestRefused } from "./errors";
import { type ParaSpan, paragraphAt } from "./layout";
import { checkTab, int32, type Json, message, segment, splitsPair, str } from "./request-common";
import { fromUnits, splitUnits, textAttrsAt, toUnits, type Unit, unitsText } from "./units";

/**
 * Characters stripped from inserted text (Docs API reference, InsertTextRequest: "Some control
 * characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual
 * Plane Private Use Area (U+E000-U+F8FF) will be stripped out"). "\t", "\n" and "\u000b" stay.
 */
export function stripControls(text: string): string {
  let out = "";
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    const stripped = c <= 0x08 || (c >= 0x0c && c <= 0x1f) || (c >= 0xe000 && c <= 0xf8ff);
    if (!stripped) out += ch;
  }
  return out;
}

/**
 * The style inserted text takes (Docs API, "Structural edit rules and behavior": "Typically, the
 * text style for the inserted text matches the text immediately before the insertion index"): the
 * preceding character's. At a paragraph's start (where the preceding character is the previous
 * paragraph's newline) UNCONFIRMED: the paragraph's first character's, without its link (a
 * third-party project's live check reports that text inserted before a link doesn't join it), or the
 * paragraph mark's in an empty paragraph; after a horizontal rule or page break, the mark's.
 */
function insertedStyle(units: readonly Unit[], offset: number, p: ParagraphLike): TextAttrs {
  if (offset > 0) return { ...(textAttrsAt(units, offset - 1) ?? p.textAttrs) };
  const first = textAttrsAt(units, 0);
  if (!first) return { ...p.textAttrs };
  const { LINK_URL: _link, ...rest } = first;
  return rest;
}

/** A new paragraph with `p`'s paragraph style, list included (same list id, glyph, nesting level). */
function copyOf(p: ParagraphLike, inlines: InlineNode[], mark: TextAttrs): ParagraphLike {
  return { ...structuredClone(p), textAttrs: { ...mark }, inlines } as ParagraphLike;
}

/** Inserts `text` at `offset` of the paragraph `at`; "\n" splits it, "\u000b" stays as a line break. */
function insertInto(at: ParaSpan, offset: number, text: string): void {
  const p = at.node;
  const units = toUnits(p);
  const style = insertedStyle(units, offset, p);
  const [before, after] = splitUnits(units, offset);
  // DocumentApp's model keeps a line break inside a paragraph as "\n" in a run (see structure.ts).
  const pieces = text.split("\n").map((s) => s.replaceAll("\u000b", "\n"));
  const run = (s: string): Unit[] => (s === "" ? [] : [{ kind: "text", text: s, attrs: { ...style } }]);
  if (pieces.length === 1) {
    p.inlines = fromUnits([...before, ...run(pieces[0] ?? ""), ...after]);
    return;
  }
  // The paragraph's own newline ends the last piece; each inserted "\n" ends one before it.
  const mark = p.textAttrs;
  const rest = pieces.slice(1);
  const created = rest.map((piece, k) =>
    k === rest.length - 1
      ? copyOf(p, fromUnits([...run(piece), ...after]), mark)
      : copyOf(p, fromUnits(run(piece)), style),
  );
  p.inlines = fromUnits([...before, ...run(pieces[0] ?? "")]);
  p.textAttrs = { ...style };
  at.container.splice(at.container.indexOf(p) + 1, 0, ...created);
}

/**
 * Docs API reference, InsertTextRequest, and "Structural edit rules and behavior": text goes
 * inside the bounds of an existing paragraph — not at a table's start index, not on a table's
 * structure, not at index 0 of the body (its section break), and not at or after the segment's end
 * index; endOfSegmentLocation inserts before the segment's final newline. An index inside a
 * surrogate pair moves after it ("the text is inserted immediately after the grapheme cluster";
 * other grapheme clusters are not adjusted here).
 */
export function insertText(doc: DocContent, value: unknown, path: string): void {
  const req = message(value, path, ["text", "location", "endOfSegmentLocation"]);
  const text = str(req.text, `${path}.text`);
  const hasLocation = req.location !== undefined && req.location !== null;
  const hasEnd = req.endOfSegmentLocation !== undefined && req.endOfSegmentLocation !== null;
  // UNCONFIRMED text: the request needs exactly one of the two (the reference calls them a union).
  if (hasLocation === hasEnd)
    throw new RequestRefused("Exactly one of location or endOfSegmentLocation must be set.");
  let loc: Json;
  if (hasLocation) loc = message(req.location, `${path}.location`, ["index", "segmentId", "tabId"]);
  else loc = message(req.endOfSegmentLocation, `${path}.end_of_segment_location`, ["segmentId", "tabId"]);
  checkTab(loc.tabId, `${path}.location.tab_id`);
  const seg = segment(doc, str(loc.segmentId, `${path}.location.segment_id`));
  let index = hasLocation ? int32(loc.index, `${path}.location.index`) : seg.end - 1;
  if (index >= seg.end) throw new RequestRefused(indexPastEnd(index, seg.end));
  const at = paragraphAt(seg, index);
  if (!at) throw new RequestRefused(OUTSIDE_PARAGRAPH_MESSAGE);
  // UNCONFIRMED: text left empty once stripped is refused like empty text.
  const clean = stripControls(text);
  if (clean === "") throw new RequestRefused(EMPTY_INSERT_MESSAGE);
  if (splitsPair(unitsText(toUnits(at.node)), index - at.start)) index += 1;
  insertInto(at, index - at.start, clean);
}
