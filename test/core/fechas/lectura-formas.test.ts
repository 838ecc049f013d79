// The forms staff type beyond plain days: weekdays, hyphen ranges, lists of days, the dates Sheets shows.
import { describe, expect, it } from "vitest";
import { el, f, leer, motivo, r } from "./apoyo";

describe("interpretarFecha: weekdays before a day", () => {
  it.each([
    ["martes 4 de junio", r(f(2019, 6, 4))],
    ["Martes 4 de junio", r(f(2019, 6, 4))],
    ["Martes, 4 de junio", r(f(2019, 6, 4))],
    ["martes, 4 de junio de 2019", r(f(2019, 6, 4))],
    ["el martes 4 de junio", r(f(2019, 6, 4))],
    ["mar. 4 de junio", r(f(2019, 6, 4))],
    ["mar 4 de jun.", r(f(2019, 6, 4))],
    ["martes 04/06/2019", r(f(2019, 6, 4))],
    ["Jue. 6 de jun.", r(f(2019, 6, 6))],
    ["jue 6 de junio", r(f(2019, 6, 6))],
    ["mié 5 de junio", r(f(2019, 6, 5))],
    ["miércoles 5 de junio", r(f(2019, 6, 5))],
    ["miercoles 5 de junio", r(f(2019, 6, 5))],
    ["MIÉRCOLES 5 DE JUNIO", r(f(2019, 6, 5))],
    ["sáb. 1 de junio", r(f(2019, 6, 1))],
    ["sab 1 de junio", r(f(2019, 6, 1))],
    ["sábado 1° de junio", r(f(2019, 6, 1))],
    ["dom. 2 de junio", r(f(2019, 6, 2))],
    ["lunes 3 de junio", r(f(2019, 6, 3))],
    ["vie. 7 de junio", r(f(2019, 6, 7))],
    ["Sábado 4 de mayo", r(f(2019, 5, 4))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });

  it("reads a weekday on each end of a range or on each day of a list", () => {
    expect(leer("del miércoles 5 al viernes 7 de junio")).toEqual(r(f(2019, 6, 5), f(2019, 6, 7)));
    expect(leer("mar 4 al jue 6 de junio")).toEqual(r(f(2019, 6, 4), f(2019, 6, 6)));
    expect(leer("miércoles 5 y jueves 6 de junio")).toEqual(r(f(2019, 6, 5), f(2019, 6, 6)));
    expect(leer("lunes 3, martes 4 y miércoles 5 de junio")).toEqual(r(f(2019, 6, 3), f(2019, 6, 5)));
  });

  it("«mar» is marzo unless a day and then a month follow it", () => {
    expect(leer("mar 4")).toEqual(r(f(2019, 3, 4)));
    expect(leer("4 de mar.")).toEqual(r(f(2019, 3, 4)));
    expect(leer("mar 4 al 6")).toEqual(r(f(2019, 3, 4), f(2019, 3, 6)));
  });

  it("refuses a weekday that does not match, naming both, in the tense the reference puts it", () => {
    expect(motivo("jueves 4 de junio")).toBe("El 4 de junio de 2019 fue martes, no jueves: revise la fecha.");
    expect(motivo("jueves 4 de junio", el(2019, 6, 1))).toBe(
      "El 4 de junio de 2019 será martes, no jueves: revise la fecha.",
    );
    expect(motivo("jueves 4 de junio", el(2019, 6, 4))).toBe(
      "El 4 de junio de 2019 es martes, no jueves: revise la fecha.",
    );
    expect(motivo("Jue. 4/6/2019")).toBe("El 4 de junio de 2019 fue martes, no jueves: revise la fecha.");
  });

  it("checks every weekday written, not only the first", () => {
    expect(motivo("del lunes 3 al viernes 6 de junio")).toBe(
      "El 6 de junio de 2019 fue jueves, no viernes: revise la fecha.",
    );
    expect(motivo("lunes 3, martes 4 y jueves 5 de junio")).toBe(
      "El 5 de junio de 2019 fue miércoles, no jueves: revise la fecha.",
    );
  });

  it("still asks for what is missing", () => {
    expect(motivo("miércoles 5")).toBe(
      "Falta el mes en «miércoles 5»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    );
    expect(motivo("martes")).toBe(
      "Falta el día en «martes»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    );
    expect(motivo("4 de junio martes")).toBe(
      "No se entiende la fecha «4 de junio martes». Escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    );
  });
});

describe("interpretarFecha: ranges with a hyphen", () => {
  it.each([
    ["4-6 de junio", r(f(2019, 6, 4), f(2019, 6, 6))],
    ["4 - 6 de junio", r(f(2019, 6, 4), f(2019, 6, 6))],
    ["4-6 jun", r(f(2019, 6, 4), f(2019, 6, 6))],
    ["4–6 de junio", r(f(2019, 6, 4), f(2019, 6, 6))],
    ["30 de mayo - 2 de junio", r(f(2019, 5, 30), f(2019, 6, 2))],
    ["28-05-2019", r(f(2019, 5, 28))],
    ["28-05-19", r(f(2019, 5, 28))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });
});

describe("interpretarFecha: days joined by «y» and lists of days", () => {
  it.each([
    ["30 de junio y 1 de julio", r(f(2019, 6, 30), f(2019, 7, 1))],
    ["3 y 4 de junio", r(f(2019, 6, 3), f(2019, 6, 4))],
    ["3, 4 y 5 de junio", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["3,4 y 5 de junio", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["3, 4, y 5 de junio", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["29, 30 y 31 de mayo", r(f(2019, 5, 29), f(2019, 5, 31))],
    ["30, 31 de mayo y 1 de junio", r(f(2019, 5, 30), f(2019, 6, 1))],
    ["3, 4 y 5 de junio de 2019", r(f(2019, 6, 3), f(2019, 6, 5))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });

  it("reads two days across New Year as one range", () => {
    expect(leer("31 de diciembre y 1 de enero", el(2020, 1, 3))).toEqual(r(f(2019, 12, 31), f(2020, 1, 1)));
    expect(leer("30, 31 de diciembre y 1 de enero", el(2020, 1, 3))).toEqual(
      r(f(2019, 12, 30), f(2020, 1, 1)),
    );
  });

  it.each(["3, 5 y 7 de junio", "3, 4 y 6", "3, 4 y 6 de junio", "30 de junio y 2 de julio"])(
    "refuses %j: days not in a row go in their own rows",
    (texto) => {
      expect(motivo(texto)).toBe(
        `«${texto}» no son días seguidos: registre cada día en su propia fila, o escriba un rango con «al».`,
      );
    },
  );

  it("refuses days separated by commas only: it cannot tell a list from a slip", () => {
    expect(motivo("3, 4, 5 de junio")).toBe(
      "Escriba un solo día o un solo rango con «al», por ejemplo «7 de mayo» o «27 al 30 de mayo»; no varias fechas en la misma celda.",
    );
  });
});

describe("interpretarFecha: dates as Sheets shows them", () => {
  it.each([
    ["3-jun", r(f(2019, 6, 3))],
    ["3-jun.", r(f(2019, 6, 3))],
    ["3-Jun", r(f(2019, 6, 3))],
    ["3-jun-2019", r(f(2019, 6, 3))],
    ["03-jun-19", r(f(2019, 6, 3))],
    ["3/jun/2019", r(f(2019, 6, 3))],
    ["30-may al 2-jun", r(f(2019, 5, 30), f(2019, 6, 2))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });

  it("does not guess «jun-3», which Sheets also uses for a month and a year", () => {
    expect(motivo("jun-3")).toBe(
      "Falta el día en «jun-3»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    );
  });
});
