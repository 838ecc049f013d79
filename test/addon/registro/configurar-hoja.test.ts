// "Configurar hoja": creates the registry on a fresh spreadsheet, changes nothing the second time, repairs headers.
import { describe, expect, it } from "vitest";
import {
  ACTIVIDADES,
  CONFIGURACION,
  CONFIGURACION_INICIAL,
  COORDINACIONES,
  HISTORIAL,
  HOJA,
} from "../../../src/core/registro/hojas";
import { addonEnPrueba } from "../../support/dist";

const DEFINICIONES = [
  [HOJA.actividades, ACTIVIDADES.columnas],
  [HOJA.coordinaciones, COORDINACIONES.columnas],
  [HOJA.configuracion, CONFIGURACION.columnas],
  [HOJA.historial, HISTORIAL.columnas],
] as const;

describe("Configurar hoja", () => {
  it("creates the four registry sheets with headers, frozen row, formats and widths", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Configurar hoja");
    const wb = env.workbook;
    for (const [nombre, columnas] of DEFINICIONES) {
      const hoja = wb.requireSheet(nombre);
      expect(wb.values(nombre)[0]?.slice(0, columnas.length)).toEqual(columnas.map((c) => c.titulo));
      expect(hoja.frozenRows).toBe(1);
      columnas.forEach((c, i) => {
        expect(hoja.columnWidths[i + 1]).toBe(c.ancho);
        const formato = wb.numberFormat(nombre, 2, i + 1);
        if (c.tipo === "texto") expect(formato).toBe("@");
        if (c.tipo === "fecha") expect(formato).toBe("dd/mm/yyyy");
        if (c.tipo === "mes") expect(formato).toBe("mmmm yyyy");
      });
      expect(wb.cell(nombre, 1, 1)?.format?.fontWeight).toBe("bold");
    }
    expect(wb.values(HOJA.configuracion).slice(1, 1 + CONFIGURACION_INICIAL.length)).toEqual(
      CONFIGURACION_INICIAL.map(([k, v]) => [k, v]),
    );
    expect(env.state.ui.toasts.at(-1)?.message).toContain("Hojas configuradas");
  });

  it("a second run changes nothing", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Configurar hoja");
    const antes = JSON.stringify(env.workbook.toState());
    harness.clickMenu("Configurar hoja");
    expect(JSON.stringify(env.workbook.toState())).toBe(antes);
    expect(env.state.ui.toasts.at(-1)?.message).toBe("Las hojas ya estaban configuradas.");
  });

  it("a renamed or deleted title: the column is added at the end, no title is written over data", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Configurar hoja");
    const actividades = env.workbook.requireSheet(HOJA.actividades);
    harness.edit(HOJA.actividades, 2, 1, "Recepción Día de Europa");
    harness.edit(HOJA.actividades, 2, 2, "Union Europea");
    harness.edit(HOJA.actividades, 3, 1, "Rueda de prensa 500 años");
    // A user renames one header and deletes another.
    harness.edit(HOJA.actividades, 1, 2, "Institución");
    harness.edit(HOJA.actividades, 1, 3, "");
    const datos = JSON.stringify(
      env.workbook
        .values(HOJA.actividades)
        .slice(1, 3)
        .map((f) => f.slice(0, 9)),
    );
    const formatos = JSON.stringify([actividades.rows[2], actividades.rows[3]]);
    harness.clickMenu("Configurar hoja");
    const encabezado = env.workbook.values(HOJA.actividades)[0] ?? [];
    expect(encabezado.slice(0, 3)).toEqual(["Actividad/Gestión", "Institución", ""]);
    expect(encabezado.slice(9, 11)).toEqual(["Entidad", "Información"]);
    expect(
      JSON.stringify(
        env.workbook
          .values(HOJA.actividades)
          .slice(1, 3)
          .map((f) => f.slice(0, 9)),
      ),
    ).toBe(datos);
    // The data rows' cells of the original columns are as they were, formats included; only the new
    // columns' cells got their column's format.
    const originales = (filas: unknown) =>
      JSON.stringify(
        JSON.parse(filas as string).map((r: Record<string, unknown>) =>
          Object.fromEntries(Object.entries(r ?? {}).filter(([c]) => Number(c) <= 9)),
        ),
      );
    expect(originales(JSON.stringify([actividades.rows[2], actividades.rows[3]]))).toBe(originales(formatos));
    expect(env.state.ui.toasts.at(-1)?.message).toContain(
      "Actividades (columnas agregadas al final: «Entidad», «Información»)",
    );
    // Once added, a second run changes nothing more.
    const antes = JSON.stringify(env.workbook.toState());
    harness.clickMenu("Configurar hoja");
    expect(JSON.stringify(env.workbook.toState())).toBe(antes);
  });

  it("a reordered sheet with the office's own columns is left as it is: no data cell, no title changed", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Configurar hoja");
    const ss = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    env.runtime.uncounted(() => {
      const h = ss.getActiveSpreadsheet().getSheetByName(HOJA.actividades);
      h?.insertColumnAfter(9);
      h?.getRange(1, 1, 3, 10).setValues([
        [
          "ID",
          "Fecha",
          "Observaciones",
          "Actividad/Gestión",
          "entidad",
          "Información",
          "Fecha fin",
          "Eje de trabajo",
          "Registrado por",
          "Registrado el",
        ],
        ["id-1", 43600, "llamar antes", "Recepción", "JICA", "Texto", "", "", "", ""],
        ["id-2", 43601, "", "Rueda de prensa", "Alcaldía", "Otro", "", "", "", ""],
      ]);
      h?.getRange(1, 3).setFontWeight("normal").setBackground("#ffffff").setFontColor("#000000");
    });
    const guardados = () =>
      JSON.stringify(
        Array.from({ length: 3 }, (_, f) =>
          Array.from(
            { length: 10 },
            (_, c) => env.workbook.cell(HOJA.actividades, f + 1, c + 1)?.value ?? "",
          ),
        ),
      );
    const antes = guardados();
    harness.clickMenu("Configurar hoja");
    // What each cell stores is unchanged (a date column shows its serial as a date now; the value is the same).
    expect(guardados()).toBe(antes);
    // Each column's body has its own format wherever it now is: Fecha (column B) a date, Observaciones untouched.
    expect(env.workbook.numberFormat(HOJA.actividades, 2, 2)).toBe("dd/mm/yyyy");
    expect(env.workbook.numberFormat(HOJA.actividades, 2, 4)).toBe("@");
    expect(env.workbook.cell(HOJA.actividades, 1, 3)?.format?.fontWeight ?? "normal").toBe("normal");
    expect(env.workbook.cell(HOJA.actividades, 1, 4)?.format?.fontWeight).toBe("bold");
  });

  it("never overwrites a Configuración value the office changed", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Configurar hoja");
    harness.edit(HOJA.configuracion, 2, 2, "OFICINA DE RELACIONES INTERNACIONALES");
    harness.clickMenu("Configurar hoja");
    expect(env.workbook.value(HOJA.configuracion, 2, 2)).toBe("OFICINA DE RELACIONES INTERNACIONALES");
    expect(env.workbook.lastRow(HOJA.configuracion)).toBe(1 + CONFIGURACION_INICIAL.length);
  });

  it("costs the same number of calls whatever the number of rows", async () => {
    const contar = async (filas: number): Promise<number> => {
      const { env, harness } = await addonEnPrueba();
      harness.clickMenu("Configurar hoja");
      const ss = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      env.runtime.uncounted(() => {
        const hoja = ss.getActiveSpreadsheet().getSheetByName(HOJA.actividades);
        hoja?.insertRowsAfter(1, filas);
        hoja?.getRange(2, 1, filas, 1).setValues(Array.from({ length: filas }, (_, i) => [`Actividad ${i}`]));
      });
      env.runtime.resetCalls();
      harness.clickMenu("Configurar hoja");
      return env.runtime.totalCalls();
    };
    expect(await contar(10)).toBe(await contar(5000));
  });
});
