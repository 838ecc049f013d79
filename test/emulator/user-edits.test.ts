// Conformance: a person's edits on the model (typing, pasting, the Delete key) as Sheets applies them, and the value fields their onEdit event carries.
import { describe, expect, it } from "vitest";
import { partsToSerial } from "../../emulator/spreadsheet/dates";
import { Workbook } from "../../emulator/spreadsheet/model";
import {
  clearCells,
  EditRejected,
  pasteIntoCells,
  typeIntoCell,
} from "../../emulator/spreadsheet/user-edits";

// Source: https://developers.google.com/apps-script/guides/triggers/events (Edit: value/oldValue only for
// single-cell edits; "oldValue … Will be undefined if the cell had no previous content").
const ctx = { now: new Date("2019-06-15T17:00:00Z"), dates: "serial" } as const;
const book = () => Workbook.create({ name: "t", timeZone: "America/Panama" });

describe("typeIntoCell", () => {
  it("gives the value as typed and no oldValue for an empty cell", () => {
    const wb = book();
    const e = typeIntoCell(wb, "Hoja 1", 2, 1, "Reunión", ctx);
    expect(e).toEqual({
      sheetName: "Hoja 1",
      rect: { row: 2, column: 1, numRows: 1, numColumns: 1 },
      values: { value: "Reunión" },
    });
    expect(wb.value("Hoja 1", 2, 1)).toBe("Reunión");
  });

  it("gives the previous content as oldValue and parses like setValue", () => {
    const wb = book();
    typeIntoCell(wb, "Hoja 1", 1, 1, "viejo", ctx);
    const e = typeIntoCell(wb, "Hoja 1", 1, 1, "28/05/2019", ctx);
    expect(e.values).toEqual({ value: String(partsToSerial(2019, 5, 28)), oldValue: "viejo" });
    expect(wb.value("Hoja 1", 1, 1)).toEqual(new Date("2019-05-28T05:00:00Z"));
    expect(wb.displayValue("Hoja 1", 1, 1)).toBe("28/5/2019");
  });

  it("text typed into an '@' cell stays text; apostrophe text loses its apostrophe", () => {
    const wb = book();
    wb.requireSheet("Hoja 1").rows[1] = { 1: { numberFormat: "@" } };
    expect(typeIntoCell(wb, "Hoja 1", 1, 1, "=1+1", ctx).values?.value).toBe("=1+1");
    expect(wb.formula("Hoja 1", 1, 1)).toBe("");
    expect(typeIntoCell(wb, "Hoja 1", 2, 1, "'=1+1", ctx).values?.value).toBe("=1+1");
  });

  it("a formula carries no value (UNCONFIRMED: the emulator computes no formulas)", () => {
    const wb = book();
    expect(typeIntoCell(wb, "Hoja 1", 1, 1, "=1+1", ctx).values).toEqual({});
    expect(wb.formula("Hoja 1", 1, 1)).toBe("=1+1");
  });

  it("emptying a cell gives no value and the old one as oldValue", () => {
    const wb = book();
    typeIntoCell(wb, "Hoja 1", 1, 1, "x", ctx);
    expect(typeIntoCell(wb, "Hoja 1", 1, 1, "", ctx).values).toEqual({ oldValue: "x" });
    expect(wb.lastRow("Hoja 1")).toBe(0);
  });

  it("a rejecting data validation (allowInvalid false) refuses the edit with its help text", () => {
    const wb = book();
    const dataValidation = {
      criteria: "VALUE_IN_LIST",
      args: [["A", "B"], true],
      allowInvalid: false,
      helpText: "Elija A o B",
    };
    wb.requireSheet("Hoja 1").rows[1] = { 1: { dataValidation } };
    expect(() => typeIntoCell(wb, "Hoja 1", 1, 1, "C", ctx)).toThrow(new EditRejected("Elija A o B"));
    expect(wb.value("Hoja 1", 1, 1)).toBe("");
    expect(typeIntoCell(wb, "Hoja 1", 1, 1, "B", ctx).values?.value).toBe("B");
    // Emptying is always allowed.
    expect(typeIntoCell(wb, "Hoja 1", 1, 1, "", ctx).values).toEqual({ oldValue: "B" });
  });

  it("UNCONFIRMED wording: a rejecting rule without help text gives the emulator's own message", () => {
    const wb = book();
    const dataValidation = { criteria: "DATE_IS_VALID_DATE", args: [], allowInvalid: false, helpText: null };
    wb.requireSheet("Hoja 1").rows[1] = { 1: { dataValidation } };
    expect(() => typeIntoCell(wb, "Hoja 1", 1, 1, "mañana", ctx)).toThrow(
      "Input must fall within the specified range",
    );
  });

  it("a warning-only data validation (the default) accepts invalid input", () => {
    const wb = book();
    const dataValidation = {
      criteria: "VALUE_IN_LIST",
      args: [["A"], true],
      allowInvalid: true,
      helpText: null,
    };
    wb.requireSheet("Hoja 1").rows[1] = { 1: { dataValidation } };
    typeIntoCell(wb, "Hoja 1", 1, 1, "Z", ctx);
    expect(wb.value("Hoja 1", 1, 1)).toBe("Z");
  });

  it("refuses more than 50,000 characters (platform guide › Limits) and cells outside the sheet", () => {
    const wb = book();
    expect(() => typeIntoCell(wb, "Hoja 1", 1, 1, "x".repeat(50_001), ctx)).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(() => typeIntoCell(wb, "Hoja 1", 1001, 1, "x", ctx)).toThrow(/outside sheet "Hoja 1"/);
  });

  it("selects the edited cell: the active sheet and range follow the person", () => {
    const wb = book();
    typeIntoCell(wb, "hoja 1", 4, 3, "x", ctx);
    expect(wb.state.activeRange).toEqual({ sheetId: 0, row: 4, column: 3, numRows: 1, numColumns: 1 });
  });
});

describe("pasteIntoCells and clearCells", () => {
  it("a paste reads every cell as typed and carries no value fields", () => {
    const wb = book();
    const e = pasteIntoCells(wb, "Hoja 1", 1, 1, [["1", "TRUE"]], ctx);
    expect(e).toEqual({ sheetName: "Hoja 1", rect: { row: 1, column: 1, numRows: 1, numColumns: 2 } });
    expect(wb.values("Hoja 1")).toEqual([[1, true]]);
  });

  it("the Delete key keeps formats, notes and rules; one cell gives its oldValue", () => {
    const wb = book();
    typeIntoCell(wb, "Hoja 1", 1, 1, "28/05/2019", ctx);
    const cell = wb.cell("Hoja 1", 1, 1);
    if (cell) cell.note = "nota";
    const e = clearCells(wb, "Hoja 1", "A1", { ...ctx, dates: "display" });
    expect(e.values).toEqual({ oldValue: "28/5/2019" });
    expect(wb.cell("Hoja 1", 1, 1)).toEqual({ numberFormat: "d/M/yyyy", note: "nota" });
    expect(clearCells(wb, "Hoja 1", "A1:B2", ctx).values).toBeUndefined();
  });
});
