// UpdateTextStyleRequest and DeleteContentRangeRequest: the text of a range restyled, or cut out (paragraphs merging).
import { applyPatch, type DocContent } from "../document/model";
import { FIELDS_REQUIRED_MESSAGE, INVALID_DELETION_MESSAGE, notEmulated, RequestRefused } from "./errors";
import { paragraphAt } from "./layout";
import { message, type ResolvedRange, range, splitsPair } from "./request-common";
import { maskFields, textPatchFrom } from "./styles";
import { fromUnits, patchUnits, splitUnits, toUnits, unitsLength, unitsText } from "./units";

const TEXT_STYLE_KEYS = [
  "bold",
  "italic",
  "underline",
  "strikethrough",
  "smallCaps",
  "backgroundColor",
  "foregroundColor",
  "fontSize",
  "weightedFontFamily",
  "baselineOffset",
  "link",
] as const;

/**
 * Docs API reference, UpdateTextStyleRequest: `fields` is required ("*" = every field; a field in
 * it that textStyle leaves out is reset); the style goes to every run the range covers, runs split
 * at its ends. A range covering a paragraph's newline styles the paragraph mark too.
 */
export function updateTextStyle(doc: DocContent, value: unknown, path: string): void {
  const req = message(value, path, ["range", "textStyle", "fields"]);
  const style = message(req.textStyle, `${path}.text_style`, TEXT_STYLE_KEYS);
  const { seg, start, end } = range(doc, req.range, `${path}.range`, false);
  const fields = maskFields(req.fields);
  if (fields.length === 0) throw new RequestRefused(FIELDS_REQUIRED_MESSAGE);
  const patch = textPatchFrom(style, fields);
  for (const s of seg.paragraphs) {
    if (s.end <= start || s.start >= end) continue;
    const units = toUnits(s.node);
    const len = unitsLength(units);
    const a = Math.max(start, s.start) - s.start;
    const b = Math.min(end, s.end) - s.start;
    s.node.inlines = fromUnits(patchUnits(units, a, Math.min(b, len), patch));
    if (b > len) s.node.textAttrs = applyPatch(s.node.textAttrs, patch);
  }
}

/**
 * A range that starts or ends on a table's structure: Google refuses deleting part of a table
 * (Docs API, "Structural edit rules and behavior"), and the newline before a table without the
 * table. Deleting whole tables is valid there, but not emulated here.
 */
function tableRange({ seg, start, end }: ResolvedRange): Error {
  if (seg.tables.some((t) => t.start >= start && t.end <= end)) {
    return notEmulated("deleteContentRange over a whole table");
  }
  return new RequestRefused(INVALID_DELETION_MESSAGE);
}

/**
 * Docs API reference, DeleteContentRangeRequest, and "Structural edit rules and behavior": a range
 * across paragraph boundaries merges the paragraphs; a range may not hold the segment's (or a
 * cell's) last newline, part of a table, or one half of a surrogate pair. UNCONFIRMED (the guide
 * says only that styles "may" change): the merged paragraph keeps the style and list of the
 * paragraph whose newline survives (the last one), as each newline carries its paragraph's style.
 */
export function deleteContentRange(doc: DocContent, value: unknown, path: string): void {
  const req = message(value, path, ["range"]);
  const r = range(doc, req.range, `${path}.range`, true);
  const first = paragraphAt(r.seg, r.start);
  const last = paragraphAt(r.seg, r.end);
  if (!first || !last || first.container !== last.container) throw tableRange(r);
  const list = first.container;
  const i = list.indexOf(first.node);
  const k = list.indexOf(last.node);
  if (list.slice(i, k + 1).some((b) => b.type === "TABLE")) throw tableRange(r);
  const firstUnits = toUnits(first.node);
  const lastUnits = toUnits(last.node);
  if (
    splitsPair(unitsText(firstUnits), r.start - first.start) ||
    splitsPair(unitsText(lastUnits), r.end - last.start)
  ) {
    throw new RequestRefused(INVALID_DELETION_MESSAGE);
  }
  const [head] = splitUnits(firstUnits, r.start - first.start);
  const [, tail] = splitUnits(lastUnits, r.end - last.start);
  last.node.inlines = fromUnits([...head, ...tail]);
  list.splice(i, k - i);
}
