// Generar informe mensual never lies about the link: a trashed, deleted or someone else's Doc, delivery that heals, no orphan Doc, honest hand-edit warnings.
import { describe, expect, it } from "vitest";
import type { Environment } from "../../../emulator/index";
import type { Preflight, Respuesta, ResultadoInforme } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { conMuestra, docsVivos, generar, idDelDocumento, TAB } from "./apoyo";

type Harness = Parameters<typeof generar>[0];

function preflight(harness: Harness, mes = "2019-05"): Respuesta<Preflight> {
  return harness.run("prepararInforme", [mes], { authMode: "FULL" }) as Respuesta<Preflight>;
}

function generarCon(harness: Harness, opciones: object, mes = "2019-05"): Respuesta<ResultadoInforme> {
  return harness.run("generarInforme", [mes, opciones], { authMode: "FULL" }) as Respuesta<ResultadoInforme>;
}

function exito(r: Respuesta<ResultadoInforme>): ResultadoInforme & { ok: true } {
  if (!r.ok) throw new Error(`expected a report, got ${JSON.stringify(r)}`);
  return r;
}

/** The spreadsheet's folder: where a report Doc goes when Configuración names none. */
function carpetaDeLaHoja(env: Environment): string {
  const hoja = Object.values(env.state.drive.files).find((f) => f.id === env.workbook.id);
  return hoja?.parents[0] ?? "";
}

/** Sets a Configuración key as a person would type it. */
function configurar(harness: Harness, env: Environment, clave: string, valor: string): void {
  const fila = env.workbook.values(HOJA.configuracion).findIndex(([k]) => k === clave) + 1;
  harness.edit(HOJA.configuracion, fila, 2, valor);
}

/** Another editor of the spreadsheet runs the add-on from now on (Drive sees them as who runs the script). */
function otraPersona(env: Environment): void {
  env.runtime.activeUserEmail = "otra@example.org";
  env.runtime.effectiveUserEmail = "otra@example.org";
}

/** Makes the next call to `metodo` fail once (a passing error of Google's). */
function fallarUnaVez(env: Environment, metodo: string): void {
  let hecho = false;
  env.runtime.onCall = (m) => {
    if (m !== metodo || hecho) return;
    hecho = true;
    throw new Error(`Service error: ${m} failed (a passing error)`);
  };
}

describe("a trashed or deleted Doc", () => {
  it("in the trash: the preflight says so; generating restores it and the link stays the same", async () => {
    const { env, harness } = await conMuestra();
    const primero = exito(generar(harness));
    const id = idDelDocumento(primero.url);
    const file = env.state.drive.files[id];
    if (!file) throw new Error("no Doc");
    file.trashed = true;
    const p = preflight(harness);
    expect(p.ok && p.documento).toMatchObject({ estado: "papelera", url: primero.url });
    const r = exito(generar(harness));
    expect(r.url).toBe(primero.url);
    expect(r.enlace).toBe("restaurado");
    expect(r.avisos).toContain(
      "El documento de este mes estaba en la papelera y se restauró: el enlace es el mismo.",
    );
    expect(env.state.drive.files[id]?.trashed).toBe(false);
    expect(docsVivos(env).map((f) => f.id)).toEqual([id]);
  });

  it("deleted for good: the preflight says it is gone; the new Doc's link is said plainly to have CHANGED, and Historial has it", async () => {
    const { env, harness } = await conMuestra();
    const primero = exito(generar(harness));
    delete env.state.drive.files[idDelDocumento(primero.url)];
    const p = preflight(harness);
    expect(p.ok && p.documento).toMatchObject({ estado: "borrado", url: primero.url });
    const r = exito(generar(harness));
    expect(r.url).not.toBe(primero.url);
    expect(r.enlace).toBe("cambiado");
    expect(r.enlaceAnterior).toBe(primero.url);
    const aviso = r.avisos.find((a) => a.startsWith("El enlace CAMBIÓ"));
    expect(aviso).toContain(r.url);
    expect(r.avisos.join(" ")).not.toContain("el enlace es el mismo");
    expect(env.workbook.values(HOJA.historial)[1]?.[1]).toBe(r.url);
    expect(docsVivos(env)).toHaveLength(1);
  });
});

describe("another editor of the sheet, without access to the month's Doc", () => {
  it("is told whose Doc it is and what to do; nothing is created unless they ask for a Doc of their own", async () => {
    const { env, harness } = await conMuestra();
    const primero = exito(generar(harness));
    otraPersona(env);
    const p = preflight(harness);
    expect(p.ok && p.documento).toMatchObject({ estado: "sinAcceso", propietario: "usuario@example.org" });
    const antes = JSON.stringify({ hojas: env.workbook.sheetNames(), docs: docsVivos(env).length });
    const r = generar(harness);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errores[0]?.campo).toBe("documento");
    expect(r.errores[0]?.mensaje).toMatch(
      /^El documento de Mayo 2019 es de usuario@example\.org y usted no puede modificarlo\. Pida a usuario@example\.org acceso de edición/,
    );
    expect(JSON.stringify({ hojas: env.workbook.sheetNames(), docs: docsVivos(env).length })).toBe(antes);
    // Asked for explicitly: a Doc of their own, whose link is said to have changed.
    const aparte = exito(generarCon(harness, { documentoAparte: true }));
    expect(aparte.enlace).toBe("cambiado");
    expect(aparte.url).not.toBe(primero.url);
    expect(env.state.drive.files[idDelDocumento(aparte.url)]?.owner).toBe("otra@example.org");
  });

  it("a Doc they may only view is not theirs to update either: the same message, before anything is written", async () => {
    const { env, harness } = await conMuestra();
    const primero = exito(generar(harness));
    const file = env.state.drive.files[idDelDocumento(primero.url)];
    file?.viewers.push("otra@example.org");
    otraPersona(env);
    const hojas = env.workbook.sheetNames();
    const r = generar(harness);
    expect(r.ok ? "" : r.errores[0]?.campo).toBe("documento");
    expect(env.workbook.sheetNames()).toEqual(hojas);
    expect(env.workbook.values(TAB).length).toBeGreaterThan(0);
  });
});

describe("delivery that heals", () => {
  it("a passing Drive error leaves a warning naming what was not done; the next generation does it", async () => {
    const { env, harness } = await conMuestra();
    configurar(harness, env, "Compartir informe", "Cualquiera con enlace");
    fallarUnaVez(env, "File.moveTo");
    const r = exito(generar(harness));
    env.runtime.onCall = undefined;
    expect(r.avisos.join(" ")).toMatch(
      /El documento no quedó en la carpeta de informes \(se intentará de nuevo en la próxima generación\)/,
    );
    const id = idDelDocumento(r.url);
    expect(env.state.drive.files[id]?.parents).not.toContain(carpetaDeLaHoja(env));
    expect(r.compartir).toBe("Cualquiera con enlace");
    const otra = exito(generar(harness));
    expect(otra.avisos.join(" ")).not.toMatch(/carpeta/);
    expect(env.state.drive.files[id]?.parents).toEqual([carpetaDeLaHoja(env)]);
  });

  it("a failing getFileById on delivery: folder and sharing are said not checked, and applied next time", async () => {
    const { env, harness } = await conMuestra();
    configurar(harness, env, "Compartir informe", "Cualquiera con enlace");
    let vistas = 0;
    env.runtime.onCall = (m) => {
      // The first getFileById of a new Doc is delivery's (a new Doc is not looked up before).
      if (m === "DriveApp.getFileById" && ++vistas === 1)
        throw new Error("Service error: Drive is not answering");
    };
    const r = exito(generar(harness));
    env.runtime.onCall = undefined;
    expect(r.avisos.join(" ")).toMatch(/No se pudo comprobar la carpeta ni el acceso del documento/);
    expect(r.compartir).toBeNull();
    const id = idDelDocumento(r.url);
    expect(env.state.drive.files[id]?.sharing.access).toBe("PRIVATE");
    const otra = exito(generar(harness));
    expect(otra.compartir).toBe("Cualquiera con enlace");
    expect(env.state.drive.files[id]?.sharing).toEqual({ access: "ANYONE_WITH_LINK", permission: "VIEW" });
    expect(env.state.drive.files[id]?.parents).toEqual([carpetaDeLaHoja(env)]);
  });

  it("sharing changed by hand in Drive is put back to Configuración's on the next generation", async () => {
    const { env, harness } = await conMuestra();
    configurar(harness, env, "Compartir informe", "Cualquiera con enlace");
    const r = exito(generar(harness));
    const file = env.state.drive.files[idDelDocumento(r.url)];
    if (file) file.sharing = { access: "PRIVATE", permission: "NONE" };
    exito(generar(harness));
    expect(file?.sharing).toEqual({ access: "ANYONE_WITH_LINK", permission: "VIEW" });
  });

  it("says whom the link was e-mailed to", async () => {
    const { env, harness } = await conMuestra();
    configurar(harness, env, "Destinatarios", "jefa@example.org, equipo@example.org");
    const r = exito(generar(harness));
    expect(r.enviadoA).toEqual(["jefa@example.org", "equipo@example.org"]);
    expect(r.compartir).toBe("Restringido");
  });
});

describe("no orphan Doc", () => {
  it("a fault at Document.getId right after the Doc is created leaves no live Doc", async () => {
    const { env, harness } = await conMuestra();
    fallarUnaVez(env, "Document.getId");
    const r = generar(harness);
    env.runtime.onCall = undefined;
    expect(r.ok).toBe(false);
    expect(docsVivos(env)).toHaveLength(0);
    exito(generar(harness));
    expect(docsVivos(env)).toHaveLength(1);
  });

  it("an outage from the moment the Doc exists: the next run leaves one live Doc, not two", async () => {
    const { env, harness } = await conMuestra();
    env.runtime.resetCalls();
    env.runtime.onCall = (m) => {
      if (m === "DocumentApp.create") env.runtime.failFromCall = env.runtime.callIndex;
    };
    expect(generar(harness).ok).toBe(false);
    env.runtime.onCall = undefined;
    env.runtime.failFromCall = undefined;
    expect(docsVivos(env)).toHaveLength(1);
    // The failed run could not clear its month's marker either: it lapses after one run's longest time.
    const despues = env.runtime.now().getTime() + 8 * 60_000;
    env.runtime.now = () => new Date(despues);
    const r = exito(generar(harness));
    expect(docsVivos(env).map((f) => f.id)).toEqual([idDelDocumento(r.url)]);
  });
});

describe('"edited by hand" only when it was', () => {
  it("a failed write of the Doc's time does not make the next preflight claim a hand edit; a real one later does", async () => {
    const { env, harness } = await conMuestra();
    let escrituras = 0;
    env.runtime.onCall = (m) => {
      // Writes: the month's marker, the note of a Doc being created, the record, then the Doc's time.
      if (m === "Properties.setProperty" && ++escrituras === 4)
        throw new Error("Service error: properties busy");
    };
    const r = exito(generar(harness));
    env.runtime.onCall = undefined;
    expect(r.avisos.join(" ")).toMatch(/No se pudo anotar la hora de escritura del documento/);
    const p = preflight(harness);
    expect(p.ok && p.documento?.editadoDespues).toBe(false);
    const { simulateHandEdit } = await import("../../../emulator/document/index");
    simulateHandEdit(env.state.docs, env.state.drive, idDelDocumento(r.url), Date.now() + 3_600_000);
    const editado = preflight(harness);
    expect(editado.ok && editado.documento?.editadoDespues).toBe(true);
  });
});

describe("impossible and empty months", () => {
  it.each(["9999-12", "1999-12", "2101-01"])(
    "%s is refused with a message, and nothing is created",
    async (mes) => {
      const { env, harness } = await conMuestra();
      const antes = JSON.stringify(env.snapshot());
      for (const r of [generar(harness, mes), preflight(harness, mes)]) {
        expect(r).toEqual({
          ok: false,
          errores: [
            { campo: "mes", mensaje: "Elija un mes entre 2000 y 2100: son los años que admite el registro." },
          ],
        });
      }
      expect(JSON.stringify(env.snapshot())).toBe(antes);
    },
  );

  it("an empty month asks for confirmation before creating anything, then generates", async () => {
    const { env, harness } = await conMuestra();
    const hojas = env.workbook.sheetNames();
    const r = generar(harness, "2019-08");
    expect(r).toEqual({
      ok: false,
      errores: [
        {
          campo: "vacio",
          mensaje:
            "Agosto 2019 no tiene actividades ni coordinaciones registradas. ¿Generar el informe vacío de todos modos?",
        },
      ],
    });
    expect(env.workbook.sheetNames()).toEqual(hojas);
    expect(docsVivos(env)).toHaveLength(0);
    const confirmado = exito(generarCon(harness, { confirmarVacio: true }, "2019-08"));
    expect(confirmado.pestana).toBe("Informe 2019-08");
  });
});
