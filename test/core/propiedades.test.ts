// Properties over many random inputs: formatting round-trips through the parser; nothing throws; no backwards range.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  compararFechas,
  diasDelMes,
  type FechaCalendario,
  fechaAIso,
  fechaDesdeIso,
  fechaDesdeNumeroDeDia,
  numeroDeDia,
  type RangoDeFechas,
  rangoTocaMes,
} from "../../src/core/fechas/calendario";
import { formatearRango } from "../../src/core/fechas/formato";
import { interpretarFecha, interpretarMes } from "../../src/core/fechas/lectura";
import { configuracionDesdePares, validarConfiguracion } from "../../src/core/registro/configuracion";
import { validarFilaActividad } from "../../src/core/registro/filas";
import { validarActividad, validarCoordinacion } from "../../src/core/registro/reglas";

const fecha: fc.Arbitrary<FechaCalendario> = fc
  .record({
    anio: fc.integer({ min: 2000, max: 2100 }),
    mes: fc.integer({ min: 1, max: 12 }),
    dia: fc.integer({ min: 1, max: 31 }),
  })
  .map(({ anio, mes, dia }) => ({ anio, mes, dia: Math.min(dia, diasDelMes(anio, mes)) }));

/** Ranges of any length within 2000–2100, with short ones (the common case) well represented. */
const rango: fc.Arbitrary<RangoDeFechas> = fc
  .tuple(fecha, fc.oneof(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40_000 })))
  .map(([inicio, dias]) => {
    const tope = numeroDeDia({ anio: 2100, mes: 12, dia: 31 });
    return { inicio, fin: fechaDesdeNumeroDeDia(Math.min(numeroDeDia(inicio) + dias, tope)) };
  });

/** Text that looks like dates, so the parser's deeper paths are exercised, mixed with anything at all. */
const textoDeFecha = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc
    .array(
      fc.constantFrom(
        "1",
        "7",
        "27",
        "30",
        "31",
        "29",
        "2019",
        "2020",
        "13",
        "00",
        "de",
        "del",
        "al",
        "y",
        "-",
        "/",
        ".",
        "°",
        "ro",
        "mayo",
        "May.",
        "dic",
        "ene",
        "febrero",
        "set",
        "primero",
        "ayer",
        " ",
        ",",
        "28/05/2019",
        "2019-05-28",
        "5/6",
      ),
      { maxLength: 10 },
    )
    .map((partes) => partes.join(" ")),
);

const contexto = fc.record({
  referencia: fc.record({
    anio: fc.integer({ min: 1990, max: 2110 }),
    mes: fc.integer({ min: 1, max: 12 }),
    dia: fc.integer({ min: 1, max: 31 }),
  }),
  orden: fc.option(fc.constantFrom("diaMes" as const, "mesDia" as const), { nil: undefined }),
});

describe("properties", () => {
  it("ISO text and day numbers round-trip for every date of 2000–2100", () => {
    fc.assert(
      fc.property(fecha, (f) => {
        expect(fechaDesdeIso(fechaAIso(f))).toEqual(f);
        expect(fechaDesdeNumeroDeDia(numeroDeDia(f))).toEqual(f);
      }),
    );
  });

  it("format with the year → parse gives the same range, whatever the context", () => {
    fc.assert(
      fc.property(rango, contexto, (r, ctx) => {
        const texto = formatearRango(r, { conAnio: true });
        expect(interpretarFecha(texto, ctx)).toEqual({
          ok: true,
          rango: r,
          anioDelContexto: false,
          ambigua: false,
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("the report's format (no year) → parse with the start as reference gives the same range", () => {
    fc.assert(
      fc.property(rango, (r) => {
        const resultado = interpretarFecha(formatearRango(r), { referencia: r.inicio });
        expect(resultado.ok && resultado.rango).toEqual(r);
      }),
      { numRuns: 2000 },
    );
  });

  it("a range is in the report of its first and last month", () => {
    fc.assert(
      fc.property(rango, (r) => {
        expect(rangoTocaMes(r, r.inicio)).toBe(true);
        expect(rangoTocaMes(r, r.fin)).toBe(true);
      }),
    );
  });

  it("the parser never throws and never returns an end before the start or a year out of range", () => {
    fc.assert(
      fc.property(textoDeFecha, contexto, (texto, ctx) => {
        const r = interpretarFecha(texto, ctx);
        if (r.ok) {
          expect(compararFechas(r.rango.inicio, r.rango.fin)).toBeLessThanOrEqual(0);
          expect(r.rango.inicio.anio).toBeGreaterThanOrEqual(2000);
          expect(r.rango.fin.anio).toBeLessThanOrEqual(2100);
        } else {
          expect(r.motivo.length).toBeGreaterThan(10);
        }
        interpretarMes(texto);
      }),
      { numRuns: 5000 },
    );
  });

  it("the validators never throw on arbitrary values and always explain a refusal", () => {
    const campos = fc.record(
      {
        actividad: fc.oneof(fc.string(), fc.anything()),
        entidad: fc.oneof(fc.string(), fc.anything()),
        informacion: fc.oneof(fc.string(), fc.anything()),
        fecha: fc.oneof(fecha.map(fechaAIso), fc.string(), fc.anything()),
        fechaFin: fc.oneof(fecha.map(fechaAIso), fc.string(), fc.anything()),
        eje: fc.oneof(fc.string(), fc.anything()),
        mes: fc.oneof(fc.string(), fc.anything()),
        coordinacion: fc.oneof(fc.string(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), campos), (entrada) => {
        for (const r of [
          validarActividad(entrada, { ejes: ["Eje"] }),
          validarCoordinacion(entrada),
          validarConfiguracion(entrada),
        ]) {
          if (!r.ok) {
            expect(r.errores.length).toBeGreaterThan(0);
            for (const e of r.errores) expect(e.mensaje).toMatch(/^[A-ZÉ«].{10,}/);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("an accepted activity never ends before it starts, nor spans more than 366 days", () => {
    fc.assert(
      fc.property(fecha, fecha, (a, b) => {
        const r = validarActividad(
          {
            actividad: "Reunión",
            entidad: "UCCI",
            informacion: "Texto",
            fecha: fechaAIso(a),
            fechaFin: fechaAIso(b),
          },
          { ejes: [] },
        );
        const fin = r.ok ? (r.valor.fechaFin ?? r.valor.fecha) : null;
        if (r.ok && fin) {
          expect(compararFechas(r.valor.fecha, fin)).toBeLessThanOrEqual(0);
          expect(numeroDeDia(fin) - numeroDeDia(r.valor.fecha)).toBeLessThan(366);
        }
        expect(r.ok).toBe(compararFechas(a, b) <= 0 && numeroDeDia(b) - numeroDeDia(a) < 366);
      }),
      { numRuns: 2000 },
    );
  });

  it("a row typed with any text never throws and never yields a backwards range", () => {
    fc.assert(
      fc.property(textoDeFecha, textoDeFecha, contexto, (fechaEscrita, finEscrito, ctx) => {
        const r = validarFilaActividad(
          {
            fila: 2,
            actividad: "Reunión",
            entidad: "UCCI",
            informacion: "Texto",
            fecha: fechaEscrita,
            fechaFin: finEscrito,
            eje: "",
          },
          { ...ctx, ejes: null },
        );
        if (r.ok && r.valor.fechaFin) expect(compararFechas(r.valor.fecha, r.valor.fechaFin)).toBeLessThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it("configuration read from arbitrary key/value rows never throws", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.anything(), fc.anything()), { maxLength: 10 }), (pares) => {
        const r = validarConfiguracion(configuracionDesdePares(pares));
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
});
