// The emulated SpreadsheetApp: the factory of the global, its enums and the types of the objects it hands out.
export type { SpreadsheetUiHooks } from "./context";
export type {
  DataValidationBuilderImpl as DataValidationBuilder,
  DataValidationImpl as DataValidation,
} from "./data-validation";
/** Date helpers for code that builds expectations in the spreadsheet's zone. */
export { dateToSerial, serialToDate } from "./dates";
export { BorderStyle, DataValidationCriteria, Dimension, ProtectionType, WrapStrategy } from "./enums";
/** Column letters, for rendering a sheet's header. */
export { columnToLetters } from "./model";
export type { ProtectionImpl as Protection } from "./protection";
export type { RangeImpl as Range } from "./range";
export type { RangeListImpl as RangeList } from "./range-list";
export type { SheetImpl as Sheet } from "./sheet";
export type { SpreadsheetImpl as Spreadsheet } from "./spreadsheet";
export { createSpreadsheetApp, type EmulatedSpreadsheetApp } from "./spreadsheet-app";
export type { TextFinderImpl as TextFinder } from "./text-finder";
