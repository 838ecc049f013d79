// onEdit as the office's sheet really gets edited: pastes, clocks at the day's edges, other locales,
// AuthMode.NONE, and a cost per edit that does not grow with the sheet.
import { describe, expect, it } from "vitest";
import { HOJA } from "../../../src/core/registro/hojas";
import { FONDO_DE_PROBLEMA, MARCA_DE_LECTURA, MARCA_DE_PROBLEMA } from "../../../src/core/registro/marcas";
import { registroListo } from "../registrar-actividad/apoyo";
import { app, COL, celda, FILA, sembrar, teclear } from "./apoyo-edicion";

/** A single-cell edit's calls, in order, on a sheet of `filas` registered rows. */
async function llamadasDeUnaEdicion(filas: number): Promise<string[]> {
  const p = await registroListo();
  sembrar(p, filas, app(p.env));
  p.env.runtime.resetCalls();
  p.env.runtime.recordCalls = true;
  p.harness.edit(HOJA.actividades, filas + 1, COL.informacion, "Información corregida.");
  return [...p.env.runtime.callLog];
}

describe("onEdit: cost", () => {
  it("a single-cell edit costs the same calls at 10 and at 10,000 rows, and never reads the whole sheet", async () => {
    const [diez, diezMil] = [await llamadasDeUnaEdicion(10), await llamadasDeUnaEdicion(10_000)];
    expect(diezMil).toEqual(diez);
    expect(diez).not.toContain("Sheet.getDataRange");
    // Where the edit is (3), the header (2), the row and its notes (3), the zone for its date (2).
    expect(diez.length).toBeLessThanOrEqual(10);
  }, 60_000);
});

describe("onEdit: pastes", () => {
  it("checks a paste of 500 rows in one pass: dates read, IDs given, bad cells marked", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    const filas = Array.from({ length: 500 }, (_, i) => [
      `Visita ${i}`,
      i === 7 ? "J" : "Embajada de Japón",
      "Reunión de trabajo.",
      i % 2 === 0 ? "27 al 30 de mayo" : "3 de junio",
    ]);
    p.env.runtime.resetCalls();
    p.harness.paste(HOJA.actividades, 2, 1, filas);
    const llamadas = p.env.runtime.totalCalls();
    expect(llamadas).toBeLessThan(40);
    expect([celda(p.env, 2, COL.fecha).texto, celda(p.env, 2, COL.fechaFin).texto]).toEqual([
      "27/05/2019",
      "30/05/2019",
    ]);
    expect([celda(p.env, 3, COL.fecha).texto, celda(p.env, 3, COL.fechaFin).texto]).toEqual([
      "03/06/2019",
      "",
    ]);
    expect(celda(p.env, 501, COL.fecha).texto).toBe("03/06/2019");
    const ids = new Set(Array.from({ length: 500 }, (_, i) => celda(p.env, i + 2, COL.id).valor));
    expect(ids.size).toBe(500);
    expect(celda(p.env, 9, COL.entidad).fondo).toBe(FONDO_DE_PROBLEMA);
    expect(celda(p.env, 10, COL.entidad).fondo).toBeNull();
  }, 60_000);

  it("clearing a required cell with Delete marks it at once; typing it back clears the mark", async () => {
    const p = await registroListo();
    teclear(p, 2, { ...FILA, fecha: "03/06/2019" });
    p.harness.clear(HOJA.actividades, "B2");
    expect(celda(p.env, 2, COL.entidad)).toMatchObject({
      nota: `${MARCA_DE_PROBLEMA}Escriba la Entidad.`,
      fondo: FONDO_DE_PROBLEMA,
    });
    teclear(p, 2, { entidad: "JICA" });
    expect(celda(p.env, 2, COL.entidad)).toMatchObject({ nota: "", fondo: null });
  });
});

describe("onEdit: the year of a text date is the one nearest the moment it was typed", () => {
  it("«31 de diciembre» typed on 2 January is last year's", async () => {
    const p = await registroListo({ now: () => new Date("2020-01-02T15:00:00Z") });
    teclear(p, 2, { ...FILA, fecha: "31 de diciembre" });
    expect(celda(p.env, 2, COL.fecha).texto).toBe("31/12/2019");
  });

  it("«2 de enero» typed at 23:30 on 31 December in Panama (already 1 January in UTC) is next year's", async () => {
    const p = await registroListo({ now: () => new Date("2020-01-01T04:30:00Z") });
    teclear(p, 2, { ...FILA, fecha: "2 de enero" });
    expect(celda(p.env, 2, COL.fecha).texto).toBe("02/01/2020");
    expect(celda(p.env, 2, COL.el).texto).toBe("31/12/2019 23:30");
  });

  it("a row registered long ago keeps its year when its Fecha is retyped as text later", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    teclear(p, 2, { ...FILA });
    p.env.runtime.now = () => new Date("2021-03-10T15:00:00Z");
    teclear(p, 2, { fecha: "27 al 30 de mayo" });
    expect(celda(p.env, 2, COL.fecha).texto).toBe("27/05/2019");
  });
});

describe("onEdit: the spreadsheet's locale", () => {
  for (const orden of ["day-first", "month-first"] as const) {
    it(`a numeric date that reads two ways gets a note in words (es_PA ${orden})`, async () => {
      const p = await registroListo({ spreadsheet: { locale: "es_PA", esPaDateOrder: orden } });
      teclear(p, 2, { ...FILA, fecha: "05/06/2019" });
      const esperado = orden === "day-first" ? "5 de junio de 2019" : "6 de mayo de 2019";
      expect(celda(p.env, 2, COL.fecha).nota).toContain(
        `${MARCA_DE_LECTURA}La hoja guardó esta fecha como ${esperado}.`,
      );
      // A day nobody could misread gets no note.
      teclear(p, 2, { fecha: orden === "day-first" ? "28/05/2019" : "05/28/2019" });
      expect(celda(p.env, 2, COL.fecha)).toMatchObject({ texto: "28/05/2019", nota: "" });
    });
  }

  it("numeric text in a cell Sheets left as text is read in the locale's order, and said in words", async () => {
    const p = await registroListo({ spreadsheet: { locale: "es_PA", esPaDateOrder: "month-first" } });
    // Under a month-first reading Sheets cannot make 28/05/2019 a date: it stays text, and the add-on reads it.
    teclear(p, 2, { ...FILA, fecha: "28/05/2019" });
    expect(celda(p.env, 2, COL.fecha).texto).toBe("28/05/2019");
    expect(typeof celda(p.env, 2, COL.fecha).valor).not.toBe("string");
    expect(celda(p.env, 2, COL.fecha).nota).toBe(
      `${MARCA_DE_LECTURA}Se leyó «28/05/2019» como 28 de mayo de 2019.`,
    );
  });
});

describe("onEdit: where it does nothing", () => {
  it("in AuthMode.NONE it does nothing and does not throw", async () => {
    const p = await registroListo();
    expect(() =>
      p.harness.edit(HOJA.actividades, 2, COL.actividad, "Visita", { authMode: "NONE" }),
    ).not.toThrow();
    expect(celda(p.env, 2, COL.id).valor ?? "").toBe("");
  });

  it("reads the cells, never e.value: the same result whatever Google puts in e.value for a date", async () => {
    for (const modo of ["serial", "typed", "display"] as const) {
      const p = await registroListo({ editEventDates: modo });
      teclear(p, 2, { ...FILA, fecha: "10/05/2019", fechaFin: "05/05/2019" });
      expect(celda(p.env, 2, COL.fechaFin).fondo).toBe(FONDO_DE_PROBLEMA);
    }
  });
});

describe("onEdit: every form staff type into Fecha", () => {
  // Typed on 3 June 2019 in Panama: a yearless date takes the year nearest that day.
  it.each([
    ["7 May.", "07/05/2019", ""],
    ["27 al 30 de May.", "27/05/2019", "30/05/2019"],
    ["del 3 al 5 de jun.", "03/06/2019", "05/06/2019"],
    ["30 de abril al 2 de mayo", "30/04/2019", "02/05/2019"],
    ["30 y 31 de mayo", "30/05/2019", "31/05/2019"],
    ["1° de junio", "01/06/2019", ""],
    ["martes 4 de junio", "04/06/2019", ""],
    ["Jue. 6 de jun.", "06/06/2019", ""],
    ["4-6 de junio", "04/06/2019", "06/06/2019"],
    ["30 de junio y 1 de julio", "30/06/2019", "01/07/2019"],
    ["3, 4 y 5 de junio", "03/06/2019", "05/06/2019"],
    ["3-jun", "03/06/2019", ""],
    ["28 de mayo de 2019", "28/05/2019", ""],
    ["mayo 28", "28/05/2019", ""],
  ])("«%s» becomes %s – %s", async (texto, fecha, fin) => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    p.env.runtime.uncounted(() => {
      // As a paste of plain text would leave it: Sheets' own parsing does not get to it first.
      app(p.env)
        .getActiveSpreadsheet()
        .getSheetByName(HOJA.actividades)
        ?.getRange(2, COL.fecha)
        .setNumberFormat("@");
    });
    teclear(p, 2, { ...FILA, fecha: texto });
    expect([celda(p.env, 2, COL.fecha).texto, celda(p.env, 2, COL.fechaFin).texto]).toEqual([fecha, fin]);
    expect(celda(p.env, 2, COL.fecha).nota).toContain(`Se leyó «${texto}»`);
  });

  it.each([
    ["3, 5 y 7 de junio", "no son días seguidos"],
    ["jueves 4 de junio", "martes, no jueves"],
    ["31 de febrero", "no existe"],
  ])("«%s» is marked, never guessed", async (texto, motivo) => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    teclear(p, 2, { ...FILA, fecha: texto });
    expect(celda(p.env, 2, COL.fecha)).toMatchObject({ valor: texto, fondo: FONDO_DE_PROBLEMA });
    expect(celda(p.env, 2, COL.fecha).nota).toContain(motivo);
  });
});

describe("the report and text dates in the sheet", () => {
  it("a yearless text date the add-on never converted appears in no June report, and is listed", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    p.env.runtime.uncounted(() => {
      const h = app(p.env).getActiveSpreadsheet().getSheetByName(HOJA.actividades);
      h?.getRange(2, 1, 1, 4)
        .setNumberFormat("@")
        .setValues([[FILA.actividad, FILA.entidad, FILA.informacion, "27 al 30 de junio"]]);
    });
    for (const mes of ["2018-06", "2019-06"]) {
      const r = p.harness.run("prepararInforme", [mes], { authMode: "FULL" }) as {
        ok: boolean;
        actividades: number;
        omitidas: { fila: number; mensaje: string }[];
      };
      expect(r).toMatchObject({ ok: true, actividades: 0 });
      expect(r.omitidas.map((o) => o.fila)).toEqual([2]);
      expect(r.omitidas[0]?.mensaje).toContain("Validar registros");
    }
  });
});
