// Conformance: an execution's spreadsheet writes reach other executions only at SpreadsheetApp.flush() or when it ends, so a lock released without a flush hands the next holder stale cells.
import { describe, expect, it } from "vitest";
import { Harness } from "../../emulator/harness";
import { Environment } from "../../emulator/index";
import { SCOPE } from "../../emulator/runtime";

// releaseLock's reference asks for SpreadsheetApp.flush() before releasing, to commit pending changes.
const RELEASE = "https://developers.google.com/apps-script/reference/lock/lock#releaseLock()";
const FLUSH = "https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()";
// getSheetId: "an ID for the sheet that is unique to the spreadsheet".
const SHEET_ID = "https://developers.google.com/apps-script/reference/spreadsheet/sheet#getSheetId()";

const SCRIPT = `
function hoja_() { return SpreadsheetApp.getActiveSpreadsheet().getSheets()[0]; }
function escribir(valor, conFlush) {
  var candado = LockService.getDocumentLock();
  candado.waitLock(1000);
  hoja_().getRange("A1").setValue(valor);
  var propio = hoja_().getRange("A1").getValue();
  if (conFlush) SpreadsheetApp.flush();
  candado.releaseLock();
  // A call after the release, where the test starts the next holder.
  SpreadsheetApp.getActiveSpreadsheet().getName();
  return propio;
}
function leer() {
  var candado = LockService.getDocumentLock();
  candado.waitLock(1000);
  var valor = hoja_().getRange("A1").getValue();
  candado.releaseLock();
  return valor;
}
function escribirB1(valor) { hoja_().getRange("B1").setValue(valor); }
function escribirB1YSeguir(valor) {
  hoja_().getRange("B1").setValue(valor);
  SpreadsheetApp.getActiveSpreadsheet().getName();
}
function hojaNueva(nombre) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  return ss.insertSheet(nombre, ss.getSheets().length).getSheetId();
}
function cambiarHoja(vieja, nueva) {
  var ss = SpreadsheetApp.getActiveSpreadsheet();
  ss.deleteSheet(ss.getSheetByName(vieja));
  var hoja = ss.insertSheet(nueva, 0);
  ss.getName();
  return hoja.getSheetId();
}
function escribirYLeer(valor) {
  hoja_().getRange("A1").setValue(valor);
  SpreadsheetApp.getActiveSpreadsheet().getName();
  return hoja_().getRange("A1:B1").getValues()[0].join("|");
}
`;

function setup() {
  const env = new Environment({
    manifest: { timeZone: "America/Panama", oauthScopes: [SCOPE.spreadsheetsCurrentOnly] },
  });
  const harness = new Harness(env, SCRIPT);
  const run = (fn: string, args: unknown[] = []) => harness.run(fn, args, { authMode: "FULL" });
  /** Runs `fn` nested at the first Spreadsheet.getName of the outer run: another execution meanwhile. */
  const meanwhile = (fn: string, args: unknown[] = []) => {
    const seen: { value?: unknown } = {};
    env.runtime.onCall = (method) => {
      if (method !== "Spreadsheet.getName" || "value" in seen) return;
      seen.value = run(fn, args);
    };
    return seen;
  };
  return { env, run, meanwhile };
}

describe(`pending spreadsheet writes (${RELEASE}; ${FLUSH})`, () => {
  it("a lock released without flush() hands the next holder the old cell; the writer saw its own write", () => {
    const { env, run, meanwhile } = setup();
    const next = meanwhile("leer");
    expect(run("escribir", ["nuevo", false])).toBe("nuevo");
    env.runtime.onCall = undefined;
    expect(next.value).toBe("");
    // Once the writer's execution ended, its write is everybody's.
    expect(run("leer")).toBe("nuevo");
    expect(env.workbook.value("Hoja 1", 1, 1)).toBe("nuevo");
  });

  it("after flush() the next holder sees the write", () => {
    const { env, run, meanwhile } = setup();
    const next = meanwhile("leer");
    run("escribir", ["nuevo", true]);
    env.runtime.onCall = undefined;
    expect(next.value).toBe("nuevo");
  });

  it("an execution sees what another committed meanwhile, and keeps its own pending write over it", () => {
    const { env, run, meanwhile } = setup();
    meanwhile("escribirB1", ["de B"]);
    // A writes A1, B writes B1 and ends; A then reads both.
    expect(run("escribirYLeer", ["de A"])).toBe("de A|de B");
    env.runtime.onCall = undefined;
    expect(env.workbook.values("Hoja 1")).toEqual([["de A", "de B"]]);
  });

  it("the last writer of a cell wins when two executions wrote it unflushed (the lost update a flush under the lock avoids)", () => {
    const { env, run, meanwhile } = setup();
    meanwhile("escribirB1", ["de B"]);
    run("escribirB1YSeguir", ["de A, antes"]);
    env.runtime.onCall = undefined;
    // A wrote first but ended last: its write lands over B's.
    expect(env.workbook.value("Hoja 1", 1, 2)).toBe("de A, antes");
  });

  it(`sheets two overlapping executions add or remove are all kept, each with its own id (${SHEET_ID})`, () => {
    const { env, run, meanwhile } = setup();
    run("hojaNueva", ["Vieja"]);
    const otra = meanwhile("hojaNueva", ["De B"]);
    // A replaces «Vieja» by «De A» at the front while B adds «De B» at the end and ends first.
    const idA = run("cambiarHoja", ["Vieja", "De A"]);
    env.runtime.onCall = undefined;
    expect(env.workbook.sheetNames()).toEqual(["De A", "Hoja 1", "De B"]);
    expect(new Set([idA, otra.value, 0]).size).toBe(3);
    // What each index says agrees with the order.
    expect(run("hojaNueva", ["Después"])).not.toBe(otra.value);
    expect(env.workbook.sheetNames()).toEqual(["De A", "Hoja 1", "De B", "Después"]);
  });
});
