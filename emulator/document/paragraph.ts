// Paragraph, and the base it shares with ListItem: text, inline children, heading, alignment, spacing, indents, links, attributes.
import type { EnumValue } from "../enums";
import {
  applyParagraphAttrs,
  paragraphAttributesObject,
  patchParagraphText,
  runsOf,
  splitAttributes,
  textAttrValue,
  uniform,
} from "./attributes";
import { type DocCtx, edited, requireEnum, requireIndex, requireNumber, requireText } from "./context";
import { DOC_ENUMS } from "./doc-enums";
import { Element, wrap } from "./element";
import { Leaf } from "./leaf";
import {
  type InlineNode,
  normalizeRuns,
  type ParagraphAttrs,
  type ParagraphLike,
  paragraphText,
  type TextInline,
} from "./model";
import { Text } from "./text";

export abstract class ParagraphBase extends Element {
  constructor(
    ctx: DocCtx,
    readonly p: ParagraphLike,
    cls: string,
  ) {
    super(ctx, p, cls);
  }

  getText(): string {
    this.enter("getText");
    return paragraphText(this.p);
  }

  /** Replaces the paragraph's contents with `text`, keeping the first character's formatting. */
  setText(text: unknown): void {
    this.enter("setText");
    const t = requireText(text, this.sig("setText"), [text]);
    const first = runsOf(this.p)[0]?.attrs ?? this.p.textAttrs;
    this.p.inlines = t === "" ? [] : [{ type: "TEXT", runs: [{ text: t, attrs: { ...first } }] }];
    edited(this.ctx);
  }

  /** Appends a new Text element; the returned Text covers only the appended text. */
  appendText(text: unknown): Text {
    this.enter("appendText");
    const t = requireText(text, this.sig("appendText"), [text]);
    const prev = runsOf(this.p);
    const attrs = prev[prev.length - 1]?.attrs ?? this.p.textAttrs;
    const inline: TextInline = { type: "TEXT", runs: normalizeRuns([{ text: t, attrs: { ...attrs } }]) };
    this.p.inlines.push(inline);
    edited(this.ctx);
    return new Text(this.ctx, { holders: [this.p], only: inline, owner: this.p });
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, { holders: [this.p], only: null, owner: this.p });
  }

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.p.inlines.length;
  }

  getChild(childIndex: unknown): Element {
    this.enter("getChild");
    const i = requireIndex(childIndex, this.p.inlines.length, this.sig("getChild"), [childIndex]);
    const inline = this.p.inlines[i] as InlineNode;
    return inline.type === "TEXT"
      ? new Text(this.ctx, { holders: [this.p], only: inline, owner: this.p })
      : wrap(this.ctx, inline);
  }

  appendHorizontalRule(): Leaf {
    this.enter("appendHorizontalRule");
    const node: InlineNode = { type: "HORIZONTAL_RULE" };
    this.p.inlines.push(node);
    edited(this.ctx);
    return new Leaf(this.ctx, node, "HorizontalRule");
  }

  appendPageBreak(): Leaf {
    this.enter("appendPageBreak");
    const node: InlineNode = { type: "PAGE_BREAK" };
    this.p.inlines.push(node);
    edited(this.ctx);
    return new Leaf(this.ctx, node, "PageBreak");
  }

  clear(): this {
    this.enter("clear");
    this.p.inlines = [];
    edited(this.ctx);
    return this;
  }

  setHeading(heading: unknown): this {
    this.enter("setHeading");
    this.p.attrs.HEADING = requireEnum(heading, DOC_ENUMS.ParagraphHeading, this.sig("setHeading"), [
      heading,
    ]);
    edited(this.ctx);
    return this;
  }

  getHeading(): EnumValue {
    this.enter("getHeading");
    return DOC_ENUMS.ParagraphHeading[(this.p.attrs.HEADING ?? "NORMAL") as "NORMAL"];
  }

  setAlignment(alignment: unknown): this {
    this.enter("setAlignment");
    this.p.attrs.HORIZONTAL_ALIGNMENT = requireEnum(
      alignment,
      DOC_ENUMS.HorizontalAlignment,
      this.sig("setAlignment"),
      [alignment],
    );
    edited(this.ctx);
    return this;
  }

  getAlignment(): EnumValue {
    this.enter("getAlignment");
    return DOC_ENUMS.HorizontalAlignment[(this.p.attrs.HORIZONTAL_ALIGNMENT ?? "LEFT") as "LEFT"];
  }

  private setNumber(method: string, key: keyof ParagraphAttrs, value: unknown): this {
    this.enter(method);
    const n = requireNumber(value, this.sig(method), [value]);
    (this.p.attrs as Record<string, unknown>)[key] = n;
    edited(this.ctx);
    return this;
  }

  private getNumber(method: string, key: keyof ParagraphAttrs): number | null {
    this.enter(method);
    const v = this.p.attrs[key];
    return typeof v === "number" ? v : null;
  }

  setSpacingBefore(v: unknown): this {
    return this.setNumber("setSpacingBefore", "SPACING_BEFORE", v);
  }
  setSpacingAfter(v: unknown): this {
    return this.setNumber("setSpacingAfter", "SPACING_AFTER", v);
  }
  setLineSpacing(v: unknown): this {
    return this.setNumber("setLineSpacing", "LINE_SPACING", v);
  }
  setIndentStart(v: unknown): this {
    return this.setNumber("setIndentStart", "INDENT_START", v);
  }
  setIndentEnd(v: unknown): this {
    return this.setNumber("setIndentEnd", "INDENT_END", v);
  }
  setIndentFirstLine(v: unknown): this {
    return this.setNumber("setIndentFirstLine", "INDENT_FIRST_LINE", v);
  }
  getSpacingBefore(): number | null {
    return this.getNumber("getSpacingBefore", "SPACING_BEFORE");
  }
  getSpacingAfter(): number | null {
    return this.getNumber("getSpacingAfter", "SPACING_AFTER");
  }
  getLineSpacing(): number | null {
    return this.getNumber("getLineSpacing", "LINE_SPACING");
  }
  getIndentStart(): number | null {
    return this.getNumber("getIndentStart", "INDENT_START");
  }

  setLinkUrl(url: unknown): this {
    this.enter("setLinkUrl");
    patchParagraphText(this.p, textAttrValue("LINK_URL", url, this.sig("setLinkUrl")));
    edited(this.ctx);
    return this;
  }

  getLinkUrl(): string | null {
    this.enter("getLinkUrl");
    return uniform(runsOf(this.p), "LINK_URL");
  }

  setAttributes(attributes: unknown): this {
    this.enter("setAttributes");
    const { text, other } = splitAttributes(attributes, this.sig("setAttributes"));
    applyParagraphAttrs(this.p, other, this.sig("setAttributes"));
    patchParagraphText(this.p, text);
    edited(this.ctx);
    return this;
  }

  getAttributes(): Record<string, unknown> {
    this.enter("getAttributes");
    return paragraphAttributesObject(this.p);
  }
}

export class Paragraph extends ParagraphBase {
  constructor(ctx: DocCtx, p: ParagraphLike) {
    super(ctx, p, "Paragraph");
  }

  /** A detached deep copy (for appendParagraph(paragraph)). */
  copy(): Paragraph {
    this.enter("copy");
    return new Paragraph(this.ctx, structuredClone(this.p));
  }
}
