// Conformance: protections refuse the writes of a user their editors leave out, warning-only ones refuse nothing, and a new protection mirrors the file's permissions.
import { describe, expect, it } from "vitest";
import { EditRejected, Harness } from "../../emulator/harness";
import { Environment } from "../../emulator/index";
import { SCOPE } from "../../emulator/runtime";
import type { EmulatedSpreadsheetApp } from "../../emulator/spreadsheet";
import { PROTECTED_MESSAGE } from "../../emulator/spreadsheet/protection";

const REF = "https://developers.google.com/apps-script/reference/spreadsheet";
const OWNER = "ana@example.org";
const EDITOR = "luis@example.org";
const OTHER = "eva@example.org";

function setup() {
  const env = new Environment({
    manifest: { timeZone: "America/Panama", oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.userEmail] },
    activeUserEmail: OWNER,
  });
  const app = env.globals.SpreadsheetApp as EmulatedSpreadsheetApp;
  const sheet = app.getActiveSpreadsheet().getActiveSheet();
  const as = (email: string): void => {
    env.runtime.activeUserEmail = email;
  };
  return { env, app, sheet, as };
}

describe(`protections (${REF}/protection)`, () => {
  it(`a range whose editors leave the user out refuses that user's writes with Sheets' message; the owner and listed editors write (${REF}/protection#removeEditors(String))`, () => {
    const { sheet, as } = setup();
    const p = sheet.getRange("A1:B2").protect().setDescription("Cabecera");
    p.removeEditors(p.getEditors().map((u) => u.getEmail()));
    p.addEditor(EDITOR);
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([OWNER, EDITOR].sort());

    as(OTHER);
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange("A1").setValue("x")).toThrow(PROTECTED_MESSAGE);
    expect(() =>
      sheet.getRange("B2:C3").setValues([
        ["x", "y"],
        ["z", "w"],
      ]),
    ).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRange("A1").setBackground("red")).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRange("A2").clearContent()).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.getRangeList(["D4", "A1"]).setValue("x")).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.deleteRow(1)).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.clear()).toThrow(PROTECTED_MESSAGE);
    // Nothing was written, and cells outside the protection take writes.
    expect(sheet.getRange("A1:D4").getValues().flat().join("")).toBe("");
    sheet.getRange("C3").setValue("fuera");
    expect(sheet.getRange("C3").getValue()).toBe("fuera");
    // Reading is never refused.
    expect(sheet.getRange("A1:B2").getValues()).toHaveLength(2);

    as(EDITOR);
    expect(p.canEdit()).toBe(true);
    sheet.getRange("A1").setValue("de Luis");
    as(OWNER);
    sheet.getRange("B2").setValue("de Ana");
    expect(sheet.getRange("A1:B2").getValues()).toEqual([
      ["de Luis", ""],
      ["", "de Ana"],
    ]);
  });

  it(`a warning-only protection refuses no script write, whoever runs it (${REF}/protection#setWarningOnly(Boolean))`, () => {
    const { sheet, as } = setup();
    const p = sheet.getRange("1:1").protect().setWarningOnly(true);
    p.removeEditors([EDITOR, OTHER]);
    as(OTHER);
    sheet.getRange("A1").setValue("aviso, no bloqueo");
    expect(sheet.getRange("A1").getValue()).toBe("aviso, no bloqueo");
  });

  it(`until its editors change, a protection mirrors the file's permissions: every editor writes (${REF}/range#protect())`, () => {
    const { sheet, as } = setup();
    const p = sheet.getRange("A1:B2").protect();
    as(OTHER);
    expect(p.canEdit()).toBe(true);
    sheet.getRange("A1").setValue("x");
    expect(sheet.getRange("A1").getValue()).toBe("x");
  });

  it(`a protected sheet refuses every write of a user left out, an appended row included (${REF}/sheet#protect())`, () => {
    const { sheet, as } = setup();
    sheet.protect().removeEditors([OTHER]);
    as(OTHER);
    expect(() => sheet.getRange("Z999").setValue("x")).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.appendRow(["x"])).toThrow(PROTECTED_MESSAGE);
    expect(() => sheet.createTextFinder("x").replaceAllWith("y")).not.toThrow();
    as(OWNER);
    sheet.appendRow(["de Ana"]);
    as(OTHER);
    expect(() => sheet.createTextFinder("Ana").replaceAllWith("Eva")).toThrow(PROTECTED_MESSAGE);
    expect(sheet.getRange("A1").getValue()).toBe("de Ana");
  });

  it("a person left out of a protection's editors is refused in the grid too, changing nothing and running no onEdit; a warning-only one lets them through", () => {
    const { env, sheet, as } = setup();
    sheet.getRange("A1:B2").protect().removeEditors([OTHER]);
    sheet.getRange("D1").protect().setWarningOnly(true).removeEditors([OTHER]);
    const harness = new Harness(
      env,
      "function onEdit(e) { PropertiesService.getDocumentProperties().setProperty('x', 'ran'); }",
    );
    as(OTHER);
    expect(() => harness.edit("Hoja 1", 1, 1, "x")).toThrow(EditRejected);
    expect(() => harness.paste("Hoja 1", 2, 2, [["x"]])).toThrow(PROTECTED_MESSAGE);
    expect(() => harness.clear("Hoja 1", "A1:C3")).toThrow(PROTECTED_MESSAGE);
    expect(env.state.properties.document.x).toBeUndefined();
    harness.edit("Hoja 1", 1, 4, "aviso");
    expect(env.workbook.value("Hoja 1", 1, 4)).toBe("aviso");
    as(OWNER);
    harness.edit("Hoja 1", 1, 1, "de Ana");
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("de Ana");
  });
});
