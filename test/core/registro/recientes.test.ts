// The sidebar's list entries and the activities it compares a new one with.
import { describe, expect, it } from "vitest";
import { buscarDuplicado } from "../../../src/core/registro/duplicados";
import {
  actividadConocida,
  comparablesConocidas,
  conEntradaNueva,
  ENTRADAS_RECIENTES,
  entradaDeActividad,
  entradaDeCoordinacion,
} from "../../../src/core/registro/recientes";

const JUNIO = { anio: 2019, mes: 6 };
const d = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

describe("entradaDeActividad", () => {
  it("shows the entity and the dates as the report says them", () => {
    expect(
      entradaDeActividad(
        12,
        {
          actividad: "Día de Europa",
          entidad: "Unión Europea",
          fecha: d(2019, 6, 3),
          fechaFin: d(2019, 6, 5),
        },
        JUNIO,
      ),
    ).toEqual({
      tipo: "actividad",
      fila: 12,
      titulo: "Día de Europa",
      detalle: "Unión Europea · 3 al 5 de junio",
    });
  });

  it("lists a range that started last month, and nothing of another month", () => {
    const desdeMayo = { actividad: "Feria", entidad: "JICA", fecha: d(2019, 5, 30), fechaFin: d(2019, 6, 2) };
    expect(entradaDeActividad(3, desdeMayo, JUNIO)?.detalle).toBe("JICA · 30 de mayo al 2 de junio");
    expect(entradaDeActividad(3, { ...desdeMayo, fechaFin: null }, JUNIO)).toBeNull();
  });

  it("without an entity shows the dates alone", () => {
    const e = entradaDeActividad(
      4,
      { actividad: "A mano", entidad: "", fecha: d(2019, 6, 7), fechaFin: null },
      JUNIO,
    );
    expect(e?.detalle).toBe("7 de junio");
  });
});

describe("entradaDeCoordinacion", () => {
  it("only for the month listed", () => {
    expect(entradaDeCoordinacion(5, "Pago de membresías", JUNIO, JUNIO)).toEqual({
      tipo: "coordinacion",
      fila: 5,
      titulo: "Pago de membresías",
      detalle: "junio 2019",
    });
    expect(entradaDeCoordinacion(5, "Pago de membresías", { anio: 2019, mes: 5 }, JUNIO)).toBeNull();
  });
});

describe("conEntradaNueva", () => {
  const lista = Array.from({ length: ENTRADAS_RECIENTES }, (_, i) => ({
    tipo: "actividad" as const,
    fila: i + 2,
    titulo: `A${i}`,
    detalle: "",
  }));

  it("puts the new entry first and keeps the list's length", () => {
    const nueva = { tipo: "actividad" as const, fila: 99, titulo: "Nueva", detalle: "" };
    const r = conEntradaNueva(lista, nueva);
    expect(r[0]).toBe(nueva);
    expect(r).toHaveLength(ENTRADAS_RECIENTES);
    expect(r.at(-1)?.titulo).toBe(`A${ENTRADAS_RECIENTES - 2}`);
  });

  it("an entry of another month (null) leaves the list as it was", () => {
    expect(conEntradaNueva(lista, null)).toEqual(lista);
  });
});

describe("activities carried by the page", () => {
  it("survive the trip as JSON and find the duplicate with its row", () => {
    const conocida = actividadConocida(8, {
      actividad: "Recepción",
      entidad: "Unión Europea",
      fecha: d(2019, 6, 3),
    });
    const ida = JSON.parse(JSON.stringify([conocida]));
    const aviso = buscarDuplicado(
      { actividad: "recepcion", entidad: "UNION  europea", fecha: d(2019, 6, 3) },
      comparablesConocidas(ida),
    );
    expect(aviso?.fila).toBe(8);
  });

  it("an unreadable date is dropped, not guessed", () => {
    expect(comparablesConocidas([{ fila: 2, actividad: "x", entidad: "y", fecha: "2019-02-30" }])).toEqual(
      [],
    );
  });
});
