// ListItem: a paragraph in a list, with its glyph, nesting level and list id.
import type { EnumValue } from "../enums";
import { nestingLevel } from "./attributes";
import { type DocCtx, edited, requireEnum, signatureError } from "./context";
import { DOC_ENUMS } from "./doc-enums";
import type { ListItemNode } from "./model";
import { ParagraphBase } from "./paragraph";

export class ListItem extends ParagraphBase {
  constructor(
    ctx: DocCtx,
    readonly li: ListItemNode,
  ) {
    super(ctx, li, "ListItem");
  }

  setGlyphType(glyphType: unknown): this {
    this.enter("setGlyphType");
    this.li.attrs.GLYPH_TYPE = requireEnum(glyphType, DOC_ENUMS.GlyphType, this.sig("setGlyphType"), [
      glyphType,
    ]);
    edited(this.ctx);
    return this;
  }

  getGlyphType(): EnumValue {
    this.enter("getGlyphType");
    return DOC_ENUMS.GlyphType[this.li.attrs.GLYPH_TYPE as "BULLET"];
  }

  setNestingLevel(nesting: unknown): this {
    this.enter("setNestingLevel");
    this.li.attrs.NESTING_LEVEL = nestingLevel(nesting, this.sig("setNestingLevel"));
    edited(this.ctx);
    return this;
  }

  getNestingLevel(): number {
    this.enter("getNestingLevel");
    return this.li.attrs.NESTING_LEVEL;
  }

  /** Joins the list of another ListItem. */
  setListId(listItem: unknown): this {
    this.enter("setListId");
    if (!(listItem instanceof ListItem)) throw signatureError(this.sig("setListId"), [listItem]);
    this.li.attrs.LIST_ID = listItem.li.attrs.LIST_ID;
    edited(this.ctx);
    return this;
  }

  getListId(): string {
    this.enter("getListId");
    return this.li.attrs.LIST_ID;
  }

  copy(): ListItem {
    this.enter("copy");
    return new ListItem(this.ctx, structuredClone(this.li));
  }
}
