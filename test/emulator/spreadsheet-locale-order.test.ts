// Conformance: the es_PA spreadsheet's order of day and month (UNCONFIRMED, an option of the emulated spreadsheet) in typed dates, script writes and the formats Sheets applies.
import { describe, expect, it } from "vitest";
import { Environment } from "../../emulator/index";
import { Runtime, SCOPE } from "../../emulator/runtime";
import { createSpreadsheetApp } from "../../emulator/spreadsheet";
import type { EsPaDateOrder } from "../../emulator/spreadsheet/format";
import { Workbook } from "../../emulator/spreadsheet/model";
import { typeIntoCell } from "../../emulator/spreadsheet/user-edits";

// Source: guides/apps-script-platform.md › Spreadsheet: "Typed dates follow the spreadsheet's locale …
// CLDR's short date for es-PA is month-first ("05/28/19"), unlike es-ES; what Sheets does for es_PA is
// UNCONFIRMED."
const GUIDE = "guides/apps-script-platform.md › Spreadsheet";
const now = new Date("2019-06-15T17:00:00Z");

function workbook(esPaDateOrder?: EsPaDateOrder): Workbook {
  const wb = Workbook.create({ name: "t", timeZone: "America/Panama", locale: "es_PA", esPaDateOrder });
  // A date column as the add-on formats it.
  wb.requireSheet("Hoja 1").rows[1] = {
    1: { numberFormat: "dd/MM/yyyy" },
    2: { numberFormat: "dd/MM/yyyy" },
  };
  return wb;
}

function typeBoth(wb: Workbook): [unknown, unknown] {
  typeIntoCell(wb, "Hoja 1", 1, 1, "05/06/2019", { now, dates: "serial" });
  typeIntoCell(wb, "Hoja 1", 1, 2, "28/05/2019", { now, dates: "serial" });
  return [wb.value("Hoja 1", 1, 1), wb.value("Hoja 1", 1, 2)];
}

describe(`es_PA day/month order (${GUIDE})`, () => {
  it("day-first (the default, the project's choice): 05/06/2019 is 5 June, 28/05/2019 is 28 May", () => {
    const wb = workbook();
    expect(wb.esPaDateOrder).toBe("day-first");
    expect(typeBoth(wb)).toEqual([new Date("2019-06-05T05:00:00Z"), new Date("2019-05-28T05:00:00Z")]);
    expect(wb.displayValues("Hoja 1")).toEqual([["05/06/2019", "28/05/2019"]]);
  });

  it("month-first (CLDR's es-PA): 05/06/2019 is 6 May; 28/05/2019 is no date and stays the text typed", () => {
    const wb = workbook("month-first");
    expect(typeBoth(wb)).toEqual([new Date("2019-05-06T05:00:00Z"), "28/05/2019"]);
    // The explicit dd/MM/yyyy format is not the locale's: it shows day first under either order.
    expect(wb.displayValues("Hoja 1")).toEqual([["06/05/2019", "28/05/2019"]]);
  });

  it("the format Sheets applies to a date typed into an automatic cell follows the order", () => {
    const dayFirst = workbook();
    const monthFirst = workbook("month-first");
    for (const wb of [dayFirst, monthFirst])
      typeIntoCell(wb, "Hoja 1", 2, 1, "05/06/2019", { now, dates: "serial" });
    expect([dayFirst.numberFormat("Hoja 1", 2, 1), dayFirst.displayValue("Hoja 1", 2, 1)]).toEqual([
      "d/M/yyyy",
      "5/6/2019",
    ]);
    expect([monthFirst.numberFormat("Hoja 1", 2, 1), monthFirst.displayValue("Hoja 1", 2, 1)]).toEqual([
      "M/d/yyyy",
      "5/6/2019",
    ]);
    // Same text on screen, different days underneath.
    expect(dayFirst.value("Hoja 1", 2, 1)).not.toEqual(monthFirst.value("Hoja 1", 2, 1));
  });

  it("only es_PA has the option: es_ES and en_US keep their own order", () => {
    const es = Workbook.create({
      name: "t",
      timeZone: "America/Panama",
      locale: "es_ES",
      esPaDateOrder: "month-first",
    });
    const en = Workbook.create({ name: "t", timeZone: "America/Panama", locale: "en_US" });
    typeIntoCell(es, "Hoja 1", 1, 1, "05/06/2019", { now, dates: "serial" });
    typeIntoCell(en, "Hoja 1", 1, 1, "05/06/2019", { now, dates: "serial" });
    expect(es.value("Hoja 1", 1, 1)).toEqual(new Date("2019-06-05T05:00:00Z"));
    expect(en.value("Hoja 1", 1, 1)).toEqual(new Date("2019-05-06T05:00:00Z"));
    expect(() =>
      Workbook.create({ name: "t", timeZone: "UTC", esPaDateOrder: "year-first" as never }),
    ).toThrow(/date order/);
  });

  it("script writes read strings in the same order, and a Date written by a script gets the order's format", () => {
    const wb = workbook("month-first");
    const rt = new Runtime({ scopes: [SCOPE.spreadsheetsCurrentOnly], now: () => now });
    const sheet = createSpreadsheetApp(rt, wb, { getUi: () => undefined, toast: () => undefined })
      .getActiveSpreadsheet()
      .getActiveSheet();
    sheet.getRange("C1:D1").setValues([["05/06/2019", "28/05/2019"]]);
    expect(sheet.getRange("C1:D1").getValues()).toEqual([[new Date("2019-05-06T05:00:00Z"), "28/05/2019"]]);
    sheet.getRange("E1").setValue(new Date("2019-05-28T15:30:00Z"));
    expect(sheet.getRange("E1").getNumberFormat()).toBe("M/d/yyyy H:mm:ss");
    expect(sheet.getRange("E1").getDisplayValue()).toBe("5/28/2019 10:30:00");
  });

  it("is an option of the emulated spreadsheet, kept in its saved state", () => {
    const manifest = { timeZone: "America/Panama", oauthScopes: [SCOPE.spreadsheetsCurrentOnly] };
    const env = new Environment({ manifest, spreadsheet: { locale: "es_PA", esPaDateOrder: "month-first" } });
    const again = new Environment({ manifest, state: JSON.parse(JSON.stringify(env.snapshot())) });
    expect(again.workbook.esPaDateOrder).toBe("month-first");
    expect(new Environment({ manifest }).workbook.esPaDateOrder).toBe("day-first");
  });
});
