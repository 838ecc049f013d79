// The month prefilter on raw date cells: rows surely in another month go, every doubtful one stays.
import { describe, expect, it } from "vitest";
import { lejosDelMes } from "../../../src/core/fechas/serial";

const PANAMA = -300;
/** A date cell as Sheets hands it in Panama: local midnight of that day, as an instant. */
const celda = (anio: number, mes: number, dia: number) => Date.UTC(anio, mes - 1, dia, 5);

describe("lejosDelMes", () => {
  const mayo = lejosDelMes({ anio: 2019, mes: 5 }, PANAMA);

  it("keeps every day of the month, its first and its last", () => {
    for (let dia = 1; dia <= 31; dia++) expect(mayo(celda(2019, 5, dia), null)).toBe(false);
  });

  it("leaves out days two or more away, on either side and in other years", () => {
    expect(mayo(celda(2019, 4, 29), null)).toBe(true);
    expect(mayo(celda(2019, 6, 2), null)).toBe(true);
    expect(mayo(celda(2018, 5, 15), null)).toBe(true);
  });

  it("keeps the days next to the month for the exact reading (the offset may be a few hours off)", () => {
    expect(mayo(celda(2019, 4, 30), null)).toBe(false);
    expect(mayo(celda(2019, 6, 1), null)).toBe(false);
    // A cell written where the zone was then 14 hours away (Apia, 2011) read with today's offset.
    const apia = lejosDelMes({ anio: 2019, mes: 5 }, 780);
    expect(apia(Date.UTC(2019, 4, 31, 10) - 14 * 3_600_000, null)).toBe(false);
  });

  it("keeps an activity of several days that runs into or across the month", () => {
    expect(mayo(celda(2019, 4, 20), celda(2019, 5, 2))).toBe(false);
    expect(mayo(celda(2019, 4, 1), celda(2019, 7, 1))).toBe(false);
    expect(mayo(celda(2019, 4, 1), celda(2019, 4, 10))).toBe(true);
  });

  it("keeps a reversed range (end before start) rather than decide it, so the check can name it", () => {
    expect(mayo(celda(2019, 5, 20), celda(2019, 3, 1))).toBe(false);
  });
});
