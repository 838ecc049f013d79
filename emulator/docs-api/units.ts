// A paragraph's contents as the Docs API counts them: text runs (one index per UTF-16 code unit) and inline elements (one index each).
import {
  applyPatch,
  type InlineNode,
  normalizeRuns,
  type ParagraphLike,
  type Run,
  type TextAttrs,
  type TextPatch,
} from "../document/model";

/** A stretch of text with uniform attributes, or a horizontal rule / page break. */
export type Unit = { kind: "text"; text: string; attrs: TextAttrs } | { kind: "inline"; node: InlineNode };

/** The paragraph's contents in order, Text elements flattened into their runs. */
export function toUnits(p: ParagraphLike): Unit[] {
  const out: Unit[] = [];
  for (const inline of p.inlines) {
    if (inline.type === "TEXT") {
      for (const r of inline.runs) out.push({ kind: "text", text: r.text, attrs: { ...r.attrs } });
    } else out.push({ kind: "inline", node: inline });
  }
  return out;
}

/**
 * Back to DocumentApp's inline nodes: neighbouring text becomes one Text element (after an API
 * write, DocumentApp sees the paragraph's contiguous text as one Text element, as a reopened
 * document does), with equal runs merged and empty ones dropped.
 */
export function fromUnits(units: readonly Unit[]): InlineNode[] {
  const out: InlineNode[] = [];
  let pending: Run[] = [];
  const flush = (): void => {
    const runs = normalizeRuns(pending);
    if (runs.length > 0) out.push({ type: "TEXT", runs });
    pending = [];
  };
  for (const u of units) {
    if (u.kind === "text") pending.push({ text: u.text, attrs: u.attrs });
    else {
      flush();
      out.push(u.node);
    }
  }
  flush();
  return out;
}

function unitLength(u: Unit): number {
  return u.kind === "text" ? u.text.length : 1;
}

/** Indexes the contents take (the paragraph's final newline not included). */
export function unitsLength(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) n += unitLength(u);
  return n;
}

/** The contents before and from `offset`, a text run cut in two where the offset falls inside it. */
export function splitUnits(units: readonly Unit[], offset: number): [Unit[], Unit[]] {
  const before: Unit[] = [];
  const after: Unit[] = [];
  let pos = 0;
  for (const u of units) {
    const len = unitLength(u);
    if (pos + len <= offset) before.push(u);
    else if (pos >= offset) after.push(u);
    else if (u.kind === "text") {
      const cut = offset - pos;
      before.push({ kind: "text", text: u.text.slice(0, cut), attrs: { ...u.attrs } });
      after.push({ kind: "text", text: u.text.slice(cut), attrs: { ...u.attrs } });
    }
    pos += len;
  }
  return [before, after];
}

/** The contents with [start, end) cut out. */
export function deleteUnits(units: readonly Unit[], start: number, end: number): Unit[] {
  const [before] = splitUnits(units, start);
  const [, after] = splitUnits(units, end);
  return [...before, ...after];
}

/** The contents with `patch` applied to the text in [start, end). */
export function patchUnits(units: readonly Unit[], start: number, end: number, patch: TextPatch): Unit[] {
  const [before, rest] = splitUnits(units, start);
  const [middle, after] = splitUnits(rest, end - start);
  const patched = middle.map(
    (u): Unit => (u.kind === "text" ? { ...u, attrs: applyPatch(u.attrs, patch) } : u),
  );
  return [...before, ...patched, ...after];
}

/** Attributes of the text character at `offset`, or undefined (an inline element, or past the end). */
export function textAttrsAt(units: readonly Unit[], offset: number): TextAttrs | undefined {
  let pos = 0;
  for (const u of units) {
    const len = unitLength(u);
    if (offset < pos + len) return u.kind === "text" ? u.attrs : undefined;
    pos += len;
  }
  return undefined;
}

/** The paragraph's plain text with each inline element as one placeholder character (for index arithmetic). */
export function unitsText(units: readonly Unit[]): string {
  return units.map((u) => (u.kind === "text" ? u.text : "\u0000")).join("");
}
