// Spanish dates as the report prints them.
import { describe, expect, it } from "vitest";
import { formatearFecha, formatearMes, formatearRango, tituloDeMes } from "../../../src/core/fechas/formato";

const f = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

describe("formatearRango", () => {
  it("writes one day as '7 de mayo'", () => {
    expect(formatearRango({ inicio: f(2019, 5, 7), fin: f(2019, 5, 7) })).toBe("7 de mayo");
    expect(formatearFecha(f(2019, 6, 1))).toBe("1 de junio");
  });

  it("writes a range within a month as '27 al 30 de mayo'", () => {
    expect(formatearRango({ inicio: f(2019, 5, 27), fin: f(2019, 5, 30) })).toBe("27 al 30 de mayo");
  });

  it("writes a range across months as '30 de abril al 2 de mayo'", () => {
    expect(formatearRango({ inicio: f(2019, 4, 30), fin: f(2019, 5, 2) })).toBe("30 de abril al 2 de mayo");
  });

  it("always shows both years when the range crosses years", () => {
    expect(formatearRango({ inicio: f(2019, 12, 30), fin: f(2020, 1, 2) })).toBe(
      "30 de diciembre de 2019 al 2 de enero de 2020",
    );
  });

  it("adds the year once at the end when asked to", () => {
    const conAnio = { conAnio: true };
    expect(formatearRango({ inicio: f(2019, 5, 7), fin: f(2019, 5, 7) }, conAnio)).toBe("7 de mayo de 2019");
    expect(formatearRango({ inicio: f(2019, 5, 27), fin: f(2019, 5, 30) }, conAnio)).toBe(
      "27 al 30 de mayo de 2019",
    );
    expect(formatearRango({ inicio: f(2019, 4, 30), fin: f(2019, 5, 2) }, conAnio)).toBe(
      "30 de abril al 2 de mayo de 2019",
    );
  });
});

describe("months", () => {
  it("titles the report 'Mayo 2019' and shows a month as 'mayo 2019'", () => {
    expect(tituloDeMes({ anio: 2019, mes: 5 })).toBe("Mayo 2019");
    expect(formatearMes({ anio: 2019, mes: 5 })).toBe("mayo 2019");
    expect(tituloDeMes({ anio: 2020, mes: 9 })).toBe("Septiembre 2020");
  });
});
