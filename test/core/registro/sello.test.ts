// The save stamp: what the server accepts as ID and Registrado por from the sidebar.
import { describe, expect, it } from "vitest";
import { MENSAJE_SELLO_NO_VALIDO, validarSello } from "../../../src/core/registro/sello";

const ID = "3b241101-e2bb-4255-8caf-4136c566a962";
const rechazo = { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };

describe("validarSello", () => {
  it("accepts a lower-case version-4 UUID with an e-mail or with none", () => {
    expect(validarSello({ id: ID, registradoPor: "ana.perez@mupa.gob.pa" })).toEqual({
      ok: true,
      valor: { id: ID, registradoPor: "ana.perez@mupa.gob.pa" },
    });
    expect(validarSello({ id: ID, registradoPor: "" })).toEqual({
      ok: true,
      valor: { id: ID, registradoPor: "" },
    });
  });

  it("drops unknown keys", () => {
    const r = validarSello({ id: ID, registradoPor: "", fila: 7 });
    expect(r.ok && Object.keys(r.valor)).toEqual(["id", "registradoPor"]);
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a boolean", true],
    ["no e-mail key", { id: ID }],
    ["an ID of another version", { id: "3b241101-e2bb-1255-8caf-4136c566a962", registradoPor: "" }],
    ["an upper-case ID", { id: ID.toUpperCase(), registradoPor: "" }],
    ["an ID with a line break", { id: `${ID}\n`, registradoPor: "" }],
    ["a number as ID", { id: 7, registradoPor: "" }],
    ["an e-mail without @", { id: ID, registradoPor: "ana" }],
    ["an e-mail with a space", { id: ID, registradoPor: "ana @x.pa" }],
    ["markup as e-mail", { id: ID, registradoPor: "<b>@x.pa" }],
    ["an e-mail too long", { id: ID, registradoPor: `${"a".repeat(250)}@x.pa` }],
  ])("refuses %s, with the message that says to reopen the sidebar", (_, entrada) => {
    expect(validarSello(entrada)).toEqual(rechazo);
  });

  it("the message says nothing was saved and what to do, in Spanish", () => {
    expect(MENSAJE_SELLO_NO_VALIDO).toMatch(/no se guardó nada/);
    expect(MENSAJE_SELLO_NO_VALIDO).toMatch(/ábrala de nuevo/);
  });
});
