// Conformance: SpreadsheetApp, Spreadsheet, Sheet, Range and RangeList behave (and fail) as Google's do.
import { describe, expect, it } from "vitest";
import { type AuthMode, Runtime, SCOPE } from "../../emulator/runtime";
import { createSpreadsheetApp } from "../../emulator/spreadsheet";
import { partsToSerial } from "../../emulator/spreadsheet/dates";
import { Workbook } from "../../emulator/spreadsheet/model";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";
const GUIDE = "guides/apps-script-platform.md › Spreadsheet";

function setup(options: { scopes?: string[]; authMode?: AuthMode; locale?: string } = {}) {
  // Built in FULL with the given scopes; tests lower the auth mode or scopes afterwards.
  const rt = new Runtime({
    scopes: options.scopes ?? [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi],
    authMode: options.authMode ?? "FULL",
    now: () => new Date("2019-06-15T17:00:00Z"),
  });
  const wb = Workbook.create({
    name: "Actividades OCI",
    timeZone: "America/Panama",
    id: "abc123",
    locale: options.locale,
  });
  const toasts: unknown[][] = [];
  const app = createSpreadsheetApp(rt, wb, {
    getUi: () => "the-ui",
    toast: (...args) => {
      toasts.push(args);
    },
  });
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  rt.resetCalls();
  return { rt, wb, app, ss, sheet, toasts };
}

describe(`auth modes and scopes (${GUIDE}; runtime.ts)`, () => {
  it("AuthMode.NONE rejects getActiveSpreadsheet but getUi works (menus in NONE)", () => {
    const { rt, app } = setup();
    rt.authMode = "NONE";
    expect(() => app.getActiveSpreadsheet()).toThrow(
      /^You do not have permission to call SpreadsheetApp.getActiveSpreadsheet/,
    );
    expect(app.getUi()).toBe("the-ui");
    expect(app.newDataValidation()).toBeTruthy();
  });

  it("a manifest without spreadsheet scopes gets Google's message", () => {
    const { rt, app } = setup();
    rt.scopes = [SCOPE.containerUi];
    expect(() => app.getActiveSpreadsheet()).toThrow(
      "Specified permissions are not sufficient to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: " +
        "(https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
    );
  });

  it("objects obtained earlier still check scopes on every call", () => {
    const { rt, sheet } = setup();
    rt.authMode = "NONE";
    expect(() => sheet.getRange(1, 1)).toThrow(/You do not have permission to call Sheet.getRange/);
  });

  it("openById needs the full spreadsheets scope, not spreadsheets.currentonly", () => {
    const { app } = setup();
    expect(() => app.openById("abc123")).toThrow(
      /Specified permissions are not sufficient to call SpreadsheetApp.openById/,
    );
    const full = setup({ scopes: [SCOPE.spreadsheets] });
    expect(full.app.openById("abc123").getId()).toBe("abc123");
  });

  it("errors print as 'Exception: …' like Apps Script", () => {
    const { sheet } = setup();
    try {
      sheet.getRange(0, 1);
      expect.unreachable();
    } catch (e) {
      expect(String(e)).toBe("Exception: The starting row of the range is too small.");
    }
  });
});

describe("call counting (runtime.ts: every service call is counted as Class.method)", () => {
  it("counts each call once, by class and method", () => {
    const { rt, sheet } = setup();
    const range = sheet.getRange(1, 1, 2, 2);
    range.setValues([
      ["a", "b"],
      ["c", "d"],
    ]);
    range.getValues();
    range.getValues();
    expect(rt.callCounts()).toEqual({ "Range.getValues": 2, "Range.setValues": 1, "Sheet.getRange": 1 });
  });

  it("a RangeList operation is one call however many ranges it holds", () => {
    const { rt, sheet } = setup();
    const list = sheet.getRangeList(["A1", "B2:C3", "D4"]);
    list.setBackground("#eeeeee");
    expect(rt.callCounts()).toEqual({ "RangeList.setBackground": 1, "Sheet.getRangeList": 1 });
  });
});

describe("Spreadsheet", () => {
  it(`getId, getName, getUrl, time zone, locale (${REF}/spreadsheet#geturl)`, () => {
    const { ss } = setup();
    expect(ss.getId()).toBe("abc123");
    expect(ss.getName()).toBe("Actividades OCI");
    expect(ss.getUrl()).toBe("https://docs.google.com/spreadsheets/d/abc123/edit");
    expect(ss.getSpreadsheetTimeZone()).toBe("America/Panama");
    expect(ss.getSpreadsheetLocale()).toBe("es_PA");
    ss.setSpreadsheetTimeZone("Europe/Madrid");
    expect(ss.getSpreadsheetTimeZone()).toBe("Europe/Madrid");
    expect(() => ss.setSpreadsheetTimeZone("Mars/Olympus")).toThrow();
  });

  it(`getSheetByName returns null when absent (${GUIDE}; ${REF}/spreadsheet#getsheetbynamename)`, () => {
    const { ss } = setup();
    expect(ss.getSheetByName("Nope")).toBeNull();
    expect(ss.getSheetByName("Hoja 1")?.getName()).toBe("Hoja 1");
  });

  it(`insertSheet activates the new sheet and refuses a duplicate name (${REF}/spreadsheet#insertsheetsheetname)`, () => {
    const { ss } = setup();
    const s = ss.insertSheet("Actividades");
    expect(ss.getActiveSheet().getName()).toBe("Actividades");
    expect(s.getIndex()).toBe(2);
    expect(s.getMaxRows()).toBe(1000);
    expect(s.getMaxColumns()).toBe(26);
    expect(() => ss.insertSheet("Actividades")).toThrow(
      'A sheet with the name "Actividades" already exists. Please enter another name.',
    );
    // Sheets' names are unique regardless of case.
    expect(() => ss.insertSheet("actividades")).toThrow(/already exists/);
  });

  it("insertSheet(name, index) places the sheet; insertSheet() picks 'Hoja N'", () => {
    const { ss } = setup();
    ss.insertSheet("Primera", 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Primera", "Hoja 1"]);
    expect(ss.insertSheet().getName()).toBe("Hoja 3");
    expect(ss.getSheets().map((s) => s.getIndex())).toEqual([1, 2, 3]);
  });

  it(`deleteSheet refuses to remove the last sheet (${GUIDE})`, () => {
    const { ss, sheet } = setup();
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    const other = ss.insertSheet("Otra");
    ss.deleteSheet(sheet);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Otra"]);
    expect(() => sheet.getName()).toThrow();
    expect(other.getIndex()).toBe(1);
  });

  it("setActiveSheet/getActiveSheet and getSheetById", () => {
    const { ss, sheet } = setup();
    const b = ss.insertSheet("B");
    ss.setActiveSheet(sheet);
    expect(ss.getActiveSheet().getName()).toBe("Hoja 1");
    expect(ss.getSheetById(b.getSheetId())?.getName()).toBe("B");
    expect(ss.getSheetById(999)).toBeNull();
  });

  it("toast delegates to the Ui emulation", () => {
    const { ss, toasts } = setup();
    ss.toast("Guardado", "Informe", 5);
    expect(toasts).toEqual([["Guardado", "Informe", 5]]);
  });

  it("named ranges and sheet-qualified A1 ranges", () => {
    const { ss } = setup();
    const s = ss.insertSheet("Configuración");
    ss.setNamedRange("Oficina", s.getRange("B2"));
    expect(ss.getRangeByName("Oficina")?.getA1Notation()).toBe("B2");
    expect(ss.getRangeByName("Nada")).toBeNull();
    expect(ss.getRange("'Configuración'!A1:B3").getNumRows()).toBe(3);
  });
});

describe("Sheet", () => {
  it(`setName refuses a name another sheet has (${REF}/sheet#setnamename)`, () => {
    const { ss, sheet } = setup();
    ss.insertSheet("Otra");
    expect(() => sheet.setName("Otra")).toThrow(
      'A sheet with the name "Otra" already exists. Please enter another name.',
    );
    sheet.setName("Actividades");
    expect(sheet.getName()).toBe("Actividades");
    sheet.setName("Actividades"); // renaming to its own name is fine
  });

  it(`empty sheet: getLastRow 0, getDataRange A1 → [[""]] (${GUIDE}; ${REF}/sheet#getdatarange)`, () => {
    const { sheet } = setup();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1");
    expect(sheet.getDataRange().getValues()).toEqual([[""]]);
  });

  it("getLastRow ignores formats, counts content", () => {
    const { sheet } = setup();
    sheet.getRange("A2:A100").setNumberFormat("@");
    sheet.getRange("C7").setValue("x");
    expect(sheet.getLastRow()).toBe(7);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe("A1:C7");
  });

  it(`getRange bounds errors, exact texts (${GUIDE}; ${REF}/sheet#getrangerow,-column,-numrows,-numcolumns)`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1, 0)).toThrow("The starting column of the range is too small.");
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow("The number of rows in the range must be at least 1.");
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow(
      "The number of columns in the range must be at least 1.",
    );
    expect(() => sheet.getRange(1000, 1, 2, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe("Z1000");
  });

  it("getRange rejects arguments that match no signature", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1", 2 as never)).toThrow(
      "The parameters (String,number) don't match the method signature for SpreadsheetApp.Sheet.getRange.",
    );
  });

  it("getRange(a1) notation: cells, open-ended columns, whole rows; bad text is 'Range not found'", () => {
    const { sheet } = setup();
    expect(sheet.getRange("b2:c4").getA1Notation()).toBe("B2:C4");
    const col = sheet.getRange("A2:A");
    expect([col.getRow(), col.getNumRows(), col.getNumColumns()]).toEqual([2, 999, 1]);
    const whole = sheet.getRange("D:D");
    expect([whole.getRow(), whole.getColumn(), whole.getNumRows()]).toEqual([1, 4, 1000]);
    expect(sheet.getRange("3:3").getNumColumns()).toBe(26);
    expect(() => sheet.getRange("hola")).toThrow("Range not found");
    expect(() => sheet.getRange("A1001")).toThrow("Range not found");
  });

  it(`appendRow writes after the last row, parses as typed, grows the sheet (${REF}/sheet#appendrowrowcontents)`, () => {
    const { sheet } = setup();
    sheet.getRange(1000, 1).setValue("última");
    sheet.appendRow(["=SUM(1)", "1,000", "28/05/2019"]);
    expect(sheet.getMaxRows()).toBe(1001);
    const row = sheet.getRange(1001, 1, 1, 3);
    expect(row.getFormulas()[0]?.[0]).toBe("=SUM(1)");
    expect(row.getValues()[0]?.slice(1)).toEqual([1000, new Date("2019-05-28T05:00:00Z")]);
  });

  it(`insertRowsAfter shifts content; deleteRows shifts back and checks bounds (${REF}/sheet#deleterowsrowposition,-howmany)`, () => {
    const { sheet } = setup();
    sheet.getRange("A1:A3").setValues([["h"], ["a"], ["b"]]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getMaxRows()).toBe(1002);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["h", "", "", "a", "b"]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange("A1:A3").getValues().flat()).toEqual(["h", "a", "b"]);
    expect(() => sheet.deleteRows(1000, 5)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteRows(1, 1000)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
  });

  it("insertColumnsAfter grows the sheet and shifts cells right", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["a", "b"]]);
    sheet.insertColumnsAfter(1, 1);
    expect(sheet.getMaxColumns()).toBe(27);
    expect(sheet.getRange("A1:C1").getValues()).toEqual([["a", "", "b"]]);
  });

  it("frozen rows/columns, widths, heights, gridlines, tab colour, hide/show", () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    sheet.setColumnWidth(1, 250).setColumnWidths(2, 3, 120).setRowHeight(1, 30).setRowHeights(2, 2, 40);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(4), sheet.getColumnWidth(5)]).toEqual([
      250, 120, 100,
    ]);
    expect([sheet.getRowHeight(1), sheet.getRowHeight(3), sheet.getRowHeight(4)]).toEqual([30, 40, 21]);
    expect(() => sheet.setColumnWidth(27, 10)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
    sheet.setHiddenGridlines(true);
    expect(sheet.hasHiddenGridlines()).toBe(true);
    sheet.setTabColor("#FF0000");
    expect(sheet.getTabColor()).toBe("#ff0000");
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    ss.insertSheet("B");
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
  });

  it("frozen header rows cannot be deleted together with every other row", () => {
    const { sheet } = setup();
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      "Sorry, it is not possible to delete all non-frozen rows.",
    );
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  it(`protect(): description, warning-only, one SHEET protection per sheet (${REF}/sheet#protect)`, () => {
    const { app, sheet } = setup();
    const p = sheet.protect().setDescription("Encabezados").setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe("Encabezados");
    const list = sheet.getProtections(app.ProtectionType.SHEET);
    expect(list).toHaveLength(1);
    expect(list[0]?.isWarningOnly()).toBe(true);
    expect(p.getRange().getA1Notation()).toBe("A1:Z1000");
    const rp = sheet.getRange("A1:I1").protect().setDescription("Cabecera");
    expect(sheet.getProtections(app.ProtectionType.RANGE).map((x) => x.getDescription())).toEqual([
      "Cabecera",
    ]);
    expect(rp.getProtectionType()).toBe(app.ProtectionType.RANGE);
    expect(() => sheet.getProtections("RANGE" as never)).toThrow(/don't match the method signature/);
  });

  it("autoResizeColumns sets widths from content", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("Una actividad con un nombre largo");
    sheet.autoResizeColumns(1, 2);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(100);
  });

  it("clear() empties content and formats", () => {
    const { sheet } = setup();
    sheet.getRange("A1").setValue("x").setBackground("red");
    sheet.clear();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
  });
});

describe("Range values", () => {
  it(`setValues dimension errors, exact texts (${GUIDE}; ${REF}/range#setvaluesvalues)`, () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 2, 3);
    expect(() => r.setValues([[1, 2, 3]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      r.setValues([
        [1, 2, 3],
        [4, 5],
      ]),
    ).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 2 but the range has 3.",
    );
    expect(() => r.setValues([1, 2, 3] as never)).toThrow(
      "The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
    expect(sheet.getLastRow()).toBe(0); // nothing was written
  });

  it(`getValues types: Number, Boolean, Date, String; empty '' (${GUIDE}; ${REF}/range#getvalues)`, () => {
    const { sheet } = setup();
    const may7 = new Date("2019-05-07T05:00:00Z"); // 2019-05-07 00:00 America/Panama
    sheet.getRange("A1:E1").setValues([[1.5, true, may7, "texto", ""]]);
    const [row] = sheet.getRange("A1:F1").getValues();
    expect(row?.[0]).toBe(1.5);
    expect(row?.[1]).toBe(true);
    expect(row?.[2]).toBeInstanceOf(Date);
    expect(row?.[2]).toEqual(may7);
    expect(row?.slice(3)).toEqual(["texto", "", ""]);
  });

  it(`a Date is stored as a serial in the spreadsheet's zone, independent of host TZ (${GUIDE})`, () => {
    const { wb, sheet } = setup();
    const may7 = new Date("2019-05-07T05:00:00Z");
    sheet.getRange("A1").setNumberFormat("d/M/yyyy").setValue(may7);
    expect(wb.cell("Hoja 1", 1, 1)?.value).toBe(partsToSerial(2019, 5, 7));
    expect(sheet.getRange("A1").getDisplayValue()).toBe("7/5/2019");
    expect(wb.displayValue("Hoja 1", 1, 1)).toBe("7/5/2019");
    expect((sheet.getRange("A1").getValue() as Date).toISOString()).toBe("2019-05-07T05:00:00.000Z");
  });

  it("strings are parsed as typed: formula, number, date; '@' keeps text; apostrophe is dropped", () => {
    const { sheet } = setup();
    sheet.getRange("A1:E1").setValues([["=SUM(1)", "1,000", "2019-05-28", "'=x", "$2.99"]]);
    expect(sheet.getRange("A1").getFormula()).toBe("=SUM(1)");
    expect(sheet.getRange("B1").getValue()).toBe(1000);
    expect(sheet.getRange("B1").getNumberFormat()).toBe("#,##0");
    expect(sheet.getRange("C1").getValue()).toEqual(new Date("2019-05-28T05:00:00Z"));
    expect(sheet.getRange("D1").getValue()).toBe("=x");
    expect(sheet.getRange("D1").getFormula()).toBe("");
    expect(sheet.getRange("E1").getValue()).toBe(2.99);
    sheet
      .getRange("A2:C2")
      .setNumberFormat("@")
      .setValues([["=SUM(1)", "1,000", "2019-05-28"]]);
    expect(sheet.getRange("A2:C2").getValues()).toEqual([["=SUM(1)", "1,000", "2019-05-28"]]);
    expect(sheet.getRange("A2").getFormula()).toBe("");
  });

  it("setValue on a multi-cell range writes every cell; null empties", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B2");
    r.setValue("x");
    expect(r.getValues()).toEqual([
      ["x", "x"],
      ["x", "x"],
    ]);
    r.setValue(null);
    expect(sheet.getLastRow()).toBe(0);
  });

  it(`refuses more than 50,000 characters in a cell, writing nothing (platform guide › Limits)`, () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1:B1").setValues([["ok", "x".repeat(50_001)]])).toThrow(
      "Your input contains more than the maximum of 50000 characters in a single cell.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
    sheet.getRange("A1").setValue("x".repeat(50_000));
  });

  it("refuses objects, NaN and invalid dates (strict, UNCONFIRMED)", () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("A1").setValue({ a: 1 })).toThrow(/Cannot write a value of type object/);
    expect(() => sheet.getRange("A1").setValue(Number.NaN)).toThrow();
    expect(() => sheet.getRange("A1").setValue(new Date("x"))).toThrow();
  });

  it("getDisplayValues follows the number format and the locale", () => {
    const { sheet } = setup();
    sheet.getRange("A1:F1").setValues([[1234.5, 0.25, 43592, 43592, 7, true]]);
    sheet.getRange("A1:F1").setNumberFormats([["#,##0.00", "0%", "mmmm yyyy", "dd/MM/yyyy", "0", "@"]]);
    expect(sheet.getRange("A1:F1").getDisplayValues()).toEqual([
      ["1,234.50", "25%", "mayo 2019", "07/05/2019", "7", "VERDADERO"],
    ]);
  });

  it("getNumberFormat of an untouched cell is Apps Script's automatic format", () => {
    const { sheet } = setup();
    expect(sheet.getRange("A1").getNumberFormat()).toBe("0.###############");
  });

  it("offset keeps bounds rules", () => {
    const { sheet } = setup();
    const r = sheet.getRange("B2");
    expect(r.offset(1, 1).getA1Notation()).toBe("C3");
    expect(r.offset(0, 0, 2, 3).getA1Notation()).toBe("B2:D3");
    expect(() => r.offset(-2, 0)).toThrow("The starting row of the range is too small.");
  });

  it("the 10 million cells limit refuses growth (platform guide › Limits)", () => {
    const { sheet } = setup();
    expect(() => sheet.insertRowsAfter(1000, 400_000)).toThrow(
      "This action would increase the number of cells in the workbook above the limit of 10000000 cells.",
    );
    expect(sheet.getMaxRows()).toBe(1000);
  });
});

describe("Range formats", () => {
  it(`plural setters need 2-D arrays matching the range (${GUIDE})`, () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B2");
    expect(() => r.setBackgrounds([["red", "blue"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setFontWeights([["bold"], ["bold"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() => r.setNumberFormats(["@", "@"] as never)).toThrow(/don't match the method signature/);
    r.setBackgrounds([
      ["red", null],
      ["#00F", "#123456"],
    ]);
    expect(r.getBackgrounds()).toEqual([
      ["#ff0000", "#ffffff"],
      ["#0000ff", "#123456"],
    ]);
  });

  it(`invalid colours do NOT throw (${GUIDE})`, () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setBackground("#abcdef");
    expect(() => r.setBackground("not-a-colour")).not.toThrow();
    expect(r.getBackground()).toBe("#abcdef");
    r.setBackground(null);
    expect(r.getBackground()).toBe("#ffffff");
  });

  it("fonts, alignment, wrap and wrap strategy", () => {
    const { app, sheet } = setup();
    const r = sheet.getRange("A1:B1");
    expect(r.getFontWeight()).toBe("normal");
    r.setFontWeight("bold")
      .setFontStyle("italic")
      .setFontSize(12)
      .setFontColor("#333333")
      .setFontFamily("Roboto");
    r.setHorizontalAlignment("center").setVerticalAlignment("top");
    expect([
      r.getFontWeight(),
      r.getFontStyle(),
      r.getFontSize(),
      r.getFontColor(),
      r.getFontFamily(),
    ]).toEqual(["bold", "italic", 12, "#333333", "Roboto"]);
    expect([r.getHorizontalAlignment(), r.getVerticalAlignment()]).toEqual(["center", "top"]);
    r.setWrapStrategy(app.WrapStrategy.CLIP);
    expect(r.getWrapStrategy()).toBe(app.WrapStrategy.CLIP);
    expect(r.getWrap()).toBe(false);
    r.setWrap(true);
    expect(r.getWrapStrategy()).toBe(app.WrapStrategy.WRAP);
    expect(() => r.setWrapStrategy("CLIP" as never)).toThrow(/don't match the method signature/);
    expect(() => r.setFontWeight("heavy")).toThrow(/don't match the method signature/);
  });

  it("setBorder needs its six flags; sets outer and inner borders", () => {
    const { app, sheet, wb } = setup();
    const r = sheet.getRange("A1:B2");
    expect(() => (r.setBorder as (...a: unknown[]) => unknown)(true, true)).toThrow(
      /don't match the method signature/,
    );
    r.setBorder(true, null, true, null, null, true, "#000000", app.BorderStyle.SOLID_MEDIUM);
    const a1 = wb.cell("Hoja 1", 1, 1)?.format?.borders;
    expect(a1?.top).toEqual({ style: "SOLID_MEDIUM", color: "#000000" });
    expect(a1?.bottom).toBeDefined(); // inner horizontal
    expect(a1?.left).toBeUndefined();
  });

  it("notes", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1:B1");
    r.setNote("nota");
    expect(r.getNotes()).toEqual([["nota", "nota"]]);
    r.setNotes([["", "otra"]]);
    expect(r.getNotes()).toEqual([["", "otra"]]);
    r.clearNote();
    expect(r.getNote()).toBe("");
  });

  it("clear(options) and clearContent/clearFormat", () => {
    const { sheet } = setup();
    const r = sheet.getRange("A1");
    r.setValue("x").setBackground("red").setNote("n");
    r.clear({ contentsOnly: true });
    expect([r.getValue(), r.getBackground(), r.getNote()]).toEqual(["", "#ff0000", "n"]);
    r.setValue("y");
    r.clearFormat();
    expect([r.getValue(), r.getBackground()]).toEqual(["y", "#ffffff"]);
    r.clear({});
    expect([r.getValue(), r.getNote()]).toEqual(["", ""]);
  });
});

describe("merges (platform guide: merging part of a merge throws)", () => {
  it("merge, isPartOfMerge, getMergedRanges, breakApart", () => {
    const { sheet } = setup();
    sheet.getRange("A1:B1").setValues([["keep", "lost"]]);
    sheet.getRange("A1:C1").merge();
    expect(sheet.getRange("B1").isPartOfMerge()).toBe(true);
    expect(
      sheet
        .getRange("A1:A2")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1"]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([["keep", ""]]);
    expect(() => sheet.getRange("B1:D1").merge()).toThrow(
      "You must select all cells in a merged range to merge or unmerge them.",
    );
    expect(() => sheet.getRange("A1:B1").breakApart()).toThrow(/merged range/);
    sheet.getRange("A1:D2").merge(); // containing the old merge is fine
    sheet.getRange("A1:D2").breakApart();
    expect(sheet.getRange("A1").isPartOfMerge()).toBe(false);
  });

  it("mergeAcross merges each row", () => {
    const { sheet } = setup();
    sheet.getRange("A1:C2").mergeAcross();
    expect(
      sheet
        .getRange("A1:C2")
        .getMergedRanges()
        .map((r) => r.getA1Notation()),
    ).toEqual(["A1:C1", "A2:C2"]);
  });
});

describe(`data validation (${REF}/data-validation-builder)`, () => {
  it("allowInvalid defaults to true; builder round-trips criteria", () => {
    const { app, sheet } = setup();
    const rule = app
      .newDataValidation()
      .requireValueInList(["Eje 1", "Eje 2"])
      .setHelpText("Elija un eje")
      .build();
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(rule.getCriteriaValues()).toEqual([["Eje 1", "Eje 2"], true]);
    sheet.getRange("F2:F10").setDataValidation(rule);
    const read = sheet.getRange("F5").getDataValidation();
    expect(read?.getHelpText()).toBe("Elija un eje");
    expect(sheet.getRange("G5").getDataValidation()).toBeNull();
    sheet.getRange("F2:F10").clearDataValidations();
    expect(sheet.getRange("F5").getDataValidation()).toBeNull();
  });

  it("requireDate / requireDateBetween / requireValueInRange; script writes ignore validation", () => {
    const { app, sheet } = setup();
    const d = app.newDataValidation().requireDate().setAllowInvalid(false).build();
    expect(d.getAllowInvalid()).toBe(false);
    expect(d.getCriteriaType()).toBe(app.DataValidationCriteria.DATE_IS_VALID_DATE);
    const a = new Date("2000-01-01T05:00:00Z");
    const b = new Date("2100-12-31T05:00:00Z");
    const between = app.newDataValidation().requireDateBetween(a, b).build();
    expect(between.getCriteriaValues()).toEqual([a, b]);
    const inRange = app.newDataValidation().requireValueInRange(sheet.getRange("Z1:Z5")).build();
    expect((inRange.getCriteriaValues()[0] as { getA1Notation(): string }).getA1Notation()).toBe("Z1:Z5");
    sheet.getRange("D2").setDataValidation(d).setValue("no es fecha");
    expect(sheet.getRange("D2").getValue()).toBe("no es fecha");
  });

  it("build without criteria throws; wrong argument types throw", () => {
    const { app } = setup();
    expect(() => app.newDataValidation().build()).toThrow();
    expect(() => app.newDataValidation().requireValueInList("a,b" as never)).toThrow(
      /don't match the method signature/,
    );
  });
});

describe("RangeList", () => {
  it("applies one operation to every range", () => {
    const { sheet } = setup();
    const list = sheet.getRangeList(["A1:B1", "D4"]);
    list.setValue("x").setFontWeight("bold").setNumberFormat("@").setWrap(true);
    expect(list.getRanges().map((r) => r.getA1Notation())).toEqual(["A1:B1", "D4"]);
    expect(sheet.getRange("D4").getFontWeight()).toBe("bold");
    expect(sheet.getRange("B1").getValue()).toBe("x");
    list.clear();
    expect(sheet.getLastRow()).toBe(0);
  });
});

describe("state", () => {
  it("toState/fromState round-trips through JSON, so two runs can be compared", () => {
    const { wb, sheet } = setup();
    sheet.getRange("A1:B1").setValues([["a", new Date("2019-05-07T05:00:00Z")]]);
    sheet.setFrozenRows(1);
    const state = wb.toState();
    const again = Workbook.fromState(JSON.parse(JSON.stringify(state)));
    expect(again.toState()).toEqual(state);
    expect(again.value("Hoja 1", 1, 2)).toEqual(new Date("2019-05-07T05:00:00Z"));
  });
});
