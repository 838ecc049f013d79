// The server reads what a page sent by its own properties only: a field reaching it through a prototype is not a field.
import { describe, expect, it } from "vitest";
import { soloPropias } from "../../src/core/propias";
import { validarActividad } from "../../src/core/registro/reglas";
import { validarSello } from "../../src/core/registro/sello";
import { BASE } from "../addon/registrar-actividad/apoyo";

const FORMULARIO = BASE;

describe("soloPropias", () => {
  it("keeps own fields at every level and drops inherited ones", () => {
    const heredado = Object.create({ actividad: "heredada" }) as Record<string, unknown>;
    heredado.entidad = "JICA";
    expect({ ...(soloPropias({ a: [heredado] }) as { a: object[] }).a[0] }).toEqual({ entidad: "JICA" });
  });

  it("a form whose fields come through its prototype is refused, naming the fields", () => {
    const porPrototipo = Object.create(FORMULARIO);
    const r = validarActividad(porPrototipo, { ejes: [] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores.map((e) => e.campo)).toContain("actividad");
    // The same form as its own fields is fine, and a "__proto__" key stays a key.
    expect(validarActividad({ ...FORMULARIO }, { ejes: [] }).ok).toBe(true);
    const clave = JSON.parse(`{"__proto__": ${JSON.stringify(FORMULARIO)}}`);
    expect(validarActividad(clave, { ejes: [] }).ok).toBe(false);
  });

  it("a stamp with a throwing getter is the stamp's message, not an exception", () => {
    const hostil = Object.defineProperty({}, "id", {
      enumerable: true,
      get() {
        throw new Error("no");
      },
    });
    expect(validarSello(hostil).ok).toBe(false);
  });
});
