// "Generar informe mensual" on the emulator: the sample month, call budget, regeneration, sharing, locks and every failure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentText } from "../../../emulator/document/index";
import { Harness } from "../../../emulator/harness";
import type { Environment, EnvironmentState } from "../../../emulator/index";
import { holdLock } from "../../../emulator/lock";
import { MENSAJE_REGISTRO_OCUPADO } from "../../../src/addon/candado";
import type { Preflight, Respuesta } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { distDir, entornoDeOficina } from "../../support/dist";
import {
  actividadesDeMayo,
  conMuestra,
  docsVivos,
  generar,
  idDelDocumento,
  muestra,
  type Resultado,
  sinPie,
  TAB,
} from "./apoyo";

describe("Generar informe mensual — the sample month (golden)", () => {
  let env: Environment;
  let r: Resultado;
  beforeAll(async () => {
    ({ env } = await conMuestra());
    const harness = new Harness(env, readFileSync(join(distDir, "Code.js"), "utf8"));
    r = generar(harness);
  });

  it("succeeds with the month's counts and a Doc link", () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.pestana).toBe(TAB);
    expect(r.actividades).toBe(7);
    expect(r.coordinaciones).toBe(4);
    expect(r.url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
  });

  it("the Doc holds the sample's header, title, 7 activities in date order and 4 coordinations as bullets", () => {
    if (!r.ok) throw new Error("generation failed");
    const id = idDelDocumento(r.url);
    const texto = documentText(env.state.docs, id);
    const { encabezado } = muestra;
    expect(texto).toContain(encabezado.oficina);
    expect(texto).toContain(`Teléfonos: ${encabezado.telefonos}  |  ${encabezado.sitioWeb}`);
    for (const eje of encabezado.ejesDeTrabajo) expect(texto).toContain(eje);
    expect(texto).toContain("Mayo 2019");
    for (const a of muestra.actividades) {
      expect(texto).toContain(a.actividad);
      expect(texto).toContain(a.entidad);
      expect(texto).toContain(a.informacion);
    }
    const fechas = [
      "7 de mayo",
      "23 de mayo",
      "27 al 30 de mayo",
      "28 de mayo",
      "30 de mayo",
      "30 al 31 de mayo",
      "31 de mayo",
    ];
    let desde = 0;
    for (const f of fechas) {
      const donde = texto.indexOf(`\t${f}\n`, desde);
      expect(donde, f).toBeGreaterThan(desde);
      desde = donde;
    }
    const doc = JSON.stringify(env.state.docs.documents[id]);
    for (const c of muestra.coordinaciones) {
      expect(texto).toContain(c);
      expect(doc).toContain(JSON.stringify(c).slice(1, -1));
    }
    expect(doc).toContain("BULLET");
  });

  it("the tab holds the same report: header block, title, table and coordinations", () => {
    const valores = env.workbook.values(TAB).map((fila) => fila.map(String));
    const columnaA = valores.map((f) => f[0]);
    expect(columnaA[0]).toBe(muestra.encabezado.oficina);
    expect(columnaA).toContain("Mayo 2019");
    expect(valores).toContainEqual(["Actividad/Gestión", "Entidad", "Información", "Fecha"]);
    const primera = muestra.actividades[0];
    expect(valores).toContainEqual([primera?.actividad, primera?.entidad, primera?.informacion, "7 de mayo"]);
    // One row each, in sheet order: no cell can outgrow Sheets' 50,000 characters.
    const vinetas = columnaA.filter((t) => t?.startsWith("•"));
    expect(vinetas).toEqual(muestra.coordinaciones.map((c) => `•  ${c}`));
    expect(env.workbook.requireSheet(TAB).hiddenGridlines).toBe(true);
  });

  it("records the generation in Historial and leaves the registry untouched", () => {
    const historial = env.workbook.values(HOJA.historial);
    expect(historial).toHaveLength(2);
    expect(historial[1]?.slice(1, 5)).toEqual([r.ok ? r.url : "", TAB, 7, 4]);
    expect(historial[1]?.[7]).toBe(1);
  });
});

describe("Generar informe mensual — call budget", () => {
  it("costs the same number of service calls for 10, 100, 1,000 and 5,000 activities", async () => {
    const llamadas: Record<number, number> = {};
    for (const n of [10, 100, 1000, 5000]) {
      const { env, harness } = await conMuestra();
      actividadesDeMayo(env, n, (i) => `Información ${i}`);
      env.runtime.resetCalls();
      const r = generar(harness);
      expect(r.ok ? r.actividades : r.errores).toBe(n + 7);
      llamadas[n] = env.runtime.totalCalls();
    }
    console.log("service calls per generation by number of activities:", llamadas);
    expect(new Set(Object.values(llamadas)).size).toBe(1);
  }, 120_000);
});

describe("Generar informe mensual — regeneration, sharing, locks, preflight", () => {
  it("regenerating keeps the same Doc id and URL, replaces the tab and counts in Historial", async () => {
    const { env, harness } = await conMuestra();
    const primero = generar(harness);
    harness.edit(HOJA.actividades, 9, 1, "Reunión con la embajada de Corea");
    harness.edit(HOJA.actividades, 9, 2, "Embajada de Corea");
    harness.edit(HOJA.actividades, 9, 3, "Seguimiento de becas.");
    harness.edit(HOJA.actividades, 9, 4, "29/05/2019");
    const segundo = generar(harness);
    if (!primero.ok || !segundo.ok) throw new Error("generation failed");
    expect(segundo.url).toBe(primero.url);
    expect(segundo.actividades).toBe(8);
    expect(docsVivos(env)).toHaveLength(1);
    expect(env.workbook.sheetNames().filter((n) => n.startsWith("Informe 2019-05"))).toEqual([TAB]);
    expect(env.workbook.values(TAB).flat()).toContain("Reunión con la embajada de Corea");
    expect(documentText(env.state.docs, idDelDocumento(segundo.url))).toContain(
      "Reunión con la embajada de Corea",
    );
    const historial = env.workbook.values(HOJA.historial);
    expect(historial).toHaveLength(2);
    expect(historial[1]?.[7]).toBe(2);
  });

  it("a sharing refusal (domain sharing on a consumer account) is a warning, not a failure", async () => {
    const { env, harness } = await conMuestra({ drive: { kind: "consumer" } });
    harness.edit(HOJA.configuracion, 7, 2, "Dominio con enlace");
    const r = generar(harness);
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.avisos.join(" ")).toContain(
        "No se aplicó el acceso «Dominio con enlace» al documento; su acceso no cambió",
      );
    expect(docsVivos(env)).toHaveLength(1);
  });

  it("applies read-only link sharing when configured", async () => {
    const { env, harness } = await conMuestra();
    harness.edit(HOJA.configuracion, 7, 2, "Cualquiera con enlace");
    const r = generar(harness);
    if (!r.ok) throw new Error("generation failed");
    const doc = env.state.drive.files[idDelDocumento(r.url)];
    expect(doc?.sharing).toEqual({ access: "ANYONE_WITH_LINK", permission: "VIEW" });
  });

  it("places the Doc next to the spreadsheet when no folder is configured", async () => {
    const { env, harness } = await conMuestra();
    const r = generar(harness);
    if (!r.ok) throw new Error("generation failed");
    const hoja = env.state.drive.files[env.workbook.id];
    expect(env.state.drive.files[idDelDocumento(r.url)]?.parents).toEqual(hoja?.parents);
  });

  it("while another execution holds the document lock, a second generation creates no Doc", async () => {
    const { env, harness } = await conMuestra();
    holdLock(env.state.locks, "document", { executionId: 1, untilMs: Date.now() + 3_600_000 });
    const r = generar(harness);
    expect(r.ok).toBe(false);
    // Held beyond the wait, the lock's holder is unknown: the message names both who could hold it.
    if (!r.ok) expect(r.errores[0]?.mensaje).toBe(MENSAJE_REGISTRO_OCUPADO);
    expect(docsVivos(env)).toHaveLength(0);
    expect(env.workbook.sheetNames()).not.toContain(TAB);
  });

  it("the preflight counts, lists rows left out and says when the Doc was edited by hand", async () => {
    const { env, harness } = await conMuestra();
    harness.edit(HOJA.actividades, 9, 1, "Taller sin fecha");
    harness.edit(HOJA.actividades, 9, 2, "Alcaldía");
    harness.edit(HOJA.actividades, 9, 3, "Falta la fecha.");
    const antes = harness.run("prepararInforme", ["2019-05"], { authMode: "FULL" }) as Respuesta<Preflight>;
    if (!antes.ok) throw new Error("preflight failed");
    expect(antes.actividades).toBe(7);
    expect(antes.coordinaciones).toBe(4);
    expect(antes.omitidas).toContainEqual(
      expect.objectContaining({ hoja: HOJA.actividades, fila: 9, campo: "fecha" }),
    );
    expect(antes.documento).toBeNull();

    const r = generar(harness);
    if (!r.ok) throw new Error("generation failed");
    const despues = harness.run("prepararInforme", ["2019-05"], { authMode: "FULL" }) as Respuesta<Preflight>;
    expect(despues.ok && despues.documento).toEqual({
      estado: "vivo",
      url: r.url,
      editadoDespues: false,
      propietario: "usuario@example.org",
    });

    const { simulateHandEdit } = await import("../../../emulator/document/index");
    simulateHandEdit(env.state.docs, env.state.drive, idDelDocumento(r.url), Date.now() + 3_600_000);
    const editado = harness.run("prepararInforme", ["2019-05"], { authMode: "FULL" }) as Respuesta<Preflight>;
    expect(editado.ok && editado.documento?.editadoDespues).toBe(true);
  });

  it("lists only rows that concern the month: a broken April row is not named, a reversed range starting in May is", async () => {
    const { harness } = await conMuestra();
    const fila = (n: number, nombre: string, entidad: string, fecha: string, fin: string) => {
      harness.edit(HOJA.actividades, n, 1, nombre);
      harness.edit(HOJA.actividades, n, 2, entidad);
      harness.edit(HOJA.actividades, n, 3, "Descripción.");
      harness.edit(HOJA.actividades, n, 4, fecha);
      if (fin) harness.edit(HOJA.actividades, n, 5, fin);
    };
    fila(9, "Visita de abril", "", "10/04/2019", "");
    fila(10, "Feria al revés", "Alcaldía", "20/05/2019", "01/03/2019");
    fila(11, "Cierre de mes", "Alcaldía", "31/05/2019", "");
    const r = harness.run("prepararInforme", ["2019-05"], { authMode: "FULL" }) as Respuesta<Preflight>;
    if (!r.ok) throw new Error("preflight failed");
    expect(r.omitidas.map((o) => o.fila)).toEqual([10]);
    expect(r.omitidas[0]).toEqual(expect.objectContaining({ campo: "fechaFin" }));
    expect(r.actividades).toBe(8);
  });

  it("the dialog opens with the previous month during the first 10 days", async () => {
    const { env, harness } = await conMuestra({ now: () => new Date("2019-06-03T15:00:00Z") });
    harness.clickMenu("Generar informe mensual");
    expect(env.state.ui.dialog?.title).toBe("Generar informe mensual");
    expect(env.state.ui.dialog?.html).toContain('{"mes":"2019-05"}');
  });
});

describe("Generar informe mensual — a failure at any service call", () => {
  it("leaves the previous tab, Doc and Historial as they were, the registry untouched, and no unrecorded Doc", async () => {
    // A month generated once, then one more activity: the second generation is the one that fails.
    const { env, harness } = await conMuestra();
    const primero = generar(harness);
    if (!primero.ok) throw new Error("first generation failed");
    harness.edit(HOJA.actividades, 9, 1, "Reunión con la embajada de Corea");
    harness.edit(HOJA.actividades, 9, 2, "Embajada de Corea");
    harness.edit(HOJA.actividades, 9, 3, "Seguimiento de becas.");
    harness.edit(HOJA.actividades, 9, 4, "29/05/2019");
    const inicial: EnvironmentState = JSON.parse(JSON.stringify(env.snapshot()));
    const docId = idDelDocumento(primero.url);

    const codigo = readFileSync(join(distDir, "Code.js"), "utf8");
    const nuevo = (): { env: Environment; harness: Harness } => {
      const e = entornoDeOficina({
        state: JSON.parse(JSON.stringify(inicial)),
        now: () => new Date("2019-06-03T15:00:00Z"),
      });
      return { env: e, harness: new Harness(e, codigo) };
    };
    const estado = (e: Environment) => ({
      registro: [HOJA.actividades, HOJA.coordinaciones, HOJA.configuracion].map((h) => e.workbook.values(h)),
      historial: e.workbook.values(HOJA.historial),
      pestana: e.workbook.values(TAB),
      hojas: e.workbook.sheetNames(),
      doc: documentText(e.state.docs, docId),
      docsVivos: docsVivos(e).map((f) => f.id),
      propiedades: e.state.properties.document,
    });

    const base = nuevo();
    const previo = estado(base.env);
    base.env.runtime.resetCalls();
    base.env.runtime.recordCalls = true;
    const exito = generar(base.harness);
    if (!exito.ok) throw new Error("reference generation failed");
    const llamadas = [...base.env.runtime.callLog];
    const despues = estado(base.env);
    expect(despues.doc).toContain("Reunión con la embajada de Corea");

    let fallidas = 0;
    for (let i = 0; i < llamadas.length; i++) {
      const { env: e, harness: h } = nuevo();
      e.runtime.resetCalls();
      e.runtime.failAtCall = i;
      const r = generar(h);
      const ahora = estado(e);
      const donde = `fault at call ${i} (${llamadas[i]})`;
      expect(ahora.registro, donde).toEqual(previo.registro);
      if (r.ok) {
        // Only steps that cannot spoil the report may fail softly (the user's e-mail, sharing, folder,
        // clean-up): then the report is complete, its footer perhaps without the e-mail.
        expect(sinPie(ahora.doc), donde).toBe(sinPie(despues.doc));
        expect(ahora.pestana.map(sinPie), donde).toEqual(despues.pestana.map(sinPie));
        expect(ahora.historial[1]?.[7], donde).toBe(2);
        expect(ahora.docsVivos, donde).toEqual([docId]);
      } else {
        fallidas++;
        expect(r.errores[0]?.mensaje, donde).toMatch(/^No se pudo .+: .+/);
        expect(ahora.pestana, donde).toEqual(previo.pestana);
        expect(ahora.hojas, donde).toEqual(previo.hojas);
        expect(ahora.doc, donde).toBe(previo.doc);
        expect(ahora.historial, donde).toEqual(previo.historial);
        expect(ahora.docsVivos, donde).toEqual(previo.docsVivos);
        expect(ahora.propiedades, donde).toEqual(previo.propiedades);
      }
    }
    console.log(`fault injection: ${llamadas.length} calls, ${fallidas} failures rolled back`);
    expect(fallidas).toBeGreaterThan(llamadas.length / 2);
  }, 180_000);

  it("a failure while creating a month's first Doc leaves no Doc behind", async () => {
    const { env, harness } = await conMuestra();
    const inicial: EnvironmentState = JSON.parse(JSON.stringify(env.snapshot()));
    env.runtime.resetCalls();
    env.runtime.recordCalls = true;
    generar(harness);
    const indice = env.runtime.callLog.indexOf("Body.insertTable");
    expect(indice).toBeGreaterThan(0);
    const e = entornoDeOficina({ state: inicial });
    e.runtime.resetCalls();
    e.runtime.failAtCall = indice;
    const r = generar(new Harness(e, readFileSync(join(distDir, "Code.js"), "utf8")));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errores[0]?.mensaje).toContain("No se pudo escribir el documento");
    expect(docsVivos(e)).toHaveLength(0);
    expect(e.workbook.sheetNames()).not.toContain(TAB);
    expect(e.state.properties.document).toEqual(inicial.properties.document);
  });
});
