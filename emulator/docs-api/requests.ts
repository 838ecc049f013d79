// documents.batchUpdate's requests: each validated and applied in order to a copy of the document (the batch is all or nothing).
import type { DocContent } from "../document/model";
import { deleteContentRange, updateTextStyle } from "./edit-range";
import { GoogleJsonResponseException, notEmulated, RequestRefused } from "./errors";
import { insertText } from "./insert-text";
import { type Json, payloadError, protoName } from "./request-common";

type Handler = (doc: DocContent, value: unknown, path: string) => void;

const HANDLERS: Record<string, Handler> = { insertText, updateTextStyle, deleteContentRange };

// The other kinds of the API's Request (Docs API reference, Request): known, but not emulated.
const OTHER_KINDS = new Set([
  "replaceAllText",
  "createParagraphBullets",
  "deleteParagraphBullets",
  "createNamedRange",
  "deleteNamedRange",
  "updateParagraphStyle",
  "insertInlineImage",
  "insertTable",
  "insertTableRow",
  "insertTableColumn",
  "deleteTableRow",
  "deleteTableColumn",
  "insertPageBreak",
  "deletePositionedObject",
  "updateTableColumnProperties",
  "updateTableCellStyle",
  "updateTableRowStyle",
  "replaceImage",
  "updateDocumentStyle",
  "mergeTableCells",
  "unmergeTableCells",
  "createHeader",
  "createFooter",
  "createFootnote",
  "replaceNamedRangeContent",
  "updateSectionStyle",
  "insertSectionBreak",
  "deleteHeader",
  "deleteFooter",
  "pinTableHeaderRows",
  "insertPerson",
  "insertDate",
  "addDocumentTab",
  "deleteTab",
  "updateDocumentTabProperties",
  "updateNamedStyle",
]);

/** The one kind a Request sets (a union in the API). Texts for none / several as Google's decoding words them; UNCONFIRMED. */
function kindOf(request: unknown, i: number): string {
  if (typeof request !== "object" || request === null || Array.isArray(request)) {
    throw new GoogleJsonResponseException(
      "batchUpdate",
      400,
      `Invalid value at 'requests[${i}]', ${JSON.stringify(request)}`,
    );
  }
  const kinds = Object.keys(request).filter(
    (k) => (request as Json)[k] !== undefined && (request as Json)[k] !== null,
  );
  if (kinds.length === 0)
    throw new GoogleJsonResponseException("batchUpdate", 400, `Invalid requests[${i}]: No request set.`);
  for (const k of kinds) {
    if (!(k in HANDLERS) && !OTHER_KINDS.has(k)) {
      throw payloadError(`Unknown name "${k}" at 'requests[${i}]': Cannot find field.`);
    }
  }
  if (kinds.length > 1) {
    throw payloadError(`Oneof field 'request' is already set. Cannot set '${protoName(kinds[1] ?? "")}'`);
  }
  return kinds[0] as string;
}

/**
 * Applies `requests` in order to `doc` (a copy: the caller keeps it only if every request
 * succeeds, as the API documents: "If any request is not valid, then the entire request will fail
 * and nothing will be applied"). Returns one reply per request; the emulated requests all reply {}.
 */
export function applyRequests(doc: DocContent, requests: readonly unknown[]): Json[] {
  requests.forEach((request, i) => {
    const kind = kindOf(request, i);
    const handler = HANDLERS[kind];
    if (!handler) throw notEmulated(`the request kind '${kind}' (requests[${i}])`);
    try {
      handler(doc, (request as Json)[kind], `requests[${i}].${protoName(kind)}`);
    } catch (e) {
      if (!(e instanceof RequestRefused)) throw e;
      throw new GoogleJsonResponseException(
        "batchUpdate",
        400,
        `Invalid requests[${i}].${kind}: ${e.message}`,
      );
    }
  });
  return requests.map(() => ({}));
}
