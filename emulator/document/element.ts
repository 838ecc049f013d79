// Element: the base of every Docs element (type, parent, siblings, removal, as…() casts) and wrap(), the object for a node.
import type { EnumValue } from "../enums";
import { ScriptError } from "../runtime";
import type { Body, Section } from "./body";
import { content, type DocCtx, edited, enter, LAST_PARAGRAPH_MESSAGE, type Node } from "./context";
import { DOC_ENUMS } from "./doc-enums";
import type { Leaf } from "./leaf";
import type { ListItem } from "./list-item";
import { newParagraph, type SectionNode } from "./model";
import type { Paragraph } from "./paragraph";
import type { Table, TableCell, TableRow } from "./table";
import type { Text } from "./text";
import { locate } from "./tree";

/** The element classes, by name. Element can't import them (they extend it: the cycle would break at load). */
export interface ElementClasses {
  Body: typeof Body;
  Section: typeof Section;
  Paragraph: typeof Paragraph;
  ListItem: typeof ListItem;
  Table: typeof Table;
  TableRow: typeof TableRow;
  TableCell: typeof TableCell;
  Text: typeof Text;
  Leaf: typeof Leaf;
}

let classes: ElementClasses | undefined;

/** Called once, by ./elements, which imports every element class. */
export function registerElementClasses(all: ElementClasses): void {
  classes = all;
}

function elementClasses(): ElementClasses {
  if (!classes) throw new Error("The Docs element classes are not registered: import ./elements.");
  return classes;
}

/** The emulated object for `node`, typed by its kind. */
export function wrap(ctx: DocCtx, node: Node): Element {
  const { Body, Section, Paragraph, ListItem, Table, TableRow, TableCell, Text, Leaf } = elementClasses();
  switch (node.type) {
    case "BODY_SECTION":
      return new Body(ctx, node);
    case "HEADER_SECTION":
    case "FOOTER_SECTION":
      return new Section(ctx, node);
    case "PARAGRAPH":
      return new Paragraph(ctx, node);
    case "LIST_ITEM":
      return new ListItem(ctx, node);
    case "TABLE":
      return new Table(ctx, node);
    case "TABLE_ROW":
      return new TableRow(ctx, node);
    case "TABLE_CELL":
      return new TableCell(ctx, node);
    case "TEXT":
      return new Text(ctx, { holders: [], only: node, owner: null });
    case "HORIZONTAL_RULE":
      return new Leaf(ctx, node, "HorizontalRule");
    case "PAGE_BREAK":
      return new Leaf(ctx, node, "PageBreak");
  }
}

/** Common Element methods. `cls` is the Apps Script class name used in counters and errors. */
export abstract class Element {
  constructor(
    protected readonly ctx: DocCtx,
    readonly node: Node,
    protected readonly cls: string,
  ) {}

  protected enter(method: string): void {
    enter(this.ctx, `${this.cls}.${method}`);
  }

  protected sig(method: string): string {
    return `DocumentApp.${this.cls}.${method}`;
  }

  toString(): string {
    return this.cls;
  }

  getType(): EnumValue {
    this.enter("getType");
    return DOC_ENUMS.ElementType[this.node.type];
  }

  getParent(): Element | null {
    this.enter("getParent");
    const place = locate(content(this.ctx), this.node);
    return place ? wrap(this.ctx, place.owner) : null;
  }

  getNextSibling(): Element | null {
    this.enter("getNextSibling");
    return this.sibling(1);
  }

  getPreviousSibling(): Element | null {
    this.enter("getPreviousSibling");
    return this.sibling(-1);
  }

  private sibling(delta: number): Element | null {
    const place = locate(content(this.ctx), this.node);
    if (!place) return null;
    const list = place.list as Node[];
    const next = list[list.indexOf(this.node) + delta];
    return next ? wrap(this.ctx, next) : null;
  }

  isAtDocumentEnd(): boolean {
    this.enter("isAtDocumentEnd");
    const body = content(this.ctx).body;
    const last = body.children[body.children.length - 1];
    return last === this.node;
  }

  /** Removes this element; a section's last paragraph can't go (Docs' invariant). */
  removeFromParent(): this {
    this.enter("removeFromParent");
    removeNode(this.ctx, this.node);
    return this;
  }

  asParagraph(): Paragraph {
    return this.cast("asParagraph", elementClasses().Paragraph);
  }
  asListItem(): ListItem {
    return this.cast("asListItem", elementClasses().ListItem);
  }
  asTable(): Table {
    return this.cast("asTable", elementClasses().Table);
  }
  asTableRow(): TableRow {
    return this.cast("asTableRow", elementClasses().TableRow);
  }
  asTableCell(): TableCell {
    return this.cast("asTableCell", elementClasses().TableCell);
  }
  asText(): Text {
    return this.cast("asText", elementClasses().Text);
  }
  asBody(): Body {
    return this.cast("asBody", elementClasses().Body);
  }
  asHorizontalRule(): Leaf {
    return this.cast("asHorizontalRule", elementClasses().Leaf);
  }

  private cast<T>(method: string, ctor: abstract new (...args: never[]) => T): T {
    this.enter(method);
    if (this instanceof ctor) return this as unknown as T;
    // UNCONFIRMED text: Google refuses casting an element to another type.
    throw new ScriptError(`Cannot cast ${this.cls} to ${method.slice(2)}.`);
  }
}

/** Removes `node` from its parent; removing the last paragraph of a section or a cell throws. */
export function removeNode(ctx: DocCtx, node: Node): void {
  const doc = content(ctx);
  const place = locate(doc, node);
  // Removing a detached element: nothing to do (Google returns the element).
  if (!place) return;
  const list = place.list as Node[];
  const index = list.indexOf(node);
  if (place.kind === "section" && index === list.length - 1) throw new ScriptError(LAST_PARAGRAPH_MESSAGE);
  if (place.kind === "cell" && list.length === 1) {
    // A cell keeps at least one paragraph. UNCONFIRMED text (same rule as sections).
    throw new ScriptError("Can't remove the last paragraph in a table cell.");
  }
  list.splice(index, 1);
  if (place.kind === "section") fixTableAdjacency(place.owner);
  edited(ctx);
}

/** Docs never lets a section end with a table: a paragraph follows every last table. */
export function fixTableAdjacency(section: SectionNode): void {
  const last = section.children[section.children.length - 1];
  if (!last || last.type === "TABLE") section.children.push(newParagraph());
}
