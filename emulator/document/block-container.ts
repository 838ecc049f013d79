// The base of Body, HeaderSection, FooterSection and TableCell: their child blocks, paragraphs, list items, rules and page breaks.
import { ScriptError } from "../runtime";
import {
  content,
  type DocCtx,
  edited,
  type Node,
  requireIndex,
  requireInsertIndex,
  signatureError,
} from "./context";
import { Element, fixTableAdjacency, removeNode, wrap } from "./element";
import { Leaf } from "./leaf";
import { ListItem } from "./list-item";
import {
  allParagraphs,
  allTables,
  type BlockNode,
  cellText,
  type InlineNode,
  type ListItemNode,
  newListItem,
  newParagraph,
  type ParagraphLike,
  paragraphText,
  type RowNode,
  type SectionNode,
  type TableNode,
} from "./model";
import { Paragraph } from "./paragraph";
import type { Table } from "./table";
import { Text } from "./text";
import { locate } from "./tree";

function nextListId(ctx: DocCtx): string {
  const doc = content(ctx);
  const id = `kix.list.${doc.nextListSeq}`;
  doc.nextListSeq += 1;
  return id;
}

export abstract class BlockContainer extends Element {
  protected abstract blocks(): BlockNode[];
  /** Sections must end with a paragraph; cells only hold paragraphs. */
  protected abstract readonly isSection: boolean;

  getNumChildren(): number {
    this.enter("getNumChildren");
    return this.blocks().length;
  }

  getChild(childIndex: unknown): Element {
    this.enter("getChild");
    const list = this.blocks();
    const i = requireIndex(childIndex, list.length, this.sig("getChild"), [childIndex]);
    return wrap(this.ctx, list[i] as BlockNode);
  }

  getChildIndex(child: unknown): number {
    this.enter("getChildIndex");
    if (!(child instanceof Element)) throw signatureError(this.sig("getChildIndex"), [child]);
    const i = (this.blocks() as Node[]).indexOf(child.node);
    // UNCONFIRMED text.
    if (i < 0) throw new ScriptError("Element does not contain the specified child element.");
    return i;
  }

  getText(): string {
    this.enter("getText");
    return blocksText(this.blocks());
  }

  editAsText(): Text {
    this.enter("editAsText");
    return new Text(this.ctx, { holders: allParagraphs(this.blocks()), only: null, owner: null });
  }

  getParagraphs(): Element[] {
    this.enter("getParagraphs");
    // "Retrieves all the Paragraphs contained in the section (including ListItems)."
    return allParagraphs(this.blocks()).map((p) => wrap(this.ctx, p));
  }

  getTables(): Table[] {
    this.enter("getTables");
    return allTables(this.blocks()).map((t) => wrap(this.ctx, t) as Table);
  }

  getListItems(): ListItem[] {
    this.enter("getListItems");
    return allParagraphs(this.blocks())
      .filter((p): p is ListItemNode => p.type === "LIST_ITEM")
      .map((p) => new ListItem(this.ctx, p));
  }

  /** Inserts a block at `index` (append when undefined) and returns it. */
  protected put<T extends BlockNode>(node: T, index?: number): T {
    const list = this.blocks();
    list.splice(index === undefined ? list.length : index, 0, node);
    if (this.isSection) fixTableAdjacency(this.node as SectionNode);
    edited(this.ctx);
    return node;
  }

  private insertIndex(method: string, index: unknown, args: unknown[]): number {
    // 0 … numChildren: an index equal to the number of children appends (see requireInsertIndex).
    return requireInsertIndex(index, this.blocks().length, this.sig(method), args);
  }

  private paragraphArg(value: unknown, method: string, args: unknown[]): ParagraphLike {
    if (typeof value === "string") return newParagraph(value);
    if (value instanceof Paragraph) return this.detached(value) as ParagraphLike;
    throw signatureError(this.sig(method), args);
  }

  private detached(el: Element): Node {
    // Apps Script: an element already in a document must be copied first ("Element must be detached.").
    if (locate(content(this.ctx), el.node)) throw new ScriptError("Element must be detached.");
    return structuredClone(el.node);
  }

  appendParagraph(textOrParagraph: unknown): Paragraph {
    this.enter("appendParagraph");
    const node = this.paragraphArg(textOrParagraph, "appendParagraph", [textOrParagraph]);
    return new Paragraph(this.ctx, this.put(node));
  }

  insertParagraph(childIndex: unknown, textOrParagraph: unknown): Paragraph {
    this.enter("insertParagraph");
    const args = [childIndex, textOrParagraph];
    const i = this.insertIndex("insertParagraph", childIndex, args);
    const node = this.paragraphArg(textOrParagraph, "insertParagraph", args);
    return new Paragraph(this.ctx, this.put(node, i));
  }

  private listItemNode(value: unknown, method: string, args: unknown[], index: number): ListItemNode {
    if (value instanceof ListItem) return this.detached(value) as ListItemNode;
    if (typeof value !== "string") throw signatureError(this.sig(method), args);
    // A new item continues the list of the item just before it, as in the Docs editor.
    const prev = this.blocks()[index - 1];
    if (prev && prev.type === "LIST_ITEM") {
      const li = newListItem(value, prev.attrs.LIST_ID);
      li.attrs.GLYPH_TYPE = prev.attrs.GLYPH_TYPE;
      li.attrs.NESTING_LEVEL = prev.attrs.NESTING_LEVEL;
      return li;
    }
    return newListItem(value, nextListId(this.ctx));
  }

  appendListItem(textOrListItem: unknown): ListItem {
    this.enter("appendListItem");
    const node = this.listItemNode(textOrListItem, "appendListItem", [textOrListItem], this.blocks().length);
    return new ListItem(this.ctx, this.put(node));
  }

  insertListItem(childIndex: unknown, textOrListItem: unknown): ListItem {
    this.enter("insertListItem");
    const args = [childIndex, textOrListItem];
    const i = this.insertIndex("insertListItem", childIndex, args);
    const node = this.listItemNode(textOrListItem, "insertListItem", args, i);
    return new ListItem(this.ctx, this.put(node, i));
  }

  appendHorizontalRule(): Leaf {
    this.enter("appendHorizontalRule");
    const hr: InlineNode = { type: "HORIZONTAL_RULE" };
    const p = newParagraph();
    p.inlines.push(hr);
    this.put(p);
    return new Leaf(this.ctx, hr, "HorizontalRule");
  }

  appendPageBreak(): Leaf {
    this.enter("appendPageBreak");
    if (!this.isSection) throw signatureError(this.sig("appendPageBreak"), []); // cells can't hold page breaks
    const pb: InlineNode = { type: "PAGE_BREAK" };
    const p = newParagraph();
    p.inlines.push(pb);
    this.put(p);
    return new Leaf(this.ctx, pb, "PageBreak");
  }

  /** Removes `child`. The section's last paragraph can't be removed. */
  removeChild(child: unknown): this {
    this.enter("removeChild");
    if (!(child instanceof Element)) throw signatureError(this.sig("removeChild"), [child]);
    if (!(this.blocks() as Node[]).includes(child.node)) {
      throw new ScriptError("Element does not contain the specified child element."); // UNCONFIRMED text
    }
    removeNode(this.ctx, child.node);
    return this;
  }
}

/** The text of blocks as getText() gives it: blocks, table rows and the cells of a row all joined by "\n". */
export function blocksText(blocks: readonly BlockNode[]): string {
  return blocks.map((b) => (b.type === "TABLE" ? tableText(b) : paragraphText(b))).join("\n");
}

/**
 * Table.getText() and TableRow.getText(): every cell's text joined by "\n", across rows too.
 * UNCONFIRMED on Google's pages: brucemcpherson/gas-fakes' test/testdocsnext.js ("Table.getText()")
 * records this as the live behaviour; src/diagnostico checks it on Google.
 */
export function tableText(table: TableNode): string {
  return table.rows.map(rowText).join("\n");
}

export function rowText(row: RowNode): string {
  return row.cells.map(cellText).join("\n");
}
