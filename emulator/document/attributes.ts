// Element attributes (DocumentApp.Attribute keys): validating setAttributes objects and reading getAttributes back.
import { ScriptError } from "../runtime";
import {
  requireBoolean,
  requireColor,
  requireEnum,
  requireNumber,
  requireText,
  signatureError,
} from "./context";
import { DOC_ENUMS } from "./doc-enums";
import {
  type ParagraphAttrs,
  type ParagraphLike,
  patchRuns,
  type Run,
  type TextAttrs,
  type TextPatch,
} from "./model";

const TEXT_KEYS = [
  "BOLD",
  "ITALIC",
  "UNDERLINE",
  "STRIKETHROUGH",
  "FONT_SIZE",
  "FONT_FAMILY",
  "FOREGROUND_COLOR",
  "BACKGROUND_COLOR",
  "LINK_URL",
] as const;

/** Validates one text attribute value (null clears it). */
export function textAttrValue(key: (typeof TEXT_KEYS)[number], value: unknown, method: string): TextPatch {
  if (value === null) return { [key]: null } as TextPatch;
  switch (key) {
    case "BOLD":
    case "ITALIC":
    case "UNDERLINE":
    case "STRIKETHROUGH":
      return { [key]: requireBoolean(value, method, [value]) };
    case "FONT_SIZE": {
      const n = requireNumber(value, method, [value]);
      if (n <= 0) throw new ScriptError(`Invalid argument: ${key}`); // UNCONFIRMED text
      return { FONT_SIZE: n };
    }
    case "FONT_FAMILY":
    case "LINK_URL":
      return { [key]: requireText(value, method, [value]) };
    case "FOREGROUND_COLOR":
    case "BACKGROUND_COLOR":
      return { [key]: requireColor(value, method, [value]) };
  }
}

/** Splits an attributes object (keys = DocumentApp.Attribute names) into the text part and the rest. */
export function splitAttributes(
  attributes: unknown,
  method: string,
): { text: TextPatch; other: Record<string, unknown> } {
  if (typeof attributes !== "object" || attributes === null || Array.isArray(attributes)) {
    throw signatureError(method, [attributes]);
  }
  const text: TextPatch = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(attributes)) {
    if ((TEXT_KEYS as readonly string[]).includes(key)) {
      Object.assign(text, textAttrValue(key as (typeof TEXT_KEYS)[number], value, method));
    } else if (key in DOC_ENUMS.Attribute) {
      other[key] = value;
    }
    // Keys that aren't DocumentApp.Attribute names are ignored, as Docs ignores unknown attributes.
  }
  return { text, other };
}

/** Applies the paragraph attributes (heading, alignment, spacing, indents, list glyph and nesting) of a setAttributes object. */
export function applyParagraphAttrs(p: ParagraphLike, other: Record<string, unknown>, method: string): void {
  for (const [key, value] of Object.entries(other)) {
    switch (key) {
      case "HEADING":
        if (value === null) delete p.attrs.HEADING;
        else p.attrs.HEADING = requireEnum(value, DOC_ENUMS.ParagraphHeading, method, [value]);
        break;
      case "HORIZONTAL_ALIGNMENT":
        if (value === null) delete p.attrs.HORIZONTAL_ALIGNMENT;
        else
          p.attrs.HORIZONTAL_ALIGNMENT = requireEnum(value, DOC_ENUMS.HorizontalAlignment, method, [value]);
        break;
      case "SPACING_BEFORE":
      case "SPACING_AFTER":
      case "LINE_SPACING":
      case "INDENT_START":
      case "INDENT_END":
      case "INDENT_FIRST_LINE":
        if (value === null) delete p.attrs[key];
        else p.attrs[key] = requireNumber(value, method, [value]);
        break;
      case "GLYPH_TYPE":
        if (p.type === "LIST_ITEM" && value !== null) {
          p.attrs.GLYPH_TYPE = requireEnum(value, DOC_ENUMS.GlyphType, method, [value]);
        }
        break;
      case "NESTING_LEVEL":
        if (p.type === "LIST_ITEM" && value !== null) p.attrs.NESTING_LEVEL = nestingLevel(value, method);
        break;
      default:
        // Attributes that don't apply to paragraphs (e.g. BORDER_WIDTH) are ignored.
        break;
    }
  }
}

/** A list nesting level, 0 to 8. */
export function nestingLevel(value: unknown, method: string): number {
  const n = requireNumber(value, method, [value]);
  // Docs supports nesting levels 0–8. UNCONFIRMED text.
  if (!Number.isInteger(n) || n < 0 || n > 8) throw new ScriptError("Invalid argument: nestingLevel");
  return n;
}

/** Applies text attributes to all of a paragraph's text and to text typed into it later. */
export function patchParagraphText(p: ParagraphLike, patch: TextPatch): void {
  for (const inline of p.inlines) {
    if (inline.type === "TEXT") inline.runs = patchRuns(inline.runs, 0, Number.MAX_SAFE_INTEGER, patch);
  }
  p.textAttrs = applyPatchAttrs(p.textAttrs, patch);
}

/** Text attributes after a patch (null clears a key). */
export function applyPatchAttrs(attrs: TextAttrs, patch: TextPatch): TextAttrs {
  return patchRuns([{ text: "x", attrs }], 0, 1, patch)[0]?.attrs ?? {};
}

/** Uniform value of a text attribute across runs, or null when mixed/unset (as Docs reports). */
export function uniform<K extends keyof TextAttrs>(
  runs: readonly Run[],
  key: K,
): NonNullable<TextAttrs[K]> | null {
  let value: TextAttrs[K] | undefined;
  let first = true;
  for (const r of runs) {
    if (r.text === "") continue;
    if (first) {
      value = r.attrs[key];
      first = false;
    } else if (r.attrs[key] !== value) return null;
  }
  return value ?? null;
}

/** getAttributes' text keys: each attribute's uniform value across runs, or null. */
export function textAttributesObject(runs: readonly Run[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of TEXT_KEYS) out[k] = uniform(runs, k);
  return out;
}

/** A paragraph's text runs; one empty run with its typing attributes when it has no text. */
export function runsOf(p: ParagraphLike): Run[] {
  const out: Run[] = [];
  for (const inline of p.inlines) if (inline.type === "TEXT") out.push(...inline.runs);
  return out.length > 0 ? out : [{ text: "", attrs: p.textAttrs }];
}

/** getAttributes of a Paragraph or ListItem. */
export function paragraphAttributesObject(p: ParagraphLike): Record<string, unknown> {
  const a: ParagraphAttrs = p.attrs;
  const out: Record<string, unknown> = {
    ...textAttributesObject(
      runsOf(p).some((r) => r.text !== "") ? runsOf(p) : [{ text: "x", attrs: p.textAttrs }],
    ),
    HEADING: DOC_ENUMS.ParagraphHeading[(a.HEADING ?? "NORMAL") as "NORMAL"],
    HORIZONTAL_ALIGNMENT: a.HORIZONTAL_ALIGNMENT
      ? DOC_ENUMS.HorizontalAlignment[a.HORIZONTAL_ALIGNMENT as "LEFT"]
      : null,
    SPACING_BEFORE: a.SPACING_BEFORE ?? null,
    SPACING_AFTER: a.SPACING_AFTER ?? null,
    LINE_SPACING: a.LINE_SPACING ?? null,
    INDENT_START: a.INDENT_START ?? null,
    INDENT_END: a.INDENT_END ?? null,
    INDENT_FIRST_LINE: a.INDENT_FIRST_LINE ?? null,
  };
  if (p.type === "LIST_ITEM") {
    out.GLYPH_TYPE = DOC_ENUMS.GlyphType[p.attrs.GLYPH_TYPE as "BULLET"];
    out.NESTING_LEVEL = p.attrs.NESTING_LEVEL;
    out.LIST_ID = p.attrs.LIST_ID;
  }
  return out;
}
