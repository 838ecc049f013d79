// Columns found by their header: reordered, renamed in case or spacing, among the office's own columns; missing ones named.
import { describe, expect, it } from "vitest";
import { ACTIVIDADES, COORDINACIONES } from "../../../src/core/registro/hojas";
import {
  claveDeTitulo,
  leerEncabezado,
  leerFila,
  letrasDeColumna,
  mapaCanonico,
  mensajeDeColumnasFaltantes,
  tramosDeFila,
  valoresDeFila,
} from "../../../src/core/registro/tabla";

const titulos = ACTIVIDADES.columnas.map((c) => c.titulo);

describe("leerEncabezado", () => {
  it("finds every column wherever the office moved it, ignoring case, accents and spaces", () => {
    const encabezado = [
      "ID",
      "Observaciones",
      "FECHA",
      "fecha fin",
      "Actividad / Gestion",
      "entidad",
      "INFORMACIÓN",
      "Eje de trabajo",
      "Registrado  por",
      "registrado el",
    ];
    const r = leerEncabezado(ACTIVIDADES, encabezado);
    expect(r.faltantes).toEqual([]);
    expect(r.mapa?.indice).toMatchObject({
      id: 0,
      fecha: 2,
      fechaFin: 3,
      actividad: 4,
      entidad: 5,
      informacion: 6,
    });
    const fila = leerFila(r.mapa ?? mapaCanonico(ACTIVIDADES), [
      "x-id",
      "nota",
      1,
      2,
      "A",
      "E",
      "I",
      "",
      "p",
      3,
    ]);
    expect(fila).toMatchObject({ id: "x-id", actividad: "A", entidad: "E", informacion: "I", fecha: 1 });
    expect(Object.keys(fila)).not.toContain("Observaciones");
  });

  it("names what is missing and how many columns the header uses", () => {
    const r = leerEncabezado(ACTIVIDADES, [
      ...titulos.filter((t) => t !== "Fecha" && t !== "ID"),
      "",
      "Notas",
      "",
    ]);
    expect(r.mapa).toBeNull();
    expect(r.faltantes.map((c) => c.titulo)).toEqual(["Fecha", "ID"]);
    expect(r.usadas).toBe(titulos.length - 2 + 2);
    expect(mensajeDeColumnasFaltantes(ACTIVIDADES, r.faltantes)).toBe(
      "Faltan las columnas «Fecha» y «ID» en la hoja Actividades: use «Configurar hoja» en el menú Informe mensual para agregarlas.",
    );
    expect(mensajeDeColumnasFaltantes(COORDINACIONES, COORDINACIONES.columnas.slice(0, 1))).toBe(
      "Falta la columna «Mes» en la hoja Coordinaciones: use «Configurar hoja» en el menú Informe mensual para agregarla.",
    );
  });

  it("the first of two columns with the same title wins", () => {
    const r = leerEncabezado(COORDINACIONES, [
      "Mes",
      "Coordinación",
      "Coordinación",
      "Registrado por",
      "Registrado el",
      "ID",
    ]);
    expect(r.mapa?.indice.coordinacion).toBe(1);
  });

  it("compares titles without case, accents or spaces", () => {
    expect(claveDeTitulo(" Fecha  Fin ")).toBe(claveDeTitulo("fechafin"));
    expect(claveDeTitulo("Información")).toBe(claveDeTitulo("INFORMACION"));
    expect(claveDeTitulo(42)).toBe("");
  });
});

describe("rows written by key", () => {
  it("puts each value under its own title and groups adjacent columns into runs", () => {
    const encabezado = ["Mes", "Notas", "Coordinación", "Registrado por", "Registrado el", "ID"];
    const mapa = leerEncabezado(COORDINACIONES, encabezado).mapa;
    if (!mapa) throw new Error("mapa");
    expect(tramosDeFila(mapa)).toEqual([
      { desde: 0, claves: ["mes"] },
      { desde: 2, claves: ["coordinacion", "registradoPor", "registradoEl", "id"] },
    ]);
    const valores = valoresDeFila(mapa, {
      mes: "m",
      coordinacion: "c",
      registradoPor: "p",
      registradoEl: "e",
      id: "i",
    });
    expect(valores[0]).toBe("m");
    expect(valores[1]).toBeUndefined();
    expect(valores.slice(2)).toEqual(["c", "p", "e", "i"]);
  });

  it("names columns in A1 letters", () => {
    expect([1, 26, 27, 52, 703].map(letrasDeColumna)).toEqual(["A", "Z", "AA", "AZ", "AAA"]);
  });
});
