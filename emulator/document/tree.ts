// Finding an element's parent and section: the state is plain JSON, so parents are found by searching the tree.
import { content, type DocCtx, type Node } from "./context";
import type {
  BlockNode,
  CellNode,
  DocContent,
  InlineNode,
  ParagraphLike,
  RowNode,
  SectionNode,
  TableNode,
} from "./model";

export type Place =
  | { kind: "section"; owner: SectionNode; list: BlockNode[] }
  | { kind: "cell"; owner: CellNode; list: ParagraphLike[] }
  | { kind: "row"; owner: RowNode; list: CellNode[] }
  | { kind: "table"; owner: TableNode; list: RowNode[] }
  | { kind: "paragraph"; owner: ParagraphLike; list: InlineNode[] };

/** Where `node` sits: its parent and the list holding it; null when it is detached. */
export function locate(doc: DocContent, node: Node): Place | null {
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (!section) continue;
    const found = locateIn(section, node);
    if (found) return found;
  }
  return null;
}

function locateIn(section: SectionNode, node: Node): Place | null {
  const inBlocks = (owner: SectionNode | CellNode, blocks: BlockNode[]): Place | null => {
    for (const b of blocks) {
      if (b === node) {
        return owner.type === "TABLE_CELL"
          ? { kind: "cell", owner, list: owner.children }
          : { kind: "section", owner, list: owner.children };
      }
      if (b.type === "TABLE") {
        for (const row of b.rows) {
          if (row === node) return { kind: "table", owner: b, list: b.rows };
          for (const cell of row.cells) {
            if (cell === node) return { kind: "row", owner: row, list: row.cells };
            const inner = inBlocks(cell, cell.children);
            if (inner) return inner;
          }
        }
      } else {
        for (const inline of b.inlines)
          if (inline === node) return { kind: "paragraph", owner: b, list: b.inlines };
      }
    }
    return null;
  };
  return inBlocks(section, section.children);
}

function sectionOf(doc: DocContent, node: Node): SectionNode | null {
  for (const section of [doc.body, doc.header, doc.footer]) {
    if (section && (section === node || locateIn(section, node))) return section;
  }
  return null;
}

/** The section that holds `node` (used by Document to reject elements of other sections). */
export function sectionHolding(ctx: DocCtx, node: Node): SectionNode | null {
  return sectionOf(content(ctx), node);
}
