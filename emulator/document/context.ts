// What every element of one opened Document shares: the context, DocumentApp's requirement and error texts, and argument checks.
import { type DriveState, nowMs, touchItem } from "../drive";
import { NAMING, signatureChecks } from "../enums";
import { type Runtime, SCOPE, ScriptError } from "../runtime";
import {
  type BlockNode,
  type CellNode,
  type DocContent,
  type DocsState,
  documentCharacters,
  type InlineNode,
  MAX_DOCUMENT_CHARS,
  type RowNode,
  type SectionNode,
} from "./model";
import { type DocSession, DocsSessionHazard, isStale, STALE_SESSION_MESSAGE, sessionWrote } from "./sessions";

export const { requireEnum, signatureError } = signatureChecks(NAMING.docs);

/** DocumentApp needs the documents scope and full authorization (not simple triggers / LIMITED). */
export const DOCS_REQUIREMENT = { scopes: [SCOPE.documents], auth: "FULL" } as const;

// https://developers.google.com/apps-script/reference/document/document#saveAndClose(): after it,
// the Document can't be edited. Exception text as reported by users of the live service.
export const CLOSED_MESSAGE = "Document is closed, its contents cannot be updated.";
// Exception text seen in live scripts (e.g. several public repositories quoting it verbatim).
export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";

/** What every element of one opened Document shares. */
export interface DocCtx {
  rt: Runtime;
  docs: DocsState;
  drive: DriveState;
  docId: string;
  /**
   * This opened Document's session (sessions.ts): closed by saveAndClose() or the end of the
   * execution, after which every call through its objects throws; dirty once edited.
   */
  handle: DocSession;
}

export type Node = SectionNode | BlockNode | RowNode | CellNode | InlineNode;

/** The opened Document's content; Google's missing-document error once it is gone. */
export function content(ctx: DocCtx): DocContent {
  const c = ctx.docs.documents[ctx.docId];
  if (!c)
    throw new ScriptError("Document is missing (perhaps it was deleted, or you don't have read access?)");
  return c;
}

/** Counts the call, checks auth/scopes, then refuses a closed document or one a Docs API write made stale. */
export function enter(ctx: DocCtx, method: string): void {
  ctx.rt.enter(method, DOCS_REQUIREMENT);
  if (ctx.handle.closed) throw new ScriptError(CLOSED_MESSAGE);
  if (isStale(ctx.docs, ctx.handle)) throw new DocsSessionHazard(STALE_SESSION_MESSAGE);
}

// UNCONFIRMED text, and whether Google keeps the write that crossed the limit (here it stays).
export const TOO_LARGE_MESSAGE = `The document is too large: a document can hold at most ${MAX_DOCUMENT_CHARS} characters.`;

/**
 * Records an edit: the Drive file's lastUpdated moves, the document gains a revision and the session
 * holds unsaved edits (sessions.ts); a write past Google's size limit throws.
 */
export function edited(ctx: DocCtx): void {
  const doc = content(ctx);
  touchItem(ctx.drive, ctx.docId, nowMs(ctx.rt));
  sessionWrote(ctx.handle, doc);
  if (documentCharacters(doc) > MAX_DOCUMENT_CHARS) throw new ScriptError(TOO_LARGE_MESSAGE);
}

function childIndexError(index: number, count: number): ScriptError {
  // Live text: "Child index (2228) must be less than the number of child elements (6)."
  return new ScriptError(`Child index (${index}) must be less than the number of child elements (${count}).`);
}

/** A child index below `count`; the signature error for a non-integer, Google's child-index error out of range. */
export function requireIndex(value: unknown, count: number, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw signatureError(method, args);
  if (value < 0 || value >= count) throw childIndexError(value, count);
  return value;
}

/**
 * An index to insert at: 0 … `count`, where `count` appends. UNCONFIRMED on Google's pages: inserting
 * at the child count appends, and a larger index throws "Child index (N) must be less than or equal
 * to the number of child elements (M)." — both from brucemcpherson/gas-fakes' test/testdocsnext.js
 * ("Insert at the end"), a suite that runs on Apps Script too; src/diagnostico checks it on Google.
 */
export function requireInsertIndex(value: unknown, count: number, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isInteger(value)) throw signatureError(method, args);
  if (value < 0 || value > count) {
    throw new ScriptError(
      `Child index (${value}) must be less than or equal to the number of child elements (${count}).`,
    );
  }
  return value;
}

/** A string argument, or the signature error. */
export function requireText(value: unknown, method: string, args: unknown[]): string {
  if (typeof value !== "string") throw signatureError(method, args);
  return value;
}

/** A finite number argument, or the signature error. */
export function requireNumber(value: unknown, method: string, args: unknown[]): number {
  if (typeof value !== "number" || !Number.isFinite(value)) throw signatureError(method, args);
  return value;
}

/** A boolean argument, or the signature error. */
export function requireBoolean(value: unknown, method: string, args: unknown[]): boolean {
  if (typeof value !== "boolean") throw signatureError(method, args);
  return value;
}

// Docs document colours in CSS hex notation ("#ffffff"). Only #rrggbb is accepted here: the
// stricter reading (whether Google also takes "#fff" or names is UNCONFIRMED).
const COLOR_RE = /^#[0-9a-fA-F]{6}$/;
export function requireColor(value: unknown, method: string, args: unknown[]): string | null {
  if (value === null) return null;
  if (typeof value !== "string") throw signatureError(method, args);
  if (!COLOR_RE.test(value)) throw new ScriptError(`Invalid color: ${value}`); // UNCONFIRMED text
  return value.toLowerCase();
}
