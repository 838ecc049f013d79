// Text rules for every field: invisible-only text is empty, direction controls are refused with the reason.
import { describe, expect, it } from "vitest";
import { nombreCortoDeEje } from "../../src/core/registro/configuracion";
import { validarActividad, validarCoordinacion } from "../../src/core/registro/reglas";
import { estaVacio } from "../../src/core/texto";

const BASE = {
  actividad: "Recepción Día de Europa",
  entidad: "Unión Europea",
  informacion: "Asistencia del Alcalde.",
  fecha: "2019-05-07",
  fechaFin: "",
  eje: "",
};

const INVISIBLES = [
  "\u200b",
  "\u200c\u200d",
  "\u2060",
  "\ufeff",
  "\u00ad",
  "\u2800",
  "\u3164",
  "\u115f\u1160",
  "\uffa0",
  "\u034f",
];

function errorDe(r: ReturnType<typeof validarActividad>, campo: string): string | undefined {
  return r.ok ? undefined : r.errores.find((e) => e.campo === campo)?.mensaje;
}

describe("invisible characters", () => {
  it.each(INVISIBLES)("text made only of %j (and spaces) is empty", (invisible) => {
    expect(estaVacio(` ${invisible} `)).toBe(true);
    expect(errorDe(validarActividad({ ...BASE, actividad: invisible }, { ejes: null }), "actividad")).toBe(
      "Escriba la Actividad/Gestión.",
    );
    expect(
      errorDe(validarActividad({ ...BASE, informacion: `${invisible}\n` }, { ejes: null }), "informacion"),
    ).toBe("Escriba la Información.");
    const c = validarCoordinacion({ mes: "2019-05", coordinacion: invisible });
    expect(c.ok ? "" : c.errores[0]?.mensaje).toBe("Escriba la Coordinación.");
  });

  it("inside real text they are kept as typed", () => {
    const r = validarActividad({ ...BASE, entidad: "Unión\u200bEuropea" }, { ejes: null });
    expect(r.ok && r.valor.entidad).toBe("Unión\u200bEuropea");
  });
});

describe("direction controls", () => {
  it.each(["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"])(
    "%j is refused in every text field, saying why",
    (control) => {
      for (const campo of ["actividad", "entidad", "informacion"] as const) {
        const mensaje = errorDe(
          validarActividad({ ...BASE, [campo]: `abc${control}def` }, { ejes: null }),
          campo,
        );
        expect(mensaje).toMatch(/cambian la dirección del texto/);
      }
      const eje = validarActividad(
        { ...BASE, eje: `Posicionamiento${control}` },
        { ejes: ["Posicionamiento"] },
      );
      expect(errorDe(eje, "eje")).toMatch(/caracteres de control/);
      const c = validarCoordinacion({ mes: "2019-05", coordinacion: `Pago${control} anual` });
      expect(c.ok ? "" : c.errores[0]?.mensaje).toMatch(/cambian la dirección del texto/);
    },
  );

  it("a control character in the Eje is refused too", () => {
    expect(errorDe(validarActividad({ ...BASE, eje: "Eje\u0007" }, { ejes: null }), "eje")).toMatch(
      /caracteres de control/,
    );
  });
});

describe("nombreCortoDeEje", () => {
  it("is the text before the first colon", () => {
    expect(nombreCortoDeEje("Posicionamiento estratégico: Posicionar, gestionar y coordinar…")).toBe(
      "Posicionamiento estratégico",
    );
  });

  it("without a colon, the start of the paragraph cut at a word", () => {
    const eje =
      "Promovida y ampliada la cooperación al desarrollo sobre la base de los principios de la cooperación integral";
    const nombre = nombreCortoDeEje(eje);
    expect(nombre.endsWith("…")).toBe(true);
    expect(nombre.length).toBeLessThanOrEqual(60);
    expect(eje.startsWith(nombre.slice(0, -1))).toBe(true);
    expect(nombreCortoDeEje("Gestión de fondos")).toBe("Gestión de fondos");
  });
});
