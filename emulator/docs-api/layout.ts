// Where every paragraph and table of a segment (body, header, footer) sits in the Docs API's index space.
import type { BlockNode, DocContent, ParagraphLike, SectionNode, TableNode } from "../document/model";
import { toUnits, unitsLength } from "./units";

/**
 * Index model (Docs API guides, "Structure of a Google Docs document" and "Work with tables"):
 * indexes count UTF-16 code units; a paragraph takes its text, one per inline element (horizontal
 * rule, page break) and its final newline; a table takes 1 for its start, 1 for each row's start,
 * 1 for each cell's start, the cells' paragraphs, and 1 for its end. The body starts after the
 * section break at [0, 1); headers and footers start at 0.
 */
export function paragraphLength(p: ParagraphLike): number {
  return unitsLength(toUnits(p)) + 1;
}

/** A paragraph's place: [start, end) and the list it belongs to (a section's or a cell's children). */
export interface ParaSpan {
  node: ParagraphLike;
  start: number;
  end: number;
  container: BlockNode[];
}

export interface TableSpan {
  node: TableNode;
  start: number;
  end: number;
}

export interface SegmentLayout {
  section: SectionNode;
  start: number;
  /** The segment's end index: the end of its last paragraph. */
  end: number;
  /** Every paragraph in document order, those inside tables included. */
  paragraphs: ParaSpan[];
  tables: TableSpan[];
}

/** Lays out `section` from index `start`. */
export function layoutSegment(section: SectionNode, start: number): SegmentLayout {
  const out: SegmentLayout = { section, start, end: start, paragraphs: [], tables: [] };
  let pos = start;
  const paragraphs = (container: BlockNode[]): void => {
    for (const b of container) {
      if (b.type !== "TABLE") {
        const end = pos + paragraphLength(b);
        out.paragraphs.push({ node: b, start: pos, end, container });
        pos = end;
        continue;
      }
      const tableStart = pos;
      pos += 1;
      for (const row of b.rows) {
        pos += 1;
        for (const cell of row.cells) {
          pos += 1;
          paragraphs(cell.children);
        }
      }
      pos += 1;
      out.tables.push({ node: b, start: tableStart, end: pos });
    }
  };
  paragraphs(section.children);
  out.end = pos;
  return out;
}

/** Segment ids the emulator gives the document's one header and one footer (opaque to scripts). */
export const HEADER_ID = "kix.hdr0";
export const FOOTER_ID = "kix.ftr0";

/** The segment a request's segmentId names (""/absent = the body), or undefined for an unknown id. */
export function segmentNamed(doc: DocContent, segmentId: unknown): SegmentLayout | undefined {
  if (segmentId === undefined || segmentId === "") return layoutSegment(doc.body, 1);
  if (segmentId === HEADER_ID && doc.header) return layoutSegment(doc.header, 0);
  if (segmentId === FOOTER_ID && doc.footer) return layoutSegment(doc.footer, 0);
  return undefined;
}

/** The paragraph holding index `index` (its text or its final newline), if any. */
export function paragraphAt(layout: SegmentLayout, index: number): ParaSpan | undefined {
  return layout.paragraphs.find((s) => s.start <= index && index < s.end);
}
