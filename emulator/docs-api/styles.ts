// DocumentApp's attributes as the Docs API's TextStyle and ParagraphStyle, and a TextStyle request back as an attribute patch.
import type { ParagraphAttrs, TextAttrs, TextPatch } from "../document/model";
import { notEmulated, RequestRefused } from "./errors";

type Json = Record<string, unknown>;

/** A length in points, as the API's Dimension. */
export function points(magnitude: number): Json {
  return { magnitude, unit: "PT" };
}

/**
 * "#rrggbb" as the API's OptionalColor: components 0–1; components equal to 0 are left out, as the
 * API leaves out default (zero) values of its JSON.
 */
export function colorJson(hex: string): Json {
  const rgb: Json = {};
  const names = ["red", "green", "blue"] as const;
  names.forEach((name, i) => {
    const v = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    if (v !== 0) rgb[name] = v;
  });
  return { color: { rgbColor: rgb } };
}

/** The API's TextStyle for DocumentApp text attributes: only what is set (false/absent left out). */
export function textStyleJson(a: TextAttrs): Json {
  const out: Json = {};
  if (a.BOLD) out.bold = true;
  if (a.ITALIC) out.italic = true;
  if (a.UNDERLINE) out.underline = true;
  if (a.STRIKETHROUGH) out.strikethrough = true;
  if (a.BACKGROUND_COLOR) out.backgroundColor = colorJson(a.BACKGROUND_COLOR);
  if (a.FOREGROUND_COLOR) out.foregroundColor = colorJson(a.FOREGROUND_COLOR);
  if (a.FONT_SIZE !== undefined) out.fontSize = points(a.FONT_SIZE);
  if (a.FONT_FAMILY) out.weightedFontFamily = { fontFamily: a.FONT_FAMILY, weight: 400 };
  if (a.LINK_URL) out.link = { url: a.LINK_URL };
  return out;
}

// DocumentApp.ParagraphHeading → the API's namedStyleType.
const NAMED_STYLE: Record<string, string> = {
  NORMAL: "NORMAL_TEXT",
  HEADING1: "HEADING_1",
  HEADING2: "HEADING_2",
  HEADING3: "HEADING_3",
  HEADING4: "HEADING_4",
  HEADING5: "HEADING_5",
  HEADING6: "HEADING_6",
  TITLE: "TITLE",
  SUBTITLE: "SUBTITLE",
};

// DocumentApp.HorizontalAlignment → the API's alignment (left-to-right text).
const ALIGNMENT: Record<string, string> = {
  LEFT: "START",
  CENTER: "CENTER",
  RIGHT: "END",
  JUSTIFY: "JUSTIFIED",
};

/** The API's ParagraphStyle: the named style and direction always, the rest only when set. */
export function paragraphStyleJson(a: ParagraphAttrs): Json {
  const out: Json = { namedStyleType: NAMED_STYLE[a.HEADING ?? "NORMAL"] ?? "NORMAL_TEXT" };
  if (a.HORIZONTAL_ALIGNMENT) out.alignment = ALIGNMENT[a.HORIZONTAL_ALIGNMENT];
  // DocumentApp's line spacing is a multiple (1.15); the API's a percentage (115).
  if (a.LINE_SPACING !== undefined) out.lineSpacing = Math.round(a.LINE_SPACING * 100 * 1e6) / 1e6;
  out.direction = "LEFT_TO_RIGHT";
  if (a.SPACING_BEFORE !== undefined) out.spaceAbove = points(a.SPACING_BEFORE);
  if (a.SPACING_AFTER !== undefined) out.spaceBelow = points(a.SPACING_AFTER);
  if (a.INDENT_FIRST_LINE !== undefined) out.indentFirstLine = points(a.INDENT_FIRST_LINE);
  if (a.INDENT_START !== undefined) out.indentStart = points(a.INDENT_START);
  if (a.INDENT_END !== undefined) out.indentEnd = points(a.INDENT_END);
  return out;
}

/** TextStyle fields the emulator applies, with the attribute each sets. */
const FIELD_ATTR = {
  bold: "BOLD",
  italic: "ITALIC",
  underline: "UNDERLINE",
  strikethrough: "STRIKETHROUGH",
  fontSize: "FONT_SIZE",
  weightedFontFamily: "FONT_FAMILY",
  foregroundColor: "FOREGROUND_COLOR",
  backgroundColor: "BACKGROUND_COLOR",
  link: "LINK_URL",
} as const;
type Field = keyof typeof FIELD_ATTR;

// TextStyle fields of the API that DocumentApp's model has no place for.
const UNMODELLED = new Set(["smallCaps", "baselineOffset"]);

/** The fields a `fields` mask names ("*" = every field); [] for none. Throws for unknown names. */
export function maskFields(fields: unknown): Field[] {
  if (fields === undefined || fields === "") return [];
  if (typeof fields !== "string") throw new RequestRefused(`Invalid field mask: ${String(fields)}`);
  const out = new Set<Field>();
  for (const raw of fields.split(",")) {
    const name = raw.trim();
    if (name === "*") for (const f of Object.keys(FIELD_ATTR) as Field[]) out.add(f);
    else if (name === "weightedFontFamily.fontFamily") out.add("weightedFontFamily");
    else if (name in FIELD_ATTR) out.add(name as Field);
    else if (UNMODELLED.has(name)) throw notEmulated(`updateTextStyle's field '${name}'`);
    // UNCONFIRMED text: a name that isn't a TextStyle field.
    else throw new RequestRefused(`Invalid field: ${name}`);
  }
  return [...out];
}

function bool(v: unknown, field: string): boolean | null {
  if (v === undefined || v === false) return null;
  if (v === true) return true;
  throw new RequestRefused(`Invalid value for textStyle.${field}: ${JSON.stringify(v)}`); // UNCONFIRMED text
}

/** OptionalColor → "#rrggbb"; null for an absent colour. UNCONFIRMED: Google's answer to components outside 0–1 (refused here). */
function hexColor(v: unknown, field: string): string | null {
  if (v === undefined) return null;
  const rgb = (v as { color?: { rgbColor?: Record<string, unknown> } } | null)?.color?.rgbColor;
  if (rgb === undefined) return null;
  const parts = (["red", "green", "blue"] as const).map((k) => {
    const c = rgb?.[k] ?? 0;
    if (typeof c !== "number" || !(c >= 0 && c <= 1))
      throw new RequestRefused(`Invalid value for textStyle.${field}: ${JSON.stringify(v)}`);
    return Math.round(c * 255)
      .toString(16)
      .padStart(2, "0");
  });
  return `#${parts.join("")}`;
}

function fontSize(v: unknown): number | null {
  if (v === undefined) return null;
  const d = v as { magnitude?: unknown; unit?: unknown } | null;
  // The API's only unit is PT; UNCONFIRMED text and that a size of 0 or less is refused.
  if (typeof d?.magnitude !== "number" || !(d.magnitude > 0) || d.unit !== "PT")
    throw new RequestRefused(`Invalid value for textStyle.fontSize: ${JSON.stringify(v)}`);
  return d.magnitude;
}

function fieldValue(field: Field, style: Json): TextPatch {
  const v = style[field];
  switch (field) {
    case "bold":
    case "italic":
    case "underline":
    case "strikethrough":
      return { [FIELD_ATTR[field]]: bool(v, field) };
    case "fontSize":
      return { FONT_SIZE: fontSize(v) };
    case "weightedFontFamily": {
      // The weight has no DocumentApp attribute: only the family is kept.
      const family = (v as { fontFamily?: unknown } | undefined)?.fontFamily;
      if (family !== undefined && typeof family !== "string")
        throw new RequestRefused(`Invalid value for textStyle.weightedFontFamily: ${JSON.stringify(v)}`);
      return { FONT_FAMILY: family === undefined || family === "" ? null : family };
    }
    case "foregroundColor":
    case "backgroundColor":
      return { [FIELD_ATTR[field]]: hexColor(v, field) };
    case "link": {
      const url = (v as { url?: unknown } | undefined)?.url;
      if (url !== undefined && typeof url !== "string")
        throw new RequestRefused(`Invalid value for textStyle.link: ${JSON.stringify(v)}`);
      return { LINK_URL: url === undefined || url === "" ? null : url };
    }
  }
}

/**
 * The attribute patch for an UpdateTextStyleRequest (Docs API reference, UpdateTextStyleRequest):
 * each field in the mask takes the textStyle's value, and a field in the mask that the textStyle
 * leaves out is reset (here: the attribute is cleared).
 */
export function textPatchFrom(textStyle: unknown, fields: readonly Field[]): TextPatch {
  const style = (typeof textStyle === "object" && textStyle !== null ? textStyle : {}) as Json;
  const patch: TextPatch = {};
  for (const f of fields) Object.assign(patch, fieldValue(f, style));
  return patch;
}
