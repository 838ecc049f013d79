// Rows typed straight into the sheet: checked and marked where they are typed, typed dates made real.
import { describe, expect, it } from "vitest";
import { HOJA } from "../../../src/core/registro/hojas";
import { FONDO_DE_PROBLEMA, MARCA_DE_LECTURA, MARCA_DE_PROBLEMA } from "../../../src/core/registro/marcas";
import { registroListo } from "../registrar-actividad/apoyo";
import { COL, celda, FILA, teclear } from "./apoyo-edicion";

describe("onEdit on Actividades", () => {
  it("turns «27 al 30 de mayo» typed in Fecha into two real dates, and says how it read them", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    teclear(p, 2, { ...FILA, fecha: "27 al 30 de mayo" });
    expect([celda(p.env, 2, COL.fecha).texto, celda(p.env, 2, COL.fechaFin).texto]).toEqual([
      "27/05/2019",
      "30/05/2019",
    ]);
    expect(celda(p.env, 2, COL.fecha).nota).toBe(
      `${MARCA_DE_LECTURA}Se leyó «27 al 30 de mayo» como 27 al 30 de mayo de 2019. El año no estaba escrito: se tomó el más cercano a la fecha de registro de la fila; si no es ese, escriba el año.`,
    );
    expect(celda(p.env, 2, COL.fecha).fondo).toBeNull();
  });

  it("gives a row typed by hand an ID and Registrado el on its first cell", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    teclear(p, 2, { actividad: FILA.actividad });
    const id = String(celda(p.env, 2, COL.id).valor);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(celda(p.env, 2, COL.el).texto).toBe("03/06/2019 10:00");
    teclear(p, 2, { entidad: FILA.entidad });
    expect(celda(p.env, 2, COL.id).valor).toBe(id);
  });

  it("marks a bad cell with a note and a background, and clears both when it is fixed", async () => {
    const p = await registroListo();
    teclear(p, 2, { ...FILA, entidad: "J" });
    expect(celda(p.env, 2, COL.entidad)).toMatchObject({
      nota: `${MARCA_DE_PROBLEMA}La Entidad es muy corta: escriba al menos 2 caracteres.`,
      fondo: FONDO_DE_PROBLEMA,
    });
    teclear(p, 2, { entidad: "JICA" });
    expect(celda(p.env, 2, COL.entidad)).toMatchObject({ nota: "", fondo: null });
  });

  it("does not flag the cells of a row still being filled in from left to right", async () => {
    const p = await registroListo();
    teclear(p, 2, { actividad: FILA.actividad });
    for (const c of [COL.entidad, COL.informacion, COL.fecha]) expect(celda(p.env, 2, c).nota).toBe("");
  });

  it("marks text it cannot read as a date, and never guesses it", async () => {
    const p = await registroListo();
    teclear(p, 2, { ...FILA, fecha: "la semana pasada" });
    expect(celda(p.env, 2, COL.fecha).valor).toBe("la semana pasada");
    expect(celda(p.env, 2, COL.fecha).nota.startsWith(MARCA_DE_PROBLEMA)).toBe(true);
    expect(celda(p.env, 2, COL.fecha).fondo).toBe(FONDO_DE_PROBLEMA);
  });

  it("a Fecha fin before the Fecha is marked on Fecha fin, and fixing the Fecha clears it", async () => {
    const p = await registroListo();
    teclear(p, 2, { ...FILA, fecha: "10/05/2019", fechaFin: "05/05/2019" });
    expect(celda(p.env, 2, COL.fechaFin).fondo).toBe(FONDO_DE_PROBLEMA);
    teclear(p, 2, { fecha: "01/05/2019" });
    expect(celda(p.env, 2, COL.fechaFin)).toMatchObject({ nota: "", fondo: null });
  });

  it("keeps the office's own note on a cell it marks and unmarks", async () => {
    const p = await registroListo();
    teclear(p, 2, { ...FILA });
    p.env.runtime.uncounted(() => {
      const app = p.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      app
        .getActiveSpreadsheet()
        .getSheetByName(HOJA.actividades)
        ?.getRange(2, COL.entidad)
        .setNote("Confirmar nombre");
    });
    teclear(p, 2, { entidad: "J" });
    expect(celda(p.env, 2, COL.entidad).nota).toBe(
      `Confirmar nombre\n\n${MARCA_DE_PROBLEMA}La Entidad es muy corta: escriba al menos 2 caracteres.`,
    );
    teclear(p, 2, { entidad: "JICA" });
    expect(celda(p.env, 2, COL.entidad).nota).toBe("Confirmar nombre");
  });

  it("leaves the header row and other sheets alone", async () => {
    const p = await registroListo();
    p.harness.edit(HOJA.actividades, 1, COL.entidad, "Entidad");
    expect(celda(p.env, 1, COL.entidad).nota).toBe("");
    p.harness.edit(HOJA.historial, 2, 1, "hola");
    expect(p.env.workbook.cell(HOJA.historial, 2, 1)?.note ?? "").toBe("");
  });
});

describe("onEdit on Coordinaciones", () => {
  const MES = 1;
  const TEXTO = 2;
  it("a Mes typed as text becomes the month's date; a month without a year is marked, never guessed", async () => {
    const p = await registroListo();
    p.harness.edit(HOJA.coordinaciones, 2, TEXTO, "Reunión con la Embajada de Francia.");
    p.harness.edit(HOJA.coordinaciones, 2, MES, "may. 2019");
    const mes = celda(p.env, 2, MES, HOJA.coordinaciones);
    expect(typeof mes.valor).not.toBe("string");
    expect(mes.texto.toLowerCase()).toBe("mayo 2019");
    p.harness.edit(HOJA.coordinaciones, 2, MES, "junio");
    expect(celda(p.env, 2, MES, HOJA.coordinaciones)).toMatchObject({
      valor: "junio",
      fondo: FONDO_DE_PROBLEMA,
      nota: `${MARCA_DE_PROBLEMA}El Mes: Falta el año en «junio»: escriba, por ejemplo «mayo 2019» o «2019-05».`,
    });
  });
});
