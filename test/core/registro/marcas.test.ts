// The add-on's marks on a cell: its own note part comes and goes, the office's note stays word for word.
import { describe, expect, it } from "vitest";
import {
  MARCA_DE_LECTURA,
  MARCA_DE_PROBLEMA,
  marcarCelda,
  separarNota,
  unirNota,
} from "../../../src/core/registro/marcas";

const estado = (parcial: Partial<Parameters<typeof marcarCelda>[1]> = {}) => ({
  problema: null,
  lectura: null,
  editada: false,
  conContenido: true,
  ...parcial,
});

describe("notes", () => {
  it("keeps the office's note and adds the add-on's after a blank line", () => {
    const nota = unirNota("Confirmar con Cancillería", { tipo: "problema", texto: "Escriba la Entidad." });
    expect(nota).toBe(`Confirmar con Cancillería\n\n${MARCA_DE_PROBLEMA}Escriba la Entidad.`);
    expect(separarNota(nota)).toEqual({
      usuario: "Confirmar con Cancillería",
      propia: { tipo: "problema", texto: "Escriba la Entidad." },
    });
  });

  it("a note of the office's only is not the add-on's, even when it mentions the add-on", () => {
    expect(separarNota("Ver Informe mensual: pendiente")).toEqual({
      usuario: "Ver Informe mensual: pendiente",
      propia: null,
    });
  });
});

describe("marcarCelda", () => {
  it("marks a problem with a note and the background; fixing it clears both, the office's note stays", () => {
    const marcada = marcarCelda("Mía", estado({ problema: "La Entidad es demasiado corta." }), "edicion");
    expect(marcada).toEqual({
      nota: `Mía\n\n${MARCA_DE_PROBLEMA}La Entidad es demasiado corta.`,
      marcadaAntes: false,
      marcadaDespues: true,
    });
    expect(marcarCelda(marcada.nota, estado({ editada: true }), "edicion")).toEqual({
      nota: "Mía",
      marcadaAntes: true,
      marcadaDespues: false,
    });
  });

  it("while typing, an empty required cell is not flagged; Validar registros flags it", () => {
    const vacia = estado({ problema: "Escriba la Entidad.", conContenido: false });
    expect(marcarCelda("", vacia, "edicion").marcadaDespues).toBe(false);
    expect(marcarCelda("", vacia, "completa").marcadaDespues).toBe(true);
    // Once flagged, it stays flagged until it is fixed, and the cell just cleared is flagged at once.
    const previa = `${MARCA_DE_PROBLEMA}Escriba la Entidad.`;
    expect(marcarCelda(previa, vacia, "edicion").marcadaDespues).toBe(true);
    expect(marcarCelda("", { ...vacia, editada: true }, "edicion").marcadaDespues).toBe(true);
  });

  it("a reading note stays until its cell is edited again", () => {
    const leida = `${MARCA_DE_LECTURA}Se leyó «27 al 30 de mayo» como 27 al 30 de mayo de 2019.`;
    expect(marcarCelda(leida, estado(), "edicion").nota).toBe(leida);
    expect(marcarCelda(leida, estado({ editada: true }), "edicion").nota).toBe("");
    expect(
      marcarCelda("", estado({ lectura: "Se leyó «7 may.» como 7 de mayo de 2019." }), "edicion").nota,
    ).toBe(`${MARCA_DE_LECTURA}Se leyó «7 may.» como 7 de mayo de 2019.`);
  });

  it("a problem replaces an old reading note of the same cell", () => {
    const leida = `${MARCA_DE_LECTURA}Se leyó «7 may.» como 7 de mayo de 2019.`;
    const r = marcarCelda(
      leida,
      estado({ problema: "La fecha de fin no puede ser anterior a la fecha de inicio." }),
      "edicion",
    );
    expect(r.nota).toBe(`${MARCA_DE_PROBLEMA}La fecha de fin no puede ser anterior a la fecha de inicio.`);
    expect(r.marcadaDespues).toBe(true);
  });
});
