// Dates typed as text: every form the office writes is read, anything doubtful is refused with a reason.
import { describe, expect, it } from "vitest";
import { interpretarFecha, interpretarMes } from "../../../src/core/fechas/lectura";
import { el, f, JUNIO_2019, leer, motivo, r } from "./apoyo";

describe("interpretarFecha: the sample report's dates", () => {
  it.each([
    ["7 May.", r(f(2019, 5, 7))],
    ["23 May.", r(f(2019, 5, 23))],
    ["27 al 30 de May.", r(f(2019, 5, 27), f(2019, 5, 30))],
    ["30 al 31 de May.", r(f(2019, 5, 30), f(2019, 5, 31))],
    ["28 de mayo", r(f(2019, 5, 28))],
    ["30 de mayo", r(f(2019, 5, 30))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });

  it("says the year came from the context when the text has none", () => {
    expect(interpretarFecha("7 May.", JUNIO_2019)).toMatchObject({ ok: true, anioDelContexto: true });
    expect(interpretarFecha("7 de mayo de 2019", el(2030, 6, 15))).toMatchObject({
      ok: true,
      anioDelContexto: false,
    });
  });
});

describe("interpretarFecha: the forms staff use", () => {
  it.each([
    ["7 mayo", r(f(2019, 5, 7))],
    ["7 de MAYO", r(f(2019, 5, 7))],
    ["7 may", r(f(2019, 5, 7))],
    ["  7   de   mayo  ", r(f(2019, 5, 7))],
    ["mayo 28", r(f(2019, 5, 28))],
    ["Mayo 28, 2019", r(f(2019, 5, 28))],
    ["28 de mayo de 2019", r(f(2019, 5, 28))],
    ["28 mayo 2019", r(f(2019, 5, 28))],
    ["1° de junio", r(f(2019, 6, 1))],
    ["1º de junio", r(f(2019, 6, 1))],
    ["1.° de junio", r(f(2019, 6, 1))],
    ["1ro de junio", r(f(2019, 6, 1))],
    ["1er de junio", r(f(2019, 6, 1))],
    ["primero de junio", r(f(2019, 6, 1))],
    ["del 3 al 5 de junio", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["del 3 al 5 de jun.", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["desde el 3 hasta el 5 de junio", r(f(2019, 6, 3), f(2019, 6, 5))],
    ["27-30 de mayo", r(f(2019, 5, 27), f(2019, 5, 30))],
    ["27 – 30 de mayo", r(f(2019, 5, 27), f(2019, 5, 30))],
    ["30 de abril al 2 de mayo", r(f(2019, 4, 30), f(2019, 5, 2))],
    ["30 y 31 de mayo", r(f(2019, 5, 30), f(2019, 5, 31))],
    ["30 de abril y 1 de mayo", r(f(2019, 4, 30), f(2019, 5, 1))],
    ["28/05/2019", r(f(2019, 5, 28))],
    ["28.05.2019", r(f(2019, 5, 28))],
    ["28-05-2019", r(f(2019, 5, 28))],
    ["28/05/19", r(f(2019, 5, 28))],
    ["2019-05-28", r(f(2019, 5, 28))],
    ["28/05", r(f(2019, 5, 28))],
    ["28/05 al 30/05", r(f(2019, 5, 28), f(2019, 5, 30))],
    ["27 al 30 de mayo de 2019", r(f(2019, 5, 27), f(2019, 5, 30))],
    ["mayo 28 al 30", r(f(2019, 5, 28), f(2019, 5, 30))],
  ])("reads %j", (texto, esperado) => {
    expect(leer(texto)).toEqual(esperado);
  });

  it("reads every month name and abbreviation, with or without dot and accents", () => {
    const meses: [string, number][] = [
      ["ene", 1],
      ["enero", 1],
      ["feb.", 2],
      ["febrero", 2],
      ["mar", 3],
      ["marzo", 3],
      ["abr.", 4],
      ["abril", 4],
      ["may.", 5],
      ["jun", 6],
      ["jul.", 7],
      ["julio", 7],
      ["ago", 8],
      ["agosto", 8],
      ["sep", 9],
      ["sept.", 9],
      ["set", 9],
      ["setiembre", 9],
      ["septiembre", 9],
      ["oct.", 10],
      ["octubre", 10],
      ["nov", 11],
      ["noviembre", 11],
      ["dic.", 12],
      ["DICIEMBRE", 12],
    ];
    for (const [palabra, mes] of meses) expect(leer(`3 de ${palabra}`)).toEqual(r(f(2019, mes, 3)));
  });

  it("skips filler words and quotes an unknown word as it was typed", () => {
    expect(leer("los días 27 al 30 de mayo")).toEqual(r(f(2019, 5, 27), f(2019, 5, 30)));
    expect(motivo("Reunión 4 de mayo")).toContain("«Reunión»");
  });

  it("reads day-first numbers (Panama): 5/6 is 5 de junio", () => {
    expect(leer("5/6")).toEqual(r(f(2019, 6, 5)));
  });
});

describe("interpretarFecha: New Year", () => {
  it("a range from December to January crosses New Year; from mid-June 2019 the nearest is December 2018 (rule 1 changes the old answer, December 2019)", () => {
    expect(leer("30 de diciembre al 2 de enero")).toEqual(r(f(2018, 12, 30), f(2019, 1, 2)));
  });

  it("registered in January 2020 or in December 2019, it is December 2019 to January 2020", () => {
    expect(leer("30 de diciembre al 2 de enero", el(2020, 1, 15))).toEqual(r(f(2019, 12, 30), f(2020, 1, 2)));
    expect(leer("30 de diciembre al 2 de enero", el(2019, 12, 15))).toEqual(
      r(f(2019, 12, 30), f(2020, 1, 2)),
    );
  });

  it("one written year fixes the other, whatever the reference", () => {
    expect(leer("30 de diciembre al 2 de enero de 2020", el(2030, 6, 15))).toEqual(
      r(f(2019, 12, 30), f(2020, 1, 2)),
    );
    expect(leer("30 de diciembre de 2019 al 2 de enero", el(2030, 6, 15))).toEqual(
      r(f(2019, 12, 30), f(2020, 1, 2)),
    );
    expect(leer("30 de diciembre de 2019 al 2 de enero de 2020")).toEqual(r(f(2019, 12, 30), f(2020, 1, 2)));
  });

  it("does not cross years for a long backwards range: that is a typo, not a guess", () => {
    expect(motivo("30 de mayo al 2 de abril")).toBe(
      "La fecha de fin (2 de abril de 2019) no puede ser anterior a la fecha de inicio (30 de mayo de 2019). Si el rango cruza de año, escriba los dos años.",
    );
  });
});

describe("interpretarFecha: refusals with reasons", () => {
  it.each([
    ["", "Escriba una fecha, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    ["   ", "Escriba una fecha, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    [
      "ayer",
      "No se reconoce «ayer» en una fecha. Escriba el día y el mes, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    ],
    ["mayo", "Falta el día en «mayo»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    ["mayo 2019", "Falta el día en «mayo 2019»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    ["2019", "Falta el día y el mes en «2019»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    ["27 al 30", "Falta el mes en «27 al 30»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    ["31 de febrero", "El 31 de febrero de 2019 no existe: febrero de 2019 tiene 28 días."],
    ["31 de abril", "El 31 de abril de 2019 no existe: abril de 2019 tiene 30 días."],
    ["32 de mayo", "El día 32 no existe. Revise la fecha."],
    ["28/13/2019", "El mes 13 no existe. Escriba la fecha como día/mes/año, por ejemplo 28/05/2019."],
    ["02/30/2019", "El mes 30 no existe. Escriba la fecha como día/mes/año, por ejemplo 28/05/2019."],
    ["28/05/1999", "El año 1999 está fuera de lo permitido: use un año entre 2000 y 2100."],
    ["7 de mayo de 2101", "El año 2101 está fuera de lo permitido: use un año entre 2000 y 2100."],
    [
      "30 al 27 de mayo",
      "La fecha de fin (27 de mayo de 2019) no puede ser anterior a la fecha de inicio (30 de mayo de 2019). Si el rango cruza de año, escriba los dos años.",
    ],
    [
      "30 de mayo de 2019 al 2 de mayo de 2019",
      "La fecha de fin (2 de mayo de 2019) no puede ser anterior a la fecha de inicio (30 de mayo de 2019).",
    ],
    [
      "5 y 7 de mayo",
      "«5 y 7 de mayo» no son días seguidos: registre cada día en su propia fila, o escriba un rango con «al».",
    ],
    [
      "1 al 3 y 5 de mayo",
      "Escriba un solo día o un solo rango con «al», por ejemplo «7 de mayo» o «27 al 30 de mayo»; no varias fechas en la misma celda.",
    ],
    [
      "al 30 de mayo",
      "Falta la fecha de inicio en «al 30 de mayo»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    ],
    ["27 al", "Falta la fecha de fin en «27 al»: escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo»."],
    [
      "7 de mayo ?",
      "No se reconoce el carácter «?» en una fecha. Escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    ],
    ["123456 de mayo", "No se reconoce el número «123456» como día ni como año."],
    [
      "28 28 mayo",
      "No se entiende la fecha «28 28 mayo». Escriba, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
    ],
  ])("refuses %j", (texto, esperado) => {
    expect(motivo(texto)).toBe(esperado);
  });

  it("a leap day exists in a leap year", () => {
    expect(leer("29 de febrero", el(2020, 6, 15))).toEqual(r(f(2020, 2, 29)));
  });

  it("asks for the year when the reference is not a day", () => {
    expect(motivo("7 de mayo", el(Number.NaN, 6, 15))).toBe(
      "Falta el año: escriba, por ejemplo, «7 de mayo de 2019».",
    );
  });

  it("refuses non-text and very long text without throwing", () => {
    expect(interpretarFecha(43592, JUNIO_2019).ok).toBe(false);
    expect(interpretarFecha(null, JUNIO_2019).ok).toBe(false);
    expect(motivo("7 de mayo ".repeat(20))).toContain("demasiado largo");
  });
});

describe("interpretarMes", () => {
  it.each([
    ["2019-05", { anio: 2019, mes: 5 }],
    ["mayo 2019", { anio: 2019, mes: 5 }],
    ["Mayo de 2019", { anio: 2019, mes: 5 }],
    ["may. 2019", { anio: 2019, mes: 5 }],
    ["05/2019", { anio: 2019, mes: 5 }],
    ["jun-2019", { anio: 2019, mes: 6 }],
    ["jun. 2019", { anio: 2019, mes: 6 }],
    ["junio/2019", { anio: 2019, mes: 6 }],
    ["Junio / 2019", { anio: 2019, mes: 6 }],
  ])("reads %j", (texto, mes) => {
    expect(interpretarMes(texto)).toEqual({ ok: true, mes });
  });

  it.each([
    ["mayo", "Falta el año en «mayo»: escriba, por ejemplo «mayo 2019» o «2019-05»."],
    ["2019-13", "El mes 13 no existe. Escriba, por ejemplo «mayo 2019» o «2019-05»."],
    ["1999-05", "El año 1999 está fuera de lo permitido: use un año entre 2000 y 2100."],
    ["ayer", "No se entiende el mes «ayer». Escriba, por ejemplo «mayo 2019» o «2019-05»."],
    ["", "Escriba el mes, por ejemplo «mayo 2019» o «2019-05»."],
  ])("refuses %j", (texto, esperado) => {
    expect(interpretarMes(texto)).toEqual({ ok: false, motivo: esperado });
  });
});
