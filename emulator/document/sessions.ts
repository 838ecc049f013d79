// Open DocumentApp sessions per document, kept beside the JSON state: the hazard between DocumentApp's buffered edits and the Docs API.
import type { DocContent, DocsState } from "./model";

/**
 * One Document a script opened (DocumentApp.create / openById / openByUrl). On Google, DocumentApp
 * buffers a Document's changes until saveAndClose() or the end of the execution (reference,
 * Document.saveAndClose(): "Saves the current Document. Causes pending updates to be flushed and
 * applied"); the Docs REST API sees only saved content, and a Document opened before an API write
 * does not see that write. The emulator writes DocumentApp edits straight into the state, so it
 * models the hazard strictly instead (UNCONFIRMED, stricter than Google, which would silently use
 * the saved content or the stale view): see docs-api/index.ts.
 */
export interface DocSession {
  readonly docId: string;
  /** The execution that opened it (Runtime.executionId): its end saves and closes the session. */
  readonly executionId: number;
  /** Set by saveAndClose() or the end of the execution: every later call refuses. */
  closed: boolean;
  /** Edited since it was opened (unsaved on Google until saveAndClose()). */
  dirty: boolean;
  /** The document's revision when this session opened or last wrote. */
  revision: number;
  /**
   * Opened outside any execution (a test or the playground working on the Doc as a person would):
   * its edits count as saved at once, as a person's edits in the Docs editor are.
   */
  readonly person: boolean;
}

interface Registry {
  open: Map<string, Set<DocSession>>;
  /** The revision each document reached by its last Docs API batchUpdate. */
  apiRevision: Map<string, number>;
}

// Out of the JSON state (which must stay serializable): one registry per DocsState.
const registries = new WeakMap<DocsState, Registry>();

function registry(docs: DocsState): Registry {
  let r = registries.get(docs);
  if (!r) {
    r = { open: new Map(), apiRevision: new Map() };
    registries.set(docs, r);
  }
  return r;
}

/** A document's revision counter (0 for states saved before it existed). */
export function revisionOf(doc: DocContent): number {
  return doc.revision ?? 0;
}

/** Registers a session opened now on `docId` by execution `executionId`. */
export function openSession(docs: DocsState, docId: string, executionId: number, person = false): DocSession {
  const doc = docs.documents[docId];
  const session: DocSession = {
    docId,
    executionId,
    closed: false,
    dirty: false,
    revision: doc ? revisionOf(doc) : 0,
    person,
  };
  const r = registry(docs);
  let set = r.open.get(docId);
  if (!set) {
    set = new Set();
    r.open.set(docId, set);
  }
  set.add(session);
  return session;
}

/** saveAndClose(), or the end of the execution: the session's edits are saved; it refuses later calls. */
export function closeSession(docs: DocsState, session: DocSession): void {
  session.closed = true;
  session.dirty = false;
  registry(docs).open.get(session.docId)?.delete(session);
}

/** An execution ends: Apps Script saves and closes every Document it opened. */
export function endExecutionSessions(docs: DocsState, executionId: number): void {
  for (const set of registry(docs).open.values()) {
    for (const s of [...set]) if (s.executionId === executionId) closeSession(docs, s);
  }
}

/** A DocumentApp edit through `session`: unsaved now, and the document gains a revision. */
export function sessionWrote(session: DocSession, doc: DocContent): void {
  doc.revision = revisionOf(doc) + 1;
  session.dirty = !session.person;
  session.revision = doc.revision;
}

/** An open session on `docId` holding unsaved edits, if any. */
export function unsavedSession(docs: DocsState, docId: string): DocSession | undefined {
  for (const s of registry(docs).open.get(docId) ?? []) if (!s.closed && s.dirty) return s;
  return undefined;
}

/** A Docs API batch brought `docId` to `revision`: every session opened before it is stale. */
export function apiWrote(docs: DocsState, docId: string, revision: number): void {
  registry(docs).apiRevision.set(docId, revision);
}

/** Was the session opened (or did it last write) before a Docs API batch changed its document? */
export function isStale(docs: DocsState, session: DocSession): boolean {
  const api = registry(docs).apiRevision.get(session.docId);
  return api !== undefined && session.revision < api;
}

/**
 * What the emulator throws where Google would silently diverge: not a ScriptError, since Apps Script
 * never throws it (tests and the add-on's error paths can tell it apart by its class and name).
 */
export class DocsSessionHazard extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmulatorError";
  }
}

// UNCONFIRMED (stricter than Google, which lets the stale Document read on and later save over the API's write).
export const STALE_SESSION_MESSAGE =
  "Emulator: this Document was opened before a Docs API batchUpdate changed the document, so on Google it would not see that change (and saving it could overwrite it). Open the document again (DocumentApp.openById) after the batchUpdate.";

/** The refusal of a Docs API call while a DocumentApp Document holds unsaved edits (UNCONFIRMED, stricter). */
export function unsavedMessage(method: string, docId: string): string {
  return `Emulator: ${method} on document ${docId}, which a DocumentApp Document has edited without saving. On Google the Docs API sees only saved content (DocumentApp buffers edits until saveAndClose() or the end of the execution): call saveAndClose() before using the Docs API on it.`;
}
