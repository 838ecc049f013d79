// Conformance: a person's edits (typing, a paste, the Delete key) reach the script's onEdit once, with the event Google documents, in LIMITED or NONE; the script's own writes never fire it.
import { describe, expect, it } from "vitest";
import { EditRejected, Harness } from "../../emulator/harness";
import { Environment, type EnvironmentOptions } from "../../emulator/index";
import { SCOPE } from "../../emulator/runtime";
import { partsToSerial } from "../../emulator/spreadsheet/dates";

const EVENTS = "https://developers.google.com/apps-script/guides/triggers/events";
const SESSION = "https://developers.google.com/apps-script/reference/base/session";
const GUIDE = "guides/apps-script-platform.md › Triggers";

/** An onEdit that logs what it was given, touching the document only when the event has one. */
const SCRIPT = `
function onEdit(e) {
  var out = { keys: Object.keys(e).sort(), authMode: String(e.authMode), none: e.authMode === ScriptApp.AuthMode.NONE };
  if (e.range) {
    out.a1 = e.range.getA1Notation();
    out.sheet = e.range.getSheet().getName();
    out.values = e.range.getValues();
    out.active = SpreadsheetApp.getActiveRange().getA1Notation();
  }
  if ("value" in e) out.value = e.value;
  if ("oldValue" in e) out.oldValue = e.oldValue;
  if (e.user) out.user = e.user.getEmail();
  if (e.source) out.sameFile = e.source.getId() === SpreadsheetApp.getActiveSpreadsheet().getId();
  if (out.none) {
    try { SpreadsheetApp.getActiveSpreadsheet(); } catch (err) { out.spreadsheet = String(err); }
    try { PropertiesService.getDocumentProperties(); } catch (err) { out.properties = String(err); }
  }
  console.log(JSON.stringify(out));
}
function escribir() {
  var sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Hoja 1");
  sheet.getRange("A1:B1").setValues([["del script", 5]]);
  sheet.getRange("C1").setValue("x").setNote("nota").setBackground("red").clearContent();
  sheet.appendRow(["fila"]);
}
`;

function setup(options: Partial<EnvironmentOptions> = {}, code = SCRIPT) {
  const env = new Environment({
    manifest: {
      timeZone: "America/Panama",
      oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi, SCOPE.userEmail],
    },
    activeUserEmail: "ana@example.org",
    now: () => new Date("2019-06-15T17:00:00Z"),
    ...options,
  });
  const harness = new Harness(env, code);
  const sheet = env.workbook.requireSheet("Hoja 1");
  const events = (): Record<string, unknown>[] =>
    env.state.logger.entries.map((line) => JSON.parse(line) as Record<string, unknown>);
  return { env, harness, sheet, events };
}

describe(`Harness.edit: typing into a cell (${EVENTS}, Edit)`, () => {
  it("an empty cell: authMode LIMITED, range, source, user and value; no oldValue, no triggerUid", () => {
    const { harness, events } = setup();
    harness.edit("Hoja 1", 2, 2, "Reunión");
    expect(events()).toEqual([
      {
        keys: ["authMode", "range", "source", "user", "value"],
        authMode: "LIMITED",
        none: false,
        a1: "B2",
        sheet: "Hoja 1",
        values: [["Reunión"]],
        active: "B2",
        value: "Reunión",
        user: "",
        sameFile: true,
      },
    ]);
  });

  it("a cell with content gives its old value as oldValue; typing nothing empties it (no value)", () => {
    const { harness, events } = setup();
    harness.edit("Hoja 1", 1, 1, "viejo");
    harness.edit("Hoja 1", 1, 1, "nuevo");
    harness.edit("Hoja 1", 1, 1, "");
    const [, changed, emptied] = events();
    expect(changed).toMatchObject({ value: "nuevo", oldValue: "viejo" });
    expect(emptied?.keys).toEqual(["authMode", "oldValue", "range", "source", "user"]);
    expect(emptied).toMatchObject({ oldValue: "nuevo", values: [[""]] });
  });

  it("the event's values are text (UNCONFIRMED details): numbers as written by JS, booleans TRUE/FALSE", () => {
    const { harness, events } = setup();
    harness.edit("Hoja 1", 1, 1, "1,000");
    harness.edit("Hoja 1", 1, 2, "verdadero");
    expect(events().map((e) => [e.value, e.values])).toEqual([
      ["1000", [[1000]]],
      ["TRUE", [[true]]],
    ]);
  });

  it(`a date in a date-formatted cell: e.value follows the UNCONFIRMED option; the cell holds the date (${GUIDE})`, () => {
    const typedAs = (dates: "serial" | "typed" | "display"): unknown => {
      const { harness, sheet, events } = setup({ editEventDates: dates });
      sheet.rows[2] = { 4: { numberFormat: "dd/MM/yyyy" } };
      harness.edit("Hoja 1", 2, 4, "28/5/2019");
      const [e] = events();
      expect(e?.values).toEqual([["2019-05-28T05:00:00.000Z"]]);
      return e?.value;
    };
    expect(typedAs("serial")).toBe(String(partsToSerial(2019, 5, 28)));
    expect(typedAs("typed")).toBe("28/5/2019");
    expect(typedAs("display")).toBe("28/05/2019");
  });

  it("a date typed without a year takes the year of the emulated clock, not of the machine", () => {
    const { harness, env } = setup({ now: () => new Date("2031-03-01T17:00:00Z") });
    harness.edit("Hoja 1", 1, 1, "28/5");
    expect(env.workbook.value("Hoja 1", 1, 1)).toEqual(new Date("2031-05-28T05:00:00Z"));
  });

  it(`user is a User whose getEmail() is "" in a simple trigger, counted as a call (${SESSION}#getActiveUser())`, () => {
    const { harness, env, events } = setup();
    harness.edit("Hoja 1", 1, 1, "x");
    expect(events()[0]?.user).toBe("");
    expect(env.runtime.calls.get("User.getEmail")).toBe(1);
  });

  it("UNCONFIRMED: a runtime that reveals the user (same Workspace domain) gives the e-mail", () => {
    const { harness, events } = setup({ revealUserInSimpleTriggers: true });
    harness.edit("Hoja 1", 1, 1, "x");
    expect(events()[0]?.user).toBe("ana@example.org");
  });

  it("a rule that rejects input refuses the edit with its help text: nothing changes, onEdit does not run", () => {
    const { harness, env, sheet, events } = setup();
    sheet.rows[1] = {
      1: {
        dataValidation: {
          criteria: "DATE_IS_VALID_DATE",
          args: [],
          allowInvalid: false,
          helpText: "Una fecha",
        },
      },
    };
    expect(() => harness.edit("Hoja 1", 1, 1, "27 al 30 de mayo")).toThrow(new EditRejected("Una fecha"));
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("");
    expect(events()).toEqual([]);
    harness.edit("Hoja 1", 1, 1, "28/05/2019");
    expect(events()).toHaveLength(1);
  });

  it("a rule that only warns (allowInvalid true, the default) keeps the input", () => {
    const { harness, env, sheet, events } = setup();
    sheet.rows[1] = {
      1: { dataValidation: { criteria: "DATE_IS_VALID_DATE", args: [], allowInvalid: true, helpText: null } },
    };
    harness.edit("Hoja 1", 1, 1, "27 al 30 de mayo");
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("27 al 30 de mayo");
    expect(events()[0]?.value).toBe("27 al 30 de mayo");
  });

  it("a script without onEdit: the edit is applied and nothing runs", () => {
    const { harness, env } = setup({}, "function otra() {}");
    harness.edit("Hoja 1", 1, 1, "x");
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("x");
  });
});

describe(`Harness.paste: a block pasted as plain text (${EVENTS}, Edit; ${GUIDE})`, () => {
  it("one event for the block, range the block, no value or oldValue; every cell read as typed", () => {
    const { harness, env, sheet, events } = setup();
    sheet.rows[2] = { 2: { numberFormat: "@" } };
    harness.edit("Hoja 1", 3, 3, "antes");
    env.state.logger.entries.length = 0;
    harness.paste("Hoja 1", 2, 2, [
      ["=1+1", "1,000"],
      ["28/05/2019", "texto"],
    ]);
    expect(events()).toEqual([
      expect.objectContaining({
        keys: ["authMode", "range", "source", "user"],
        a1: "B2:C3",
        values: [
          ["=1+1", 1000],
          ["2019-05-28T05:00:00.000Z", "texto"],
        ],
      }),
    ]);
    // The plain-text cell kept "@" and its text; C2 got Sheets' number format for "1,000".
    expect(env.workbook.numberFormat("Hoja 1", 2, 2)).toBe("@");
    expect(env.workbook.numberFormat("Hoja 1", 2, 3)).toBe("#,##0");
  });

  it("UNCONFIRMED strict: even a one-cell paste carries no value", () => {
    const { harness, events } = setup();
    harness.paste("Hoja 1", 1, 1, [["x"]]);
    expect(events()[0]?.keys).toEqual(["authMode", "range", "source", "user"]);
  });

  it("UNCONFIRMED strict: a cell refused by a rejecting rule refuses the whole paste", () => {
    const { harness, env, sheet, events } = setup();
    sheet.rows[2] = {
      2: {
        dataValidation: {
          criteria: "VALUE_IN_LIST",
          args: [["A"], true],
          allowInvalid: false,
          helpText: null,
        },
      },
    };
    expect(() =>
      harness.paste("Hoja 1", 1, 1, [
        ["x", "y"],
        ["z", "B"],
      ]),
    ).toThrow(EditRejected);
    expect(env.workbook.lastRow("Hoja 1")).toBe(0);
    expect(events()).toEqual([]);
  });

  it("refuses a ragged or empty block, or one past the sheet's edge, as a mistake of the test", () => {
    const { harness } = setup();
    expect(() => harness.paste("Hoja 1", 1, 1, [["a", "b"], ["c"]])).toThrow(/rectangle/);
    expect(() => harness.paste("Hoja 1", 1, 1, [])).toThrow(/rectangle/);
    expect(() => harness.paste("Hoja 1", 1000, 1, [["a"], ["b"]])).toThrow(/outside sheet/);
  });
});

describe(`Harness.clear: the Delete key (${EVENTS}, Edit)`, () => {
  it("one cell: contents go, format and note stay; oldValue and no value (UNCONFIRMED)", () => {
    const { harness, env, sheet, events } = setup();
    harness.edit("Hoja 1", 2, 2, "x");
    const cell = sheet.rows[2]?.[2];
    if (cell) Object.assign(cell, { note: "nota", format: { background: "#ff0000" } });
    env.state.logger.entries.length = 0;
    harness.clear("Hoja 1", "B2");
    expect(events()).toEqual([
      expect.objectContaining({
        keys: ["authMode", "oldValue", "range", "source", "user"],
        oldValue: "x",
        a1: "B2",
      }),
    ]);
    expect(env.workbook.cell("Hoja 1", 2, 2)).toEqual({ note: "nota", format: { background: "#ff0000" } });
  });

  it("a block or a whole row: no value or oldValue; the range keeps the selection's notation", () => {
    const { harness, events } = setup();
    harness.paste("Hoja 1", 3, 1, [["a", "b"]]);
    harness.clear("Hoja 1", "A3:B4");
    harness.clear("Hoja 1", "3:3");
    const [, block, row] = events();
    expect(block).toMatchObject({ keys: ["authMode", "range", "source", "user"], a1: "A3:B4" });
    expect(row).toMatchObject({ keys: ["authMode", "range", "source", "user"], a1: "3:3" });
  });

  it("an empty cell: the event still comes, with neither value nor oldValue", () => {
    const { harness, events } = setup();
    harness.clear("Hoja 1", "D4");
    expect(events()[0]?.keys).toEqual(["authMode", "range", "source", "user"]);
  });
});

describe("auth modes and the script's own writes", () => {
  it("NONE (installed, not enabled here; UNCONFIRMED that Google runs onEdit then): only authMode, and the document and properties are refused with Google's message", () => {
    const { harness, env, events } = setup();
    harness.edit("Hoja 1", 1, 1, "x", { authMode: "NONE" });
    expect(events()).toEqual([
      {
        keys: ["authMode"],
        authMode: "NONE",
        none: true,
        spreadsheet:
          "Exception: You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: (https://www.googleapis.com/auth/spreadsheets.currentonly || https://www.googleapis.com/auth/spreadsheets)",
        properties: "Exception: You do not have permission to call PropertiesService.getDocumentProperties",
      },
    ]);
    // The person's edit happened all the same.
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("x");
  });

  it("NONE: a forbidden call in the script's top-level code fails the whole trigger, as on Google", () => {
    const { harness } = setup(
      {},
      `var store = PropertiesService.getDocumentProperties();\nfunction onEdit(e) {}`,
    );
    expect(() => harness.paste("Hoja 1", 1, 1, [["x"]], { authMode: "NONE" })).toThrow(
      "You do not have permission to call PropertiesService.getDocumentProperties",
    );
    expect(() => harness.clear("Hoja 1", "A1")).not.toThrow();
  });

  it(`onEdit runs exactly once per edit, and never for the script's own writes (${GUIDE}: "A script's own writes don't fire onEdit")`, () => {
    const counting = `
      function onEdit(e) {
        var props = PropertiesService.getDocumentProperties();
        props.setProperty("n", String(Number(props.getProperty("n") || 0) + 1));
        e.range.offset(0, 1).setValue("visto");
      }
      ${SCRIPT.slice(SCRIPT.indexOf("function escribir"))}`;
    const { harness, env } = setup({}, counting);
    harness.edit("Hoja 1", 5, 1, "uno");
    harness.paste("Hoja 1", 6, 1, [["dos"], ["tres"]]);
    harness.clear("Hoja 1", "A5");
    expect(env.state.properties.document.n).toBe("3");
    harness.run("escribir", [], { authMode: "FULL" });
    expect(env.state.properties.document.n).toBe("3");
    expect(env.workbook.value("Hoja 1", 5, 2)).toBe("visto");
  });
});
