// A typed date without a year takes the year that puts it nearest the day its row belongs to.
import { describe, expect, it } from "vitest";
import { interpretarFecha } from "../../../src/core/fechas/lectura";
import { el, f, leer, motivo, r } from "./apoyo";

describe("interpretarFecha: the nearest year", () => {
  it("registered on 2 January 2020, «30 de diciembre» is the one three days before", () => {
    expect(interpretarFecha("30 de diciembre", el(2020, 1, 2))).toEqual({
      ok: true,
      rango: r(f(2019, 12, 30)),
      anioDelContexto: true,
      ambigua: false,
    });
  });

  it("registered on 31 December 2019, «2 de enero» is two days later, in 2020", () => {
    expect(leer("2 de enero", el(2019, 12, 31))).toEqual(r(f(2020, 1, 2)));
  });

  it("on an exact tie the earlier year wins: from 15 June 2020 both Decembers are 183 days away", () => {
    expect(leer("15 de diciembre", el(2020, 6, 15))).toEqual(r(f(2019, 12, 15)));
  });

  it("from 15 June 2019 the December before is one day nearer (182 days against 183)", () => {
    expect(leer("15 de diciembre", el(2019, 6, 15))).toEqual(r(f(2018, 12, 15)));
    expect(leer("14 de diciembre", el(2019, 6, 15))).toEqual(r(f(2019, 12, 14)));
  });

  it("a range is as near as its nearest day, and at distance 0 when the reference is inside it", () => {
    expect(leer("20 de diciembre al 3 de enero", el(2019, 1, 5))).toEqual(r(f(2018, 12, 20), f(2019, 1, 3)));
    expect(leer("30 de diciembre al 2 de enero", el(2019, 12, 31))).toEqual(
      r(f(2019, 12, 30), f(2020, 1, 2)),
    );
    expect(leer("1 al 30 de junio", el(2019, 6, 15))).toEqual(r(f(2019, 6, 1), f(2019, 6, 30)));
  });

  it("two days across New Year take the same rule", () => {
    expect(leer("31 de diciembre y 1 de enero", el(2020, 1, 5))).toEqual(r(f(2019, 12, 31), f(2020, 1, 1)));
    expect(leer("31 de diciembre y 1 de enero", el(2019, 12, 20))).toEqual(r(f(2019, 12, 31), f(2020, 1, 1)));
  });

  it("a year that would not be a real day is skipped: «29 de febrero» from June 2019 is 29 February 2020 (rule 1 changes the old refusal)", () => {
    expect(leer("29 de febrero", el(2019, 6, 15))).toEqual(r(f(2020, 2, 29)));
    expect(leer("29 de febrero", el(2021, 1, 10))).toEqual(r(f(2020, 2, 29)));
    expect(leer("28 de febrero al 1 de marzo", el(2020, 6, 15))).toEqual(r(f(2020, 2, 28), f(2020, 3, 1)));
  });

  it("when no neighbouring year has the day, it says why with the reference's year", () => {
    expect(motivo("29 de febrero", el(2018, 6, 15))).toBe(
      "El 29 de febrero de 2018 no existe: febrero de 2018 tiene 28 días.",
    );
    expect(motivo("31 de febrero", el(2020, 6, 15))).toBe(
      "El 31 de febrero de 2020 no existe: febrero de 2020 tiene 29 días.",
    );
  });

  it("never lends a year outside 2000–2100", () => {
    expect(leer("30 de diciembre", el(2000, 1, 5))).toEqual(r(f(2000, 12, 30)));
    expect(leer("2 de enero", el(2100, 12, 30))).toEqual(r(f(2100, 1, 2)));
  });

  it("the year is chosen first, then the weekday is checked: it never picks a year to fit the weekday", () => {
    // 4 June 2021 was a Friday, but 2020 is the nearest year.
    expect(motivo("viernes 4 de junio", el(2020, 6, 15))).toBe(
      "El 4 de junio de 2020 fue jueves, no viernes: revise la fecha.",
    );
  });

  it("a year written in the text is kept, however far from the reference", () => {
    expect(interpretarFecha("7 de mayo de 2019", el(2030, 6, 15))).toMatchObject({
      ok: true,
      rango: r(f(2019, 5, 7)),
      anioDelContexto: false,
    });
  });
});
