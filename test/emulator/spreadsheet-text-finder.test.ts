// Conformance: TextFinder (Range, Sheet and Spreadsheet createTextFinder) finds and replaces as Google documents, and each call counts.
import { describe, expect, it } from "vitest";
import { Runtime, SCOPE } from "../../emulator/runtime";
import { createSpreadsheetApp } from "../../emulator/spreadsheet";
import { Workbook } from "../../emulator/spreadsheet/model";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";
const TF = `${REF}/text-finder`;

function setup() {
  const rt = new Runtime({
    scopes: [SCOPE.spreadsheetsCurrentOnly],
    now: () => new Date("2019-06-15T17:00:00Z"),
  });
  const wb = Workbook.create({ name: "Registro", timeZone: "America/Panama", id: "abc123" });
  const app = createSpreadsheetApp(rt, wb, { getUi: () => null, toast: () => {} });
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.getActiveSheet();
  sheet.getRange(1, 1, 3, 3).setValues([
    ["ID", "Actividad", "Lugar"],
    ["OCI-0001", "Foro de cooperación", "Panamá"],
    ["OCI-0002", "foro regional", "Colón"],
  ]);
  rt.resetCalls();
  return { rt, wb, ss, sheet };
}

const a1 = (ranges: readonly { getA1Notation(): string }[]) => ranges.map((r) => r.getA1Notation());

describe(`defaults (${TF}: case-insensitive, partial matching, diacritics matched)`, () => {
  it("finds every cell containing the text, whatever its case", () => {
    const { sheet } = setup();
    expect(a1(sheet.createTextFinder("FORO").findAll())).toEqual(["B2", "B3"]);
    expect(a1(sheet.createTextFinder("oci-").findAll())).toEqual(["A2", "A3"]);
  });

  it("matches diacritics unless ignoreDiacritics(true) (#ignorediacriticsignorediacritics)", () => {
    const { sheet } = setup();
    expect(a1(sheet.createTextFinder("panama").findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder("panama").ignoreDiacritics(true).findAll())).toEqual(["C2"]);
    expect(a1(sheet.createTextFinder("Cooperacion").ignoreDiacritics(true).findAll())).toEqual(["B2"]);
  });

  it("builder methods return the finder itself, so they chain (method table: return type TextFinder)", () => {
    const { sheet } = setup();
    const finder = sheet.createTextFinder("x");
    expect(finder.matchCase(true)).toBe(finder);
    expect(finder.matchEntireCell(true)).toBe(finder);
    expect(finder.matchFormulaText(true)).toBe(finder);
    expect(finder.useRegularExpression(true)).toBe(finder);
    expect(finder.ignoreDiacritics(true)).toBe(finder);
    expect(finder.startFrom(sheet.getRange("A1"))).toBe(finder);
  });
});

describe(`options (${TF})`, () => {
  it("matchEntireCell(true) matches only the whole contents (#matchentirecellmatchentirecell)", () => {
    const { sheet } = setup();
    expect(a1(sheet.createTextFinder("OCI-000").matchEntireCell(true).findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder("oci-0002").matchEntireCell(true).findAll())).toEqual(["A3"]);
  });

  it("matchCase(true) matches the case exactly (#matchcasematchcase)", () => {
    const { sheet } = setup();
    expect(a1(sheet.createTextFinder("Foro").matchCase(true).findAll())).toEqual(["B2"]);
    expect(a1(sheet.createTextFinder("foro").matchCase(true).findAll())).toEqual(["B3"]);
  });

  it("useRegularExpression(true) reads the text as a pattern, otherwise as plain text (#useregularexpressionuseregex)", () => {
    const { sheet } = setup();
    expect(a1(sheet.createTextFinder("OCI-\\d{4}").useRegularExpression(true).findAll())).toEqual([
      "A2",
      "A3",
    ]);
    expect(a1(sheet.createTextFinder("OCI-\\d{4}").findAll())).toEqual([]);
    sheet.getRange("D1").setValue("a.b");
    expect(a1(sheet.createTextFinder("a.b").findAll())).toEqual(["D1"]);
    expect(a1(sheet.createTextFinder("^foro").useRegularExpression(true).findAll())).toEqual(["B2", "B3"]);
    const whole = sheet.createTextFinder("OCI-\\d").useRegularExpression(true).matchEntireCell(true);
    expect(whole.findAll()).toEqual([]);
  });

  it("an invalid pattern makes the search throw (UNCONFIRMED wording)", () => {
    const { sheet } = setup();
    const finder = sheet.createTextFinder("(").useRegularExpression(true);
    expect(() => finder.findNext()).toThrow(/Invalid argument: findText/);
  });

  it("searches what cells display, not the stored value (#matchformulatextmatchformulatext: cells are considered by their displayed value)", () => {
    const { sheet } = setup();
    const cell = sheet.getRange("E1");
    cell.setNumberFormat("#,##0");
    cell.setValue(1234567);
    expect(cell.getDisplayValue()).toBe("1,234,567");
    expect(a1(sheet.createTextFinder("1234567").findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder("1,234,567").findAll())).toEqual(["E1"]);
  });

  it("formulas are searched in their text only with matchFormulaText(true) (#matchformulatextmatchformulatext)", () => {
    const { sheet } = setup();
    sheet.getRange("E2").setFormula("=COUNTA(A2:A3)");
    expect(a1(sheet.createTextFinder("COUNTA").findAll())).toEqual([]);
    expect(a1(sheet.createTextFinder("counta").matchFormulaText(true).findAll())).toEqual(["E2"]);
  });
});

describe(`findNext, findPrevious, getCurrentMatch (${TF}#findnext)`, () => {
  it("findNext goes row by row, left to right, then returns null", () => {
    const { sheet } = setup();
    sheet.getRange("C2").setValue("Foro en Panamá");
    const finder = sheet.createTextFinder("foro");
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()?.getA1Notation()).toBe("B2");
    expect(finder.getCurrentMatch()?.getA1Notation()).toBe("B2");
    expect(finder.findNext()?.getA1Notation()).toBe("C2");
    expect(finder.findNext()?.getA1Notation()).toBe("B3");
    expect(finder.findNext()).toBeNull();
    // UNCONFIRMED: no wrap-around; the current match stays where it was.
    expect(finder.findNext()).toBeNull();
    expect(finder.getCurrentMatch()?.getA1Notation()).toBe("B3");
  });

  it("findPrevious walks back and returns null before the first match (#findprevious)", () => {
    const { sheet } = setup();
    const finder = sheet.createTextFinder("OCI");
    expect(finder.findPrevious()).toBeNull();
    finder.findNext();
    finder.findNext();
    expect(finder.findPrevious()?.getA1Notation()).toBe("A2");
    expect(finder.findPrevious()).toBeNull();
  });

  it("findNext returns a Range of one cell on the right sheet, usable as any Range", () => {
    const { sheet } = setup();
    const found = sheet.createTextFinder("OCI-0002").matchEntireCell(true).findNext();
    expect(found?.getRow()).toBe(3);
    expect(found?.getValue()).toBe("OCI-0002");
    expect(found?.getSheet().getName()).toBe("Hoja 1");
  });

  it("startFrom(range) starts right after the range (#startfromstartrange)", () => {
    const { sheet } = setup();
    const finder = sheet.createTextFinder("oci").startFrom(sheet.getRange("A2"));
    expect(finder.getCurrentMatch()).toBeNull();
    expect(finder.findNext()?.getA1Notation()).toBe("A3");
    expect(a1(sheet.createTextFinder("oci").startFrom(sheet.getRange("A1:C2")).findAll())).toEqual([
      "A2",
      "A3",
    ]);
    expect(sheet.createTextFinder("oci").startFrom(sheet.getRange("A1:C2")).findNext()?.getA1Notation()).toBe(
      "A3",
    );
  });
});

describe(`scope: a range, a sheet, or every sheet (${REF}/range#createtextfinderfindtext, ${REF}/sheet#createtextfinderfindtext, ${REF}/spreadsheet#createtextfinderfindtext)`, () => {
  it("a Range's finder sees only that range; a Sheet's the whole sheet", () => {
    const { sheet } = setup();
    expect(a1(sheet.getRange("B1:C3").createTextFinder("o").findAll())).toEqual(["B2", "B3", "C3"]);
    expect(a1(sheet.getRange("A3:B3").createTextFinder("o").findAll())).toEqual(["A3", "B3"]);
    expect(a1(sheet.createTextFinder("o").findAll())).toEqual(["A2", "B2", "A3", "B3", "C3"]);
  });

  it("a Spreadsheet's finder goes through the sheets in tab order", () => {
    const { ss, sheet } = setup();
    const first = ss.insertSheet("Primera", 0);
    first.getRange("B5").setValue("OCI-0100");
    const finder = ss.createTextFinder("OCI-01");
    expect(finder.findNext()?.getSheet().getName()).toBe("Primera");
    expect(finder.findNext()).toBeNull();
    const all = ss.createTextFinder("oci").findAll();
    expect(all.map((r) => `${r.getSheet().getName()}!${r.getA1Notation()}`)).toEqual([
      "Primera!B5",
      "Hoja 1!A2",
      "Hoja 1!A3",
    ]);
    expect(sheet.createTextFinder("OCI-0100").findAll()).toEqual([]);
  });

  it("startFrom on another sheet than a sheet's finder is refused (UNCONFIRMED, strict)", () => {
    const { ss, sheet } = setup();
    const other = ss.insertSheet("Otra");
    expect(() => sheet.createTextFinder("x").startFrom(other.getRange("A1"))).toThrow(/startRange/);
  });
});

describe(`replaceWith and replaceAllWith return the number of occurrences replaced (${TF}#replaceallwithreplacetext)`, () => {
  it("replaceAllWith replaces every occurrence in the scope", () => {
    const { wb, sheet } = setup();
    sheet.getRange("D2").setValue("foro, foro y FORO");
    expect(sheet.createTextFinder("foro").replaceAllWith("Taller")).toBe(5);
    expect(wb.value("Hoja 1", 2, 2)).toBe("Taller de cooperación");
    expect(wb.value("Hoja 1", 3, 2)).toBe("Taller regional");
    expect(wb.value("Hoja 1", 2, 4)).toBe("Taller, Taller y Taller");
    expect(sheet.createTextFinder("foro").replaceAllWith("x")).toBe(0);
  });

  it("replaceAllWith on a Range touches nothing outside it", () => {
    const { wb, sheet } = setup();
    expect(sheet.getRange("A3:C3").createTextFinder("OCI").replaceAllWith("PRY")).toBe(1);
    expect(wb.value("Hoja 1", 2, 1)).toBe("OCI-0001");
    expect(wb.value("Hoja 1", 3, 1)).toBe("PRY-0002");
  });

  it("replaceWith replaces in the current match only (#replacewithreplacetext)", () => {
    const { wb, sheet } = setup();
    const finder = sheet.createTextFinder("o");
    // UNCONFIRMED: no current match yet → throws (strict).
    expect(() => finder.replaceWith("0")).toThrow(/no current match/);
    expect(finder.findNext()?.getA1Notation()).toBe("A2");
    finder.findNext();
    expect(finder.getCurrentMatch()?.getA1Notation()).toBe("B2");
    expect(finder.replaceWith("0")).toBe(4);
    expect(wb.value("Hoja 1", 2, 2)).toBe("F0r0 de c00peración");
    expect(wb.value("Hoja 1", 2, 1)).toBe("OCI-0001");
    expect(finder.replaceWith("0")).toBe(0);
  });

  it("a regular expression's replacement may use its groups ($1)", () => {
    const { wb, sheet } = setup();
    const finder = sheet.createTextFinder("OCI-(\\d+)").useRegularExpression(true);
    expect(finder.replaceAllWith("$1/OCI")).toBe(2);
    expect(wb.value("Hoja 1", 2, 1)).toBe("0001/OCI");
    expect(() => sheet.createTextFinder("x").useRegularExpression(true).replaceAllWith("$2")).not.toThrow();
    sheet.getRange("F1").setValue("xy");
    expect(() => sheet.createTextFinder("x").useRegularExpression(true).replaceAllWith("$2")).toThrow(
      /no group 2/,
    );
  });

  it("ignoreDiacritics(true) replaces the accented text itself", () => {
    const { wb, sheet } = setup();
    expect(sheet.createTextFinder("colon").ignoreDiacritics(true).replaceAllWith("Chiriquí")).toBe(1);
    expect(wb.value("Hoja 1", 3, 3)).toBe("Chiriquí");
  });

  it("with matchFormulaText(true) the formula text is replaced and stays a formula", () => {
    const { wb, sheet } = setup();
    sheet.getRange("E2").setFormula("=COUNTA(A2:A3)");
    expect(sheet.createTextFinder("A3").matchFormulaText(true).replaceAllWith("A9")).toBe(1);
    expect(wb.formula("Hoja 1", 2, 5)).toBe("=COUNTA(A2:A9)");
  });

  it("a result over 50,000 characters throws before any cell is written (guide: the per-cell limit)", () => {
    const { wb, sheet } = setup();
    sheet.getRange("H1").setValue("x".repeat(30_000));
    expect(() => sheet.createTextFinder("x").matchEntireCell(false).replaceAllWith("yy")).toThrow(/50000/);
    expect(wb.value("Hoja 1", 1, 8)).toBe("x".repeat(30_000));
  });

  it("the new text is written as typed (UNCONFIRMED): a number stays a number", () => {
    const { wb, sheet } = setup();
    sheet.getRange("G1").setValue(15);
    expect(sheet.createTextFinder("15").matchEntireCell(true).replaceAllWith("16")).toBe(1);
    expect(wb.value("Hoja 1", 1, 7)).toBe(16);
  });
});

describe("call counting and bad arguments (runtime.ts; enums.ts signature errors)", () => {
  it("createTextFinder + findNext is 2 calls, each method one", () => {
    const { rt, sheet } = setup();
    sheet.createTextFinder("OCI-0002").findNext();
    expect(rt.callCounts()).toEqual({ "Sheet.createTextFinder": 1, "TextFinder.findNext": 1 });
    rt.resetCalls();
    const finder = sheet.getRange("A1:A3").createTextFinder("OCI").matchCase(true).matchEntireCell(false);
    finder.findAll();
    finder.replaceAllWith("OCI");
    expect(rt.callCounts()).toEqual({
      "Range.createTextFinder": 1,
      "Sheet.getRange": 1,
      "TextFinder.findAll": 1,
      "TextFinder.matchCase": 1,
      "TextFinder.matchEntireCell": 1,
      "TextFinder.replaceAllWith": 1,
    });
  });

  it("the number of calls does not grow with the rows searched", () => {
    const { rt, sheet } = setup();
    sheet.getRange(4, 1, 500, 1).setValues(Array.from({ length: 500 }, (_, i) => [`R-${i}`]));
    rt.resetCalls();
    const found = sheet.createTextFinder("R-499").matchEntireCell(true).findNext();
    expect(rt.totalCalls()).toBe(3);
    expect(found?.getRow()).toBe(503);
  });

  it("wrong types are the signature errors; an empty search text is refused (UNCONFIRMED)", () => {
    const { sheet, ss } = setup();
    expect(() => sheet.createTextFinder(7 as unknown as string)).toThrow(
      "The parameters (number) don't match the method signature for SpreadsheetApp.Sheet.createTextFinder.",
    );
    expect(() => ss.createTextFinder(null as unknown as string)).toThrow(
      /SpreadsheetApp.Spreadsheet.createTextFinder/,
    );
    expect(() => sheet.getRange("A1").createTextFinder("")).toThrow("Invalid argument: findText");
    const finder = sheet.createTextFinder("x");
    expect(() => finder.matchCase("true" as unknown as boolean)).toThrow(
      "The parameters (String) don't match the method signature for SpreadsheetApp.TextFinder.matchCase.",
    );
    expect(() => finder.startFrom("A1" as never)).toThrow(/TextFinder.startFrom/);
    expect(() => finder.replaceAllWith(1 as unknown as string)).toThrow(/TextFinder.replaceAllWith/);
  });

  it("needs a spreadsheet scope like every Sheets method (authorization: spreadsheets.currentonly or spreadsheets)", () => {
    const { rt, sheet } = setup();
    const finder = sheet.createTextFinder("OCI");
    rt.scopes = [];
    expect(() => finder.findNext()).toThrow(
      /Specified permissions are not sufficient to call TextFinder.findNext/,
    );
  });
});
