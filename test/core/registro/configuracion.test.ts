// The Configuración sheet read into validated data: defaults, folder links, sharing and recipients.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { rutaMuestra } from "../../../playground/semilla";
import {
  configuracionDesdePares,
  idDeCarpeta,
  separarCorreos,
  validarConfiguracion,
} from "../../../src/core/registro/configuracion";
import { CLAVE_CONFIGURACION, CONFIGURACION_INICIAL } from "../../../src/core/registro/hojas";

const muestra = JSON.parse(
  // The office's sample, or the copy that ships with the project when ../shared is not beside it.
  readFileSync(rutaMuestra(resolve(__dirname, "../../..")), "utf8"),
) as { encabezado: { oficina: string; telefonos: string; sitioWeb: string; ejesDeTrabajo: string[] } };

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123";

function con(clave: string, valor: unknown) {
  return configuracionDesdePares([...CONFIGURACION_INICIAL.filter(([k]) => k !== clave), [clave, valor]]);
}

function mensaje(entrada: unknown, campo: string): string | undefined {
  const r = validarConfiguracion(entrada);
  return r.ok ? undefined : r.errores.find((e) => e.campo === campo)?.mensaje;
}

describe("the initial configuration", () => {
  it("reproduces the sample report's header exactly, double spaces included", () => {
    const r = validarConfiguracion(configuracionDesdePares(CONFIGURACION_INICIAL));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect({
      oficina: r.valor.oficina,
      telefonos: r.valor.telefonos,
      sitioWeb: r.valor.sitioWeb,
      ejesDeTrabajo: r.valor.ejesDeTrabajo,
    }).toEqual(muestra.encabezado);
    expect(r.valor).toMatchObject({ carpetaId: null, compartir: "Restringido", destinatarios: [] });
  });
});

describe("configuracionDesdePares", () => {
  it("matches keys without case or accents and fills missing keys with their defaults", () => {
    const valores = configuracionDesdePares([
      ["  telefonos ", 5069696],
      ["OFICINA", "Oficina de prueba"],
    ]);
    expect(valores.telefonos).toBe("5069696");
    expect(valores.oficina).toBe("Oficina de prueba");
    expect(valores.sitioWeb).toBe("www.mupa.gob.pa");
  });

  it("keeps a key that is present but empty as empty", () => {
    expect(con(CLAVE_CONFIGURACION.sitioWeb, "").sitioWeb).toBe("");
  });
});

describe("validarConfiguracion", () => {
  it("splits Ejes de trabajo one per line, dropping empty lines", () => {
    const r = validarConfiguracion(con(CLAVE_CONFIGURACION.ejesDeTrabajo, "Uno  con espacios\r\n\n  Dos \n"));
    expect(r.ok && r.valor.ejesDeTrabajo).toEqual(["Uno  con espacios", "Dos"]);
    const lista = validarConfiguracion({
      ...con(CLAVE_CONFIGURACION.ejesDeTrabajo, ""),
      ejesDeTrabajo: ["A", " B "],
    });
    expect(lista.ok && lista.valor.ejesDeTrabajo).toEqual(["A", "B"]);
  });

  it("requires the office name", () => {
    expect(mensaje(con(CLAVE_CONFIGURACION.oficina, "  "), "oficina")).toBe("Escriba la Oficina.");
  });

  it("limits phones to one line", () => {
    expect(mensaje(con(CLAVE_CONFIGURACION.telefonos, "506\n9696"), "telefonos")).toBe(
      "El campo Teléfonos debe ir en una sola línea, sin caracteres de control.",
    );
  });

  it("reads the folder id from a Drive link or the bare id; empty means the spreadsheet's folder", () => {
    for (const texto of [
      `https://drive.google.com/drive/folders/${ID}`,
      `https://drive.google.com/drive/folders/${ID}?usp=sharing`,
      `https://drive.google.com/drive/u/0/folders/${ID}`,
      `drive.google.com/open?id=${ID}`,
      ` ${ID} `,
    ]) {
      expect(idDeCarpeta(texto)).toBe(ID);
      const r = validarConfiguracion(con(CLAVE_CONFIGURACION.carpeta, texto));
      expect(r.ok && r.valor.carpetaId).toBe(ID);
    }
    const vacia = validarConfiguracion(con(CLAVE_CONFIGURACION.carpeta, ""));
    expect(vacia.ok && vacia.valor.carpetaId).toBeNull();
  });

  it("refuses a folder value that is not a Drive folder", () => {
    for (const texto of [
      "https://example.com/folders/abc",
      `https://docs.google.com/document/d/${ID}/edit`,
      "mi carpeta",
    ]) {
      expect(idDeCarpeta(texto)).toBeNull();
      expect(mensaje(con(CLAVE_CONFIGURACION.carpeta, texto), "carpeta")).toBe(
        "La Carpeta de informes debe ser el enlace de una carpeta de Drive (https://drive.google.com/drive/folders/…) o su ID; déjela vacía para usar la carpeta de la hoja.",
      );
    }
  });

  it("accepts the sharing options (any case), empty meaning Restringido", () => {
    const r = validarConfiguracion(con(CLAVE_CONFIGURACION.compartir, "cualquiera con enlace"));
    expect(r.ok && r.valor.compartir).toBe("Cualquiera con enlace");
    const vacio = validarConfiguracion(con(CLAVE_CONFIGURACION.compartir, ""));
    expect(vacio.ok && vacio.valor.compartir).toBe("Restringido");
    expect(mensaje(con(CLAVE_CONFIGURACION.compartir, "Público"), "compartir")).toBe(
      "Compartir informe debe ser una de estas opciones: Restringido, Dominio con enlace, Cualquiera con enlace.",
    );
  });

  it("splits recipients on commas, semicolons and line breaks, without repeats", () => {
    expect(separarCorreos("ana@mupa.gob.pa, luis@mupa.gob.pa;\nmaria@gmail.com")).toEqual([
      "ana@mupa.gob.pa",
      "luis@mupa.gob.pa",
      "maria@gmail.com",
    ]);
    const r = validarConfiguracion(
      con(CLAVE_CONFIGURACION.destinatarios, "ana@mupa.gob.pa; ANA@mupa.gob.pa, luis@mupa.gob.pa"),
    );
    expect(r.ok && r.valor.destinatarios).toEqual(["ana@mupa.gob.pa", "luis@mupa.gob.pa"]);
  });

  it("names every invalid recipient", () => {
    expect(
      mensaje(con(CLAVE_CONFIGURACION.destinatarios, "ana@mupa.gob.pa, luis@, pedro"), "destinatarios"),
    ).toBe(
      "Destinatarios: «luis@», «pedro» no son correos válidos. Escriba correos como nombre@dominio.com, separados por comas.",
    );
    expect(mensaje(con(CLAVE_CONFIGURACION.destinatarios, "ana@mupa"), "destinatarios")).toBe(
      "Destinatarios: «ana@mupa» no es un correo válido. Escriba correos como nombre@dominio.com, separados por comas.",
    );
  });

  it("never throws, and refuses what is not a configuration", () => {
    expect(validarConfiguracion(null)).toEqual({
      ok: false,
      errores: [
        {
          campo: "formulario",
          mensaje: "No se pudo leer la hoja Configuración: use «Configurar hoja» para repararla.",
        },
      ],
    });
  });
});
