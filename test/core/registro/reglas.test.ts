// The entry rules for Actividad and Coordinación: limits, normalization and the Spanish messages.
import { describe, expect, it } from "vitest";
import { buscarDuplicado } from "../../../src/core/registro/duplicados";
import {
  LIMITES,
  MENSAJE_FIN_ANTES_DE_INICIO,
  rangoDeActividad,
  validarActividad,
  validarCoordinacion,
} from "../../../src/core/registro/reglas";

const EJES = ["Posicionamiento estratégico", "Cooperación al desarrollo"];
const CONTEXTO = { ejes: EJES };
const f = (anio: number, mes: number, dia: number) => ({ anio, mes, dia });

const valida = {
  actividad: "Recepción Día de Europa",
  entidad: "Union Europea",
  informacion: "Recepción de la Union Europea en el Centro de Convenciones de Ciudad del Saber.",
  fecha: "2019-05-07",
  fechaFin: "",
  eje: "",
};

/** The message of one field, or undefined when that field passed. */
function mensajeDe(entrada: unknown, campo: string): string | undefined {
  const r = validarActividad(entrada, CONTEXTO);
  return r.ok ? undefined : r.errores.find((e) => e.campo === campo)?.mensaje;
}

describe("validarActividad: a valid entry", () => {
  it("comes back normalized, with one-day Fecha fin empty and dates as calendar dates", () => {
    expect(validarActividad(valida, CONTEXTO)).toEqual({
      ok: true,
      valor: { ...valida, fecha: f(2019, 5, 7), fechaFin: null, eje: null },
    });
  });

  it("trims and collapses spaces in Actividad/Gestión and Entidad", () => {
    const r = validarActividad(
      { ...valida, actividad: "  Recepción \u00a0  Día   de Europa ", entidad: " Union   Europea " },
      CONTEXTO,
    );
    expect(r.ok && [r.valor.actividad, r.valor.entidad]).toEqual([
      "Recepción Día de Europa",
      "Union Europea",
    ]);
  });

  it("keeps Información exactly as typed inside (double spaces, line breaks), trimmed at the ends", () => {
    const texto = "Intercambio  de experiencias,\ncomo se visualiza  la cultura.\n\n\tFin";
    const r = validarActividad({ ...valida, informacion: `  ${texto}\n ` }, CONTEXTO);
    expect(r.ok && r.valor.informacion).toBe(texto);
  });

  it("turns Windows line ends into the cell's line break", () => {
    const r = validarActividad({ ...valida, informacion: "uno\r\ndos" }, CONTEXTO);
    expect(r.ok && r.valor.informacion).toBe("uno\ndos");
  });

  it("keeps a range, and drops a Fecha fin equal to Fecha", () => {
    const rango = validarActividad({ ...valida, fecha: "2019-05-27", fechaFin: "2019-05-30" }, CONTEXTO);
    expect(rango.ok && rangoDeActividad(rango.valor)).toEqual({
      inicio: f(2019, 5, 27),
      fin: f(2019, 5, 30),
    });
    const mismoDia = validarActividad({ ...valida, fechaFin: "2019-05-07" }, CONTEXTO);
    expect(mismoDia.ok && mismoDia.valor.fechaFin).toBeNull();
  });

  it("accepts an eje of Configuración, matched without case or accents, stored as configured", () => {
    const r = validarActividad({ ...valida, eje: " posicionamiento  ESTRATEGICO " }, CONTEXTO);
    expect(r.ok && r.valor.eje).toBe("Posicionamiento estratégico");
  });

  it("accepts missing optional fields", () => {
    const { fechaFin: _f, eje: _e, ...sinOpcionales } = valida;
    expect(validarActividad(sinOpcionales, CONTEXTO).ok).toBe(true);
    expect(validarActividad({ ...valida, fechaFin: null, eje: null }, CONTEXTO).ok).toBe(true);
  });

  it("ignores fields it does not know", () => {
    const r = validarActividad({ ...valida, id: "x", "<script>": 1 }, CONTEXTO);
    expect(r.ok && Object.keys(r.valor).sort()).toEqual([
      "actividad",
      "eje",
      "entidad",
      "fecha",
      "fechaFin",
      "informacion",
    ]);
  });
});

describe("validarActividad: lengths are counted after normalizing", () => {
  it("Actividad/Gestión: 3 to 200 characters", () => {
    expect(mensajeDe({ ...valida, actividad: "ab" }, "actividad")).toBe(
      "La Actividad/Gestión es muy corta: escriba al menos 3 caracteres.",
    );
    expect(mensajeDe({ ...valida, actividad: "  ab \u00a0  " }, "actividad")).toBe(
      "La Actividad/Gestión es muy corta: escriba al menos 3 caracteres.",
    );
    expect(mensajeDe({ ...valida, actividad: "a     b" }, "actividad")).toBeUndefined();
    expect(mensajeDe({ ...valida, actividad: "abc" }, "actividad")).toBeUndefined();
    expect(
      mensajeDe({ ...valida, actividad: "a".repeat(LIMITES.actividad.max) }, "actividad"),
    ).toBeUndefined();
    expect(mensajeDe({ ...valida, actividad: "a".repeat(201) }, "actividad")).toBe(
      "La Actividad/Gestión admite como máximo 200 caracteres y tiene 201: acórtela.",
    );
    expect(mensajeDe({ ...valida, actividad: `  ${"a".repeat(200)}  ` }, "actividad")).toBeUndefined();
  });

  it("Entidad: 2 to 150 characters", () => {
    expect(mensajeDe({ ...valida, entidad: "U" }, "entidad")).toBe(
      "La Entidad es muy corta: escriba al menos 2 caracteres.",
    );
    expect(mensajeDe({ ...valida, entidad: "UE" }, "entidad")).toBeUndefined();
    expect(mensajeDe({ ...valida, entidad: "e".repeat(151) }, "entidad")).toBe(
      "La Entidad admite como máximo 150 caracteres y tiene 151: acórtela.",
    );
  });

  it("Información: required, at most 3000 characters", () => {
    expect(mensajeDe({ ...valida, informacion: " \n " }, "informacion")).toBe("Escriba la Información.");
    expect(mensajeDe({ ...valida, informacion: "i".repeat(3000) }, "informacion")).toBeUndefined();
    expect(mensajeDe({ ...valida, informacion: "i".repeat(3001) }, "informacion")).toBe(
      "La Información admite como máximo 3000 caracteres y tiene 3001: acórtela.",
    );
  });
});

describe("validarActividad: required fields and types", () => {
  it("names each missing field and says what to do", () => {
    const r = validarActividad({}, CONTEXTO);
    expect(r.ok ? [] : r.errores).toEqual([
      { campo: "actividad", mensaje: "Escriba la Actividad/Gestión." },
      { campo: "entidad", mensaje: "Escriba la Entidad." },
      { campo: "informacion", mensaje: "Escriba la Información." },
      { campo: "fecha", mensaje: "Escriba la Fecha." },
    ]);
  });

  it("refuses values that are not text", () => {
    expect(mensajeDe({ ...valida, entidad: 500 }, "entidad")).toBe("La Entidad debe ser texto.");
    expect(mensajeDe({ ...valida, actividad: ["a"] }, "actividad")).toBe(
      "La Actividad/Gestión debe ser texto.",
    );
    expect(mensajeDe({ ...valida, eje: 3 }, "eje")).toBe("El Eje de trabajo debe ser texto.");
  });

  it("refuses input that is not an object with one general error", () => {
    for (const entrada of [null, undefined, 5, "texto", [], true]) {
      expect(validarActividad(entrada, CONTEXTO)).toEqual({
        ok: false,
        errores: [
          {
            campo: "formulario",
            mensaje: "Los datos no llegaron completos: revise el formulario y vuelva a intentarlo.",
          },
        ],
      });
    }
  });

  it("never throws on hostile input (a getter that throws)", () => {
    const trampa = Object.defineProperty({ ...valida }, "actividad", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    expect(validarActividad(trampa, CONTEXTO).ok).toBe(false);
  });
});

describe("validarActividad: control characters", () => {
  it("Actividad/Gestión and Entidad go on one line", () => {
    expect(mensajeDe({ ...valida, actividad: "Recepción\nDía de Europa" }, "actividad")).toBe(
      "La Actividad/Gestión debe ir en una sola línea: quite los saltos de línea y tabulaciones.",
    );
    expect(mensajeDe({ ...valida, entidad: "Union\tEuropea" }, "entidad")).toBe(
      "La Entidad debe ir en una sola línea: quite los saltos de línea y tabulaciones.",
    );
  });

  it("invisible control characters are refused everywhere", () => {
    expect(mensajeDe({ ...valida, actividad: "Recepción\u0007" }, "actividad")).toBe(
      "La Actividad/Gestión contiene caracteres de control invisibles: bórrelos o vuelva a escribir el texto.",
    );
    expect(mensajeDe({ ...valida, informacion: "texto\u0000oculto" }, "informacion")).toBe(
      "La Información contiene caracteres de control invisibles: bórrelos o vuelva a escribir el texto.",
    );
    expect(mensajeDe({ ...valida, informacion: "texto\u009boculto" }, "informacion")).toBeDefined();
  });
});

describe("validarActividad: dates", () => {
  it("Fecha must be a real date between 2000 and 2100", () => {
    expect(mensajeDe({ ...valida, fecha: "2019-02-31" }, "fecha")).toBe(
      "La Fecha 2019-02-31 no existe en el calendario: revise el día y el mes.",
    );
    expect(mensajeDe({ ...valida, fecha: "7 de mayo" }, "fecha")).toBe(
      "La Fecha no es una fecha válida: elíjala en el calendario.",
    );
    expect(mensajeDe({ ...valida, fecha: "1999-12-31" }, "fecha")).toBe(
      "La Fecha debe estar entre los años 2000 y 2100.",
    );
    expect(mensajeDe({ ...valida, fecha: "2101-01-01" }, "fecha")).toBe(
      "La Fecha debe estar entre los años 2000 y 2100.",
    );
    expect(mensajeDe({ ...valida, fecha: "2000-01-01" }, "fecha")).toBeUndefined();
    expect(mensajeDe({ ...valida, fecha: "2100-12-31" }, "fecha")).toBeUndefined();
    expect(mensajeDe({ ...valida, fecha: 43592 }, "fecha")).toBe("La Fecha debe ser una fecha.");
  });

  it("Fecha fin cannot be before Fecha", () => {
    expect(mensajeDe({ ...valida, fecha: "2019-05-30", fechaFin: "2019-05-27" }, "fechaFin")).toBe(
      MENSAJE_FIN_ANTES_DE_INICIO,
    );
    expect(MENSAJE_FIN_ANTES_DE_INICIO).toBe("La fecha de fin no puede ser anterior a la fecha de inicio.");
  });

  it("reports an end before the start even when other fields also fail", () => {
    const r = validarActividad(
      { ...valida, actividad: "", fecha: "2019-05-30", fechaFin: "2019-05-27" },
      CONTEXTO,
    );
    expect(r.ok ? [] : r.errores.map((e) => e.campo)).toEqual(["actividad", "fechaFin"]);
  });

  it("a range spans at most 366 days, both ends included", () => {
    expect(mensajeDe({ ...valida, fecha: "2020-01-01", fechaFin: "2020-12-31" }, "fechaFin")).toBeUndefined();
    expect(mensajeDe({ ...valida, fecha: "2019-01-01", fechaFin: "2020-01-02" }, "fechaFin")).toBe(
      "Una actividad puede abarcar como máximo 366 días: revise la Fecha fin o registre varias actividades.",
    );
  });

  it("Fecha fin follows the same date rules", () => {
    expect(mensajeDe({ ...valida, fechaFin: "2019-06-31" }, "fechaFin")).toBe(
      "La Fecha fin 2019-06-31 no existe en el calendario: revise el día y el mes.",
    );
  });
});

describe("validarActividad: Eje de trabajo", () => {
  it("must be one of Configuración's ejes", () => {
    expect(mensajeDe({ ...valida, eje: "Deportes" }, "eje")).toBe(
      "El Eje de trabajo no está en la lista de Configuración: elija uno de la lista o déjelo vacío.",
    );
  });

  it("is not checked when the context has no list (the report)", () => {
    const r = validarActividad({ ...valida, eje: "Deportes" }, { ejes: null });
    expect(r.ok && r.valor.eje).toBe("Deportes");
  });
});

describe("validarCoordinacion", () => {
  it("accepts a month and keeps the text as typed inside", () => {
    expect(
      validarCoordinacion({ mes: "2019-05", coordinacion: " Seguimiento a la  XXVII Reunión " }),
    ).toEqual({
      ok: true,
      valor: { mes: { anio: 2019, mes: 5 }, coordinacion: "Seguimiento a la  XXVII Reunión" },
    });
  });

  it("names the field and says what to do", () => {
    const vacia = validarCoordinacion({ mes: "", coordinacion: "" });
    expect(vacia.ok ? [] : vacia.errores).toEqual([
      { campo: "mes", mensaje: "Elija el Mes de la coordinación." },
      { campo: "coordinacion", mensaje: "Escriba la Coordinación." },
    ]);
    const mala = validarCoordinacion({ mes: "2019-13", coordinacion: "ab" });
    expect(mala.ok ? [] : mala.errores).toEqual([
      { campo: "mes", mensaje: "El Mes no es válido: elíjalo en el calendario (por ejemplo, mayo 2019)." },
      { campo: "coordinacion", mensaje: "La Coordinación es muy corta: escriba al menos 3 caracteres." },
    ]);
  });

  it("limits the text to 1000 characters and the month to 2000–2100", () => {
    const larga = validarCoordinacion({ mes: "2019-05", coordinacion: "c".repeat(1001) });
    expect(larga.ok ? [] : larga.errores).toEqual([
      {
        campo: "coordinacion",
        mensaje: "La Coordinación admite como máximo 1000 caracteres y tiene 1001: acórtela.",
      },
    ]);
    const vieja = validarCoordinacion({ mes: "1999-05", coordinacion: "Pago anual" });
    expect(vieja.ok ? [] : vieja.errores).toEqual([
      { campo: "mes", mensaje: "El Mes debe estar entre los años 2000 y 2100." },
    ]);
  });

  it("refuses input that is not an object", () => {
    expect(validarCoordinacion("mayo").ok).toBe(false);
  });
});

describe("buscarDuplicado", () => {
  const existentes = [
    { actividad: "Recepción Día de Europa", entidad: "Unión  Europea", fecha: f(2019, 5, 7), fila: 12 },
    {
      actividad: "Rueda de prensa 500 años",
      entidad: "Teatro Gladys Vidal",
      fecha: f(2019, 5, 23),
      fila: 13,
    },
  ];

  it("warns about the same Actividad, Entidad and Fecha, ignoring case, accents and spaces", () => {
    expect(
      buscarDuplicado(
        { actividad: "recepcion dia de  europa", entidad: "UNION EUROPEA", fecha: f(2019, 5, 7) },
        existentes,
      ),
    ).toEqual({
      fila: 12,
      mensaje:
        "Ya hay una actividad con la misma Actividad/Gestión, Entidad y Fecha (fila 12). Si no es un duplicado, confirme para registrarla.",
    });
  });

  it("is not a duplicate on another day or with another entity", () => {
    expect(
      buscarDuplicado(
        { actividad: "Recepción Día de Europa", entidad: "Unión Europea", fecha: f(2019, 5, 8) },
        existentes,
      ),
    ).toBeNull();
    expect(
      buscarDuplicado(
        { actividad: "Recepción Día de Europa", entidad: "Embajada de Francia", fecha: f(2019, 5, 7) },
        existentes,
      ),
    ).toBeNull();
  });

  it("leaves the row out of the message when unknown", () => {
    const sinFila = [{ actividad: "Foro", entidad: "Cancillería", fecha: f(2019, 5, 27) }];
    expect(
      buscarDuplicado({ actividad: "Foro", entidad: "Cancilleria", fecha: f(2019, 5, 27) }, sinFila)?.mensaje,
    ).toBe(
      "Ya hay una actividad con la misma Actividad/Gestión, Entidad y Fecha. Si no es un duplicado, confirme para registrarla.",
    );
  });
});
