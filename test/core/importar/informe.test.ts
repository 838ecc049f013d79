// Past reports read for import: the sample to the letter, and the mess real exports contain.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leerMuestra, rutaMuestra, rutaTextoDeMuestra } from "../../../playground/semilla";
import { fechaAIso } from "../../../src/core/fechas/calendario";
import { interpretarFecha } from "../../../src/core/fechas/lectura";
import { leerTextoDeInforme } from "../../../src/core/importar/documento";
import { type Correccion, interpretarInforme } from "../../../src/core/importar/informe";
import { rootDir } from "../../support/dist";

const TEXTO = readFileSync(rutaTextoDeMuestra(rootDir), "utf8");
const muestra = leerMuestra(rutaMuestra(rootDir));
const pareceFecha = (t: string) => interpretarFecha(t, { referencia: { anio: 2020, mes: 6, dia: 15 } }).ok;

function importar(texto: string, correcciones: Correccion[] = []) {
  const r = interpretarInforme(leerTextoDeInforme(texto, pareceFecha), "diaMes", correcciones);
  if (!r.ok) throw new Error(r.motivo);
  return r;
}

/** What the registry would get: text and ISO dates, for the rows that can be imported. */
function filas(texto: string) {
  return importar(texto).actividades.flatMap((a) =>
    a.valor
      ? [
          [
            a.valor.actividad,
            a.valor.entidad,
            a.valor.informacion,
            fechaAIso(a.valor.fecha),
            a.valor.fechaFin ? fechaAIso(a.valor.fechaFin) : null,
          ],
        ]
      : [],
  );
}

const ESPERADAS = muestra.actividades.map((a) => [
  a.actividad,
  a.entidad,
  a.informacion,
  a.fecha,
  a.fechaFin,
]);

describe("the sample report", () => {
  it("imports to exactly its 7 activities and 4 coordinations, text as written", () => {
    const r = importar(TEXTO);
    expect(r.titulo).toBe("Mayo 2019");
    expect(filas(TEXTO)).toEqual(ESPERADAS);
    expect(
      r.actividades.map((a) => [
        a.valor?.fecha && fechaAIso(a.valor.fecha),
        a.valor?.fechaFin && fechaAIso(a.valor.fechaFin),
      ]),
    ).toEqual([
      ["2019-05-07", null],
      ["2019-05-23", null],
      ["2019-05-27", "2019-05-30"],
      ["2019-05-30", "2019-05-31"],
      ["2019-05-28", null],
      ["2019-05-30", null],
      ["2019-05-31", null],
    ]);
    expect(r.coordinaciones.map((c) => c.texto)).toEqual(muestra.coordinaciones);
  });
});

/** The sample's table re-laid: each row on one line with tabs between its cells. */
function conTabuladores(texto: string): string {
  const [antes = "", resto = ""] = texto.split("\tActividad/Gestión");
  const [tabla = "", despues = ""] = resto.split("· Coordinaciones:");
  const grupos = `\tActividad/Gestión${tabla}`.split(/\n\s*\n/).map((g) =>
    g
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join("\t"),
  );
  return `${antes}${grupos.filter(Boolean).join("\n")}\n· Coordinaciones:${despues}`;
}

describe("what real exports contain", () => {
  it("tabs between cells, one row per line", () => {
    expect(filas(conTabuladores(TEXTO))).toEqual(ESPERADAS);
  });

  it("Windows line breaks, extra blank lines and trailing spaces", () => {
    const sucio = TEXTO.replace(/\n\n/g, "\n\n\n\n").replace(/\n/g, "  \r\n");
    expect(filas(sucio)).toEqual(ESPERADAS);
    expect(importar(sucio).coordinaciones).toHaveLength(4);
  });

  it("typos in the labels and other bullets; a coordination that starts with «Coordinaciones» stays one", () => {
    const otro = TEXTO.replace("\tActividad/Gestión", "\tActvidad/Gestion")
      .replace("\tInformación", "\tIntormacion")
      .replace("\tFecha\n", "\tFechas\n")
      .replace("· Coordinaciones:", "• Cordinaciones")
      .replace(/^· /gm, "- ");
    expect(filas(otro)).toEqual(ESPERADAS);
    const c = importar(otro).coordinaciones.map((x) => x.texto);
    expect(c).toEqual(muestra.coordinaciones);
    expect(c[1]?.startsWith("Coordinaciones logisticas")).toBe(true);
  });

  it("an Información of several lines stays one cell", () => {
    const texto = TEXTO.replace(
      "Lanzamiento de museo, archivos nacionales. 500 años",
      "Lanzamiento de museo, archivos nacionales.\n\t500 años",
    );
    expect(filas(texto)[1]?.[2]).toBe("Lanzamiento de museo, archivos nacionales.\n500 años");
  });

  it("a row whose date cannot be read is reported with the reason; the others are imported", () => {
    const texto = TEXTO.replace("\t23 May.", "\tPor confirmar");
    const r = importar(texto);
    expect(r.actividades.filter((a) => a.valor)).toHaveLength(6);
    const mala = r.actividades[1];
    expect(mala?.valor).toBeNull();
    expect(mala?.rango).toBeNull();
    expect(mala?.problemas[0]?.mensaje).toMatch(/^La Fecha «Por confirmar»: /);
    // Corrected in the preview, it is imported with the corrected date — never a guessed one.
    const corregido = importar(texto, [{ indice: 1, fecha: "24 de mayo" }]).actividades[1];
    expect(corregido?.valor && fechaAIso(corregido.valor.fecha)).toBe("2019-05-24");
  });

  it("a range starting in the previous month is taken; a date outside the report's month is not", () => {
    const texto = TEXTO.replace("\t7 May.", "\t29 de abril al 2 de mayo").replace(
      "\t23 May.",
      "\t3 de junio",
    );
    const r = importar(texto);
    expect(r.actividades[0]?.valor && fechaAIso(r.actividades[0].valor.fecha)).toBe("2019-04-29");
    expect(r.actividades[1]?.problemas[0]?.mensaje).toContain("fuera de mayo 2019");
  });

  it("text without a title month or a table is not a report", () => {
    expect(interpretarInforme(leerTextoDeInforme("hola\nmundo", pareceFecha), "diaMes")).toMatchObject({
      ok: false,
    });
    expect(
      interpretarInforme(leerTextoDeInforme(TEXTO.replace("Mayo 2019", "Informe"), pareceFecha), "diaMes"),
    ).toEqual({
      ok: false,
      motivo:
        "No se encontró el mes del informe: el texto debe tener su título, por ejemplo «Mayo 2019», antes de la tabla.",
    });
  });
});
