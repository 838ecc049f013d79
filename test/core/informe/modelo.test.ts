// The monthly report model, with the golden test against the office's real May 2019 report.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rutaMuestra } from "../../../playground/semilla";
import { type FechaCalendario, fechaDesdeIso } from "../../../src/core/fechas/calendario";
import { interpretarFecha } from "../../../src/core/fechas/lectura";
import { construirInforme, pieDelInforme } from "../../../src/core/informe/modelo";
import { configuracionDesdePares, validarConfiguracion } from "../../../src/core/registro/configuracion";
import type { FilaActividad, FilaCoordinacion } from "../../../src/core/registro/filas";
import { CONFIGURACION_INICIAL } from "../../../src/core/registro/hojas";

interface ActividadDeMuestra {
  actividad: string;
  entidad: string;
  informacion: string;
  fecha: string;
  fechaFin: string | null;
  fechaEscrita: string;
}

const muestra = JSON.parse(
  // The office's sample, or the copy that ships with the project when ../shared is not beside it.
  readFileSync(rutaMuestra(resolve(__dirname, "../../..")), "utf8"),
) as {
  mes: string;
  titulo: string;
  encabezado: { oficina: string; telefonos: string; sitioWeb: string; ejesDeTrabajo: string[] };
  columnas: string[];
  actividades: ActividadDeMuestra[];
  coordinaciones: string[];
};

function iso(texto: string): FechaCalendario {
  const fecha = fechaDesdeIso(texto);
  if (!fecha) throw new Error(`fecha de muestra inválida: ${texto}`);
  return fecha;
}

const configuracionValida = validarConfiguracion(configuracionDesdePares(CONFIGURACION_INICIAL));
if (!configuracionValida.ok) throw new Error("la configuración inicial no es válida");
const configuracion = configuracionValida.valor;

/** The sample's activities as registry rows 2..8, in the file's order, registered one minute apart. */
const filasDeMuestra: FilaActividad[] = muestra.actividades.map((a, i) => ({
  fila: i + 2,
  actividad: a.actividad,
  entidad: a.entidad,
  informacion: a.informacion,
  fecha: iso(a.fecha),
  fechaFin: a.fechaFin === null ? "" : iso(a.fechaFin),
  eje: "",
  registradoEl: Date.UTC(2019, 5, 3, 10, i),
}));

const coordinacionesDeMuestra: FilaCoordinacion[] = muestra.coordinaciones.map((c, i) => ({
  fila: i + 2,
  mes: { anio: 2019, mes: 5, dia: 1 },
  coordinacion: c,
}));

const f = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

function actividad(
  fila: number,
  fecha: FilaActividad["fecha"],
  extra: Partial<FilaActividad> = {},
): FilaActividad {
  return {
    fila,
    actividad: `Actividad ${fila}`,
    entidad: "Despacho superior",
    informacion: `Información de la fila ${fila}`,
    fecha,
    fechaFin: "",
    eje: "",
    ...extra,
  };
}

function informe(actividades: FilaActividad[], coordinaciones: FilaCoordinacion[] = [], mes = "2019-05") {
  return construirInforme({ actividades, coordinaciones, configuracion, mes });
}

describe("golden: the May 2019 report", () => {
  const modelo = construirInforme({
    actividades: filasDeMuestra,
    coordinaciones: coordinacionesDeMuestra,
    configuracion,
    mes: "2019-05",
  });

  it("has the sample's month, title, header and columns", () => {
    expect(modelo.mes).toBe(muestra.mes);
    expect(modelo.titulo).toBe("Mayo 2019");
    expect(modelo.titulo).toBe(muestra.titulo);
    expect(modelo.encabezado).toEqual(muestra.encabezado);
    expect(modelo.columnas).toEqual(muestra.columnas);
  });

  it("has the sample's activities sorted by date, text exactly as written, dates in our format", () => {
    expect(modelo.filas.map((r) => [r.fila, r.fecha])).toEqual([
      [2, "7 de mayo"],
      [3, "23 de mayo"],
      [4, "27 al 30 de mayo"],
      [6, "28 de mayo"],
      [7, "30 de mayo"],
      [5, "30 al 31 de mayo"],
      [8, "31 de mayo"],
    ]);
    for (const r of modelo.filas) {
      const original = muestra.actividades[r.fila - 2];
      expect(original).toBeDefined();
      expect([r.actividad, r.entidad, r.informacion]).toEqual([
        original?.actividad,
        original?.entidad,
        original?.informacion,
      ]);
      expect(r.rango.inicio).toEqual(iso(original?.fecha ?? ""));
    }
  });

  it("has the sample's four coordinations in order, and counts", () => {
    expect(modelo.coordinaciones).toEqual(muestra.coordinaciones);
    expect(modelo.conteos).toEqual({ actividades: 7, coordinaciones: 4, omitidas: 0 });
    expect(modelo.omitidas).toEqual([]);
  });

  it("reads every date the sample writes as the dates the sample means", () => {
    for (const a of muestra.actividades) {
      const r = interpretarFecha(a.fechaEscrita, { referencia: { anio: 2019, mes: 5, dia: 15 } });
      expect(r.ok, a.fechaEscrita).toBe(true);
      if (!r.ok) continue;
      expect(r.rango).toEqual({ inicio: iso(a.fecha), fin: iso(a.fechaFin ?? a.fecha) });
    }
  });

  it("leaves out dates still typed as text (the report takes real dates only) and says how to convert them", () => {
    const escritas = filasDeMuestra.map((fila, i) => ({
      ...fila,
      fecha: muestra.actividades[i]?.fechaEscrita ?? "",
      fechaFin: "",
    }));
    const desdeTexto = construirInforme({
      actividades: escritas,
      coordinaciones: coordinacionesDeMuestra,
      configuracion,
      mes: "2019-05",
    });
    expect(desdeTexto.filas).toEqual([]);
    expect(desdeTexto.omitidas.map((o) => [o.fila, o.campo])).toEqual(escritas.map((e) => [e.fila, "fecha"]));
    expect(desdeTexto.omitidas[0]?.mensaje).toBe(
      `La Fecha «${muestra.actividades[0]?.fechaEscrita}» está escrita como texto y el informe solo toma fechas guardadas como fecha: use «Validar registros» en el menú Informe mensual para convertirla (la nota de la celda dirá cómo se leyó).`,
    );
  });

  it("never lends its own year to a text date: a yearless June row is left out of every June", () => {
    const junio = [
      actividad(2, f(2019, 6, 1)),
      { ...actividad(3, f(2019, 6, 1)), fecha: "27 al 30 de junio" },
    ];
    for (const mes of ["2018-06", "2019-06", "2020-06"]) {
      const r = informe(junio, [], mes);
      expect(r.filas.map((x) => x.fila)).toEqual(mes === "2019-06" ? [2] : []);
      expect(r.omitidas.map((o) => o.fila)).toEqual([3]);
    }
    // Not listed in a month it cannot touch.
    expect(informe(junio, [], "2019-05").omitidas).toEqual([]);
  });

  it("a text date of a row with Registrado el is listed only in the month it reads as, near that day", () => {
    const fila = {
      ...actividad(3, f(2019, 6, 1)),
      fecha: "27 al 30 de junio",
      registradoElDia: f(2020, 7, 2),
    };
    expect(informe([fila], [], "2020-06").omitidas.map((o) => o.fila)).toEqual([3]);
    expect(informe([fila], [], "2019-06").omitidas).toEqual([]);
  });
});

describe("construirInforme: which activities belong to the month", () => {
  it("an activity belongs to every month its range touches", () => {
    const filas = [
      actividad(2, f(2019, 4, 30), { fechaFin: f(2019, 5, 2) }),
      actividad(3, f(2019, 5, 31), { fechaFin: f(2019, 6, 1) }),
      actividad(4, f(2019, 4, 10)),
      actividad(5, f(2019, 6, 10)),
      actividad(6, f(2018, 5, 10)),
    ];
    expect(informe(filas, [], "2019-04").filas.map((r) => r.fila)).toEqual([4, 2]);
    expect(informe(filas, [], "2019-05").filas.map((r) => [r.fila, r.fecha])).toEqual([
      [2, "30 de abril al 2 de mayo"],
      [3, "31 de mayo al 1 de junio"],
    ]);
    expect(informe(filas, [], "2019-06").filas.map((r) => r.fila)).toEqual([3, 5]);
  });

  it("a range across New Year shows both years, in both months' reports", () => {
    const filas = [actividad(2, f(2019, 12, 30), { fechaFin: f(2020, 1, 2) })];
    expect(informe(filas, [], "2019-12").filas[0]?.fecha).toBe(
      "30 de diciembre de 2019 al 2 de enero de 2020",
    );
    expect(informe(filas, [], "2020-01").filas[0]?.fecha).toBe(
      "30 de diciembre de 2019 al 2 de enero de 2020",
    );
  });

  it("sorts by Fecha, then Fecha fin, then registration time (unregistered last), then row", () => {
    const filas = [
      actividad(2, f(2019, 5, 10), { registradoEl: 300 }),
      actividad(3, f(2019, 5, 10), { registradoEl: 100 }),
      actividad(4, f(2019, 5, 10)),
      actividad(5, f(2019, 5, 10), { fechaFin: f(2019, 5, 11), registradoEl: 1 }),
      actividad(6, f(2019, 5, 9), { registradoEl: 999 }),
      actividad(7, f(2019, 5, 10)),
      actividad(8, f(2019, 5, 10), { registradoEl: 100 }),
    ];
    expect(informe(filas).filas.map((r) => r.fila)).toEqual([6, 3, 8, 2, 4, 7, 5]);
  });

  it("ignores empty rows", () => {
    const vacia = { fila: 9, actividad: "", entidad: "", informacion: "", fecha: "", fechaFin: "", eje: "" };
    expect(informe([actividad(2, f(2019, 5, 10)), vacia]).conteos).toEqual({
      actividades: 1,
      coordinaciones: 0,
      omitidas: 0,
    });
  });

  it("does not check the eje: renaming an eje must not drop past activities", () => {
    expect(informe([actividad(2, f(2019, 5, 10), { eje: "Eje que ya no existe" })]).filas).toHaveLength(1);
  });
});

describe("construirInforme: rows left out", () => {
  it("lists invalid rows of the month with row, field and message, and counts rows", () => {
    const modelo = informe([
      actividad(2, f(2019, 5, 10), { actividad: "", entidad: "X" }),
      actividad(3, f(2019, 5, 12)),
      actividad(4, f(2019, 5, 20), { fechaFin: f(2019, 5, 18) }),
    ]);
    expect(modelo.filas.map((r) => r.fila)).toEqual([3]);
    expect(modelo.conteos).toEqual({ actividades: 1, coordinaciones: 0, omitidas: 2 });
    expect(modelo.omitidas).toEqual([
      {
        hoja: "Actividades",
        fila: 2,
        campo: "actividad",
        columna: "Actividad/Gestión",
        mensaje: "Escriba la Actividad/Gestión.",
      },
      {
        hoja: "Actividades",
        fila: 2,
        campo: "entidad",
        columna: "Entidad",
        mensaje: "La Entidad es muy corta: escriba al menos 2 caracteres.",
      },
      {
        hoja: "Actividades",
        fila: 4,
        campo: "fechaFin",
        columna: "Fecha fin",
        mensaje: "La fecha de fin no puede ser anterior a la fecha de inicio.",
      },
    ]);
  });

  it("lists rows whose date cannot be read in every month (they might belong to it), but not invalid rows of other months", () => {
    const filas = [actividad(2, "ayer"), actividad(3, f(2019, 6, 10), { entidad: "" }), actividad(4, "")];
    const modelo = informe(filas);
    expect(modelo.omitidas.map((o) => [o.fila, o.campo])).toEqual([
      [2, "fecha"],
      [4, "fecha"],
    ]);
    expect(modelo.omitidas[1]?.mensaje).toBe("Escriba la Fecha.");
  });

  it("leaves out invalid coordinations of the month, and keeps the others in sheet order", () => {
    const modelo = informe(
      [],
      [
        { fila: 5, mes: f(2019, 5, 1), coordinacion: "Tercera" },
        { fila: 2, mes: f(2019, 5, 1), coordinacion: "Primera" },
        { fila: 3, mes: f(2019, 6, 1), coordinacion: "De junio" },
        { fila: 4, mes: "mayo 2019", coordinacion: "Segunda" },
        { fila: 6, mes: f(2019, 5, 1), coordinacion: "ab" },
        { fila: 7, mes: f(2019, 6, 1), coordinacion: "" },
        { fila: 8, mes: "", coordinacion: "" },
      ],
    );
    expect(modelo.coordinaciones).toEqual(["Primera", "Segunda", "Tercera"]);
    expect(modelo.omitidas).toEqual([
      {
        hoja: "Coordinaciones",
        fila: 6,
        campo: "coordinacion",
        columna: "Coordinación",
        mensaje: "La Coordinación es muy corta: escriba al menos 3 caracteres.",
      },
    ]);
    expect(modelo.conteos).toEqual({ actividades: 0, coordinaciones: 3, omitidas: 1 });
  });
});

describe("construirInforme: footer and month", () => {
  it("writes who generated it, when, and the counts", () => {
    const modelo = construirInforme({
      actividades: filasDeMuestra,
      coordinaciones: coordinacionesDeMuestra,
      configuracion,
      mes: "2019-05",
      generadoEl: { anio: 2019, mes: 6, dia: 3, hora: 9, minuto: 5 },
      generadoPor: "ana@mupa.gob.pa",
    });
    expect(modelo.pie).toBe(
      "Generado el 3 de junio de 2019 a las 09:05 por ana@mupa.gob.pa · 7 actividades · 4 coordinaciones",
    );
    expect(pieDelInforme(undefined, "", 1, 1)).toBe("Generado · 1 actividad · 1 coordinación");
  });

  it("an empty month still has its title and header", () => {
    const modelo = informe([], [], "2019-02");
    expect(modelo.titulo).toBe("Febrero 2019");
    expect(modelo.encabezado.oficina).toBe("OFICINA DE COOPERACIÓN INTERNACIONAL");
    expect(modelo.filas).toEqual([]);
  });

  it("refuses a month that is not AAAA-MM", () => {
    expect(() => informe([], [], "mayo 2019")).toThrow(RangeError);
  });
});
