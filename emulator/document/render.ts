// Uncounted views of an emulated Doc: a faithful, fully escaped HTML page and Docs-style plain text.
import type { DriveState } from "../drive";
import { documentUrl } from "./document-app";
import type {
  BlockNode,
  CellNode,
  DocsState,
  InlineNode,
  ListItemNode,
  ParagraphLike,
  Run,
  TableNode,
} from "./model";
import { cellText, paragraphText } from "./model";

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// Values placed in style attributes are re-checked: state files can be edited by hand.
const safeColor = (c: string | undefined): string | undefined =>
  c && /^#[0-9a-fA-F]{6}$/.test(c) ? c : undefined;
const safeNumber = (n: unknown): number | undefined =>
  typeof n === "number" && Number.isFinite(n) ? n : undefined;
const safeFont = (f: string | undefined): string | undefined =>
  f && /^[A-Za-z0-9 _-]{1,64}$/.test(f) ? f : undefined;
const safeLink = (u: string | undefined): string | undefined =>
  u && /^(https?:|mailto:)/i.test(u.trim()) ? u.trim() : undefined;

const GLYPHS: Record<string, string> = { BULLET: "●", HOLLOW_BULLET: "○", SQUARE_BULLET: "■" };

function ordinalGlyph(glyph: string, n: number): string {
  switch (glyph) {
    case "NUMBER":
      return `${n}.`;
    case "LATIN_UPPER":
      return `${latin(n)}.`;
    case "LATIN_LOWER":
      return `${latin(n).toLowerCase()}.`;
    case "ROMAN_UPPER":
      return `${roman(n)}.`;
    case "ROMAN_LOWER":
      return `${roman(n).toLowerCase()}.`;
    default:
      return GLYPHS[glyph] ?? "●";
  }
}

function latin(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, "M"],
    [900, "CM"],
    [500, "D"],
    [400, "CD"],
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let k = n;
  for (const [v, s] of table)
    while (k >= v) {
      out += s;
      k -= v;
    }
  return out;
}

function runHtml(run: Run): string {
  const a = run.attrs;
  const css: string[] = [];
  if (a.BOLD) css.push("font-weight:bold");
  if (a.ITALIC) css.push("font-style:italic");
  const deco = [a.UNDERLINE ? "underline" : "", a.STRIKETHROUGH ? "line-through" : ""]
    .filter(Boolean)
    .join(" ");
  if (deco) css.push(`text-decoration:${deco}`);
  const size = safeNumber(a.FONT_SIZE);
  if (size !== undefined) css.push(`font-size:${size}pt`);
  const font = safeFont(a.FONT_FAMILY);
  if (font) css.push(`font-family:'${font}'`);
  const fg = safeColor(a.FOREGROUND_COLOR);
  if (fg) css.push(`color:${fg}`);
  const bg = safeColor(a.BACKGROUND_COLOR);
  if (bg) css.push(`background-color:${bg}`);
  // Line breaks inside a paragraph (soft returns) show as <br>.
  const text = escapeHtml(run.text).replace(/\r\n|\r|\n|\v/g, "<br>");
  const span = css.length ? `<span style="${css.join(";")}">${text}</span>` : text;
  const link = safeLink(a.LINK_URL);
  return link ? `<a href="${escapeHtml(link)}" target="_blank" rel="noopener">${span}</a>` : span;
}

function inlinesHtml(inlines: readonly InlineNode[]): string {
  const parts = inlines.map((i) =>
    i.type === "TEXT"
      ? i.runs.map(runHtml).join("")
      : i.type === "HORIZONTAL_RULE"
        ? "<hr>"
        : '<span class="page-break"></span>',
  );
  return parts.join("") || "<br>";
}

function paragraphStyle(p: ParagraphLike): string {
  const a = p.attrs;
  const css: string[] = [];
  const align = a.HORIZONTAL_ALIGNMENT;
  if (align && ["LEFT", "CENTER", "RIGHT", "JUSTIFY"].includes(align))
    css.push(`text-align:${align.toLowerCase()}`);
  const before = safeNumber(a.SPACING_BEFORE);
  if (before !== undefined) css.push(`margin-top:${before}pt`);
  const after = safeNumber(a.SPACING_AFTER);
  if (after !== undefined) css.push(`margin-bottom:${after}pt`);
  const line = safeNumber(a.LINE_SPACING);
  if (line !== undefined) css.push(`line-height:${line}`);
  const start = safeNumber(a.INDENT_START);
  if (start !== undefined) css.push(`padding-left:${start}pt`);
  const end = safeNumber(a.INDENT_END);
  if (end !== undefined) css.push(`padding-right:${end}pt`);
  const first = safeNumber(a.INDENT_FIRST_LINE);
  if (first !== undefined && start !== undefined) css.push(`text-indent:${first - start}pt`);
  return css.length ? ` style="${css.join(";")}"` : "";
}

const HEADING_TAG: Record<string, [string, string]> = {
  TITLE: ["h1", ' class="title"'],
  SUBTITLE: ["p", ' class="subtitle"'],
  HEADING1: ["h1", ""],
  HEADING2: ["h2", ""],
  HEADING3: ["h3", ""],
  HEADING4: ["h4", ""],
  HEADING5: ["h5", ""],
  HEADING6: ["h6", ""],
};

function paragraphHtml(p: ParagraphLike): string {
  const [tag, cls] = HEADING_TAG[p.attrs.HEADING ?? "NORMAL"] ?? ["p", ""];
  const onlyRule = p.inlines.length === 1 && p.inlines[0]?.type === "HORIZONTAL_RULE";
  if (onlyRule) return "<hr>";
  return `<${tag}${cls}${paragraphStyle(p)}>${inlinesHtml(p.inlines)}</${tag}>`;
}

function tableHtml(t: TableNode, counters: Map<string, number[]>): string {
  const bw = safeNumber(t.attrs.BORDER_WIDTH) ?? 1;
  const bc = safeColor(t.attrs.BORDER_COLOR) ?? "#000000";
  const cols = t.columnWidths.map((w) => {
    const width = safeNumber(w);
    return width !== undefined ? `<col style="width:${width}pt">` : "<col>";
  });
  const rows = t.rows.map((r) => {
    const minH = safeNumber(r.attrs.MINIMUM_HEIGHT);
    const cells = r.cells.map((c) => cellHtml(c, bw, bc, counters)).join("");
    return `<tr${minH ? ` style="height:${minH}pt"` : ""}>${cells}</tr>`;
  });
  return `<table style="border-collapse:collapse"><colgroup>${cols.join("")}</colgroup><tbody>${rows.join("")}</tbody></table>`;
}

function cellHtml(c: CellNode, bw: number, bc: string, counters: Map<string, number[]>): string {
  const a = c.attrs;
  const css = [`border:${bw}pt solid ${bc}`];
  const bg = safeColor(a.BACKGROUND_COLOR);
  if (bg) css.push(`background-color:${bg}`);
  const width = safeNumber(a.WIDTH);
  if (width !== undefined) css.push(`width:${width}pt`);
  const pad = (v: unknown, d: number) => safeNumber(v) ?? d;
  css.push(
    `padding:${pad(a.PADDING_TOP, 5)}pt ${pad(a.PADDING_RIGHT, 5)}pt ${pad(a.PADDING_BOTTOM, 5)}pt ${pad(a.PADDING_LEFT, 5)}pt`,
  );
  const va = a.VERTICAL_ALIGNMENT;
  css.push(`vertical-align:${va === "CENTER" ? "middle" : va === "BOTTOM" ? "bottom" : "top"}`);
  return `<td style="${css.join(";")}">${blocksHtml(c.children, counters)}</td>`;
}

function listHtml(items: ListItemNode[], counters: Map<string, number[]>): string {
  const lis = items.map((li) => {
    const level = Math.max(0, Math.min(8, Math.floor(li.attrs.NESTING_LEVEL)));
    const perList = counters.get(li.attrs.LIST_ID) ?? [];
    perList[level] = (perList[level] ?? 0) + 1;
    perList.length = level + 1; // deeper levels restart after a shallower item
    counters.set(li.attrs.LIST_ID, perList);
    const glyph = ordinalGlyph(li.attrs.GLYPH_TYPE, perList[level] ?? 1);
    const style = paragraphStyle(li).replace(/^ style="|"$/g, "");
    const css = [`margin-left:${level * 36}pt`, style].filter(Boolean).join(";");
    return `<li style="${css}"><span class="glyph" aria-hidden="true">${escapeHtml(glyph)}</span> ${inlinesHtml(li.inlines)}</li>`;
  });
  return `<ul class="list">${lis.join("")}</ul>`;
}

function blocksHtml(blocks: readonly BlockNode[], counters: Map<string, number[]>): string {
  const out: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as BlockNode;
    if (b.type === "LIST_ITEM") {
      const group: ListItemNode[] = [];
      while (i < blocks.length && blocks[i]?.type === "LIST_ITEM") group.push(blocks[i++] as ListItemNode);
      i--;
      out.push(listHtml(group, counters));
    } else if (b.type === "TABLE") out.push(tableHtml(b, counters));
    else out.push(paragraphHtml(b));
  }
  return out.join("\n");
}

const PAGE_CSS = `
body{margin:0;background:#f1f3f4;font-family:Arial,sans-serif;font-size:11pt;color:#000}
.page{background:#fff;margin:24px auto;box-shadow:0 1px 3px rgba(60,64,67,.3);box-sizing:content-box}
p,h1,h2,h3,h4,h5,h6{margin:0}
h1.title{font-size:26pt;font-weight:normal}.subtitle{font-size:15pt;color:#666}
h1{font-size:20pt;font-weight:normal}h2{font-size:16pt;font-weight:normal}h3{font-size:14pt;font-weight:normal}
ul.list{list-style:none;margin:0;padding:0}.glyph{display:inline-block;min-width:18pt}
table{margin:0}td p{margin:0}hr{border:0;border-top:1px solid #999}
.page-break{display:block;border-top:1px dashed #bbb;margin:12pt 0}
.doc-header,.doc-footer{color:#444}`;

/**
 * The document as a plain HTML page (uncounted): title, paragraphs with headings and text
 * attributes, lists with their glyphs, tables with widths/backgrounds, rules. Every piece of text
 * is escaped, so document content can't inject markup into the page that shows it.
 */
export function renderDocumentHtml(docs: DocsState, id: string, drive?: DriveState): string {
  const doc = docs.documents[id];
  if (!doc) throw new Error(`renderDocumentHtml: no document ${id}`);
  const title = drive?.files[id]?.name ?? id;
  const b = doc.bodyAttrs;
  const width = Math.max(0, b.PAGE_WIDTH - b.MARGIN_LEFT - b.MARGIN_RIGHT);
  const pageStyle = `width:${width}pt;min-height:${Math.max(0, b.PAGE_HEIGHT - b.MARGIN_TOP - b.MARGIN_BOTTOM)}pt;padding:${b.MARGIN_TOP}pt ${b.MARGIN_RIGHT}pt ${b.MARGIN_BOTTOM}pt ${b.MARGIN_LEFT}pt`;
  const counters = new Map<string, number[]>();
  const header = doc.header
    ? `<header class="doc-header">${blocksHtml(doc.header.children, counters)}</header>\n`
    : "";
  const footer = doc.footer
    ? `\n<footer class="doc-footer">${blocksHtml(doc.footer.children, counters)}</footer>`
    : "";
  return [
    "<!doctype html>",
    '<html lang="es"><head><meta charset="utf-8">',
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(documentUrl(id))}">`,
    `<style>${PAGE_CSS}</style></head>`,
    `<body><main class="page" data-document-id="${escapeHtml(id)}" style="${pageStyle}">`,
    `${header}${blocksHtml(doc.body.children, counters)}${footer}`,
    "</main></body></html>",
    "",
  ].join("\n");
}

function glyphText(li: ListItemNode, n: number): string {
  const g = li.attrs.GLYPH_TYPE;
  return g === "BULLET" || g === "HOLLOW_BULLET" || g === "SQUARE_BULLET" ? "·" : ordinalGlyph(g, n);
}

function blocksText(blocks: readonly BlockNode[], counters: Map<string, number[]>): string {
  let out = "";
  for (const b of blocks) {
    if (b.type === "TABLE") {
      // As Docs' "Plain text" export (see the sample report): each cell on its own line after a
      // tab, a blank line after each row.
      for (const row of b.rows) {
        for (const cell of row.cells) out += `\t${cellText(cell)}\n`;
        out += "\n";
      }
    } else if (b.type === "LIST_ITEM") {
      const level = Math.max(0, Math.floor(b.attrs.NESTING_LEVEL));
      const perList = counters.get(b.attrs.LIST_ID) ?? [];
      perList[level] = (perList[level] ?? 0) + 1;
      perList.length = level + 1;
      counters.set(b.attrs.LIST_ID, perList);
      out += `${"\t".repeat(level)}${glyphText(b, perList[level] ?? 1)} ${paragraphText(b)}\n`;
    } else out += `${paragraphText(b)}\n`;
  }
  return out;
}

/** The document's plain text, laid out like Docs' text export (uncounted). */
export function documentText(docs: DocsState, id: string): string {
  const doc = docs.documents[id];
  if (!doc) throw new Error(`documentText: no document ${id}`);
  const counters = new Map<string, number[]>();
  const parts = [doc.header, doc.body, doc.footer]
    .filter((s) => s !== null)
    .map((s) => blocksText(s.children, counters));
  return parts.join("");
}
