// Only the add-on's own report tab is replaced, tabs stay in month order, the Doc ends with the report, a big month fits.
import { describe, expect, it } from "vitest";
import { documentText } from "../../../emulator/document/index";
import type { Environment } from "../../../emulator/index";
import type { Respuesta, ResultadoInforme } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { conMuestra, generar, idDelDocumento, TAB } from "./apoyo";

function exito(r: Respuesta<ResultadoInforme>): ResultadoInforme & { ok: true } {
  if (!r.ok) throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
}

type Libro = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Works on the spreadsheet as a person would: no call counted. */
function aMano<T>(env: Environment, f: (ss: Libro) => T): T {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return env.runtime.uncounted(() => f(app.getActiveSpreadsheet()));
}

/** Works on the month's Doc as a person would. */
function enElDocumento<T>(env: Environment, url: string, f: (body: GoogleAppsScript.Document.Body) => T): T {
  const docs = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  return env.runtime.uncounted(() => f(docs.openById(idDelDocumento(url)).getBody()));
}

describe("only the add-on's own tab is replaced", () => {
  it("a sheet of the office's named «Informe 2019-05 (anterior)» survives regeneration", async () => {
    const { env, harness } = await conMuestra();
    exito(generar(harness));
    aMano(env, (ss) =>
      ss.insertSheet("Informe 2019-05 (anterior)").getRange(1, 1).setValue("notas de la oficina"),
    );
    exito(generar(harness));
    expect(env.workbook.sheetNames()).toContain("Informe 2019-05 (anterior)");
    expect(env.workbook.value("Informe 2019-05 (anterior)", 1, 1)).toBe("notas de la oficina");
    expect(env.workbook.sheetNames().filter((n) => n.startsWith("Informe 2019-05"))).toEqual([
      TAB,
      "Informe 2019-05 (anterior)",
    ]);
  });

  it("a sheet of the office's holding the month's name is left alone; the report takes the next free name and says so", async () => {
    const { env, harness } = await conMuestra();
    aMano(env, (ss) => ss.insertSheet(TAB).getRange(1, 1).setValue("borrador propio"));
    const r = exito(generar(harness));
    expect(r.pestana).toBe(`${TAB} 2`);
    expect(env.workbook.value(TAB, 1, 1)).toBe("borrador propio");
    expect(r.avisos).toContain(
      `Ya hay una hoja «${TAB}» que no creó el complemento: se dejó como estaba y el informe quedó en la pestaña «${TAB} 2».`,
    );
    // Regenerating replaces the add-on's tab (found by its id), still leaving the office's alone.
    const otra = exito(generar(harness));
    expect(otra.pestana).toBe(`${TAB} 2`);
    expect(env.workbook.value(TAB, 1, 1)).toBe("borrador propio");
    expect(env.workbook.sheetNames().filter((n) => n.startsWith(TAB))).toEqual([TAB, `${TAB} 2`]);
  });

  it("a report tab renamed by a user is still the one replaced, in its place", async () => {
    const { env, harness } = await conMuestra();
    exito(generar(harness));
    aMano(env, (ss) => ss.getSheetByName(TAB)?.setName("Mayo (copia de trabajo)"));
    const r = exito(generar(harness));
    expect(r.pestana).toBe(TAB);
    expect(env.workbook.sheetNames()).not.toContain("Mayo (copia de trabajo)");
  });

  it("report tabs stay in month order, whatever order the months are generated in", async () => {
    const { env, harness } = await conMuestra();
    const confirmado = (mes: string) =>
      exito(
        harness.run("generarInforme", [mes, { confirmarVacio: true }], {
          authMode: "FULL",
        }) as Respuesta<ResultadoInforme>,
      );
    confirmado("2019-07");
    exito(generar(harness));
    confirmado("2019-06");
    confirmado("2019-04");
    const informes = env.workbook.sheetNames().filter((n) => n.startsWith("Informe "));
    expect(informes).toEqual(["Informe 2019-04", "Informe 2019-05", "Informe 2019-06", "Informe 2019-07"]);
    exito(generar(harness));
    expect(env.workbook.sheetNames().filter((n) => n.startsWith("Informe "))).toEqual(informes);
  });
});

describe("the Doc ends with the report", () => {
  it("a list and a table a user appended at the very end are removed by regeneration (version history keeps them)", async () => {
    const { env, harness } = await conMuestra();
    const r = exito(generar(harness));
    enElDocumento(env, r.url, (body) => {
      body.appendListItem("Nota de la jefa").setGlyphType(DocumentAppGlyph(env));
      body.appendTable([["tabla", "de la oficina"]]);
      body.appendListItem("Otra nota al final");
    });
    exito(generar(harness));
    const texto = documentText(env.state.docs, idDelDocumento(r.url));
    expect(texto).not.toContain("Nota de la jefa");
    expect(texto).not.toContain("de la oficina");
    expect(texto).not.toContain("Otra nota al final");
    expect(texto.trimEnd().split("\n").at(-1)).toMatch(/^Generado el .* · 7 actividades · 4 coordinaciones$/);
  });

  it("a coordination's wrapped lines align with its text: bullets with a hanging indent", async () => {
    const { env, harness } = await conMuestra();
    const r = exito(generar(harness));
    const sangrias = enElDocumento(env, r.url, (body) => {
      const salida: Array<[unknown, unknown, unknown]> = [];
      for (let i = 0; i < body.getNumChildren(); i++) {
        const e = body.getChild(i);
        if (
          e.getType() !==
          (env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).ElementType.LIST_ITEM
        )
          continue;
        const a = e.asListItem().getAttributes() as Record<string, unknown>;
        salida.push([String(a.GLYPH_TYPE), a.INDENT_FIRST_LINE, a.INDENT_START]);
      }
      return salida;
    });
    expect(sangrias).toEqual(Array(4).fill(["BULLET", 18, 36]));
  });
});

describe("a big month", () => {
  it("500 coordinations of 150 characters generate: one tab row each, no cell over Sheets' 50,000 characters", async () => {
    const { env, harness } = await conMuestra();
    const texto = (i: number) => `Coordinación ${String(i).padStart(3, "0")} `.padEnd(150, "x");
    aMano(env, (ss) => {
      const hoja = ss.getSheetByName(HOJA.coordinaciones);
      hoja?.insertRowsAfter(hoja.getMaxRows(), 600);
      hoja
        ?.getRange(6, 1, 500, 2)
        .setValues(Array.from({ length: 500 }, (_, i) => [new Date("2019-05-01T05:00:00Z"), texto(i)]));
    });
    env.runtime.resetCalls();
    const r = exito(generar(harness));
    expect(r.coordinaciones).toBe(504);
    const celdas = env.workbook.values(r.pestana).flat().map(String);
    expect(Math.max(...celdas.map((c) => c.length))).toBeLessThan(50_000);
    expect(celdas.filter((c) => c.startsWith("•  Coordinación "))).toHaveLength(500);
    expect(documentText(env.state.docs, idDelDocumento(r.url))).toContain(texto(499));
    console.log(`500 coordinations: ${env.runtime.totalCalls()} service calls`);
  });
});

function DocumentAppGlyph(env: Environment): GoogleAppsScript.Document.GlyphType {
  return (env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp).GlyphType.NUMBER;
}
