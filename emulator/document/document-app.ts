// Emulated DocumentApp and Document: create/open with Drive-backed files, quotas, saveAndClose and header/footer sections.
import {
  canEdit,
  canRead,
  DOCS_CREATE_QUOTA,
  type DriveState,
  dayKey,
  MIME,
  newItem,
  nowMs,
  touchItem,
} from "../drive";
import { type Runtime, ScriptError } from "../runtime";
import { DOCS_REQUIREMENT, type DocCtx, edited, enter, signatureError } from "./context";
import { DOC_ENUMS } from "./doc-enums";
import { Body, Section } from "./elements";
import { type DocsState, newDocContent, newParagraph } from "./model";
import { closeSession, openSession } from "./sessions";

// DocumentApp.openById on an id that isn't a readable Doc. Text as users report it from the live
// service (it also mentions read access because Google doesn't say which of the two it was).
export const DOC_MISSING_MESSAGE =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";
// Daily "Docs created" quota (guides/services/quotas); text as printed by the live service.
export const DOCS_QUOTA_MESSAGE = "Service invoked too many times for one day: docs create.";

/** The emulated DocumentApp global. */
export interface EmulatedDocumentApp {
  Attribute: typeof DOC_ENUMS.Attribute;
  ElementType: typeof DOC_ENUMS.ElementType;
  GlyphType: typeof DOC_ENUMS.GlyphType;
  HorizontalAlignment: typeof DOC_ENUMS.HorizontalAlignment;
  ParagraphHeading: typeof DOC_ENUMS.ParagraphHeading;
  TextAlignment: typeof DOC_ENUMS.TextAlignment;
  VerticalAlignment: typeof DOC_ENUMS.VerticalAlignment;
  create(name: string): Document;
  openById(id: string): Document;
  openByUrl(url: string): Document;
  getActiveDocument(): Document | null;
  getUi(): never;
}

/** An opened Google Doc. */
export class Document {
  constructor(private readonly ctx: DocCtx) {}

  private enter(method: string): void {
    enter(this.ctx, `Document.${method}`);
  }

  toString(): string {
    return "Document";
  }

  getId(): string {
    this.enter("getId");
    return this.ctx.docId;
  }

  getName(): string {
    this.enter("getName");
    return this.ctx.drive.files[this.ctx.docId]?.name ?? "";
  }

  setName(name: unknown): Document {
    this.enter("setName");
    if (typeof name !== "string") throw signatureError("DocumentApp.Document.setName", [name]);
    const file = this.ctx.drive.files[this.ctx.docId];
    if (file) {
      file.name = name;
      touchItem(this.ctx.drive, this.ctx.docId, nowMs(this.ctx.rt));
    }
    return this;
  }

  /** The Doc's URL as Document.getUrl() gives it (Drive's File.getUrl() adds "?usp=drivesdk"). */
  getUrl(): string {
    this.enter("getUrl");
    return documentUrl(this.ctx.docId);
  }

  getBody(): Body {
    this.enter("getBody");
    const doc = this.content();
    return new Body(this.ctx, doc.body);
  }

  /** The header section, or null when the document has none. */
  getHeader(): Section | null {
    this.enter("getHeader");
    const h = this.content().header;
    return h ? new Section(this.ctx, h) : null;
  }

  getFooter(): Section | null {
    this.enter("getFooter");
    const f = this.content().footer;
    return f ? new Section(this.ctx, f) : null;
  }

  addHeader(): Section {
    this.enter("addHeader");
    const doc = this.content();
    // UNCONFIRMED text: a document has at most one header.
    if (doc.header) throw new ScriptError("Document tab already contains a header.");
    doc.header = { type: "HEADER_SECTION", children: [newParagraph()] };
    edited(this.ctx);
    return new Section(this.ctx, doc.header);
  }

  addFooter(): Section {
    this.enter("addFooter");
    const doc = this.content();
    // UNCONFIRMED text: a document has at most one footer.
    if (doc.footer) throw new ScriptError("Document tab already contains a footer.");
    doc.footer = { type: "FOOTER_SECTION", children: [newParagraph()] };
    edited(this.ctx);
    return new Section(this.ctx, doc.footer);
  }

  /** Saves and closes: this Document and every element got from it refuse later calls. */
  saveAndClose(): void {
    this.enter("saveAndClose");
    closeSession(this.ctx.docs, this.ctx.handle);
  }

  private content() {
    const c = this.ctx.docs.documents[this.ctx.docId];
    if (!c) throw new ScriptError(DOC_MISSING_MESSAGE);
    return c;
  }
}

/** "https://docs.google.com/document/d/<id>/edit", what Document.getUrl() returns. */
export function documentUrl(id: string): string {
  return `https://docs.google.com/document/d/${id}/edit`;
}

/** Builds the DocumentApp global. Every public method goes through `rt.enter`. */
export function createDocumentApp(rt: Runtime, docs: DocsState, drive: DriveState): EmulatedDocumentApp {
  const user = (): string => rt.effectiveUserEmail;

  function open(id: string): Document {
    const file = drive.files[id];
    // Unknown id, a non-Doc file, no access, or a trashed Doc (UNCONFIRMED for trashed: the
    // stricter reading, so the add-on must notice a Doc the user threw away and make a new one).
    if (
      !file ||
      file.mimeType !== MIME.document ||
      file.trashed ||
      !canRead(drive, file, user()) ||
      !docs.documents[id]
    ) {
      throw new ScriptError(DOC_MISSING_MESSAGE);
    }
    if (!canEdit(drive, file, user())) {
      // Opening a view-only Doc works on Google, but editing it fails; the add-on only opens its
      // own Docs, so refusing here is the stricter simplification. UNCONFIRMED text.
      throw new ScriptError("Access denied: DocumentApp.");
    }
    return new Document({
      rt,
      docs,
      drive,
      docId: id,
      handle: openSession(docs, id, rt.executionId, !rt.running.has(rt.executionId)),
    });
  }

  return {
    ...DOC_ENUMS,
    create(name) {
      rt.enter("DocumentApp.create", DOCS_REQUIREMENT);
      if (typeof name !== "string") throw signatureError("DocumentApp.create", [name]);
      const now = nowMs(rt);
      const day = dayKey(now);
      if (drive.quota.day !== day) drive.quota = { day, docsCreated: 0 };
      if (drive.quota.docsCreated >= DOCS_CREATE_QUOTA[drive.account.kind])
        throw new ScriptError(DOCS_QUOTA_MESSAGE);
      drive.quota.docsCreated += 1;
      // New Docs go to the root of the user's My Drive (the add-on moves them with DriveApp).
      const file = newItem(drive, {
        name,
        mimeType: MIME.document,
        parentId: drive.rootId,
        owner: user(),
        nowMs: now,
      });
      docs.documents[file.id] = newDocContent();
      const handle = openSession(docs, file.id, rt.executionId, !rt.running.has(rt.executionId));
      return new Document({ rt, docs, drive, docId: file.id, handle });
    },
    openById(id) {
      rt.enter("DocumentApp.openById", DOCS_REQUIREMENT);
      if (typeof id !== "string") throw signatureError("DocumentApp.openById", [id]);
      return open(id);
    },
    openByUrl(url) {
      rt.enter("DocumentApp.openByUrl", DOCS_REQUIREMENT);
      if (typeof url !== "string") throw signatureError("DocumentApp.openByUrl", [url]);
      const match = /^https:\/\/docs\.google\.com\/document\/d\/([A-Za-z0-9_-]+)(?:[/?#].*)?$/.exec(url);
      // Same wording SpreadsheetApp.openByUrl uses for a URL it can't read. UNCONFIRMED for Docs.
      if (!match?.[1]) throw new ScriptError("Invalid argument: url");
      return open(match[1]);
    },
    getActiveDocument() {
      // The script is bound to a spreadsheet, not a Doc: Google returns null.
      rt.enter("DocumentApp.getActiveDocument", {
        scopes: [DOCS_REQUIREMENT.scopes[0], "https://www.googleapis.com/auth/documents.currentonly"],
        auth: "LIMITED",
      });
      return null;
    },
    getUi(): never {
      rt.enter("DocumentApp.getUi", {});
      // Live text when a Sheets-bound script asks for the Docs UI.
      throw new ScriptError("Cannot call DocumentApp.getUi() from this context.");
    },
  };
}
