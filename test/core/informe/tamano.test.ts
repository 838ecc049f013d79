// Whether the month's report fits in one Google Doc, and what the user is told when it does not.
import { describe, expect, it } from "vitest";
import type { Bloque } from "../../../src/core/informe/presentacion";
import {
  caracteresDelDocumento,
  excesoDelDocumento,
  LIMITE_DE_CARACTERES_DEL_DOC,
} from "../../../src/core/informe/tamano";

const bloques = (informacion: string, filas: number): Bloque[] => [
  { tipo: "titulo", texto: "Mayo 2019" },
  {
    tipo: "tabla",
    encabezado: ["Actividad/Gestión", "Entidad", "Información", "Fecha"],
    filas: Array.from({ length: filas }, () => ["Taller", "BID", informacion, "7 de mayo"]),
  },
  { tipo: "vinetas", items: ["Coordinación con la embajada"] },
];

describe("the Doc's size", () => {
  it("counts each paragraph, cell and bullet with its line end", () => {
    // "Mayo 2019", the header's cells, one row's ("xy" among them), the bullet.
    expect(caracteresDelDocumento(bloques("xy", 1))).toBe(10 + (18 + 8 + 12 + 6) + (7 + 4 + 3 + 10) + 29);
  });

  it("lets a report up to the limit through, and names counts, size and the likely cause past it", () => {
    const informacion = "x".repeat(2999);
    const porFila = 7 + 4 + 3000 + 10;
    const filas = Math.floor((LIMITE_DE_CARACTERES_DEL_DOC - 10 - 44 - 29) / porFila);
    const conteos = { actividades: filas, coordinaciones: 1 };
    expect(excesoDelDocumento("Mayo 2019", conteos, bloques(informacion, filas))).toBeNull();
    const mensaje = excesoDelDocumento(
      "Mayo 2019",
      { actividades: filas + 100, coordinaciones: 1 },
      bloques(informacion, filas + 100),
    );
    expect(mensaje).toBe(
      `Mayo 2019 no cabe en un documento de Google: con ${filas + 100} actividades y 1 coordinación, el informe tendría unos 1321 mil caracteres, y un documento admite hasta 1020 mil. Revise las filas de este mes en Actividades y Coordinaciones: ¿se pegaron dos veces, o tienen la fecha de otro mes?`,
    );
  });
});
