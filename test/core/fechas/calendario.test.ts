// Calendar dates and ranges: validity, order, ISO text, day arithmetic and the months a range touches.
import { describe, expect, it } from "vitest";
import {
  claveDeMes,
  compararFechas,
  crearFecha,
  diasDelMes,
  diasDelRango,
  diasEntre,
  esBisiesto,
  esDeUnDia,
  esFechaValida,
  esRangoValido,
  fechaAIso,
  fechaDesdeIso,
  fechaDesdeNumeroDeDia,
  mesDesdeClave,
  mesSiguiente,
  numeroDeDia,
  rangoDeFechas,
  rangoDelMes,
  rangoTocaMes,
  sumarDias,
} from "../../../src/core/fechas/calendario";

const f = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

describe("calendar dates", () => {
  it("knows leap years and month lengths", () => {
    expect([2019, 2020, 2000, 2100].map(esBisiesto)).toEqual([false, true, true, false]);
    expect(diasDelMes(2019, 2)).toBe(28);
    expect(diasDelMes(2020, 2)).toBe(29);
    expect(diasDelMes(2019, 4)).toBe(30);
    expect(diasDelMes(2019, 12)).toBe(31);
  });

  it("rejects days that do not exist, and non-dates", () => {
    expect(crearFecha(2019, 2, 31)).toBeNull();
    expect(crearFecha(2019, 2, 29)).toBeNull();
    expect(crearFecha(2020, 2, 29)).toEqual(f(2020, 2, 29));
    expect(crearFecha(2019, 13, 1)).toBeNull();
    expect(crearFecha(2019, 5, 0)).toBeNull();
    expect(crearFecha(2019.5, 5, 1)).toBeNull();
    expect(esFechaValida({ anio: "2019", mes: 5, dia: 1 })).toBe(false);
    expect(esFechaValida(null)).toBe(false);
    expect(esFechaValida(new Date())).toBe(false);
  });

  it("orders dates by year, month, day", () => {
    expect(compararFechas(f(2019, 5, 7), f(2019, 5, 23))).toBeLessThan(0);
    expect(compararFechas(f(2019, 6, 1), f(2019, 5, 31))).toBeGreaterThan(0);
    expect(compararFechas(f(2020, 1, 1), f(2019, 12, 31))).toBeGreaterThan(0);
    expect(compararFechas(f(2019, 5, 7), f(2019, 5, 7))).toBe(0);
  });

  it("reads and writes ISO dates, refusing anything that is not exactly a real YYYY-MM-DD", () => {
    expect(fechaAIso(f(2019, 5, 7))).toBe("2019-05-07");
    expect(fechaDesdeIso("2019-05-28")).toEqual(f(2019, 5, 28));
    for (const malo of ["2019-5-28", "2019-02-30", "28/05/2019", " 2019-05-28", "2019-05-28T00:00", ""]) {
      expect(fechaDesdeIso(malo)).toBeNull();
    }
  });

  it("counts days across months, years and leap days", () => {
    expect(numeroDeDia(f(1970, 1, 1))).toBe(0);
    expect(numeroDeDia(f(2019, 5, 7))).toBe(Date.UTC(2019, 4, 7) / 86_400_000);
    expect(fechaDesdeNumeroDeDia(numeroDeDia(f(2100, 12, 31)))).toEqual(f(2100, 12, 31));
    expect(diasEntre(f(2019, 12, 30), f(2020, 1, 2))).toBe(3);
    expect(diasEntre(f(2020, 2, 28), f(2020, 3, 1))).toBe(2);
    expect(diasEntre(f(2019, 5, 30), f(2019, 5, 27))).toBe(-3);
    expect(sumarDias(f(2019, 12, 31), 1)).toEqual(f(2020, 1, 1));
    expect(sumarDias(f(2020, 3, 1), -1)).toEqual(f(2020, 2, 29));
  });
});

describe("ranges", () => {
  it("a one-day range has the same start and end; an end before the start is no range", () => {
    const unDia = rangoDeFechas(f(2019, 5, 7));
    expect(unDia).toEqual({ inicio: f(2019, 5, 7), fin: f(2019, 5, 7) });
    expect(unDia && esDeUnDia(unDia)).toBe(true);
    expect(rangoDeFechas(f(2019, 5, 30), f(2019, 5, 27))).toBeNull();
    expect(esRangoValido({ inicio: f(2019, 5, 30), fin: f(2019, 5, 27) })).toBe(false);
    expect(esRangoValido({ inicio: f(2019, 5, 27), fin: f(2019, 5, 30) })).toBe(true);
  });

  it("counts the days of a range with both ends included", () => {
    expect(diasDelRango({ inicio: f(2019, 5, 27), fin: f(2019, 5, 30) })).toBe(4);
    expect(diasDelRango({ inicio: f(2019, 5, 7), fin: f(2019, 5, 7) })).toBe(1);
    expect(diasDelRango({ inicio: f(2020, 1, 1), fin: f(2020, 12, 31) })).toBe(366);
  });

  it("touches every month it has a day in", () => {
    const r = { inicio: f(2019, 4, 30), fin: f(2019, 6, 2) };
    expect(rangoTocaMes(r, { anio: 2019, mes: 4 })).toBe(true);
    expect(rangoTocaMes(r, { anio: 2019, mes: 5 })).toBe(true);
    expect(rangoTocaMes(r, { anio: 2019, mes: 6 })).toBe(true);
    expect(rangoTocaMes(r, { anio: 2019, mes: 7 })).toBe(false);
    expect(rangoTocaMes(r, { anio: 2018, mes: 5 })).toBe(false);
    const anioNuevo = { inicio: f(2019, 12, 30), fin: f(2020, 1, 2) };
    expect(rangoTocaMes(anioNuevo, { anio: 2019, mes: 12 })).toBe(true);
    expect(rangoTocaMes(anioNuevo, { anio: 2020, mes: 1 })).toBe(true);
    expect(rangoTocaMes(anioNuevo, { anio: 2019, mes: 1 })).toBe(false);
  });
});

describe("month keys", () => {
  it("writes and reads AAAA-MM", () => {
    expect(claveDeMes({ anio: 2019, mes: 5 })).toBe("2019-05");
    expect(mesDesdeClave("2019-05")).toEqual({ anio: 2019, mes: 5 });
    for (const malo of ["2019-13", "2019-00", "2019-5", "mayo 2019", "2019-05-01"])
      expect(mesDesdeClave(malo)).toBeNull();
  });

  it("knows the first and last day of a month and the next month", () => {
    expect(rangoDelMes({ anio: 2020, mes: 2 })).toEqual({ inicio: f(2020, 2, 1), fin: f(2020, 2, 29) });
    expect(mesSiguiente({ anio: 2019, mes: 12 })).toEqual({ anio: 2020, mes: 1 });
  });
});
