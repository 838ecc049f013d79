// The Docs advanced service (Google Docs API v1): Docs.Documents.get and Docs.Documents.batchUpdate over the emulated Docs.
import type { DocsState } from "../document/model";
import { documentCharacters, MAX_DOCUMENT_CHARS } from "../document/model";
import {
  apiWrote,
  DocsSessionHazard,
  revisionOf,
  unsavedMessage,
  unsavedSession,
} from "../document/sessions";
import { canEdit, canRead, type DriveState, MIME, nowMs, touchItem } from "../drive";
import { type Runtime, SCOPE, ScriptError } from "../runtime";
import {
  API_TOO_LARGE_MESSAGE,
  type DocsMethod,
  GoogleJsonResponseException,
  NO_PERMISSION_MESSAGE,
  NOT_FOUND_MESSAGE,
  revisionMismatch,
} from "./errors";
import { unknownField } from "./field-names";
import { parseFields, project } from "./fields";
import { type Json, message } from "./request-common";
import { applyRequests } from "./requests";
import { tabContent } from "./structure";

export { GoogleJsonResponseException } from "./errors";
export { FOOTER_ID, HEADER_ID } from "./layout";

/**
 * Every method needs the documents or drive scope and full authorization (Docs API reference,
 * documents.get / batchUpdate, "Authorization scopes"; advanced services need authorization like
 * any service). Stricter than Google: documents.readonly, drive.readonly and drive.file are not
 * accepted here.
 */
export const DOCS_API_REQUIREMENT = { scopes: [SCOPE.documents, SCOPE.drive], auth: "FULL" } as const;

/** The global an enabled advanced service "docs" v1 gives the script (normally named Docs). */
export interface EmulatedDocsService {
  Documents: {
    get(documentId: unknown, optionalArgs?: unknown): Json;
    batchUpdate(resource: unknown, documentId: unknown): Json;
  };
}

/** The opaque revisionId of a document at revision `revision` (distinct per document). */
export function revisionId(documentId: string, revision: number): string {
  return `ALm37B${documentId.slice(1, 9)}_${revision.toString(36).padStart(6, "0")}`;
}

/** Builds the Docs global over the emulated Docs and Drive. */
export function createDocsService(rt: Runtime, docs: DocsState, drive: DriveState): EmulatedDocsService {
  /**
   * The Doc a call may use: an existing Google Doc (a trashed one is refused like a missing one:
   * UNCONFIRMED whether the API still serves it, the stricter choice), readable (get) or editable
   * (batchUpdate) by the effective user; then the DocumentApp hazard (document/sessions.ts).
   */
  function access(method: DocsMethod, id: unknown, write: boolean) {
    // UNCONFIRMED text for an id that isn't a string.
    if (typeof id !== "string") throw new ScriptError("Invalid argument: documentId");
    const file = drive.files[id];
    const doc = docs.documents[id];
    // UNCONFIRMED: a Drive file that isn't a Doc answers like a missing one.
    if (!file || !doc || file.mimeType !== MIME.document || file.trashed) {
      throw new GoogleJsonResponseException(method, 404, NOT_FOUND_MESSAGE);
    }
    const user = rt.effectiveUserEmail;
    if (!canRead(drive, file, user) || (write && !canEdit(drive, file, user))) {
      throw new GoogleJsonResponseException(method, 403, NO_PERMISSION_MESSAGE);
    }
    if (unsavedSession(docs, id)) throw new DocsSessionHazard(unsavedMessage(`Docs.Documents.${method}`, id));
    return { id, file, doc };
  }

  function get(documentId: unknown, optionalArgs?: unknown): Json {
    rt.enter("Docs.Documents.get", DOCS_API_REQUIREMENT);
    const { id, file, doc } = access("get", documentId, false);
    const args = optionalArgs === undefined ? {} : getArgs(optionalArgs);
    const resource: Json = { title: file.name };
    if (args.includeTabsContent === true) {
      // One tab: the emulated Doc has no others.
      resource.tabs = [{ tabProperties: { tabId: "t.0", title: "Tab 1" }, documentTab: tabContent(doc) }];
    } else Object.assign(resource, tabContent(doc));
    resource.revisionId = revisionId(id, revisionOf(doc));
    resource.suggestionsViewMode = "SUGGESTIONS_INLINE";
    resource.documentId = id;
    if (typeof args.fields !== "string" || args.fields === "") return resource;
    const mask = parseFields(args.fields);
    // UNCONFIRMED text of Google's 400 for a malformed mask.
    if (!mask) throw new GoogleJsonResponseException("get", 400, `Invalid field selection ${args.fields}`);
    const unknown = unknownField(mask);
    if (unknown !== null)
      throw new GoogleJsonResponseException("get", 400, `Invalid field selection ${unknown}`);
    return project(resource, mask) as Json;
  }

  function batchUpdate(resource: unknown, documentId: unknown): Json {
    rt.enter("Docs.Documents.batchUpdate", DOCS_API_REQUIREMENT);
    // UNCONFIRMED texts for a resource that isn't an object / requests that aren't a list.
    if (typeof resource !== "object" || resource === null || Array.isArray(resource)) {
      throw new ScriptError("Invalid argument: resource");
    }
    const body = message(resource, "", ["requests", "writeControl"]);
    const requests = body.requests ?? [];
    if (!Array.isArray(requests)) throw new ScriptError("Invalid argument: resource.requests");
    const control = message(body.writeControl, "write_control", ["requiredRevisionId", "targetRevisionId"]);
    const { id, doc } = access("batchUpdate", documentId, true);
    const current = revisionId(id, revisionOf(doc));
    const required = control.requiredRevisionId;
    if (required !== undefined && required !== current) {
      throw new GoogleJsonResponseException("batchUpdate", 400, revisionMismatch(String(required)));
    }
    // Writing against an older revision merges collaborators' changes on Google: not emulated.
    if (control.targetRevisionId !== undefined && control.targetRevisionId !== current) {
      throw new ScriptError(
        "Docs.Documents.batchUpdate: writeControl.targetRevisionId (an older revision) is not emulated.",
      );
    }
    const copy = structuredClone(doc);
    const replies = applyRequests(copy, requests);
    if (requests.length === 0)
      return { documentId: id, replies, writeControl: { requiredRevisionId: current } };
    if (documentCharacters(copy) > MAX_DOCUMENT_CHARS) {
      throw new GoogleJsonResponseException("batchUpdate", 400, API_TOO_LARGE_MESSAGE);
    }
    copy.revision = revisionOf(doc) + 1;
    docs.documents[id] = copy;
    touchItem(drive, id, nowMs(rt));
    apiWrote(docs, id, copy.revision);
    return { documentId: id, replies, writeControl: { requiredRevisionId: revisionId(id, copy.revision) } };
  }

  return { Documents: { get, batchUpdate } };
}

const SUGGESTIONS_VIEW_MODES = [
  "DEFAULT_FOR_CURRENT_ACCESS",
  "SUGGESTIONS_INLINE",
  "PREVIEW_SUGGESTIONS_ACCEPTED",
  "PREVIEW_WITHOUT_SUGGESTIONS",
];

/**
 * documents.get's optional arguments (Docs API reference, documents.get: suggestionsViewMode,
 * includeTabsContent; `fields` as every Google API takes). The emulated Docs hold no suggestions:
 * every view mode reads the same. UNCONFIRMED texts for wrong values and unknown names.
 */
function getArgs(value: unknown): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ScriptError("Invalid argument: optionalArgs");
  }
  const args = value as Json;
  for (const [k, v] of Object.entries(args)) {
    const ok =
      (k === "fields" && typeof v === "string") ||
      (k === "includeTabsContent" && typeof v === "boolean") ||
      (k === "suggestionsViewMode" && typeof v === "string" && SUGGESTIONS_VIEW_MODES.includes(v));
    if (!ok)
      throw new GoogleJsonResponseException(
        "get",
        400,
        `Invalid value for optional argument '${k}': ${JSON.stringify(v)}`,
      );
  }
  return args;
}
