// The errors of the Docs advanced service: Apps Script's GoogleJsonResponseException and the texts of the Docs API's refusals.

import { MAX_DOCUMENT_CHARS } from "../document/model";
import { ScriptError } from "../runtime";

export type DocsMethod = "get" | "batchUpdate";

/**
 * What an advanced service throws when the API answers with an error: printed as
 * "GoogleJsonResponseException: API call to docs.documents.batchUpdate failed with error: <message>"
 * (the form scripts log from the live service). `details` ({code, message}) as a third-party
 * project's notes of a live check report it; UNCONFIRMED beyond that.
 */
export class GoogleJsonResponseException extends ScriptError {
  readonly details: { code: number; message: string };

  constructor(method: DocsMethod, code: number, message: string) {
    super(`API call to docs.documents.${method} failed with error: ${message}`);
    this.name = "GoogleJsonResponseException";
    this.details = { code, message };
  }
}

// Google APIs' standard texts for HTTP 404 NOT_FOUND and 403 PERMISSION_DENIED.
export const NOT_FOUND_MESSAGE = "Requested entity was not found.";
export const NO_PERMISSION_MESSAGE = "The caller does not have permission";

/**
 * A refusal of one request of a batch, raised by the request handlers; the batch wraps it as
 * "Invalid requests[<i>].<kind>: <reason>" (the form of the API's 400 answers).
 */
export class RequestRefused extends Error {}

// Texts as the live API gives them (quoted verbatim in many public projects' notes and tests).
export const indexPastEnd = (index: number, end: number): string =>
  `Index ${index} must be less than the end index of the referenced segment, ${end}.`;
export const OUTSIDE_PARAGRAPH_MESSAGE =
  "The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.";
export const EMPTY_INSERT_MESSAGE = "Insert text requests must specify text to insert.";
export const EMPTY_RANGE_MESSAGE = "The range should not be empty.";
export const SEGMENT_END_NEWLINE_MESSAGE =
  "The range cannot include the newline character at the end of the segment.";
export const INVALID_DELETION_MESSAGE = "Invalid deletion range. Cannot delete the requested range.";
// Quoted in a public project's tests as the live text; UNCONFIRMED beyond that.
export const FIELDS_REQUIRED_MESSAGE = "At least one field must be listed in 'fields'.";
// Seen in public projects' error tables (range starting at index 0 of the body); UNCONFIRMED as exact text.
export const SECTION_BREAK_MESSAGE = "Cannot operate on the first section break in the document";
// UNCONFIRMED text (a public project's error classifier lists it for an inverted range).
export const INVERTED_RANGE_MESSAGE = "Invalid range: end index cannot be less than start index";

/**
 * A requiredRevisionId that isn't the latest: a 400 (Docs API reference, WriteControl). Text as a
 * third-party project's notes of a live check quote it; UNCONFIRMED.
 */
export const revisionMismatch = (id: string): string =>
  `The required revision ID '${id}' does not match the latest revision.`;

// UNCONFIRMED: Google's text, and that an API write crossing the limit is refused whole (here it is).
export const API_TOO_LARGE_MESSAGE = `The document is too large: a document can hold at most ${MAX_DOCUMENT_CHARS} characters.`;

/** An emulator limitation, not a Google error: a request kind the emulator does not implement. */
export function notEmulated(what: string): ScriptError {
  return new ScriptError(`Docs.Documents.batchUpdate: ${what} is not emulated (an emulator limitation).`);
}
