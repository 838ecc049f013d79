// Protection of a range or a whole sheet: description, warning-only, editors and removal.
import type { EnumValue } from "../enums";
import { ScriptError } from "../runtime";
import { badParams, type Ctx, REQ } from "./context";
import { ProtectionType } from "./enums";
import type { ProtectionState, SheetState } from "./model";
import { RangeImpl } from "./range";

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
  canEdit(): boolean {
    this.enter("canEdit");
    // The script runs as the owner in this emulation, who can always edit.
    return true;
  }
  getEditors(): unknown[] {
    this.enter("getEditors");
    return [];
  }
  removeEditors(emailAddresses: string[]): ProtectionImpl {
    this.enter("removeEditors");
    if (!Array.isArray(emailAddresses)) throw badParams("Protection.removeEditors", [emailAddresses]);
    return this;
  }
  addEditor(emailAddress: string): ProtectionImpl {
    this.enter("addEditor");
    if (typeof emailAddress !== "string") throw badParams("Protection.addEditor", [emailAddress]);
    return this;
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
