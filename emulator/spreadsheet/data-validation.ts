// DataValidation and DataValidationBuilder: the criteria, help text and allowInvalid of a cell rule.
import type { EnumValue } from "../enums";
import { ScriptError } from "../runtime";
import { checkEnum } from "./cell-edits";
import { badParams, type Ctx, isInt, PURE } from "./context";
import { DataValidationCriteria } from "./enums";
import type { DataValidationState, Rect } from "./model";
import { RangeImpl } from "./range";

/** reference/spreadsheet/data-validation */
export class DataValidationImpl {
  constructor(
    private readonly ctx: Ctx,
    readonly state: DataValidationState,
  ) {}

  private enter(method: string): void {
    this.ctx.rt.enter(`DataValidation.${method}`, PURE);
  }

  getCriteriaType(): EnumValue {
    this.enter("getCriteriaType");
    return DataValidationCriteria[this.state.criteria as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    this.enter("getCriteriaValues");
    return decodeArgs(this.ctx, this.state.args);
  }
  getAllowInvalid(): boolean {
    this.enter("getAllowInvalid");
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    this.enter("getHelpText");
    return this.state.helpText;
  }
  copy(): DataValidationBuilderImpl {
    this.enter("copy");
    return new DataValidationBuilderImpl(this.ctx, { ...this.state, args: [...this.state.args] });
  }
}

function decodeArgs(ctx: Ctx, args: unknown[]): unknown[] {
  return args.map((a) => {
    if (a && typeof a === "object" && !Array.isArray(a)) {
      if ("date" in a && typeof a.date === "number") return new Date(a.date);
      if ("range" in a) {
        const r = a.range as { sheetId: number } & Rect;
        return new RangeImpl(ctx, r.sheetId, r);
      }
    }
    return Array.isArray(a) ? [...a] : a;
  });
}

/** reference/spreadsheet/data-validation-builder; allowInvalid defaults to true. */
export class DataValidationBuilderImpl {
  private state:
    | DataValidationState
    | { criteria: null; args: unknown[]; allowInvalid: boolean; helpText: string | null };

  constructor(
    private readonly ctx: Ctx,
    initial?: DataValidationState,
  ) {
    this.state = initial ?? { criteria: null, args: [], allowInvalid: true, helpText: null };
  }

  private enter(method: string): void {
    this.ctx.rt.enter(`DataValidationBuilder.${method}`, PURE);
  }

  private criteria(name: keyof typeof DataValidationCriteria, args: unknown[]): DataValidationBuilderImpl {
    this.state = { ...this.state, criteria: name, args };
    return this;
  }

  private date(method: string, d: unknown): { date: number } {
    if (!(d instanceof Date) || Number.isNaN(d.getTime()))
      throw badParams(`DataValidationBuilder.${method}`, [d]);
    return { date: d.getTime() };
  }

  requireDate(): DataValidationBuilderImpl {
    this.enter("requireDate");
    return this.criteria("DATE_IS_VALID_DATE", []);
  }
  requireDateAfter(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateAfter");
    return this.criteria("DATE_AFTER", [this.date("requireDateAfter", date)]);
  }
  requireDateBefore(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateBefore");
    return this.criteria("DATE_BEFORE", [this.date("requireDateBefore", date)]);
  }
  requireDateOnOrAfter(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateOnOrAfter");
    return this.criteria("DATE_ON_OR_AFTER", [this.date("requireDateOnOrAfter", date)]);
  }
  requireDateOnOrBefore(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateOnOrBefore");
    return this.criteria("DATE_ON_OR_BEFORE", [this.date("requireDateOnOrBefore", date)]);
  }
  requireDateEqualTo(date: Date): DataValidationBuilderImpl {
    this.enter("requireDateEqualTo");
    return this.criteria("DATE_EQUAL_TO", [this.date("requireDateEqualTo", date)]);
  }
  requireDateBetween(start: Date, end: Date): DataValidationBuilderImpl {
    this.enter("requireDateBetween");
    return this.criteria("DATE_BETWEEN", [
      this.date("requireDateBetween", start),
      this.date("requireDateBetween", end),
    ]);
  }
  requireNumberBetween(start: number, end: number): DataValidationBuilderImpl {
    this.enter("requireNumberBetween");
    if (!isInt(start) || !isInt(end))
      throw badParams("DataValidationBuilder.requireNumberBetween", [start, end]);
    return this.criteria("NUMBER_BETWEEN", [start, end]);
  }
  requireNumberGreaterThan(number: number): DataValidationBuilderImpl {
    this.enter("requireNumberGreaterThan");
    if (!isInt(number)) throw badParams("DataValidationBuilder.requireNumberGreaterThan", [number]);
    return this.criteria("NUMBER_GREATER_THAN", [number]);
  }
  requireNumberLessThan(number: number): DataValidationBuilderImpl {
    this.enter("requireNumberLessThan");
    if (!isInt(number)) throw badParams("DataValidationBuilder.requireNumberLessThan", [number]);
    return this.criteria("NUMBER_LESS_THAN", [number]);
  }
  requireCheckbox(): DataValidationBuilderImpl {
    this.enter("requireCheckbox");
    return this.criteria("CHECKBOX", []);
  }
  requireTextIsEmail(): DataValidationBuilderImpl {
    this.enter("requireTextIsEmail");
    return this.criteria("TEXT_IS_VALID_EMAIL", []);
  }
  requireFormulaSatisfied(formula: string): DataValidationBuilderImpl {
    this.enter("requireFormulaSatisfied");
    if (typeof formula !== "string")
      throw badParams("DataValidationBuilder.requireFormulaSatisfied", [formula]);
    return this.criteria("CUSTOM_FORMULA", [formula]);
  }
  /**
   * values: String[]; showDropdown: Boolean, true when left out
   * (reference/spreadsheet/data-validation-builder#requirevalueinlistvalues,-showdropdown).
   * UNCONFIRMED: an empty list is refused (strict: no value could ever be valid), in our wording.
   */
  requireValueInList(values: string[], showDropdown?: boolean): DataValidationBuilderImpl {
    this.enter("requireValueInList");
    if (
      !Array.isArray(values) ||
      !values.every((v) => typeof v === "string") ||
      (showDropdown !== undefined && typeof showDropdown !== "boolean")
    ) {
      throw badParams("DataValidationBuilder.requireValueInList", [values, showDropdown]);
    }
    if (values.length === 0)
      throw new ScriptError("A list of items for data validation needs at least one item.");
    return this.criteria("VALUE_IN_LIST", [[...values], showDropdown ?? true]);
  }
  requireValueInRange(range: RangeImpl, showDropdown?: boolean): DataValidationBuilderImpl {
    this.enter("requireValueInRange");
    if (!(range instanceof RangeImpl) || (showDropdown !== undefined && typeof showDropdown !== "boolean")) {
      throw badParams("DataValidationBuilder.requireValueInRange", [range, showDropdown]);
    }
    return this.criteria("VALUE_IN_RANGE", [
      { range: { sheetId: range.sheetId, ...range.rect } },
      showDropdown ?? true,
    ]);
  }
  withCriteria(criteria: EnumValue, args: unknown[]): DataValidationBuilderImpl {
    this.enter("withCriteria");
    checkEnum("DataValidationBuilder.withCriteria", criteria, "DataValidationCriteria");
    if (!Array.isArray(args)) throw badParams("DataValidationBuilder.withCriteria", [criteria, args]);
    const encoded = args.map((a) =>
      a instanceof Date
        ? { date: a.getTime() }
        : a instanceof RangeImpl
          ? { range: { sheetId: a.sheetId, ...a.rect } }
          : a,
    );
    return this.criteria(criteria.name() as keyof typeof DataValidationCriteria, encoded);
  }
  setAllowInvalid(allowInvalidData: boolean): DataValidationBuilderImpl {
    this.enter("setAllowInvalid");
    if (typeof allowInvalidData !== "boolean")
      throw badParams("DataValidationBuilder.setAllowInvalid", [allowInvalidData]);
    this.state = { ...this.state, allowInvalid: allowInvalidData };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilderImpl {
    this.enter("setHelpText");
    if (typeof helpText !== "string") throw badParams("DataValidationBuilder.setHelpText", [helpText]);
    this.state = { ...this.state, helpText };
    return this;
  }
  getAllowInvalid(): boolean {
    this.enter("getAllowInvalid");
    return this.state.allowInvalid;
  }
  getHelpText(): string | null {
    this.enter("getHelpText");
    return this.state.helpText;
  }
  getCriteriaType(): EnumValue | null {
    this.enter("getCriteriaType");
    const c = this.state.criteria;
    return c === null ? null : DataValidationCriteria[c as keyof typeof DataValidationCriteria];
  }
  getCriteriaValues(): unknown[] {
    this.enter("getCriteriaValues");
    return decodeArgs(this.ctx, this.state.args);
  }
  build(): DataValidationImpl {
    this.enter("build");
    const s = this.state;
    // UNCONFIRMED wording: a rule needs criteria.
    if (s.criteria === null)
      throw new ScriptError("You must specify a criteria for the data validation rule.");
    return new DataValidationImpl(this.ctx, {
      criteria: s.criteria,
      args: s.args,
      allowInvalid: s.allowInvalid,
      helpText: s.helpText,
    });
  }
}
