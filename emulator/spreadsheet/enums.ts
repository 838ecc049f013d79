// SpreadsheetApp's enums (names from the Apps Script reference, reference/spreadsheet/*).
import { makeEnum } from "../enums";

/** reference/spreadsheet/wrap-strategy */
export const WrapStrategy = makeEnum("WrapStrategy", ["WRAP", "OVERFLOW", "CLIP"] as const);
/** reference/spreadsheet/border-style */
export const BorderStyle = makeEnum("BorderStyle", [
  "DOTTED",
  "DASHED",
  "SOLID",
  "SOLID_MEDIUM",
  "SOLID_THICK",
  "DOUBLE",
] as const);
/** reference/spreadsheet/protection-type */
export const ProtectionType = makeEnum("ProtectionType", ["RANGE", "SHEET"] as const);
/** reference/spreadsheet/dimension */
export const Dimension = makeEnum("Dimension", ["COLUMNS", "ROWS"] as const);
/** reference/spreadsheet/data-validation-criteria */
export const DataValidationCriteria = makeEnum("DataValidationCriteria", [
  "DATE_AFTER",
  "DATE_BEFORE",
  "DATE_BETWEEN",
  "DATE_EQUAL_TO",
  "DATE_IS_VALID_DATE",
  "DATE_NOT_BETWEEN",
  "DATE_ON_OR_AFTER",
  "DATE_ON_OR_BEFORE",
  "NUMBER_BETWEEN",
  "NUMBER_EQUAL_TO",
  "NUMBER_GREATER_THAN",
  "NUMBER_GREATER_THAN_OR_EQUAL_TO",
  "NUMBER_LESS_THAN",
  "NUMBER_LESS_THAN_OR_EQUAL_TO",
  "NUMBER_NOT_BETWEEN",
  "NUMBER_NOT_EQUAL_TO",
  "TEXT_CONTAINS",
  "TEXT_DOES_NOT_CONTAIN",
  "TEXT_EQUAL_TO",
  "TEXT_IS_VALID_EMAIL",
  "TEXT_IS_VALID_URL",
  "VALUE_IN_LIST",
  "VALUE_IN_RANGE",
  "CUSTOM_FORMULA",
  "CHECKBOX",
] as const);
