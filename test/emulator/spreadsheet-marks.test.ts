// Conformance: what an onEdit validator calls to mark cells — notes, backgrounds, whole-row ranges, data validation rules — against Google's reference, arguments and errors included.

import { describe, expect, it } from "vitest";
import { Runtime, SCOPE } from "../../emulator/runtime";
import { createSpreadsheetApp } from "../../emulator/spreadsheet";
import { CSS_COLOR_NAMES } from "../../emulator/spreadsheet/css-colors";
import { Workbook } from "../../emulator/spreadsheet/model";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";

function setup() {
  const rt = new Runtime({
    scopes: [SCOPE.spreadsheetsCurrentOnly],
    now: () => new Date("2019-06-15T17:00:00Z"),
  });
  const wb = Workbook.create({ name: "Registro", timeZone: "America/Panama" });
  const app = createSpreadsheetApp(rt, wb, { getUi: () => undefined, toast: () => undefined });
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  rt.resetCalls();
  return { rt, wb, app, sheet };
}

const signature = (method: string, types: string) =>
  `The parameters (${types}) don't match the method signature for SpreadsheetApp.${method}.`;

describe(`notes (${REF}/range#setnotenote)`, () => {
  it("setNote marks every cell and returns the range; getNotes gives '' where there is none", () => {
    const { sheet } = setup();
    const range = sheet.getRange("B2:C2");
    expect(range.setNote("Falta la fecha")).toBe(range);
    expect(sheet.getRange("A2:C2").getNotes()).toEqual([["", "Falta la fecha", "Falta la fecha"]]);
    expect(sheet.getRange("C2").getNote()).toBe("Falta la fecha");
  });

  it("setNote(null) and setNote('') remove the note; a non-string is refused with the signature error", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1");
    range.setNote("x").setNote(null);
    expect(range.getNote()).toBe("");
    range.setNote("x").setNote("");
    expect(range.getNote()).toBe("");
    expect(() => range.setNote(5 as never)).toThrow(signature("Range.setNote", "number"));
    expect(() => (range.setNote as () => unknown)()).toThrow(signature("Range.setNote", ""));
  });

  it(`setNotes takes a grid matching the range (${REF}/range#setnotesnotes); null removes; UNCONFIRMED strict: strings only`, () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B2");
    range.setNotes([
      ["a", null],
      ["", "d"],
    ]);
    expect(range.getNotes()).toEqual([
      ["a", ""],
      ["", "d"],
    ]);
    expect(() => range.setNotes([["a", "b"]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => range.setNotes([["a"], ["b"]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.",
    );
    expect(() =>
      range.setNotes([
        [1, "b"],
        ["c", "d"],
      ] as never),
    ).toThrow(signature("Range.setNotes", "Object[][]"));
    expect(range.getNotes()).toEqual([
      ["a", ""],
      ["", "d"],
    ]);
  });

  it(`clearNote removes notes only (${REF}/range#clearnote); RangeList.setNote and clearNote do every range in one call`, () => {
    const { rt, sheet } = setup();
    sheet.getRange("A1").setValue("valor").setBackground("#fce8e6").setNote("n");
    sheet.getRange("A1").clearNote();
    expect([sheet.getRange("A1").getValue(), sheet.getRange("A1").getBackground()]).toEqual([
      "valor",
      "#fce8e6",
    ]);
    expect(sheet.getRange("A1").getNote()).toBe("");
    const list = sheet.getRangeList(["A1", "C3:D3"]);
    rt.resetCalls();
    list.setNote("revisar");
    expect(rt.callCounts()).toEqual({ "RangeList.setNote": 1 });
    expect(sheet.getRange("C3:D3").getNotes()).toEqual([["revisar", "revisar"]]);
    list.clearNote();
    expect(
      sheet
        .getRange("A1:D3")
        .getNotes()
        .flat()
        .every((n) => n === ""),
    ).toBe(true);
    expect(() => list.setNote(7 as never)).toThrow(signature("RangeList.setNote", "number"));
  });
});

describe(`backgrounds (${REF}/range#setbackgroundcolor)`, () => {
  it("getBackgrounds is white where nothing was set; CSS names and short hex are stored as #rrggbb", () => {
    const { sheet } = setup();
    sheet.getRange("B1").setBackground("red");
    sheet.getRange("C1").setBackground("#FC0");
    expect(sheet.getRange("A1:C1").getBackgrounds()).toEqual([["#ffffff", "#ff0000", "#ffcc00"]]);
  });

  // UNCONFIRMED that Sheets takes all 147 CSS Level 3 names (gas-fakes, notes/named-colors.md, lists
  // them as what Apps Script accepts); src/diagnostico checks a few on Google.
  it(`every CSS Level 3 colour name is taken, in any case, as #rrggbb; rebeccapurple (Level 4) is ignored (${REF}/range#setbackgroundcolor)`, () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1");
    const cases: [string, string][] = [
      ["LightSeaGreen", "#20b2aa"],
      ["papayawhip", "#ffefd5"],
      ["darkslategrey", "#2f4f4f"],
      ["mediumvioletred", "#c71585"],
      [" Gainsboro ", "#dcdcdc"],
    ];
    for (const [name, hex] of cases) {
      range.setBackground(name);
      expect(range.getBackground()).toBe(hex);
    }
    expect(Object.keys(CSS_COLOR_NAMES)).toHaveLength(147);
    range.setBackground("white");
    for (const ignored of ["rebeccapurple", "constructor", "toString"]) {
      range.setBackground(ignored);
      expect(range.getBackground()).toBe("#ffffff");
    }
  });

  it("setBackground(null) resets the colour; a non-string is refused; an invalid colour does not throw (platform guide)", () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1");
    range.setBackground("#fce8e6");
    expect(range.setBackground(null)).toBe(range);
    expect(range.getBackground()).toBe("#ffffff");
    expect(() => range.setBackground(undefined as never)).toThrow(signature("Range.setBackground", ""));
    expect(() => range.setBackground(3 as never)).toThrow(signature("Range.setBackground", "number"));
    range.setBackground("no es un color");
    expect(range.getBackground()).toBe("#ffffff");
  });

  it(`setBackgrounds takes a grid matching the range; null resets a cell (${REF}/range#setbackgroundscolor)`, () => {
    const { sheet } = setup();
    const range = sheet.getRange("A1:B1");
    range.setBackgrounds([["#fce8e6", "#fce8e6"]]);
    range.setBackgrounds([[null, "#fce8e6"]]);
    expect(range.getBackgrounds()).toEqual([["#ffffff", "#fce8e6"]]);
    expect(() => range.setBackgrounds([["#fff"], ["#fff"]])).toThrow(/number of rows in the data/);
    expect(() => range.setBackgrounds("#fff" as never)).toThrow(signature("Range.setBackgrounds", "String"));
  });

  it(`RangeList.setBackground colours every range in one call; null resets (${REF}/range-list#setbackgroundcolor)`, () => {
    const { rt, sheet } = setup();
    const list = sheet.getRangeList(["A1", "B3:C3"]);
    rt.resetCalls();
    list.setBackground("#fce8e6");
    expect(rt.callCounts()).toEqual({ "RangeList.setBackground": 1 });
    expect(sheet.getRange("A1:C3").getBackgrounds()).toEqual([
      ["#fce8e6", "#ffffff", "#ffffff"],
      ["#ffffff", "#ffffff", "#ffffff"],
      ["#ffffff", "#fce8e6", "#fce8e6"],
    ]);
    list.setBackground(null);
    expect(
      sheet
        .getRange("A1:C3")
        .getBackgrounds()
        .flat()
        .every((c) => c === "#ffffff"),
    ).toBe(true);
    expect(() => list.setBackground(1 as never)).toThrow(signature("RangeList.setBackground", "number"));
  });
});

describe(`A1 notation (${REF}/range#geta1notation, ${REF}/sheet#getrangea1notation)`, () => {
  it('"A1:E2" for getRange(1, 1, 2, 5), as in the reference\'s example; one cell is "B2"', () => {
    const { sheet } = setup();
    expect(sheet.getRange(1, 1, 2, 5).getA1Notation()).toBe("A1:E2");
    expect(sheet.getRange("B2:B2").getA1Notation()).toBe("B2");
  });

  it('whole rows: getRange("1:1") and ("10:12") span every column and read like any range', () => {
    const { sheet } = setup();
    sheet.getRange("A10:C10").setValues([["a", 2, true]]);
    const header = sheet.getRange("1:1");
    expect([header.getRow(), header.getColumn(), header.getNumRows(), header.getNumColumns()]).toEqual([
      1, 1, 1, 26,
    ]);
    const rows = sheet.getRange("10:12");
    expect([rows.getRow(), rows.getNumRows(), rows.getNumColumns(), rows.getLastRow()]).toEqual([
      10, 3, 26, 12,
    ]);
    const values = rows.getValues();
    expect(values).toHaveLength(3);
    expect(values[0]?.slice(0, 4)).toEqual(["a", 2, true, ""]);
    expect(values[2]).toEqual(new Array(26).fill(""));
    expect(header.getNotes()[0]).toHaveLength(26);
  });

  it('UNCONFIRMED: a range asked for with open ends keeps that notation ("1:1", "A:C", "A2:C")', () => {
    const { sheet } = setup();
    expect(sheet.getRange("1:1").getA1Notation()).toBe("1:1");
    expect(sheet.getRange("12:10").getA1Notation()).toBe("10:12");
    expect(sheet.getRange("a:c").getA1Notation()).toBe("A:C");
    expect(sheet.getRange("A2:C").getA1Notation()).toBe("A2:C");
    // Derived ranges are ordinary ones.
    expect(sheet.getRange("1:1").offset(1, 0, 1, 2).getA1Notation()).toBe("A2:B2");
  });

  it('rows outside the sheet or a malformed reference are "Range not found"', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange("0:1")).toThrow("Range not found");
    expect(() => sheet.getRange("1000:1001")).toThrow("Range not found");
    expect(() => sheet.getRange("A:1")).toThrow("Range not found");
  });
});

describe(`data validation (${REF}/data-validation-builder, ${REF}/data-validation)`, () => {
  it("requireDate, setAllowInvalid(true), setHelpText, build: the rule reads back as built", () => {
    const { app } = setup();
    const builder = app.newDataValidation();
    // Every builder method returns the builder itself, for chaining.
    expect(builder.requireDate()).toBe(builder);
    expect(builder.setAllowInvalid(true)).toBe(builder);
    expect(builder.setHelpText("Escriba una fecha: 28/05/2019")).toBe(builder);
    const rule = builder.build();
    expect(rule.getCriteriaType()).toBe(app.DataValidationCriteria.DATE_IS_VALID_DATE);
    expect(rule.getCriteriaValues()).toEqual([]);
    expect(rule.getAllowInvalid()).toBe(true);
    expect(rule.getHelpText()).toBe("Escriba una fecha: 28/05/2019");
  });

  it("a rule is a snapshot: changing the builder afterwards does not change it; getHelpText is null when unset", () => {
    const { app } = setup();
    const builder = app.newDataValidation().requireDate();
    const first = builder.build();
    builder.setAllowInvalid(false).setHelpText("otra");
    expect([first.getAllowInvalid(), first.getHelpText()]).toEqual([true, null]);
    expect(first.copy().setAllowInvalid(false).build().getAllowInvalid()).toBe(false);
  });

  it(`requireValueInList(values, showDropdown): the values and the flag, true when left out (${REF}/data-validation-builder#requirevalueinlistvalues,-showdropdown)`, () => {
    const { app } = setup();
    const ejes = ["Gestión de fondos", "Cooperación técnica"];
    const hidden = app.newDataValidation().requireValueInList(ejes, false).build();
    expect(hidden.getCriteriaType()).toBe(app.DataValidationCriteria.VALUE_IN_LIST);
    expect(hidden.getCriteriaValues()).toEqual([ejes, false]);
    expect(app.newDataValidation().requireValueInList(ejes).build().getCriteriaValues()).toEqual([
      ejes,
      true,
    ]);
  });

  it("wrong argument types are refused with the signature error", () => {
    const { app } = setup();
    const b = app.newDataValidation();
    expect(() => b.requireValueInList("a,b" as never)).toThrow(
      signature("DataValidationBuilder.requireValueInList", "String"),
    );
    expect(() => b.requireValueInList([1, 2] as never)).toThrow(
      signature("DataValidationBuilder.requireValueInList", "number[]"),
    );
    expect(() => b.requireValueInList(["a"], "no" as never)).toThrow(
      signature("DataValidationBuilder.requireValueInList", "String[],String"),
    );
    expect(() => b.setAllowInvalid("true" as never)).toThrow(
      signature("DataValidationBuilder.setAllowInvalid", "String"),
    );
    expect(() => b.setHelpText(5 as never)).toThrow(signature("DataValidationBuilder.setHelpText", "number"));
  });

  it("UNCONFIRMED strict: an empty list and a rule without criteria are refused", () => {
    const { app } = setup();
    expect(() => app.newDataValidation().requireValueInList([])).toThrow(/at least one item/);
    expect(() => app.newDataValidation().setHelpText("x").build()).toThrow(/criteria/);
  });

  it(`setDataValidation sets one rule on every cell, null removes it; getDataValidations has null where none (${REF}/range#getdatavalidations)`, () => {
    const { app, sheet } = setup();
    const rule = app.newDataValidation().requireDate().setHelpText("Una fecha").build();
    const column = sheet.getRange("D2:D3");
    expect(column.setDataValidation(rule)).toBe(column);
    const rules = sheet.getRange("C2:D3").getDataValidations();
    expect(rules.map((line) => line.map((r) => r?.getHelpText() ?? null))).toEqual([
      [null, "Una fecha"],
      [null, "Una fecha"],
    ]);
    sheet.getRange("D3").setDataValidation(null);
    expect(sheet.getRange("D2:D3").getDataValidations()[1]?.[0]).toBeNull();
    expect(() => column.setDataValidation("regla" as never)).toThrow(
      signature("Range.setDataValidation", "String"),
    );
    expect(() => (column.setDataValidation as () => unknown)()).toThrow(
      signature("Range.setDataValidation", ""),
    );
  });

  it("RangeList.clearDataValidations clears every range in one call", () => {
    const { rt, app, sheet } = setup();
    sheet.getRange("A1:B2").setDataValidation(app.newDataValidation().requireDate().build());
    const list = sheet.getRangeList(["A1", "B2"]);
    rt.resetCalls();
    list.clearDataValidations();
    expect(rt.callCounts()).toEqual({ "RangeList.clearDataValidations": 1 });
    expect(sheet.getRange("A1:B2").getDataValidations()).toEqual([
      [null, expect.anything()],
      [expect.anything(), null],
    ]);
  });
});
