// Reading each date cell with its zone's offset at that date: exact for zones that changed their offset, cheap for those that did not.
import { describe, expect, it } from "vitest";
import { desfasesDeInstantes } from "../../../src/core/fechas/desfases";
import { fechaDeCeldaEnMs } from "../../../src/core/fechas/serial";

/** The offset (minutes) of an IANA zone at an instant, from the host's time zone database. */
function desfaseReal(zona: string, ms: number): number {
  const partes = new Intl.DateTimeFormat("en-US", {
    timeZone: zona,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(new Date(ms));
  const v = (t: string) => Number(partes.find((p) => p.type === t)?.value);
  const local = Date.UTC(v("year"), v("month") - 1, v("day"), v("hour"), v("minute"));
  return Math.round((local - Math.floor(ms / 60_000) * 60_000) / 60_000);
}

/** The instant a date cell holds: local midnight of that day in the zone. */
function medianoche(zona: string, anio: number, mes: number, dia: number): number {
  let ms = Date.UTC(anio, mes - 1, dia);
  for (let i = 0; i < 3; i++) ms = Date.UTC(anio, mes - 1, dia) - desfaseReal(zona, ms) * 60_000;
  return ms;
}

describe("desfasesDeInstantes", () => {
  it("Pacific/Apia (skipped 30 Dec 2011, −10 h to +14 h): old and new date cells read as their own day", () => {
    const zona = "Pacific/Apia";
    const dias = [
      [2010, 6, 15],
      [2011, 12, 29],
      [2011, 12, 31],
      [2012, 1, 2],
      [2019, 5, 7],
    ] as const;
    const instantes = dias.map(([a, m, d]) => medianoche(zona, a, m, d));
    const sondas: number[] = [];
    const desfaseEn = desfasesDeInstantes(instantes, (ms) => {
      sondas.push(ms);
      return desfaseReal(zona, ms);
    });
    const leidos = instantes.map((ms) => fechaDeCeldaEnMs(ms, desfaseEn(ms)));
    expect(leidos).toEqual(dias.map(([anio, mes, dia]) => ({ anio, mes, dia })));
    // Today's offset alone would have read 2010-06-15 as the 16th: the jump is what the probes found.
    const hoy = desfaseReal(zona, Date.UTC(2026, 11, 1));
    expect(fechaDeCeldaEnMs(instantes[0] ?? 0, hoy)).toEqual({ anio: 2010, mes: 6, dia: 16 });
    expect(sondas.length).toBeLessThan(12);
  });

  it("a zone that kept its rule costs two probes whatever the number of cells", () => {
    const zona = "America/New_York";
    const instantes = Array.from({ length: 5000 }, (_, i) =>
      medianoche(zona, 2000 + (i % 27), 1 + (i % 12), 1 + (i % 28)),
    );
    let sondas = 0;
    const desfaseEn = desfasesDeInstantes(instantes, (ms) => {
      sondas += 1;
      return desfaseReal(zona, ms);
    });
    for (const [i, ms] of instantes.entries()) {
      expect(fechaDeCeldaEnMs(ms, desfaseEn(ms))).toEqual({
        anio: 2000 + (i % 27),
        mes: 1 + (i % 12),
        dia: 1 + (i % 28),
      });
    }
    expect(sondas).toBe(2);
  });

  it("no date cells, no probe", () => {
    let sondas = 0;
    desfasesDeInstantes([], () => {
      sondas += 1;
      return 0;
    });
    expect(sondas).toBe(0);
  });
});
