// Numeric dates follow the spreadsheet locale's order; a date that can be read only one way is read that way.
import { describe, expect, it } from "vitest";
import { type ContextoDeFecha, interpretarFecha, ordenDeLocale } from "../../../src/core/fechas/lectura";
import { f, leer, motivo, r } from "./apoyo";

const DIA_MES: ContextoDeFecha = { referencia: f(2019, 6, 15), orden: "diaMes" };
const MES_DIA: ContextoDeFecha = { referencia: f(2019, 6, 15), orden: "mesDia" };

describe("interpretarFecha: numeric order", () => {
  it.each([
    ["05/06/2019", DIA_MES, r(f(2019, 6, 5))],
    ["05/06/2019", MES_DIA, r(f(2019, 5, 6))],
    ["28/05/2019", DIA_MES, r(f(2019, 5, 28))],
    ["2019-05-06", DIA_MES, r(f(2019, 5, 6))],
    ["2019-05-06", MES_DIA, r(f(2019, 5, 6))],
    ["5/6", MES_DIA, r(f(2019, 5, 6))],
    ["05-06-2019", MES_DIA, r(f(2019, 5, 6))],
    ["05/30 al 06/02", MES_DIA, r(f(2019, 5, 30), f(2019, 6, 2))],
  ])("reads %j under %o", (texto, contexto, esperado) => {
    expect(leer(texto, contexto)).toEqual(esperado);
  });

  it("reads a date the only way it is a real day, in either order (rule 2 changes the old refusal of 05/28/2019)", () => {
    expect(leer("28/05/2019", MES_DIA)).toEqual(r(f(2019, 5, 28)));
    expect(leer("05/28/2019", DIA_MES)).toEqual(r(f(2019, 5, 28)));
    expect(leer("05/28/2019", MES_DIA)).toEqual(r(f(2019, 5, 28)));
  });

  it("reads day first when the context gives no order", () => {
    expect(leer("05/06/2019", { referencia: f(2019, 6, 15) })).toEqual(r(f(2019, 6, 5)));
  });

  it("says how to write the date in the order used when no order gives a real day", () => {
    expect(motivo("28/13/2019", DIA_MES)).toBe(
      "El mes 13 no existe. Escriba la fecha como día/mes/año, por ejemplo 28/05/2019.",
    );
    expect(motivo("28/13/2019", MES_DIA)).toBe(
      "El mes 28 no existe. Escriba la fecha como mes/día/año, por ejemplo 05/28/2019.",
    );
    expect(motivo("31/02/2019", DIA_MES)).toBe(
      "El 31 de febrero de 2019 no existe: febrero de 2019 tiene 28 días.",
    );
    expect(motivo("02/31/2019", MES_DIA)).toBe(
      "El 31 de febrero de 2019 no existe: febrero de 2019 tiene 28 días.",
    );
  });
});

describe("interpretarFecha: ambigua", () => {
  const ambigua = (texto: string, contexto = DIA_MES) => {
    const resultado = interpretarFecha(texto, contexto);
    if (!resultado.ok) throw new Error(resultado.motivo);
    return resultado.ambigua;
  };

  it("is true when day and month could be swapped into another real day", () => {
    expect(ambigua("05/06/2019")).toBe(true);
    expect(ambigua("05/06/2019", MES_DIA)).toBe(true);
    expect(ambigua("5/6")).toBe(true);
    expect(ambigua("28/05 al 05/06")).toBe(true);
  });

  it("is false when only one order is a real day, when both numbers are equal, for ISO and for words", () => {
    expect(ambigua("28/05/2019")).toBe(false);
    expect(ambigua("28/05/2019", MES_DIA)).toBe(false);
    expect(ambigua("05/05/2019")).toBe(false);
    expect(ambigua("2019-05-06")).toBe(false);
    expect(ambigua("5 de junio")).toBe(false);
    expect(ambigua("3-jun-2019")).toBe(false);
  });
});

describe("ordenDeLocale", () => {
  it.each([
    ["en_US", "mesDia"],
    ["es_US", "mesDia"],
    ["es_PA", "mesDia"],
    ["es-PA", "mesDia"],
    ["es_ES", "diaMes"],
    ["es_419", "diaMes"],
    ["es", "diaMes"],
    ["es_MX", "diaMes"],
    ["es_CO", "diaMes"],
    ["es_AR", "diaMes"],
    ["en_GB", "diaMes"],
    ["pt_BR", "diaMes"],
    ["xx_YY", "diaMes"],
    ["", "diaMes"],
  ])("%s → %s", (locale, orden) => {
    expect(ordenDeLocale(locale)).toBe(orden);
  });
});
