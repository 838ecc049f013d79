// Spreadsheet: its name, time zone and locale, its sheets, named ranges and toasts.
import { type Requirement, ScriptError } from "../runtime";
import { parseA1, splitSheetPrefix } from "./a1";
import {
  badParams,
  type Ctx,
  checkSheetName,
  duplicateSheet,
  isInt,
  MSG,
  REQ,
  type SpreadsheetUiHooks,
} from "./context";
import { isValidTimeZone } from "./dates";
import { SUPPORTED_LOCALES } from "./format";
import { DEFAULT_COLUMNS, DEFAULT_ROWS, newSheetState, type Workbook } from "./model";
import { RangeImpl } from "./range";
import { SheetImpl } from "./sheet";
import { newTextFinder, type TextFinderImpl } from "./text-finder";

/** reference/spreadsheet/spreadsheet */
export class SpreadsheetImpl {
  constructor(private readonly ctx: Ctx) {}

  private enter(method: string, req: Requirement = REQ): void {
    this.ctx.rt.enter(`Spreadsheet.${method}`, req);
  }

  private get wb(): Workbook {
    return this.ctx.wb;
  }

  getId(): string {
    this.enter("getId");
    return this.wb.state.id;
  }
  getName(): string {
    this.enter("getName");
    return this.wb.state.name;
  }
  rename(newName: string): void {
    this.enter("rename");
    if (typeof newName !== "string") throw badParams("Spreadsheet.rename", [newName]);
    this.wb.state.name = newName;
  }
  getUrl(): string {
    this.enter("getUrl");
    return `https://docs.google.com/spreadsheets/d/${this.wb.state.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.enter("getSpreadsheetTimeZone");
    return this.wb.state.timeZone;
  }
  setSpreadsheetTimeZone(timezone: string): void {
    this.enter("setSpreadsheetTimeZone");
    if (typeof timezone !== "string") throw badParams("Spreadsheet.setSpreadsheetTimeZone", [timezone]);
    // UNCONFIRMED wording: an unknown zone is refused.
    if (!isValidTimeZone(timezone)) throw new ScriptError(`Invalid argument: ${timezone}`);
    this.wb.state.timeZone = timezone;
  }
  getSpreadsheetLocale(): string {
    this.enter("getSpreadsheetLocale");
    return this.wb.state.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.enter("setSpreadsheetLocale");
    if (typeof locale !== "string") throw badParams("Spreadsheet.setSpreadsheetLocale", [locale]);
    if (!SUPPORTED_LOCALES.includes(locale)) throw new ScriptError(`Invalid argument: ${locale}`);
    this.wb.state.locale = locale;
  }
  getSheets(): SheetImpl[] {
    this.enter("getSheets");
    return this.wb.state.sheets.map((s) => new SheetImpl(this.ctx, s.sheetId));
  }
  getNumSheets(): number {
    this.enter("getNumSheets");
    return this.wb.state.sheets.length;
  }
  /** Case-insensitive, like Sheets' own unique-name rule; null when absent. */
  getSheetByName(name: string): SheetImpl | null {
    this.enter("getSheetByName");
    if (typeof name !== "string") throw badParams("Spreadsheet.getSheetByName", [name]);
    const s = this.wb.sheet(name);
    return s ? new SheetImpl(this.ctx, s.sheetId) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    this.enter("getSheetById");
    if (!isInt(id)) throw badParams("Spreadsheet.getSheetById", [id]);
    const s = this.wb.sheetById(id);
    return s ? new SheetImpl(this.ctx, s.sheetId) : null;
  }
  getActiveSheet(): SheetImpl {
    this.enter("getActiveSheet");
    return new SheetImpl(this.ctx, this.wb.activeSheet().sheetId);
  }
  setActiveSheet(sheet: SheetImpl, restoreSelection?: boolean): SheetImpl {
    this.enter("setActiveSheet");
    if (!(sheet instanceof SheetImpl))
      throw badParams("Spreadsheet.setActiveSheet", [sheet, restoreSelection]);
    const s = this.ctx.sheetState(sheet.sheetId);
    this.wb.state.activeSheetId = s.sheetId;
    s.hidden = false;
    return sheet;
  }
  getActiveRange(): RangeImpl | null {
    this.enter("getActiveRange");
    const a = this.wb.state.activeRange;
    if (!a || !this.wb.sheetById(a.sheetId)) return null;
    return new RangeImpl(this.ctx, a.sheetId, a);
  }

  /**
   * insertSheet(), (index), (name), (name, index): the new sheet becomes active
   * (reference/spreadsheet/spreadsheet#insertsheetsheetname). UNCONFIRMED: without an index it goes
   * right after the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): SheetImpl {
    this.enter("insertSheet");
    let name: string | undefined;
    let index: number | undefined;
    if (typeof a === "string") {
      name = a;
      if (b !== undefined) {
        if (!isInt(b)) throw badParams("Spreadsheet.insertSheet", [a, b, c]);
        index = b;
      }
      if (c !== undefined) throw new ScriptError("insertSheet options (templates) are not emulated.");
    } else if (isInt(a)) {
      if (b !== undefined) throw badParams("Spreadsheet.insertSheet", [a, b]);
      index = a;
    } else if (a !== undefined) {
      throw badParams("Spreadsheet.insertSheet", [a, b, c]);
    }
    const sheets = this.wb.state.sheets;
    if (name !== undefined) {
      if (this.wb.sheet(name)) throw new ScriptError(duplicateSheet(name));
      checkSheetName(name);
    } else {
      const base = this.wb.profile().trueText === "TRUE" ? "Sheet" : "Hoja";
      let n = sheets.length + 1;
      while (this.wb.sheet(`${base} ${n}`)) n++;
      name = `${base} ${n}`;
    }
    if (index !== undefined && (index < 0 || index > sheets.length)) {
      // UNCONFIRMED wording.
      throw new ScriptError(`Invalid argument: sheetIndex (${index})`);
    }
    this.ctx.checkGrowth(DEFAULT_ROWS * DEFAULT_COLUMNS);
    const activePos = sheets.findIndex((s) => s.sheetId === this.wb.state.activeSheetId);
    const at = index ?? activePos + 1;
    const state = newSheetState(this.wb.allocateSheetId(), name);
    sheets.splice(at, 0, state);
    this.ctx.reindex();
    this.wb.state.activeSheetId = state.sheetId;
    return new SheetImpl(this.ctx, state.sheetId);
  }

  deleteSheet(sheet: SheetImpl): void {
    this.enter("deleteSheet");
    if (!(sheet instanceof SheetImpl)) throw badParams("Spreadsheet.deleteSheet", [sheet]);
    const sheets = this.wb.state.sheets;
    const pos = sheets.findIndex((s) => s.sheetId === sheet.sheetId);
    if (pos < 0) throw new ScriptError(MSG.sheetDeleted);
    if (sheets.length === 1) throw new ScriptError(MSG.lastSheet);
    sheets.splice(pos, 1);
    this.ctx.reindex();
    for (const [k, v] of Object.entries(this.wb.state.namedRanges)) {
      if (v.sheetId === sheet.sheetId) delete this.wb.state.namedRanges[k];
    }
    if (this.wb.state.activeSheetId === sheet.sheetId) {
      const next = sheets[Math.max(0, pos - 1)] ?? sheets[0];
      if (next) this.wb.state.activeSheetId = next.sheetId;
      delete this.wb.state.activeRange;
    }
  }

  toast(msg: unknown, title?: unknown, timeoutSeconds?: unknown): void {
    this.enter("toast");
    if (msg === undefined) throw badParams("Spreadsheet.toast", []);
    this.ui.toast(
      String(msg),
      title === undefined ? undefined : String(title),
      timeoutSeconds === undefined ? undefined : Number(timeoutSeconds),
    );
  }

  private get ui(): SpreadsheetUiHooks {
    return this.ctx.ui;
  }

  /** A range in A1 notation with an optional sheet prefix ("Hoja 1!A1:B2"); active sheet otherwise. */
  getRange(a1Notation: string): RangeImpl {
    this.enter("getRange");
    if (typeof a1Notation !== "string") throw badParams("Spreadsheet.getRange", [a1Notation]);
    const { sheetName, ref } = splitSheetPrefix(a1Notation);
    const sheet = sheetName !== undefined ? this.wb.sheet(sheetName) : this.wb.activeSheet();
    if (!sheet) throw new ScriptError(MSG.rangeNotFound);
    return new RangeImpl(this.ctx, sheet.sheetId, parseA1(ref, sheet));
  }

  /** A finder for every sheet, in tab order (reference/spreadsheet/spreadsheet#createtextfinderfindtext). */
  createTextFinder(findText: string): TextFinderImpl {
    this.enter("createTextFinder");
    return newTextFinder(this.ctx, { kind: "spreadsheet" }, findText, "Spreadsheet.createTextFinder");
  }

  setNamedRange(name: string, range: RangeImpl): void {
    this.enter("setNamedRange");
    if (typeof name !== "string" || !(range instanceof RangeImpl)) {
      throw badParams("Spreadsheet.setNamedRange", [name, range]);
    }
    // Named-range names: letters, digits, underscores, not starting with a digit, not A1-like.
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      // UNCONFIRMED wording.
      throw new ScriptError(`Invalid argument: name (${name})`);
    }
    this.wb.state.namedRanges[name] = { sheetId: range.sheetId, ...range.rect };
  }

  getRangeByName(name: string): RangeImpl | null {
    this.enter("getRangeByName");
    const n = this.wb.state.namedRanges[name];
    if (!n || !this.wb.sheetById(n.sheetId)) return null;
    return new RangeImpl(this.ctx, n.sheetId, n);
  }

  removeNamedRange(name: string): void {
    this.enter("removeNamedRange");
    // UNCONFIRMED: removing an unknown name throws.
    if (!this.wb.state.namedRanges[name]) throw new ScriptError(MSG.rangeNotFound);
    delete this.wb.state.namedRanges[name];
  }
}
