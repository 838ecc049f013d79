// The SpreadsheetApp global over a Workbook: the active spreadsheet, sheet and range, openById, getUi, flush and the enums.
import { type Runtime, ScriptError } from "../runtime";
import { badParams, Ctx, OPEN_REQ, PURE, REQ, type SpreadsheetUiHooks } from "./context";
import { DataValidationBuilderImpl } from "./data-validation";
import { BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from "./enums";
import type { Workbook } from "./model";
import { RangeImpl } from "./range";
import { RichTextValueBuilderImpl } from "./rich-text";
import { SheetImpl } from "./sheet";
import { SpreadsheetImpl } from "./spreadsheet";

/** The emulated SpreadsheetApp global (reference/spreadsheet/spreadsheet-app). */
export interface EmulatedSpreadsheetApp {
  getActiveSpreadsheet(): SpreadsheetImpl;
  getActive(): SpreadsheetImpl;
  getActiveSheet(): SheetImpl;
  getActiveRange(): RangeImpl | null;
  openById(id: string): SpreadsheetImpl;
  getUi(): unknown;
  flush(): void;
  newDataValidation(): DataValidationBuilderImpl;
  newRichTextValue(): RichTextValueBuilderImpl;
  readonly WrapStrategy: typeof WrapStrategy;
  readonly BorderStyle: typeof BorderStyle;
  readonly DataValidationCriteria: typeof DataValidationCriteria;
  readonly ProtectionType: typeof ProtectionType;
  readonly Dimension: typeof Dimension;
}

/**
 * Builds the SpreadsheetApp global over `workbook`: every method counts as "Class.method" in `rt`
 * and enforces auth mode and scopes; `ui` supplies SpreadsheetApp.getUi() and Spreadsheet.toast().
 */
export function createSpreadsheetApp(
  rt: Runtime,
  workbook: Workbook,
  ui: SpreadsheetUiHooks,
): EmulatedSpreadsheetApp {
  const ctx = new Ctx(rt, workbook, ui);
  ctx.reindex();
  const app: EmulatedSpreadsheetApp = {
    getActiveSpreadsheet() {
      rt.enter("SpreadsheetApp.getActiveSpreadsheet", REQ);
      return new SpreadsheetImpl(ctx);
    },
    getActive() {
      rt.enter("SpreadsheetApp.getActive", REQ);
      return new SpreadsheetImpl(ctx);
    },
    getActiveSheet() {
      rt.enter("SpreadsheetApp.getActiveSheet", REQ);
      return new SheetImpl(ctx, workbook.activeSheet().sheetId);
    },
    getActiveRange() {
      rt.enter("SpreadsheetApp.getActiveRange", REQ);
      const a = workbook.state.activeRange;
      return a && workbook.sheetById(a.sheetId) ? new RangeImpl(ctx, a.sheetId, a) : null;
    },
    openById(id: string) {
      rt.enter("SpreadsheetApp.openById", OPEN_REQ);
      if (typeof id !== "string") throw badParams("SpreadsheetApp.openById", [id]);
      // Only the one emulated file exists. UNCONFIRMED wording for a missing file.
      if (id !== workbook.state.id) {
        throw new ScriptError(
          "Unexpected error while getting the method or property openById on object SpreadsheetApp.",
        );
      }
      return new SpreadsheetImpl(ctx);
    },
    getUi() {
      // Menus may be built in AuthMode.NONE (guides/triggers, add-on onOpen).
      rt.enter("SpreadsheetApp.getUi", { auth: "NONE" });
      return ui.getUi();
    },
    /** Applies the execution's pending writes: other executions see them from now on (visibility.ts). */
    flush() {
      rt.enter("SpreadsheetApp.flush", REQ);
      workbook.flush(rt.executionId);
    },
    newDataValidation() {
      rt.enter("SpreadsheetApp.newDataValidation", PURE);
      return new DataValidationBuilderImpl(ctx);
    },
    newRichTextValue() {
      rt.enter("SpreadsheetApp.newRichTextValue", PURE);
      return new RichTextValueBuilderImpl(ctx);
    },
    WrapStrategy,
    BorderStyle,
    DataValidationCriteria,
    ProtectionType,
    Dimension,
  };
  return app;
}
