// The emulated DocumentApp: factory, state, uncounted helpers for tests and the playground.
import type { DriveState } from "../drive";
import { createDocsState, type DocsState, newParagraph } from "./model";
import { revisionOf } from "./sessions";

export { CLOSED_MESSAGE, DOCS_REQUIREMENT, LAST_PARAGRAPH_MESSAGE, TOO_LARGE_MESSAGE } from "./context";
export { DOC_ENUMS } from "./doc-enums";
export type { EmulatedDocumentApp } from "./document-app";
export {
  createDocumentApp,
  DOC_MISSING_MESSAGE,
  DOCS_QUOTA_MESSAGE,
  Document,
  documentUrl,
} from "./document-app";
export type { DocContent, DocsState } from "./model";
export { documentCharacters, MAX_DOCUMENT_CHARS } from "./model";
export { documentText, escapeHtml, renderDocumentHtml } from "./render";
export {
  type DocSession,
  DocsSessionHazard,
  endExecutionSessions,
  revisionOf,
  STALE_SESSION_MESSAGE,
} from "./sessions";
export { createDocsState };

/** An empty DocsState (alias of createDocsState). */
export function newDocsState(): DocsState {
  return createDocsState();
}

/**
 * Simulates a person editing the Doc by hand at `atMs` (uncounted): appends a paragraph
 * "Editado a mano", gives the document a new revision and moves the Drive file's lastUpdated, as a
 * real edit in the Docs editor would.
 */
export function simulateHandEdit(
  docs: DocsState,
  drive: DriveState,
  id: string,
  atMs: number,
  text = "Editado a mano",
): void {
  const doc = docs.documents[id];
  const file = drive.files[id];
  if (!doc || !file) throw new Error(`simulateHandEdit: no document ${id}`);
  doc.body.children.push(newParagraph(text));
  // A person's edit is a new revision too (the Docs API's revisionId changes).
  doc.revision = revisionOf(doc) + 1;
  file.lastUpdatedMs = atMs;
}
