// RangeList: one counted call applies a value, format, border, note or validation to every range of the list.
import type { EnumValue } from "../enums";
import {
  applyBorder,
  applyColor,
  applyNote,
  applyWrap,
  applyWrapStrategy,
  breakRect,
  type ClearOptions,
  checkChoice,
  checkEnum,
  clearRect,
  clearWhat,
  DEFAULTS,
  setFormatField,
} from "./cell-edits";
import { badParams, type Ctx, isInt, REQ } from "./context";
import { DataValidationImpl } from "./data-validation";
import type { SheetState } from "./model";
import { checkWritable, WRITES } from "./protection";
import type { RangeImpl } from "./range";
import { checkInput } from "./typing";

/** reference/spreadsheet/range-list */
export class RangeListImpl {
  constructor(
    private readonly ctx: Ctx,
    private readonly ranges: RangeImpl[],
  ) {}

  private enter(method: string): void {
    this.ctx.rt.enter(`RangeList.${method}`, REQ);
    // Every range is checked before any is written.
    if (WRITES.test(method)) for (const r of this.ranges) checkWritable(this.ctx, r.sheetUncounted(), r.rect);
  }

  private each(fn: (r: RangeImpl, s: SheetState) => void): RangeListImpl {
    for (const r of this.ranges) fn(r, r.sheetUncounted());
    return this;
  }

  getRanges(): RangeImpl[] {
    this.enter("getRanges");
    return [...this.ranges];
  }
  setValue(value: unknown): RangeListImpl {
    this.enter("setValue");
    checkInput(value);
    return this.each((r, s) => r.writeAll(s, value));
  }
  setBackground(color: string | null): RangeListImpl {
    this.enter("setBackground");
    if (color !== null && typeof color !== "string") throw badParams("RangeList.setBackground", [color]);
    return this.each((r, s) => r.forAll(s, (cell) => applyColor(cell, "background", color)));
  }
  setFontColor(color: string | null): RangeListImpl {
    this.enter("setFontColor");
    if (color !== null && typeof color !== "string") throw badParams("RangeList.setFontColor", [color]);
    return this.each((r, s) => r.forAll(s, (cell) => applyColor(cell, "fontColor", color)));
  }
  setFontWeight(fontWeight: string | null): RangeListImpl {
    this.enter("setFontWeight");
    checkChoice("RangeList.setFontWeight", fontWeight, ["bold", "normal"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontWeight", fontWeight === "normal" ? null : fontWeight)),
    );
  }
  setFontStyle(fontStyle: string | null): RangeListImpl {
    this.enter("setFontStyle");
    checkChoice("RangeList.setFontStyle", fontStyle, ["italic", "normal"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontStyle", fontStyle === "normal" ? null : fontStyle)),
    );
  }
  setFontSize(size: number): RangeListImpl {
    this.enter("setFontSize");
    if (!isInt(size)) throw badParams("RangeList.setFontSize", [size]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => setFormatField(cell, "fontSize", size === DEFAULTS.fontSize ? null : size)),
    );
  }
  setNumberFormat(format: string): RangeListImpl {
    this.enter("setNumberFormat");
    if (typeof format !== "string") throw badParams("RangeList.setNumberFormat", [format]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => {
        cell.numberFormat = format;
      }),
    );
  }
  setHorizontalAlignment(alignment: string | null): RangeListImpl {
    this.enter("setHorizontalAlignment");
    checkChoice("RangeList.setHorizontalAlignment", alignment, [
      "left",
      "center",
      "right",
      "normal",
      "general",
    ]);
    return this.each((r, s) =>
      r.forAll(s, (cell) =>
        setFormatField(
          cell,
          "horizontalAlignment",
          alignment === "normal" || alignment === "general" ? null : alignment,
        ),
      ),
    );
  }
  setVerticalAlignment(alignment: string | null): RangeListImpl {
    this.enter("setVerticalAlignment");
    checkChoice("RangeList.setVerticalAlignment", alignment, ["top", "middle", "bottom"]);
    return this.each((r, s) =>
      r.forAll(s, (cell) =>
        setFormatField(cell, "verticalAlignment", alignment === "bottom" ? null : alignment),
      ),
    );
  }
  setWrap(isWrapEnabled: boolean): RangeListImpl {
    this.enter("setWrap");
    if (typeof isWrapEnabled !== "boolean") throw badParams("RangeList.setWrap", [isWrapEnabled]);
    return this.each((r, s) => r.forAll(s, (cell) => applyWrap(cell, isWrapEnabled)));
  }
  setWrapStrategy(strategy: EnumValue): RangeListImpl {
    this.enter("setWrapStrategy");
    checkEnum("RangeList.setWrapStrategy", strategy, "WrapStrategy");
    return this.each((r, s) => r.forAll(s, (cell) => applyWrapStrategy(cell, strategy)));
  }
  setBorder(...args: unknown[]): RangeListImpl {
    this.enter("setBorder");
    return this.each((r, s) => applyBorder(r, s, args, "RangeList.setBorder"));
  }
  setNote(note: string | null): RangeListImpl {
    this.enter("setNote");
    if (note !== null && typeof note !== "string") throw badParams("RangeList.setNote", [note]);
    return this.each((r, s) => r.forAll(s, (cell) => applyNote(cell, note)));
  }
  /** reference/spreadsheet/range-list#clearnote */
  clearNote(): RangeListImpl {
    this.enter("clearNote");
    return this.each((r, s) => clearRect(s, r.rect, { notes: true }));
  }
  /** reference/spreadsheet/range-list#cleardatavalidations */
  clearDataValidations(): RangeListImpl {
    this.enter("clearDataValidations");
    return this.each((r, s) => clearRect(s, r.rect, { validations: true }));
  }
  setDataValidation(rule: DataValidationImpl | null): RangeListImpl {
    this.enter("setDataValidation");
    if (rule !== null && !(rule instanceof DataValidationImpl))
      throw badParams("RangeList.setDataValidation", [rule]);
    return this.each((r, s) =>
      r.forAll(s, (cell) => {
        if (rule) cell.dataValidation = rule.state;
        else delete cell.dataValidation;
      }),
    );
  }
  clear(options?: ClearOptions): RangeListImpl {
    this.enter("clear");
    if (options !== undefined && (typeof options !== "object" || options === null))
      throw badParams("RangeList.clear", [options]);
    return this.each((r, s) => clearRect(s, r.rect, clearWhat(options, true)));
  }
  clearContent(): RangeListImpl {
    this.enter("clearContent");
    return this.each((r, s) => clearRect(s, r.rect, { contents: true }));
  }
  clearFormat(): RangeListImpl {
    this.enter("clearFormat");
    return this.each((r, s) => clearRect(s, r.rect, { formats: true }));
  }
  breakApart(): RangeListImpl {
    this.enter("breakApart");
    return this.each((r, s) => breakRect(s, r.rect));
  }
  activate(): RangeListImpl {
    this.enter("activate");
    const last = this.ranges[this.ranges.length - 1];
    if (last) {
      this.ctx.wb.state.activeSheetId = last.sheetId;
      this.ctx.wb.state.activeRange = { sheetId: last.sheetId, ...last.rect };
    }
    return this;
  }
}
