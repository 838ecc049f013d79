// The save stamp (the row's ID from the sidebar) and Registrado por as the server takes it from Session.
import { describe, expect, it } from "vitest";
import {
  MENSAJE_SELLO_NO_VALIDO,
  registradoPorDeSesion,
  validarSello,
} from "../../../src/core/registro/sello";

const ID = "3b241101-e2bb-4255-8caf-4136c566a962";
const rechazo = { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };

describe("validarSello", () => {
  it("accepts a lower-case version-4 UUID", () => {
    expect(validarSello({ id: ID })).toEqual({ ok: true, valor: { id: ID } });
  });

  it("ignores what else a page sends: Registrado por is never the page's to say", () => {
    const r = validarSello({ id: ID, registradoPor: "alcalde@mupa.gob.pa", fila: 7 });
    expect(r).toEqual({ ok: true, valor: { id: ID } });
  });

  it.each([
    ["nothing", undefined],
    ["null", null],
    ["a boolean", true],
    ["no ID", { registradoPor: "ana@x.pa" }],
    ["an ID of another version", { id: "3b241101-e2bb-1255-8caf-4136c566a962" }],
    ["an upper-case ID", { id: ID.toUpperCase() }],
    ["an ID with a line break", { id: `${ID}\n` }],
    ["a number as ID", { id: 7 }],
  ])("refuses %s, with the message that says to reopen the sidebar", (_, entrada) => {
    expect(validarSello(entrada)).toEqual(rechazo);
  });

  it("the message says nothing was saved and what to do, in Spanish", () => {
    expect(MENSAJE_SELLO_NO_VALIDO).toMatch(/no se guardó nada/);
    expect(MENSAJE_SELLO_NO_VALIDO).toMatch(/ábrala de nuevo/);
  });
});

describe("registradoPorDeSesion", () => {
  it("keeps the address Google gave, trimmed", () => {
    expect(registradoPorDeSesion("ana.perez@mupa.gob.pa")).toBe("ana.perez@mupa.gob.pa");
    expect(registradoPorDeSesion(" ana@mupa.gob.pa ")).toBe("ana@mupa.gob.pa");
  });

  it.each([
    ["nothing (simple triggers, other domains)", ""],
    ["not a string", 42],
    ["no @", "ana"],
    ["a space", "ana @x.pa"],
    ["markup", "<b>@x.pa"],
    ["a control character", "ana\u0007@x.pa"],
    ["a direction override", "ana\u202e@x.pa"],
    ["too long", `${"a".repeat(250)}@x.pa`],
  ])("gives an empty Registrado por for %s", (_, valor) => {
    expect(registradoPorDeSesion(valor)).toBe("");
  });
});
