// Rows typed straight into the sheet: same rules as the form, typed Spanish dates read and reported.
import { describe, expect, it } from "vitest";
import {
  esFilaVaciaDeActividad,
  type FilaActividad,
  validarFilaActividad,
  validarFilaCoordinacion,
} from "../../../src/core/registro/filas";

const f = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });
const CONTEXTO = { ejes: ["Posicionamiento estratégico"], referencia: f(2019, 5, 15) };

const fila: FilaActividad = {
  fila: 12,
  actividad: "Foro de Diplomacia Cultural",
  entidad: "Cancillería de Panamá",
  informacion: "Intercambio de experiencias.",
  fecha: f(2019, 5, 27),
  fechaFin: "",
  eje: "",
};

function errores(r: ReturnType<typeof validarFilaActividad>) {
  return r.ok ? [] : r.errores;
}

describe("validarFilaActividad", () => {
  it("accepts a row with real date cells", () => {
    const r = validarFilaActividad({ ...fila, fechaFin: f(2019, 5, 30) }, CONTEXTO);
    expect(r).toMatchObject({
      ok: true,
      valor: { fecha: f(2019, 5, 27), fechaFin: f(2019, 5, 30) },
      fechasEscritas: [],
    });
  });

  it("reads a range typed in Fecha, fills Fecha fin and says how it read it", () => {
    const r = validarFilaActividad({ ...fila, fecha: "27 al 30 de May." }, CONTEXTO);
    expect(r).toEqual({
      ok: true,
      valor: expect.objectContaining({ fecha: f(2019, 5, 27), fechaFin: f(2019, 5, 30) }),
      fechasEscritas: [
        {
          campo: "fecha",
          texto: "27 al 30 de May.",
          rango: { inicio: f(2019, 5, 27), fin: f(2019, 5, 30) },
          anioDelContexto: true,
          ambigua: false,
        },
      ],
    });
  });

  it("reads a single day typed in Fecha and leaves Fecha fin empty", () => {
    const r = validarFilaActividad({ ...fila, fecha: "1° de junio" }, CONTEXTO);
    expect(r.ok && [r.valor.fecha, r.valor.fechaFin]).toEqual([f(2019, 6, 1), null]);
  });

  it("marks text it cannot read, naming the field, and keeps checking the rest", () => {
    const r = validarFilaActividad({ ...fila, fecha: "ayer", entidad: "" }, CONTEXTO);
    expect(errores(r)).toEqual([
      { campo: "entidad", mensaje: "Escriba la Entidad." },
      {
        campo: "fecha",
        mensaje:
          "La Fecha: No se reconoce «ayer» en una fecha. Escriba el día y el mes, por ejemplo «7 de mayo» o «27 al 30 de mayo».",
      },
    ]);
    expect(r.fechasEscritas).toEqual([]);
  });

  it("still reports the typed date it read when another field fails, so the edge can fill the dates", () => {
    const r = validarFilaActividad({ ...fila, fecha: "28 de mayo", actividad: "" }, CONTEXTO);
    expect(r.ok).toBe(false);
    expect(r.fechasEscritas.map((e) => e.rango)).toEqual([{ inicio: f(2019, 5, 28), fin: f(2019, 5, 28) }]);
  });

  it("refuses a typed range beside a different Fecha fin instead of choosing one", () => {
    const r = validarFilaActividad(
      { ...fila, fecha: "27 al 30 de mayo", fechaFin: f(2019, 5, 31) },
      CONTEXTO,
    );
    expect(errores(r)).toEqual([
      {
        campo: "fechaFin",
        mensaje:
          "La Fecha ya es un rango y no coincide con la Fecha fin: deje la Fecha fin vacía o escriba un solo día en Fecha.",
      },
    ]);
    expect(
      validarFilaActividad({ ...fila, fecha: "27 al 30 de mayo", fechaFin: f(2019, 5, 30) }, CONTEXTO).ok,
    ).toBe(true);
  });

  it("Fecha fin typed as text must be one day", () => {
    expect(validarFilaActividad({ ...fila, fechaFin: "30 de mayo" }, CONTEXTO).ok).toBe(true);
    expect(errores(validarFilaActividad({ ...fila, fechaFin: "29 al 30 de mayo" }, CONTEXTO))).toEqual([
      { campo: "fechaFin", mensaje: "La Fecha fin debe ser un solo día: escriba el rango en Fecha." },
    ]);
  });

  it("refuses a number or a checkbox in Fecha", () => {
    expect(errores(validarFilaActividad({ ...fila, fecha: 43592 }, CONTEXTO))).toEqual([
      {
        campo: "fecha",
        mensaje:
          "La Fecha debe ser una fecha, por ejemplo «7 de mayo» o «27 al 30 de mayo»; el número 43592 no lo es.",
      },
    ]);
    expect(errores(validarFilaActividad({ ...fila, fecha: true }, CONTEXTO))[0]?.campo).toBe("fecha");
  });

  it("applies the form's rules to the row: end before start, eje list, lengths", () => {
    expect(errores(validarFilaActividad({ ...fila, fechaFin: f(2019, 5, 20) }, CONTEXTO))).toEqual([
      { campo: "fechaFin", mensaje: "La fecha de fin no puede ser anterior a la fecha de inicio." },
    ]);
    expect(errores(validarFilaActividad({ ...fila, eje: "Otro" }, CONTEXTO))[0]?.campo).toBe("eje");
    expect(errores(validarFilaActividad({ ...fila, actividad: "Fo" }, CONTEXTO))[0]?.campo).toBe("actividad");
  });

  it("takes digits typed in a text column as the text the user typed", () => {
    const r = validarFilaActividad({ ...fila, entidad: 500 }, CONTEXTO);
    expect(r.ok && r.valor.entidad).toBe("500");
  });

  it("knows an empty row", () => {
    expect(
      esFilaVaciaDeActividad({
        fila: 3,
        actividad: "",
        entidad: " ",
        informacion: null,
        fecha: "",
        fechaFin: "",
        eje: "",
      }),
    ).toBe(true);
    expect(esFilaVaciaDeActividad(fila)).toBe(false);
  });
});

describe("validarFilaCoordinacion", () => {
  it("accepts a month cell (first day of the month) or a typed month", () => {
    for (const mes of [f(2019, 5, 1), f(2019, 5, 17), "mayo 2019", "2019-05"]) {
      expect(
        validarFilaCoordinacion({ fila: 2, mes, coordinacion: "Pago anual de membresías a Redes." }),
      ).toEqual({
        ok: true,
        valor: { mes: { anio: 2019, mes: 5 }, coordinacion: "Pago anual de membresías a Redes." },
      });
    }
  });

  it("says what is wrong with the month", () => {
    const r = validarFilaCoordinacion({ fila: 2, mes: "mayo", coordinacion: "Pago anual" });
    expect(r.ok ? [] : r.errores).toEqual([
      {
        campo: "mes",
        mensaje: "El Mes: Falta el año en «mayo»: escriba, por ejemplo «mayo 2019» o «2019-05».",
      },
    ]);
    const vacio = validarFilaCoordinacion({ fila: 2, mes: "", coordinacion: "Pago anual" });
    expect(vacio.ok ? [] : vacio.errores).toEqual([
      { campo: "mes", mensaje: "Elija el Mes de la coordinación." },
    ]);
    const numero = validarFilaCoordinacion({ fila: 2, mes: 5, coordinacion: "Pago anual" });
    expect(numero.ok ? [] : numero.errores).toEqual([
      { campo: "mes", mensaje: "El Mes debe ser un mes, por ejemplo «mayo 2019»; el número 5 no lo es." },
    ]);
  });
});
