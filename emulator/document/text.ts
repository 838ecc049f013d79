// Text: the characters of one or more paragraphs, their formatting by offset ranges, inserting and deleting text.
import { ScriptError } from "../runtime";
import { applyPatchAttrs, splitAttributes, textAttributesObject, textAttrValue, uniform } from "./attributes";
import { type DocCtx, edited, requireBoolean, requireColor, requireNumber, requireText } from "./context";
import { Element } from "./element";
import {
  attrsAt,
  deleteFromRuns,
  insertIntoRuns,
  normalizeRuns,
  type ParagraphLike,
  paragraphText,
  patchRuns,
  type Run,
  type TextInline,
  type TextPatch,
} from "./model";

/**
 * A Text view: the text of one or more paragraph-like holders (joined by "\n"), or one Text
 * element (`only`). Offsets are over that joined text; separators can't be styled.
 */
interface TextTarget {
  holders: ParagraphLike[];
  only: TextInline | null;
  /** The paragraph owning `only`, once known (for appendText into an empty target). */
  owner: ParagraphLike | null;
}

interface Segment {
  inline: TextInline;
  start: number;
}

export class Text extends Element {
  constructor(
    ctx: DocCtx,
    private readonly target: TextTarget,
  ) {
    super(ctx, target.only ?? { type: "TEXT", runs: [] }, "Text");
  }

  private segments(): { segs: Segment[]; length: number } {
    if (this.target.only) {
      return { segs: [{ inline: this.target.only, start: 0 }], length: inlineLength(this.target.only) };
    }
    const segs: Segment[] = [];
    let pos = 0;
    this.target.holders.forEach((h, i) => {
      if (i > 0) pos += 1; // "\n" between paragraphs
      for (const inline of h.inlines) {
        if (inline.type !== "TEXT") continue;
        segs.push({ inline, start: pos });
        pos += inlineLength(inline);
      }
    });
    return { segs, length: pos };
  }

  private fullText(): string {
    if (this.target.only) return this.target.only.runs.map((r) => r.text).join("");
    return this.target.holders.map(paragraphText).join("\n");
  }

  getText(): string {
    this.enter("getText");
    return this.fullText();
  }

  /** Applies a patch to [start, endInclusive], or to everything when no range is given. */
  private style(method: string, args: unknown[], build: (value: unknown) => TextPatch): this {
    this.enter(method);
    let patch: TextPatch;
    if (args.length >= 3) {
      const [s, e, value] = args;
      const { length } = this.segments();
      const start = requireNumber(s, this.sig(method), args);
      const end = requireNumber(e, this.sig(method), args);
      checkRange(start, end, length);
      patch = build(value);
      this.patchRange(start, end + 1, patch);
    } else {
      patch = build(args[0]);
      this.patchRange(0, Number.MAX_SAFE_INTEGER, patch);
      // An empty paragraph keeps the formatting for text typed into it later.
      if (!this.target.only)
        for (const h of this.target.holders) h.textAttrs = applyPatchAttrs(h.textAttrs, patch);
    }
    edited(this.ctx);
    return this;
  }

  private patchRange(start: number, end: number, patch: TextPatch): void {
    for (const seg of this.segments().segs) {
      const len = inlineLength(seg.inline);
      const a = Math.max(start, seg.start) - seg.start;
      const b = Math.min(end, seg.start + len) - seg.start;
      if (a < b) seg.inline.runs = patchRuns(seg.inline.runs, a, b, patch);
    }
  }

  setBold(...args: unknown[]): this {
    return this.style("setBold", args, (v) => ({
      BOLD: v === null ? null : requireBoolean(v, this.sig("setBold"), args),
    }));
  }
  setItalic(...args: unknown[]): this {
    return this.style("setItalic", args, (v) => ({
      ITALIC: v === null ? null : requireBoolean(v, this.sig("setItalic"), args),
    }));
  }
  setUnderline(...args: unknown[]): this {
    return this.style("setUnderline", args, (v) => ({
      UNDERLINE: v === null ? null : requireBoolean(v, this.sig("setUnderline"), args),
    }));
  }
  setStrikethrough(...args: unknown[]): this {
    return this.style("setStrikethrough", args, (v) => ({
      STRIKETHROUGH: v === null ? null : requireBoolean(v, this.sig("setStrikethrough"), args),
    }));
  }
  setFontSize(...args: unknown[]): this {
    return this.style("setFontSize", args, (v) => textAttrValue("FONT_SIZE", v, this.sig("setFontSize")));
  }
  setFontFamily(...args: unknown[]): this {
    return this.style("setFontFamily", args, (v) =>
      textAttrValue("FONT_FAMILY", v, this.sig("setFontFamily")),
    );
  }
  setForegroundColor(...args: unknown[]): this {
    return this.style("setForegroundColor", args, (v) => ({
      FOREGROUND_COLOR: requireColor(v, this.sig("setForegroundColor"), args),
    }));
  }
  setBackgroundColor(...args: unknown[]): this {
    return this.style("setBackgroundColor", args, (v) => ({
      BACKGROUND_COLOR: requireColor(v, this.sig("setBackgroundColor"), args),
    }));
  }
  setLinkUrl(...args: unknown[]): this {
    return this.style("setLinkUrl", args, (v) => textAttrValue("LINK_URL", v, this.sig("setLinkUrl")));
  }

  /** setAttributes(attributes) or setAttributes(start, endInclusive, attributes). */
  setAttributes(...args: unknown[]): this {
    const attrsArg = args.length >= 3 ? args[2] : args[0];
    const { text } = splitAttributes(attrsArg, this.sig("setAttributes"));
    const rest = args.length >= 3 ? [args[0], args[1], text] : [text];
    return this.style("setAttributes", rest, (v) => v as TextPatch);
  }

  private runAt(offset: unknown, method: string): Run[] {
    if (offset === undefined || offset === null) {
      const runs: Run[] = [];
      for (const seg of this.segments().segs) runs.push(...seg.inline.runs);
      return runs;
    }
    const { segs, length } = this.segments();
    const o = requireNumber(offset, this.sig(method), [offset]);
    checkRange(o, o, length);
    for (const seg of segs) {
      const a = attrsAt(seg.inline.runs, o - seg.start);
      if (o >= seg.start && a) return [{ text: "x", attrs: a }];
    }
    return [];
  }

  isBold(offset?: number): boolean | null {
    this.enter("isBold");
    return uniform(this.runAt(offset, "isBold"), "BOLD");
  }
  isItalic(offset?: number): boolean | null {
    this.enter("isItalic");
    return uniform(this.runAt(offset, "isItalic"), "ITALIC");
  }
  isUnderline(offset?: number): boolean | null {
    this.enter("isUnderline");
    return uniform(this.runAt(offset, "isUnderline"), "UNDERLINE");
  }
  getFontSize(offset?: number): number | null {
    this.enter("getFontSize");
    return uniform(this.runAt(offset, "getFontSize"), "FONT_SIZE");
  }
  getFontFamily(offset?: number): string | null {
    this.enter("getFontFamily");
    return uniform(this.runAt(offset, "getFontFamily"), "FONT_FAMILY");
  }
  getForegroundColor(offset?: number): string | null {
    this.enter("getForegroundColor");
    return uniform(this.runAt(offset, "getForegroundColor"), "FOREGROUND_COLOR");
  }
  getBackgroundColor(offset?: number): string | null {
    this.enter("getBackgroundColor");
    return uniform(this.runAt(offset, "getBackgroundColor"), "BACKGROUND_COLOR");
  }
  getLinkUrl(offset?: number): string | null {
    this.enter("getLinkUrl");
    return uniform(this.runAt(offset, "getLinkUrl"), "LINK_URL");
  }
  getAttributes(offset?: number): Record<string, unknown> {
    this.enter("getAttributes");
    return textAttributesObject(this.runAt(offset, "getAttributes"));
  }

  /** Offsets where attributes change (Docs' getTextAttributeIndices). */
  getTextAttributeIndices(): number[] {
    this.enter("getTextAttributeIndices");
    const out: number[] = [];
    for (const seg of this.segments().segs) {
      let pos = seg.start;
      for (const r of seg.inline.runs) {
        out.push(pos);
        pos += r.text.length;
      }
    }
    return out.length ? out : [0];
  }

  appendText(text: unknown): Text {
    this.enter("appendText");
    const t = requireText(text, this.sig("appendText"), [text]);
    const { segs, length } = this.segments();
    const last = segs[segs.length - 1];
    if (last) {
      last.inline.runs = insertIntoRuns(last.inline.runs, inlineLength(last.inline), t, {});
    } else {
      const holder = this.target.owner ?? this.target.holders[this.target.holders.length - 1];
      if (!holder) throw new ScriptError("Invalid argument: text"); // detached empty Text; UNCONFIRMED
      const inline: TextInline = { type: "TEXT", runs: [{ text: t, attrs: { ...holder.textAttrs } }] };
      holder.inlines.push(inline);
    }
    void length;
    edited(this.ctx);
    return this;
  }

  insertText(offset: unknown, text: unknown): this {
    this.enter("insertText");
    const o = requireNumber(offset, this.sig("insertText"), [offset, text]);
    const t = requireText(text, this.sig("insertText"), [offset, text]);
    const { segs, length } = this.segments();
    if (o < 0 || o > length) throw new ScriptError(`Invalid argument: offset`); // UNCONFIRMED text
    const seg = [...segs].reverse().find((s) => s.start <= o && o <= s.start + inlineLength(s.inline));
    if (seg) seg.inline.runs = insertIntoRuns(seg.inline.runs, o - seg.start, t, {});
    else {
      const holder = this.target.holders[0] ?? this.target.owner;
      if (!holder) throw new ScriptError("Invalid argument: offset");
      holder.inlines.unshift({ type: "TEXT", runs: [{ text: t, attrs: { ...holder.textAttrs } }] });
    }
    edited(this.ctx);
    return this;
  }

  deleteText(startOffset: unknown, endOffsetInclusive: unknown): this {
    this.enter("deleteText");
    const args = [startOffset, endOffsetInclusive];
    const s = requireNumber(startOffset, this.sig("deleteText"), args);
    const e = requireNumber(endOffsetInclusive, this.sig("deleteText"), args);
    const { segs, length } = this.segments();
    checkRange(s, e, length);
    for (const seg of segs) {
      const len = inlineLength(seg.inline);
      const a = Math.max(s, seg.start) - seg.start;
      const b = Math.min(e + 1, seg.start + len) - seg.start;
      if (a < b) seg.inline.runs = deleteFromRuns(seg.inline.runs, a, b);
    }
    dropEmptyInlines(this.target);
    edited(this.ctx);
    return this;
  }

  /** Replaces all the text, keeping the formatting of its first character. */
  setText(text: unknown): this {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    const { segs } = this.segments();
    const attrs = segs[0]?.inline.runs[0]?.attrs ?? this.target.holders[0]?.textAttrs ?? {};
    if (this.target.only) {
      this.target.only.runs = normalizeRuns([{ text: t, attrs: { ...attrs } }]);
    } else {
      this.target.holders.forEach((h, i) => {
        h.inlines = h.inlines.filter((x) => x.type !== "TEXT");
        if (i === 0 && t !== "")
          h.inlines.unshift({ type: "TEXT", runs: [{ text: t, attrs: { ...attrs } }] });
      });
    }
    edited(this.ctx);
    return this;
  }

  editAsText(): Text {
    this.enter("editAsText");
    return this;
  }
}

function inlineLength(inline: TextInline): number {
  let n = 0;
  for (const r of inline.runs) n += r.text.length;
  return n;
}

function dropEmptyInlines(target: TextTarget): void {
  for (const h of target.holders)
    h.inlines = h.inlines.filter((x) => x.type !== "TEXT" || inlineLength(x) > 0);
}

function checkRange(start: number, end: number, length: number): void {
  // Docs refuses offsets outside the text. Exact text UNCONFIRMED.
  if (!Number.isInteger(start) || start < 0 || start >= length)
    throw new ScriptError("Invalid argument: startOffset");
  if (!Number.isInteger(end) || end < start || end >= length) {
    throw new ScriptError("Invalid argument: endOffsetInclusive");
  }
}
