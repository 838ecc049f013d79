// Conformance: strings written to cells are read as if typed (formulas, numbers, dates, booleans, escapes); a person's edits are in user-edits.test.ts.
import { describe, expect, it } from "vitest";
import { partsToSerial } from "../../emulator/spreadsheet/dates";
import { localeProfile } from "../../emulator/spreadsheet/format";
import { parseTyped } from "../../emulator/spreadsheet/typing";

const ctx = {
  profile: localeProfile("es_PA"),
  timeZone: "America/Panama",
  now: new Date("2019-06-15T17:00:00Z"),
};
const typed = (text: string, currentFormat?: string) => parseTyped(text, { ...ctx, currentFormat });

// Source for the whole block: guides/apps-script-platform.md › Spreadsheet: "setValue/setValues/appendRow
// parse strings as if typed: a leading = makes a formula; "1,000", "$2.99", "2019-05" may become numbers
// or dates. User text must be written so it stays text: plain-text number format ('@') … and escaping of
// a leading = + - @ (the leading-apostrophe convention)".
describe("parseTyped", () => {
  it("a leading '=' makes a formula (no '@' format)", () => {
    expect(typed("=SUM(1)")).toEqual({ formula: "=SUM(1)" });
  });

  it("under the plain-text format '@' nothing is parsed, not even '=' or an apostrophe", () => {
    expect(typed("=SUM(1)", "@")).toEqual({ value: "=SUM(1)" });
    expect(typed("1,000", "@")).toEqual({ value: "1,000" });
    expect(typed("28/05/2019", "@")).toEqual({ value: "28/05/2019" });
    expect(typed("'=x", "@")).toEqual({ value: "'=x" });
    expect(typed("TRUE", "@")).toEqual({ value: "TRUE" });
  });

  it("a leading apostrophe keeps the rest as text and is not part of the value", () => {
    expect(typed("'=x")).toEqual({ value: "=x" });
    expect(typed("'1,000")).toEqual({ value: "1,000" });
    expect(typed("'+50")).toEqual({ value: "+50" });
  });

  it("numeric-looking text becomes a number with the matching format", () => {
    expect(typed("12")).toEqual({ value: 12 });
    expect(typed("-2")).toEqual({ value: -2 });
    expect(typed("+1")).toEqual({ value: 1 });
    expect(typed("1.5")).toEqual({ value: 1.5 });
    expect(typed("007")).toEqual({ value: 7 });
    expect(typed("1,000")).toEqual({ value: 1000, numberFormat: "#,##0" });
    expect(typed("1,234.5")).toEqual({ value: 1234.5, numberFormat: "#,##0.00" });
    expect(typed("$2.99")).toEqual({ value: 2.99, numberFormat: '"$"#,##0.00' });
    expect(typed("50%")).toEqual({ value: 0.5, numberFormat: "0%" });
    expect(typed("1e3")).toEqual({ value: 1000, numberFormat: "0.00E+00" });
  });

  it("malformed grouping stays text", () => {
    expect(typed("1,00")).toEqual({ value: "1,00" });
    expect(typed("12 3")).toEqual({ value: "12 3" });
  });

  it("decimal comma in the es (Spain) locale", () => {
    expect(parseTyped("1,5", { ...ctx, profile: localeProfile("es") })).toEqual({ value: 1.5 });
    expect(parseTyped("1.000", { ...ctx, profile: localeProfile("es") })).toEqual({
      value: 1000,
      numberFormat: "#,##0",
    });
  });

  it("date-looking text becomes a date serial with a date format (day first)", () => {
    const may28 = partsToSerial(2019, 5, 28);
    expect(typed("28/05/2019")).toEqual({ value: may28, numberFormat: "d/M/yyyy" });
    expect(typed("28/5/19")).toEqual({ value: may28, numberFormat: "d/M/yyyy" });
    expect(typed("2019-05-28")).toEqual({ value: may28, numberFormat: "d/M/yyyy" });
    expect(typed("28/5")).toEqual({ value: may28, numberFormat: "d/M/yyyy" }); // year of `now`
    expect(typed("2019-05")).toEqual({ value: partsToSerial(2019, 5, 1), numberFormat: "d/M/yyyy" });
    expect(typed("7 may 2019")).toEqual({ value: partsToSerial(2019, 5, 7), numberFormat: "d/M/yyyy" });
    expect(typed("28/05/2019 10:30")).toEqual({
      value: partsToSerial(2019, 5, 28, 10, 30),
      numberFormat: "d/M/yyyy H:mm:ss",
    });
  });

  it("day-first: '5/28' and impossible dates stay text", () => {
    expect(typed("5/28")).toEqual({ value: "5/28" });
    expect(typed("31/02/2019")).toEqual({ value: "31/02/2019" });
  });

  it("a cell that already has a date format keeps it", () => {
    expect(typed("28/05/2019", "dd/MM/yyyy")).toEqual({ value: partsToSerial(2019, 5, 28) });
  });

  it("TRUE/FALSE (any case, and VERDADERO/FALSO in Spanish) become booleans", () => {
    expect(typed("TRUE")).toEqual({ value: true });
    expect(typed("false")).toEqual({ value: false });
    expect(typed("VERDADERO")).toEqual({ value: true });
  });

  it("UNCONFIRMED strict rule: a leading + or - that is not a number is read as a formula", () => {
    expect(typed("-A1")).toEqual({ formula: "=-A1" });
    expect(typed("+ nota")).toEqual({ formula: "=+ nota" });
  });

  it("ordinary text stays exactly as written", () => {
    expect(typed("  Reunión con JICA  ")).toEqual({ value: "  Reunión con JICA  " });
    expect(typed("27 al 30 de mayo")).toEqual({ value: "27 al 30 de mayo" });
    expect(typed("@usuario")).toEqual({ value: "@usuario" });
  });
});
