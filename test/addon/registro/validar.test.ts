// Validar registros and the sheets' own data validation: every row checked, marked and listed; the
// rules Configurar hoja sets let typed text dates in for the add-on to read.
import { describe, expect, it } from "vitest";
import type { Respuesta, ResultadoDeValidacion } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { FONDO_DE_PROBLEMA, MARCA_DE_LECTURA, MARCA_DE_PROBLEMA } from "../../../src/core/registro/marcas";
import { registroListo } from "../registrar-actividad/apoyo";
import { app, COL, celda, FILA, sembrar, teclear } from "./apoyo-edicion";

function validar(p: Awaited<ReturnType<typeof registroListo>>): Respuesta<ResultadoDeValidacion> {
  return p.harness.run("validarRegistros", [], { authMode: "FULL" }) as Respuesta<ResultadoDeValidacion>;
}

/** Rows written by a script or a paste that onEdit never saw: no ID, text dates, problems. */
function escribirSinRevisar(p: Awaited<ReturnType<typeof registroListo>>, desde: number, filas: unknown[][]) {
  p.env.runtime.uncounted(() => {
    const h = app(p.env).getActiveSpreadsheet().getSheetByName(HOJA.actividades);
    h?.getRange(desde, 1, filas.length, 4).setNumberFormat("@").setValues(filas);
  });
}

describe("Validar registros", () => {
  it("marks every problem, converts text dates, gives hand-typed rows their ID, and lists the problems", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    escribirSinRevisar(p, 2, [
      ["Reunión con JICA", "JICA", "Seguimiento.", "27 al 30 de mayo"],
      ["Visita", "", "Sin entidad.", "3 de junio"],
      ["Foro", "Cancillería", "", "mañana"],
    ]);
    const r = validar(p);
    if (!r.ok) throw new Error(r.errores[0]?.mensaje);
    expect(r).toMatchObject({ filas: 3, filasConProblemas: 2, totalDeProblemas: 3, filasConId: 3 });
    expect(r.problemas.map((x) => [x.hoja, x.fila, x.columna])).toEqual([
      [HOJA.actividades, 3, "Entidad"],
      [HOJA.actividades, 4, "Información"],
      [HOJA.actividades, 4, "Fecha"],
    ]);
    expect(celda(p.env, 2, COL.fecha).nota.startsWith(MARCA_DE_LECTURA)).toBe(true);
    expect(typeof celda(p.env, 2, COL.fecha).valor).not.toBe("string");
    expect(celda(p.env, 3, COL.entidad)).toMatchObject({
      nota: `${MARCA_DE_PROBLEMA}Escriba la Entidad.`,
      fondo: FONDO_DE_PROBLEMA,
    });
    expect(celda(p.env, 4, COL.fecha).valor).toBe("mañana");
    for (const fila of [2, 3, 4]) expect(String(celda(p.env, fila, COL.id).valor)).toMatch(/^[0-9a-f-]{36}$/);
    // Who typed them is not known: Registrado por stays empty rather than name the wrong person.
    expect(celda(p.env, 2, COL.por).valor ?? "").toBe("");
  });

  it("a second run finds what is left and changes nothing else; fixing a row clears its marks", async () => {
    const p = await registroListo();
    escribirSinRevisar(p, 2, [["Visita", "", "Sin entidad.", "3 de junio"]]);
    validar(p);
    const id = celda(p.env, 2, COL.id).valor;
    const segunda = validar(p);
    expect(segunda.ok && [segunda.filasConId, segunda.fechasConvertidas, segunda.totalDeProblemas]).toEqual([
      0, 0, 1,
    ]);
    expect(celda(p.env, 2, COL.id).valor).toBe(id);
    teclear(p, 2, { entidad: "Embajada" });
    expect(celda(p.env, 2, COL.entidad)).toMatchObject({ nota: "", fondo: null });
    expect(validar(p)).toMatchObject({ ok: true, totalDeProblemas: 0 });
  });

  it("costs the same calls over 10 and 10,000 rows", async () => {
    const costo = async (n: number) => {
      const p = await registroListo();
      sembrar(p, n, app(p.env));
      escribirSinRevisar(p, n + 2, [["Visita", "", "Sin entidad.", "3 de junio"]]);
      p.env.runtime.resetCalls();
      p.env.runtime.recordCalls = true;
      validar(p);
      return [...p.env.runtime.callLog];
    };
    const diez = await costo(10);
    expect(await costo(10_000)).toEqual(diez);
  }, 90_000);

  it("«Ir a la fila» selects the problem's cell; made-up arguments are refused", async () => {
    const p = await registroListo();
    const ir = (...args: unknown[]) => p.harness.run("irARegistro", args, { authMode: "FULL" });
    expect(ir(HOJA.actividades, 7, "entidad")).toEqual({ ok: true, a1: "B7" });
    expect(ir("Historial de informes", 2, "mes")).toMatchObject({ ok: false });
    expect(ir(HOJA.actividades, 1, "entidad")).toMatchObject({ ok: false });
    expect(ir(HOJA.actividades, "7", "entidad")).toMatchObject({ ok: false });
  });

  it("opens as a dialog the user can keep beside the sheet", async () => {
    const p = await registroListo();
    p.harness.clickMenu("Validar registros");
    expect(p.env.state.ui.dialog?.title).toBe("Validar registros");
  });
});

describe("Configurar hoja: Sheets' own validation", () => {
  it("puts a warning-only date rule with Spanish help on Fecha, Fecha fin and Mes, and the Eje list", async () => {
    const p = await registroListo();
    const regla = (hoja: string, fila: number, columna: number) =>
      p.env.workbook.cell(hoja, fila, columna)?.dataValidation;
    for (const columna of [COL.fecha, COL.fechaFin]) {
      expect(regla(HOJA.actividades, 50, columna)).toMatchObject({
        criteria: "DATE_IS_VALID_DATE",
        allowInvalid: true,
      });
      expect(regla(HOJA.actividades, 50, columna)?.helpText).toContain("27 al 30 de mayo");
    }
    expect(regla(HOJA.coordinaciones, 50, 1)).toMatchObject({
      criteria: "DATE_IS_VALID_DATE",
      allowInvalid: true,
    });
    expect(regla(HOJA.actividades, 50, COL.eje)).toMatchObject({
      criteria: "VALUE_IN_LIST",
      allowInvalid: true,
    });
    expect(regla(HOJA.actividades, 1, COL.fecha)).toBeUndefined();
  });

  it("the rules let a typed text date in, so onEdit can read it", async () => {
    const p = await registroListo({ now: () => new Date("2019-06-03T15:00:00Z") });
    teclear(p, 2, { ...FILA, fecha: "27 al 30 de mayo" });
    expect(celda(p.env, 2, COL.fechaFin).texto).toBe("30/05/2019");
  });

  it("the Eje list follows Configuración when its ejes are edited", async () => {
    const p = await registroListo();
    const fila = p.env.workbook.values(HOJA.configuracion).findIndex((r) => r[0] === "Ejes de trabajo") + 1;
    p.harness.edit(HOJA.configuracion, fila, 2, "Cultura\nTurismo");
    const lista = p.env.workbook.cell(HOJA.actividades, 50, COL.eje)?.dataValidation?.args[0];
    expect(lista).toEqual(["Cultura", "Turismo"]);
  });
});
