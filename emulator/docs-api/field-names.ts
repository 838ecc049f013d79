// The field names documents.get's `fields` may select: the Docs API v1 reference's messages (Document, Body, StructuralElement, Paragraph…).
import type { Mask } from "./fields";

/**
 * For each message of the Document resource, its documented fields, and for those that are messages
 * this table knows, their type (null: a scalar, a map or a style message whose own fields are not
 * checked here). Source: developers.google.com/workspace/docs/api/reference/rest/v1/documents.
 */
const MESSAGES: Readonly<Record<string, Readonly<Record<string, string | null>>>> = {
  Document: {
    documentId: null,
    title: null,
    tabs: "Tab",
    revisionId: null,
    suggestionsViewMode: null,
    body: "Body",
    headers: null,
    footers: null,
    footnotes: null,
    documentStyle: null,
    suggestedDocumentStyleChanges: null,
    namedStyles: null,
    suggestedNamedStylesChanges: null,
    lists: null,
    namedRanges: null,
    inlineObjects: null,
    positionedObjects: null,
  },
  Tab: { tabProperties: null, childTabs: "Tab", documentTab: "DocumentTab" },
  DocumentTab: {
    body: "Body",
    headers: null,
    footers: null,
    footnotes: null,
    documentStyle: null,
    suggestedDocumentStyleChanges: null,
    namedStyles: null,
    suggestedNamedStylesChanges: null,
    lists: null,
    namedRanges: null,
    inlineObjects: null,
    positionedObjects: null,
  },
  Body: { content: "StructuralElement" },
  StructuralElement: {
    startIndex: null,
    endIndex: null,
    paragraph: "Paragraph",
    sectionBreak: null,
    table: "Table",
    tableOfContents: null,
  },
  Paragraph: {
    elements: "ParagraphElement",
    paragraphStyle: null,
    suggestedParagraphStyleChanges: null,
    bullet: "Bullet",
    suggestedBulletChanges: null,
    positionedObjectIds: null,
    suggestedPositionedObjectIds: null,
  },
  ParagraphElement: {
    startIndex: null,
    endIndex: null,
    textRun: "TextRun",
    autoText: null,
    pageBreak: null,
    columnBreak: null,
    footnoteReference: null,
    horizontalRule: null,
    equation: null,
    inlineObjectElement: null,
    person: null,
    richLink: null,
    dateElement: null,
  },
  TextRun: {
    content: null,
    suggestedInsertionIds: null,
    suggestedDeletionIds: null,
    textStyle: null,
    suggestedTextStyleChanges: null,
  },
  Bullet: { listId: null, nestingLevel: null, textStyle: null },
  Table: {
    rows: null,
    columns: null,
    tableRows: "TableRow",
    suggestedInsertionIds: null,
    suggestedDeletionIds: null,
    tableStyle: null,
  },
  TableRow: {
    startIndex: null,
    endIndex: null,
    tableCells: "TableCell",
    suggestedInsertionIds: null,
    suggestedDeletionIds: null,
    tableRowStyle: null,
    suggestedTableRowStyleChanges: null,
  },
  TableCell: {
    startIndex: null,
    endIndex: null,
    content: "StructuralElement",
    tableCellStyle: null,
    suggestedInsertionIds: null,
    suggestedDeletionIds: null,
    suggestedTableCellStyleChanges: null,
  },
};

/**
 * The first name of `mask` that its message does not have, or null. Google's APIs refuse such a
 * selection with a 400 "Invalid field selection <name>" (names are case-sensitive; reported for the
 * Calendar API in googleapis/google-api-dotnet-client#1444; UNCONFIRMED for Docs). Beneath a map or a
 * style message names are not checked (UNCONFIRMED leniency, narrower than checking none).
 */
export function unknownField(mask: Mask, message = "Document"): string | null {
  const fields = MESSAGES[message];
  if (!fields) return null;
  for (const [name, sub] of mask) {
    if (name === "*") continue;
    if (!Object.hasOwn(fields, name)) return name;
    const type = fields[name];
    if (sub !== true && type) {
      const inner = unknownField(sub, type);
      if (inner !== null) return inner;
    }
  }
  return null;
}
