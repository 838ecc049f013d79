// Conformance: the model's display of number formats, limits and performance of batch reads and writes.
import { describe, expect, it } from "vitest";
import { Runtime, SCOPE } from "../../emulator/runtime";
import { createSpreadsheetApp } from "../../emulator/spreadsheet";
import { partsToSerial } from "../../emulator/spreadsheet/dates";
import { displayText, isDateTimeFormat, localeProfile } from "../../emulator/spreadsheet/format";
import { Workbook } from "../../emulator/spreadsheet/model";

const es = localeProfile("es_PA");
const may7 = partsToSerial(2019, 5, 7);

// Source: Sheets API guides/formats (date and number format tokens) and
// https://developers.google.com/apps-script/reference/spreadsheet/range#getdisplayvalues
// ("Returns the rectangular grid of values … displayed values … in the spreadsheet's locale").
describe("displayText", () => {
  it("date formats with Spanish month names", () => {
    expect(displayText(may7, "d/M/yyyy", es)).toBe("7/5/2019");
    expect(displayText(may7, "dd/MM/yyyy", es)).toBe("07/05/2019");
    expect(displayText(may7, "mmmm yyyy", es)).toBe("mayo 2019");
    expect(displayText(may7, "d mmm yyyy", es)).toBe("7 may 2019");
    expect(displayText(may7, 'dddd d "de" mmmm', es)).toBe("martes 7 de mayo");
    expect(displayText(may7 + 0.5 + 5 / 1440, "d/m/yyyy h:mm", es)).toBe("7/5/2019 12:05");
    expect(displayText(may7 + 13.5 / 24, "h:mm am/pm", es)).toBe("1:30 PM");
  });

  it("number formats", () => {
    expect(displayText(1234.567, "0", es)).toBe("1235");
    expect(displayText(1234.567, "#,##0", es)).toBe("1,235");
    expect(displayText(1234.5, "#,##0.00", es)).toBe("1,234.50");
    expect(displayText(-2.5, "0.0", es)).toBe("-2.5");
    expect(displayText(0.125, "0.0%", es)).toBe("12.5%");
    expect(displayText(2.99, '"$"#,##0.00', es)).toBe("$2.99");
    expect(displayText(1234.5, "#,##0.00", localeProfile("es"))).toBe("1.234,50");
  });

  it("automatic format, text format and booleans", () => {
    expect(displayText(0.1 + 0.2, undefined, es)).toBe("0.3");
    expect(displayText(43592, "@", es)).toBe("43592");
    expect(displayText("=x", "@", es)).toBe("=x");
    expect(displayText(true, undefined, localeProfile("en_US"))).toBe("TRUE");
    expect(displayText(undefined, "d/M/yyyy", es)).toBe("");
  });

  it("classifies date/time formats (getValues returns Date only for those)", () => {
    expect(["d/M/yyyy", "mmmm yyyy", "h:mm", "yyyy-MM-dd"].every(isDateTimeFormat)).toBe(true);
    expect(["@", "0", "#,##0", '"day"0', "0.###############"].some(isDateTimeFormat)).toBe(false);
  });
});

describe("Workbook model API (uncounted)", () => {
  it("create gives one sheet 'Hoja 1' of 1000×26; lookups by name", () => {
    const wb = Workbook.create({ name: "x", timeZone: "America/Panama" });
    expect(wb.sheetNames()).toEqual(["Hoja 1"]);
    expect(wb.requireSheet("Hoja 1")).toMatchObject({
      maxRows: 1000,
      maxColumns: 26,
      frozenRows: 0,
      index: 1,
    });
    expect(wb.lastRow("Hoja 1")).toBe(0);
    expect(wb.values("Hoja 1")).toEqual([[""]]);
    expect(() => Workbook.create({ name: "x", timeZone: "Nowhere/City" })).toThrow();
  });

  it("reading through the model does not count calls", () => {
    const rt = new Runtime({ scopes: [SCOPE.spreadsheetsCurrentOnly] });
    const wb = Workbook.create({ name: "x", timeZone: "America/Panama" });
    const app = createSpreadsheetApp(rt, wb, { getUi: () => null, toast: () => {} });
    app.getActiveSheet().getRange("A1").setValue("7/5/2019");
    rt.resetCalls();
    expect(wb.displayValue("Hoja 1", 1, 1)).toBe("7/5/2019");
    expect(wb.values("Hoja 1")).toEqual([[new Date("2019-05-07T05:00:00Z")]]);
    expect(rt.totalCalls()).toBe(0);
  });
});

describe("performance (platform guide › What calls cost: one batch read/write per sheet)", () => {
  it("10,000 rows × 9 columns: one setValues and one getValues, well under a second", () => {
    const rt = new Runtime({ scopes: [SCOPE.spreadsheetsCurrentOnly] });
    const wb = Workbook.create({ name: "x", timeZone: "America/Panama" });
    const app = createSpreadsheetApp(rt, wb, { getUi: () => null, toast: () => {} });
    const sheet = app.getActiveSheet();
    sheet.insertRowsAfter(1000, 9000);
    sheet.getRange(2, 4, 9999, 2).setNumberFormat("d/M/yyyy");
    const date = new Date("2019-05-07T05:00:00Z");
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Actividad ${i}`,
      "Entidad",
      "Información larga de la actividad",
      date,
      "",
      "Eje 1",
      "usuario@example.org",
      "28/05/2019",
      `id-${i}`,
    ]);
    const t0 = performance.now();
    sheet.getRange(1, 1, 10_000, 9).setValues(rows);
    const values = sheet.getRange(1, 1, 10_000, 9).getValues();
    const elapsed = performance.now() - t0;
    expect(values).toHaveLength(10_000);
    expect(values[9_999]?.[3]).toEqual(date);
    expect(sheet.getLastRow()).toBe(10_000);
    expect(elapsed).toBeLessThan(1000);
  });
});
