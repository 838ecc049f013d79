// Protection of a range or a whole sheet: description, warning-only, editors and removal, and the writes it refuses.
import type { EnumValue } from "../enums";
import { ScriptError } from "../runtime";
import { createUser, type EmulatedUser } from "../session";
import { intersects } from "./a1";
import { badParams, type Ctx, REQ } from "./context";
import { ProtectionType } from "./enums";
import type { ProtectionState, Rect, SheetState } from "./model";
import { RangeImpl } from "./range";

/**
 * What a write into cells the user may not edit throws. Wording as the Sheets service prints it
 * (quoted from a live error in theoephraim/node-google-spreadsheet#20); UNCONFIRMED for Apps Script,
 * where a script runs as the user and so is held to the same protections.
 */
export const PROTECTED_MESSAGE =
  "You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.";

/** The methods of Range and RangeList that change cells, held to the sheet's protections. */
export const WRITES = /^(set|clear|merge|breakApart)/;

/** Who runs the script, as protections see it. */
function runningUser(ctx: Ctx): string {
  return ctx.rt.activeUserEmail || ctx.rt.effectiveUserEmail;
}

/** True when `user` may edit what `p` protects: the file's owner, a listed editor, or a mirrored list. */
function editableBy(p: ProtectionState, user: string, owner: string): boolean {
  if (p.editors === undefined) return true;
  return user !== "" && (user === owner || p.editors.includes(user));
}

function mayEdit(ctx: Ctx, p: ProtectionState): boolean {
  return editableBy(p, runningUser(ctx), ctx.ui.owner?.() ?? "");
}

/**
 * The first protection of sheet `s` that forbids `user` to change `rect` (null: the whole sheet):
 * one whose editors leave the user out. A warning-only protection forbids nothing: it only warns a
 * person in the Sheets UI, and a script's write goes through (reference/spreadsheet/protection#setWarningOnly(Boolean)).
 */
export function forbiddingProtection(
  s: SheetState,
  rect: Rect | null,
  user: string,
  owner: string,
): ProtectionState | undefined {
  return s.protections.find(
    (p) =>
      !p.warningOnly &&
      !editableBy(p, user, owner) &&
      (rect === null || p.type === "SHEET" || intersects(p.range, rect)),
  );
}

/** Refuses a script's write into `rect` of sheet `s` (null: the whole sheet) that a protection forbids the running user. */
export function checkWritable(ctx: Ctx, s: SheetState, rect: Rect | null): void {
  if (forbiddingProtection(s, rect, runningUser(ctx), ctx.ui.owner?.() ?? "")) {
    throw new ScriptError(PROTECTED_MESSAGE);
  }
}

/** reference/spreadsheet/protection */
export class ProtectionImpl {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheetId: number,
    private readonly p: ProtectionState,
  ) {}

  private enter(method: string): SheetState {
    this.ctx.rt.enter(`Protection.${method}`, REQ);
    const s = this.ctx.sheetState(this.sheetId);
    // UNCONFIRMED wording: a removed protection can no longer be used.
    if (!s.protections.includes(this.p)) throw new ScriptError("This protection has been removed.");
    return s;
  }

  setDescription(description: string): ProtectionImpl {
    this.enter("setDescription");
    if (typeof description !== "string") throw badParams("Protection.setDescription", [description]);
    this.p.description = description;
    return this;
  }
  getDescription(): string {
    this.enter("getDescription");
    return this.p.description;
  }
  setWarningOnly(warningOnly: boolean): ProtectionImpl {
    this.enter("setWarningOnly");
    if (typeof warningOnly !== "boolean") throw badParams("Protection.setWarningOnly", [warningOnly]);
    this.p.warningOnly = warningOnly;
    return this;
  }
  isWarningOnly(): boolean {
    this.enter("isWarningOnly");
    return this.p.warningOnly;
  }
  getRange(): RangeImpl {
    this.enter("getRange");
    return new RangeImpl(this.ctx, this.sheetId, this.p.range);
  }
  getProtectionType(): EnumValue {
    this.enter("getProtectionType");
    return ProtectionType[this.p.type];
  }
  /** Whether the running user may edit the protected cells (reference/spreadsheet/protection#canEdit()). */
  canEdit(): boolean {
    this.enter("canEdit");
    return mayEdit(this.ctx, this.p);
  }
  /** The listed editors; while the list mirrors the file's, the owner and the running user (all the emulator knows). */
  getEditors(): EmulatedUser[] {
    this.enter("getEditors");
    return this.list().map((email) => createUser(this.ctx.rt, () => email));
  }
  addEditor(emailOrUser: unknown): ProtectionImpl {
    this.enter("addEditor");
    this.add([this.email("Protection.addEditor", emailOrUser)]);
    return this;
  }
  addEditors(emailAddresses: unknown): ProtectionImpl {
    this.enter("addEditors");
    if (!Array.isArray(emailAddresses)) throw badParams("Protection.addEditors", [emailAddresses]);
    this.add(emailAddresses.map((e) => this.email("Protection.addEditors", e)));
    return this;
  }
  removeEditor(emailOrUser: unknown): ProtectionImpl {
    this.enter("removeEditor");
    this.dropEditors([this.email("Protection.removeEditor", emailOrUser)]);
    return this;
  }
  removeEditors(emailAddresses: unknown): ProtectionImpl {
    this.enter("removeEditors");
    if (!Array.isArray(emailAddresses)) throw badParams("Protection.removeEditors", [emailAddresses]);
    this.dropEditors(emailAddresses.map((e) => this.email("Protection.removeEditors", e)));
    return this;
  }
  /** An e-mail, or a User's (read through its getEmail, counted as on Google). */
  private email(method: string, value: unknown): string {
    if (typeof value === "string") return value;
    const user = value as { getEmail?: unknown } | null;
    if (user && typeof user.getEmail === "function") return String((user.getEmail as () => string)());
    throw badParams(method, [value]);
  }
  /** The list as it stands, materialized from the mirror as the owner and the running user. */
  private list(): string[] {
    if (this.p.editors) return [...this.p.editors];
    const known = [this.ctx.ui.owner?.() ?? "", runningUser(this.ctx)];
    return known.filter((e, i) => e !== "" && known.indexOf(e) === i);
  }
  private add(emails: string[]): void {
    const list = this.list();
    for (const e of emails) if (!list.includes(e)) list.push(e);
    this.p.editors = list;
  }
  /** "Neither the owner of the spreadsheet nor the current user can be removed" (reference/spreadsheet/protection#removeEditors(String)). */
  private dropEditors(emails: string[]): void {
    const keep = new Set([this.ctx.ui.owner?.() ?? "", runningUser(this.ctx)]);
    this.p.editors = this.list().filter((e) => keep.has(e) || !emails.includes(e));
  }
  setDomainEdit(editable: boolean): ProtectionImpl {
    this.enter("setDomainEdit");
    if (typeof editable !== "boolean") throw badParams("Protection.setDomainEdit", [editable]);
    return this;
  }
  canDomainEdit(): boolean {
    this.enter("canDomainEdit");
    return false;
  }
  remove(): void {
    const s = this.enter("remove");
    s.protections = s.protections.filter((x) => x !== this.p);
  }
}
