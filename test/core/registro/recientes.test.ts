// The sidebar's list entries (whatever their month, grouped by it), the activities it compares a new one with, the entities.
import { describe, expect, it } from "vitest";
import { buscarDuplicado, claveDeDuplicado } from "../../../src/core/registro/duplicados";
import {
  actividadConocida,
  agruparPorMes,
  conEntradaNueva,
  ENTRADAS_RECIENTES,
  entidadesUnicas,
  entradaDeActividad,
  entradaDeCoordinacion,
  recientesDeActividades,
} from "../../../src/core/registro/recientes";

const d = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

describe("entradaDeActividad", () => {
  it("shows the entity and the dates as the report says them, under the month of its Fecha", () => {
    expect(
      entradaDeActividad(12, {
        actividad: "Día de Europa",
        entidad: "Unión Europea",
        fecha: d(2019, 6, 3),
        fechaFin: d(2019, 6, 5),
      }),
    ).toEqual({
      tipo: "actividad",
      fila: 12,
      titulo: "Día de Europa",
      detalle: "Unión Europea · 3 al 5 de junio",
      mes: "junio 2019",
    });
  });

  it("a range across months is listed under the month it starts in", () => {
    const desdeMayo = { actividad: "Feria", entidad: "JICA", fecha: d(2019, 5, 30), fechaFin: d(2019, 6, 2) };
    expect(entradaDeActividad(3, desdeMayo)).toMatchObject({
      detalle: "JICA · 30 de mayo al 2 de junio",
      mes: "mayo 2019",
    });
  });

  it("without an entity shows the dates alone", () => {
    const e = entradaDeActividad(4, {
      actividad: "A mano",
      entidad: "",
      fecha: d(2019, 6, 7),
      fechaFin: null,
    });
    expect(e.detalle).toBe("7 de junio");
  });
});

describe("entradaDeCoordinacion", () => {
  it("is listed under its own month", () => {
    expect(entradaDeCoordinacion(5, "Pago de membresías", { anio: 2019, mes: 5 })).toEqual({
      tipo: "coordinacion",
      fila: 5,
      titulo: "Pago de membresías",
      detalle: "mayo 2019",
      mes: "mayo 2019",
    });
  });
});

describe("the latest entries, whatever their month", () => {
  it("early in June the May rows just typed are listed, newest first, grouped by month", () => {
    const filas = [
      {
        fila: 2,
        actividad: "Abril",
        entidad: "A",
        informacion: "",
        fecha: d(2019, 4, 30),
        fechaFin: "",
        eje: "",
      },
      {
        fila: 3,
        actividad: "Junio",
        entidad: "B",
        informacion: "",
        fecha: d(2019, 6, 1),
        fechaFin: "",
        eje: "",
      },
      {
        fila: 4,
        actividad: "Mayo",
        entidad: "C",
        informacion: "",
        fecha: d(2019, 5, 31),
        fechaFin: "",
        eje: "",
      },
      { fila: 5, actividad: "", entidad: "", informacion: "", fecha: "", fechaFin: "", eje: "" },
    ];
    const entradas = recientesDeActividades(filas);
    expect(entradas.map((e) => e.fila)).toEqual([4, 3, 2]);
    expect(agruparPorMes(entradas).map((g) => [g.mes, g.entradas.map((e) => e.titulo)])).toEqual([
      ["mayo 2019", ["Mayo"]],
      ["junio 2019", ["Junio"]],
      ["abril 2019", ["Abril"]],
    ]);
  });

  it("a month's entries stay together even when rows of two months alternate", () => {
    const e = (fila: number, mes: string) => ({
      tipo: "actividad" as const,
      fila,
      titulo: "",
      detalle: "",
      mes,
    });
    const grupos = agruparPorMes([e(9, "junio 2019"), e(8, "mayo 2019"), e(7, "junio 2019")]);
    expect(grupos.map((g) => [g.mes, g.entradas.map((x) => x.fila)])).toEqual([
      ["junio 2019", [9, 7]],
      ["mayo 2019", [8]],
    ]);
  });
});

describe("conEntradaNueva", () => {
  const lista = Array.from({ length: ENTRADAS_RECIENTES }, (_, i) => ({
    tipo: "actividad" as const,
    fila: i + 2,
    titulo: `A${i}`,
    detalle: "",
    mes: "junio 2019",
  }));

  it("puts the new entry first and keeps the list's length", () => {
    const nueva = { tipo: "actividad" as const, fila: 99, titulo: "Nueva", detalle: "", mes: "mayo 2019" };
    const r = conEntradaNueva(lista, nueva);
    expect(r[0]).toBe(nueva);
    expect(r).toHaveLength(ENTRADAS_RECIENTES);
    expect(r.at(-1)?.titulo).toBe(`A${ENTRADAS_RECIENTES - 2}`);
  });
});

describe("activities carried by the page", () => {
  it("survive the trip as JSON as a short key and find the duplicate with its row", () => {
    const conocida = actividadConocida(8, {
      actividad: "Recepción",
      entidad: "Unión Europea",
      fecha: d(2019, 6, 3),
    });
    const ida = JSON.parse(JSON.stringify([conocida]));
    const aviso = buscarDuplicado(
      { actividad: "recepcion", entidad: "UNION  europea", fecha: d(2019, 6, 3) },
      ida,
    );
    expect(aviso?.fila).toBe(8);
    expect(JSON.stringify(conocida).length).toBeLessThan(50);
  });

  it("another day or another text is not a duplicate", () => {
    const base = { actividad: "Recepción", entidad: "Unión Europea", fecha: d(2019, 6, 3) };
    expect(claveDeDuplicado(base)).not.toBe(claveDeDuplicado({ ...base, fecha: d(2019, 6, 4) }));
    expect(claveDeDuplicado(base)).not.toBe(claveDeDuplicado({ ...base, entidad: "Unión Africana" }));
    // The joining character keeps "ab"+"c" apart from "a"+"bc".
    expect(claveDeDuplicado({ ...base, actividad: "ab", entidad: "c" })).not.toBe(
      claveDeDuplicado({ ...base, actividad: "a", entidad: "bc" }),
    );
  });
});

describe("entidadesUnicas", () => {
  it("offers the most recently used first when it must leave some out, one spelling each", () => {
    const viejas = Array.from({ length: 2000 }, (_, i) => `Entidad antigua ${i}`);
    const valores = [...viejas, "Unión Europea", "union  europea", "JICA"];
    const r = entidadesUnicas(valores);
    expect(r).toContain("JICA");
    expect(r.filter((e) => /uni[oó]n\s+europea/i.test(e))).toEqual(["union europea"]);
    expect(r).toContain("Entidad antigua 1999");
    expect(r).not.toContain("Entidad antigua 0");
    expect(r.length).toBeLessThanOrEqual(500);
    expect([...r].sort((a, b) => a.localeCompare(b, "es"))).toEqual(r);
  });
});
