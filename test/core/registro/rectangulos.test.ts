// Edits' A1 notations read, and scattered cells grouped into the fewest rectangles to write.
import { describe, expect, it } from "vitest";
import { areaDeA1, rectangulosDeCeldas } from "../../../src/core/registro/rectangulos";

describe("areaDeA1", () => {
  it.each([
    ["D10", { filaDesde: 10, filaHasta: 10, columnaDesde: 4, columnaHasta: 4 }],
    ["A10:F12", { filaDesde: 10, filaHasta: 12, columnaDesde: 1, columnaHasta: 6 }],
    ["10:12", { filaDesde: 10, filaHasta: 12, columnaDesde: null, columnaHasta: null }],
    ["D:F", { filaDesde: null, filaHasta: null, columnaDesde: 4, columnaHasta: 6 }],
    ["A2:C", { filaDesde: 2, filaHasta: null, columnaDesde: 1, columnaHasta: 3 }],
    ["AA100", { filaDesde: 100, filaHasta: 100, columnaDesde: 27, columnaHasta: 27 }],
  ])("reads %s", (a1, area) => {
    expect(areaDeA1(a1)).toEqual(area);
  });

  it("refuses what is not a rectangle", () => {
    expect(areaDeA1("")).toBeNull();
    expect(areaDeA1("A1:B2:C3")).toBeNull();
    expect(areaDeA1("Hoja!A1")).toBeNull();
  });
});

describe("rectangulosDeCeldas", () => {
  it("joins a row's stamp cells into one rectangle and a column's consecutive rows into one", () => {
    expect(rectangulosDeCeldas([6, 7, 8].map((columna) => ({ fila: 3, columna })))).toEqual([
      { fila: 3, columna: 6, filas: 1, columnas: 3 },
    ]);
    const pegadas = Array.from({ length: 500 }, (_, fila) => [
      { fila, columna: 3 },
      { fila, columna: 4 },
    ]).flat();
    expect(rectangulosDeCeldas(pegadas)).toEqual([{ fila: 0, columna: 3, filas: 500, columnas: 2 }]);
  });

  it("never covers a cell that is not to be written", () => {
    const celdas = [
      { fila: 0, columna: 3 },
      { fila: 0, columna: 4 },
      { fila: 1, columna: 3 },
      { fila: 3, columna: 3 },
    ];
    const rectangulos = rectangulosDeCeldas(celdas);
    const cubiertas = rectangulos.flatMap((r) =>
      Array.from(
        { length: r.filas * r.columnas },
        (_, k) => `${r.fila + Math.floor(k / r.columnas)},${r.columna + (k % r.columnas)}`,
      ),
    );
    expect(cubiertas.sort()).toEqual(["0,3", "0,4", "1,3", "3,3"]);
  });
});
