// "Registrar actividad" on the emulator: saves, field errors, hostile text, duplicates, the document lock under contention, the call budget and the sidebar's embedded data.
import { describe, expect, it } from "vitest";
import type { Harness } from "../../emulator/harness";
import type { Environment } from "../../emulator/index";
import { holdLock, takeContention } from "../../emulator/lock";
import { ESPERA_DEL_CANDADO_MS, MENSAJE_OCUPADO } from "../../src/addon/registrar";
import type { DatosDelRegistro, FormularioActividad, RespuestaRegistro } from "../../src/core/api";
import { CLAVE_CONFIGURACION, CONFIGURACION_INICIAL, HOJA } from "../../src/core/hojas";
import { MENSAJE_FIN_ANTES_DE_INICIO, validarActividad, validarCoordinacion } from "../../src/core/reglas";
import { addonEnPrueba } from "../support/dist";

type Rango = GoogleAppsScript.Spreadsheet.Range;
type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

const EJES = (
  CONFIGURACION_INICIAL.find(([clave]) => clave === CLAVE_CONFIGURACION.ejesDeTrabajo)?.[1] ?? ""
).split("\n");
const EJE = EJES[0] ?? "";

const BASE: FormularioActividad = {
  actividad: "Recepción Día de Europa",
  entidad: "Unión Europea",
  informacion: "Asistencia del Alcalde a la recepción.",
  fecha: "2019-06-03",
  fechaFin: "",
  eje: "",
};

/** A project with the registry sheets set up, as after the first use. */
async function registroListo() {
  const prueba = await addonEnPrueba();
  prueba.harness.run("configurarHoja", [], { authMode: "FULL" });
  return prueba;
}

function registrar(harness: Harness, formulario: unknown, confirmar = false): RespuestaRegistro {
  return harness.run("registrarActividad", [formulario, confirmar], {
    authMode: "FULL",
  }) as RespuestaRegistro;
}

function registrarCoordinacion(harness: Harness, formulario: unknown): RespuestaRegistro {
  return harness.run("registrarCoordinacion", [formulario], { authMode: "FULL" }) as RespuestaRegistro;
}

/** Reads the sheet as a test, outside the script: no call is counted. */
function leer<T>(env: Environment, nombre: string, f: (hoja: Hoja) => T): T {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return env.runtime.uncounted(() => {
    const hoja = app.getActiveSpreadsheet().getSheetByName(nombre);
    if (!hoja) throw new Error(`no sheet ${nombre}`);
    return f(hoja);
  });
}

function fila(env: Environment, nombre: string, n: number, columnas: number) {
  return leer(env, nombre, (hoja) => {
    const r: Rango = hoja.getRange(n, 1, 1, columnas);
    return {
      valores: r.getValues()[0] ?? [],
      mostrados: r.getDisplayValues()[0] ?? [],
      formulas: r.getFormulas()[0] ?? [],
      formatos: r.getNumberFormats()[0] ?? [],
    };
  });
}

const ultimaFila = (env: Environment, nombre: string = HOJA.actividades) =>
  leer(env, nombre, (h) => h.getLastRow());

function exito(r: RespuestaRegistro) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r;
}

describe("registrarActividad — valid saves", () => {
  it("writes each field in its column, with real date cells, an ID, the user and the time", async () => {
    const { env, harness } = await registroListo();
    const r = exito(registrar(harness, { ...BASE, fechaFin: "2019-06-05", eje: EJE }));
    expect(r.fila).toBe(2);
    expect(r.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    const { valores, mostrados, formulas } = fila(env, HOJA.actividades, 2, 9);
    expect(valores.slice(0, 3)).toEqual([BASE.actividad, BASE.entidad, BASE.informacion]);
    expect(valores[3]).toBeInstanceOf(Date);
    expect(valores[4]).toBeInstanceOf(Date);
    expect(mostrados.slice(3, 5)).toEqual(["03/06/2019", "05/06/2019"]);
    expect(valores[5]).toBe(EJE);
    expect(valores[6]).toBe("usuario@example.org");
    expect(valores[7]).toBeInstanceOf(Date);
    // 2019-06-03T15:00Z is 10:00 in Panama (UTC-5), the spreadsheet's zone.
    expect(mostrados[7]).toBe("03/06/2019 10:00");
    expect(valores[8]).toBe(r.id);
    expect(formulas.every((f) => f === "")).toBe(true);
    expect(r.recientes[0]).toEqual({
      tipo: "actividad",
      fila: 2,
      titulo: BASE.actividad,
      detalle: "Unión Europea · 3 al 5 de junio",
    });
  });

  it("leaves Fecha fin empty for a one-day activity and normalizes spaces of one-line fields", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, { ...BASE, actividad: "  Reunión   con  la JICA ", fechaFin: "2019-06-03" }));
    const { valores } = fila(env, HOJA.actividades, 2, 9);
    expect(valores[0]).toBe("Reunión con la JICA");
    expect(valores[4]).toBe("");
  });

  it("appends under the last row, the eje matched to Configuración's spelling", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    const r = exito(registrar(harness, { ...BASE, actividad: "Otra actividad", eje: EJE.toUpperCase() }));
    expect(r.fila).toBe(3);
    expect(fila(env, HOJA.actividades, 3, 9).valores[5]).toBe(EJE);
  });

  it("records an empty Registrado por when Google does not reveal the e-mail", async () => {
    const { env, harness } = await addonEnPrueba({ activeUserEmail: "" });
    harness.run("configurarHoja", [], { authMode: "FULL" });
    exito(registrar(harness, BASE));
    expect(fila(env, HOJA.actividades, 2, 9).valores[6]).toBe("");
  });

  it("writes into a sheet filled to its last row by adding room first", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    leer(env, HOJA.actividades, (h) => h.deleteRows(3, h.getMaxRows() - 2));
    expect(leer(env, HOJA.actividades, (h) => h.getMaxRows())).toBe(2);
    const r = exito(registrar(harness, { ...BASE, actividad: "Con la hoja llena" }));
    expect(r.fila).toBe(3);
    const { valores, mostrados } = fila(env, HOJA.actividades, 3, 9);
    expect(valores[0]).toBe("Con la hoja llena");
    expect(mostrados[3]).toBe("03/06/2019");
  });

  it("refuses an eje when Configuración is missing (nothing to check it against)", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.configuracion, (h) => h.getParent().deleteSheet(h));
    const r = registrar(harness, { ...BASE, eje: EJE });
    expect(r.ok ? null : r.errores.map((e) => e.campo)).toEqual(["eje"]);
    exito(registrar(harness, BASE));
  });

  it("creates the registry sheets on first use", async () => {
    const { env, harness } = await addonEnPrueba();
    expect(env.workbook.sheetNames()).not.toContain(HOJA.actividades);
    const r = exito(registrar(harness, BASE));
    expect(r.fila).toBe(2);
    expect(env.workbook.sheetNames()).toEqual(expect.arrayContaining([HOJA.actividades, HOJA.configuracion]));
    expect(fila(env, HOJA.actividades, 1, 1).valores[0]).toBe("Actividad/Gestión");
  });

  it("writes a coordination: Mes as a real month cell, text exactly as typed", async () => {
    const { env, harness } = await registroListo();
    const r = exito(
      registrarCoordinacion(harness, { mes: "2019-06", coordinacion: "Pago anual de membresías a Redes." }),
    );
    expect(r.fila).toBe(2);
    const { valores, mostrados } = fila(env, HOJA.coordinaciones, 2, 5);
    expect(valores[0]).toBeInstanceOf(Date);
    expect(mostrados[0]).toBe("junio 2019");
    expect(valores[1]).toBe("Pago anual de membresías a Redes.");
    expect(valores[2]).toBe("usuario@example.org");
    expect(valores[3]).toBeInstanceOf(Date);
    expect(valores[4]).toBe(r.id);
    expect(r.recientes).toEqual([
      { tipo: "coordinacion", fila: 2, titulo: "Pago anual de membresías a Redes.", detalle: "junio 2019" },
    ]);
  });
});

describe("registrarActividad — invalid input is refused with the field's message, nothing written", () => {
  const casos: Array<[string, unknown, string]> = [
    ["empty Actividad", { ...BASE, actividad: "   " }, "actividad"],
    ["short Actividad", { ...BASE, actividad: "ab" }, "actividad"],
    ["Actividad over 200 characters", { ...BASE, actividad: "a".repeat(201) }, "actividad"],
    ["line break in Actividad", { ...BASE, actividad: "Reunión\ncon JICA" }, "actividad"],
    ["control character in Entidad", { ...BASE, entidad: "JI\u0007CA" }, "entidad"],
    ["short Entidad", { ...BASE, entidad: "x" }, "entidad"],
    ["empty Información", { ...BASE, informacion: "" }, "informacion"],
    ["Información over 3,000 characters", { ...BASE, informacion: "x".repeat(3001) }, "informacion"],
    ["empty Fecha", { ...BASE, fecha: "" }, "fecha"],
    ["a day that does not exist", { ...BASE, fecha: "2019-02-30" }, "fecha"],
    ["a year before 2000", { ...BASE, fecha: "1999-12-31" }, "fecha"],
    ["Fecha as text", { ...BASE, fecha: "7 de mayo" }, "fecha"],
    ["Fecha as a number", { ...BASE, fecha: 43600 }, "fecha"],
    ["Fecha fin before Fecha", { ...BASE, fechaFin: "2019-06-01" }, "fechaFin"],
    ["a range over 366 days", { ...BASE, fechaFin: "2020-06-04" }, "fechaFin"],
    ["an eje not in Configuración", { ...BASE, eje: "Eje inventado" }, "eje"],
    ["no form at all", null, "formulario"],
    ["a string instead of a form", "hola", "formulario"],
  ];
  for (const [nombre, formulario, campo] of casos) {
    it(nombre, async () => {
      const { env, harness } = await registroListo();
      const antes = JSON.stringify(env.snapshot().workbook);
      const r = registrar(harness, formulario);
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.errores[0]?.campo).toBe(campo);
      expect(r.errores[0]?.mensaje).toMatch(/[a-záéíóúñ]/i);
      // The same message the sidebar shows: one set of rules for both sides.
      const local = validarActividad(formulario, { ejes: EJES });
      expect(local.ok ? [] : local.errores).toEqual(r.errores);
      expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
    });
  }

  it("says the Fecha fin rule as the product words it", async () => {
    const { harness } = await registroListo();
    const r = registrar(harness, { ...BASE, fechaFin: "2019-06-01" });
    expect(r.ok ? null : r.errores).toEqual([{ campo: "fechaFin", mensaje: MENSAJE_FIN_ANTES_DE_INICIO }]);
  });

  it("reports every bad field at once", async () => {
    const { harness } = await registroListo();
    const r = registrar(harness, {
      actividad: "",
      entidad: "",
      informacion: "",
      fecha: "",
      fechaFin: "",
      eje: "",
    });
    expect(r.ok ? [] : r.errores.map((e) => e.campo)).toEqual([
      "actividad",
      "entidad",
      "informacion",
      "fecha",
    ]);
  });

  it("refuses an invalid coordination", async () => {
    const { env, harness } = await registroListo();
    for (const formulario of [
      { mes: "", coordinacion: "Pago de membresías" },
      { mes: "2019-13", coordinacion: "Pago de membresías" },
      { mes: "2019-05", coordinacion: "ab" },
      { mes: "2019-05", coordinacion: "x".repeat(1001) },
    ]) {
      const r = registrarCoordinacion(harness, formulario);
      const local = validarCoordinacion(formulario);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errores).toEqual(local.ok ? [] : local.errores);
    }
    expect(ultimaFila(env, HOJA.coordinaciones)).toBe(1);
  });
});

/** Text that a naive write would turn into a formula, a number, a date or markup. */
const HOSTILES = [
  '=IMPORTXML("http://x","//a")',
  "+1",
  "-2",
  "@x",
  '=HYPERLINK("http://x","y")',
  "1,000",
  "2019-05",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  `${"Informe largo ".repeat(214)}fin.`.slice(0, 3000),
  "Reunión 🤝 con 🇵🇦 y 👩🏽‍💼",
  "اجتماع مع السفارة — שלום",
  "'apóstrofo inicial",
  "TRUE",
  "07/05/2019",
];

describe("registrarActividad — hostile text reads back exactly as typed", () => {
  it("the corpus has the 3,000-character text", () => {
    expect(HOSTILES.some((t) => t.length === 3000)).toBe(true);
  });

  for (const [i, texto] of HOSTILES.entries()) {
    it(`«${texto.slice(0, 40)}»`, async () => {
      const { env, harness } = await registroListo();
      // Each field gets the text when its length rule allows it; Información always does.
      const formulario: FormularioActividad = {
        ...BASE,
        actividad: texto.length >= 3 && texto.length <= 200 ? texto : `Actividad ${i}`,
        entidad: texto.length >= 2 && texto.length <= 150 ? texto : `Entidad ${i}`,
        informacion: texto,
      };
      const r = exito(registrar(harness, formulario));
      const { valores, formulas, mostrados } = fila(env, HOJA.actividades, r.fila, 9);
      expect(valores.slice(0, 3)).toEqual([formulario.actividad, formulario.entidad, texto]);
      expect(mostrados.slice(0, 3)).toEqual([formulario.actividad, formulario.entidad, texto]);
      expect(formulas).toEqual(Array(9).fill(""));
      if (texto.length >= 3 && texto.length <= 1000) {
        const c = exito(registrarCoordinacion(harness, { mes: "2019-06", coordinacion: texto }));
        const coord = fila(env, HOJA.coordinaciones, c.fila, 5);
        expect(coord.valores[1]).toBe(texto);
        expect(coord.formulas).toEqual(Array(5).fill(""));
      }
    });
  }
});

describe("registrarActividad — probable duplicates", () => {
  it("warns about the same Actividad, Entidad and Fecha, writes nothing, then saves when confirmed", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    const variante = { ...BASE, actividad: "recepcion  DIA de europa", informacion: "Otra nota." };
    const aviso = registrar(harness, variante);
    expect(aviso).toEqual({
      ok: false,
      errores: [],
      duplicado: expect.stringMatching(/Ya hay una actividad .*\(fila 2\).*confirme/) as unknown,
    });
    expect(ultimaFila(env)).toBe(2);
    const r = exito(registrar(harness, variante, true));
    expect(r.fila).toBe(3);
    expect(ultimaFila(env)).toBe(3);
  });

  it("a different date or entity is not a duplicate", async () => {
    const { harness } = await registroListo();
    exito(registrar(harness, BASE));
    exito(registrar(harness, { ...BASE, fecha: "2019-06-04" }));
    exito(registrar(harness, { ...BASE, entidad: "JICA" }));
  });

  it("sees rows typed by hand in the sheet too", async () => {
    const { harness } = await registroListo();
    harness.edit(HOJA.actividades, 2, 1, BASE.actividad);
    harness.edit(HOJA.actividades, 2, 2, BASE.entidad);
    harness.edit(HOJA.actividades, 2, 4, "03/06/2019");
    const r = registrar(harness, BASE);
    expect(r.ok ? null : r.duplicado).toMatch(/fila 2/);
  });
});

describe("registrarActividad — the document lock", () => {
  /**
   * The contention model (emulator/lock.ts). Apps Script runs saves in parallel; the emulator runs
   * one execution at a time, so parallelism is modelled two ways, both used here:
   * 1. Another process (a save from another browser) holds the lock until a simulated time
   *    (`holdLock` with `untilMs`): `waitLock` waits that simulated time and takes the lock.
   * 2. A save starts while another is in its critical section: the hook below runs save B nested
   *    inside save A, at the moment A has read the last row and not yet written (Utilities.getUuid
   *    is called between the two). B's waitLock meets A's lock; on Google B would block until A
   *    ends, but synchronous code cannot block, so the emulator abandons B's wait with LockContention
   *    (recorded in the lock state). Our code treats it like any failed wait: B writes nothing. The
   *    scheduler below sees the recorded contention and runs B again after A has ended — what the
   *    blocked wait would have done. Were the lock missing, B would write A's row and A would then
   *    overwrite it: a lost row, which the final count would catch.
   */
  it("20 saves interleaved on the lock: 20 rows, 20 distinct IDs, none lost", async () => {
    const { env, harness } = await registroListo();
    const rt = env.runtime;
    const pendientes = Array.from({ length: 20 }, (_, i) => ({
      ...BASE,
      actividad: `Actividad concurrente ${i + 1}`,
    }));
    const resultados: RespuestaRegistro[] = [];
    let contenciones = 0;
    let esperas = 0;

    const original = env.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
    let dentro = false;
    env.globals.Utilities = {
      ...original,
      getUuid: () => {
        const id = original.getUuid();
        const siguiente = pendientes[0];
        if (!dentro && siguiente) {
          // Save B starts while save A (this execution) holds the lock between its read and its write.
          dentro = true;
          const idDeA = rt.executionId;
          pendientes.shift();
          const r = registrar(harness, siguiente);
          const idDeB = harness.lastExecutionId;
          // The harness gives A its own execution back once B's nested run ends.
          expect(rt.executionId).toBe(idDeA);
          const esperaron = takeContention(env.state.locks, idDeB);
          expect(r).toEqual({ ok: false, errores: [{ campo: "general", mensaje: MENSAJE_OCUPADO }] });
          expect(esperaron).toEqual([{ executionId: idDeB, holderExecutionId: idDeA, key: "document" }]);
          contenciones++;
          // B waits, and runs again once A has ended (at the end of the queue, like a blocked wait).
          pendientes.push(siguiente);
          dentro = false;
        }
        return id;
      },
    };

    while (pendientes.length > 0) {
      const formulario = pendientes.shift();
      if (!formulario) break;
      // Every other save also finds a save from another browser holding the lock for 2 simulated seconds.
      if (resultados.length % 2 === 0) {
        const ahora = rt.now().getTime() + rt.waitedMs;
        holdLock(env.state.locks, "document", {
          executionId: 9000 + resultados.length,
          untilMs: ahora + 2000,
        });
        esperas++;
      }
      const antesDeEsperar = rt.waitedMs;
      const r = registrar(harness, formulario);
      if (esperas > 0 && resultados.length % 2 === 0) expect(rt.waitedMs - antesDeEsperar).toBe(2000);
      resultados.push(r);
    }
    env.globals.Utilities = original;

    expect(contenciones).toBeGreaterThanOrEqual(10);
    expect(resultados).toHaveLength(20);
    expect(resultados.every((r) => r.ok)).toBe(true);
    expect(ultimaFila(env)).toBe(21);
    const filas = leer(env, HOJA.actividades, (h) => h.getRange(2, 1, 20, 9).getValues());
    const ids = new Set(filas.map((f) => f[8]));
    expect(ids.size).toBe(20);
    const actividades = new Set(filas.map((f) => f[0]));
    for (let i = 1; i <= 20; i++) expect(actividades).toContain(`Actividad concurrente ${i}`);
    expect(new Set(resultados.map((r) => (r.ok ? r.fila : 0)))).toEqual(
      new Set(Array.from({ length: 20 }, (_, i) => i + 2)),
    );
  });

  it("a lock held too long: the Spanish message after the bounded wait, and no row, not even partly", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    const antes = JSON.stringify(env.snapshot().workbook);
    const rt = env.runtime;
    const ahora = rt.now().getTime() + rt.waitedMs;
    holdLock(env.state.locks, "document", { executionId: 9999, untilMs: ahora + 60_000 });
    const esperado = rt.waitedMs + ESPERA_DEL_CANDADO_MS;
    const r = registrar(harness, { ...BASE, actividad: "No debe quedar escrita" });
    expect(r).toEqual({ ok: false, errores: [{ campo: "general", mensaje: MENSAJE_OCUPADO }] });
    expect(rt.waitedMs).toBe(esperado);
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
    const c = registrarCoordinacion(harness, { mes: "2019-06", coordinacion: "Tampoco esta" });
    expect(c.ok).toBe(false);
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
  });
});

describe("registrarActividad — call budget", () => {
  async function llamadasDeUnGuardado(filas: number, eje: string) {
    const { env, harness } = await registroListo();
    if (filas > 0) {
      leer(env, HOJA.actividades, (hoja) => {
        // Room left under the data, as in a real sheet (a full sheet is its own test below).
        if (hoja.getMaxRows() < filas + 50)
          hoja.insertRowsAfter(hoja.getMaxRows(), filas + 50 - hoja.getMaxRows());
        const serial = 43_600;
        hoja
          .getRange(2, 1, filas, 9)
          .setValues(
            Array.from({ length: filas }, (_, i) => [
              `Actividad ${i}`,
              `Entidad ${i % 37}`,
              "Información",
              serial + (i % 60),
              "",
              "",
              "",
              "",
              `id-${i}`,
            ]),
          );
      });
    }
    env.runtime.resetCalls();
    exito(registrar(harness, { ...BASE, eje }));
    const porLlamada = env.runtime.callCounts();
    const hojaDeCalculo = Object.entries(porLlamada)
      .filter(([m]) => /^(SpreadsheetApp|Spreadsheet|Sheet|Range)\./.test(m))
      .reduce((n, [, c]) => n + c, 0);
    return { total: env.runtime.totalCalls(), hojaDeCalculo, porLlamada, ultima: ultimaFila(env) };
  }

  // Measured budget: 9 calls to the Sheets service (spreadsheet, sheet, time zone, last row, one read of
  // the last rows, one row's formats and values) and 6 others (lock 2, Session 2, Utilities 2: the
  // zone's offset and the ID) — one Sheets call over the target of 8, the time zone: see
  // src/addon/registrar.ts. What matters for speed holds: nothing grows with the number of rows.
  it("one save costs the same with 10 or 10,000 rows: 9 Sheets calls, 15 in all", async () => {
    const diez = await llamadasDeUnGuardado(10, "");
    const diezMil = await llamadasDeUnGuardado(10_000, "");
    expect(diezMil.ultima).toBe(10_002);
    expect(diezMil.porLlamada).toEqual(diez.porLlamada);
    console.log(
      "one save (no eje), 10 rows:",
      diez.total,
      "calls,",
      diez.hojaDeCalculo,
      "to Sheets",
      diez.porLlamada,
    );
    console.log(
      "one save (no eje), 10,000 rows:",
      diezMil.total,
      "calls,",
      diezMil.hojaDeCalculo,
      "to Sheets",
    );
    expect(diez.hojaDeCalculo).toBe(9);
    expect(diez.total).toBe(15);
    // One read of the last rows, one format write, one value write: never a whole-sheet read.
    expect(diez.porLlamada["Range.getValues"]).toBe(1);
    expect(diez.porLlamada["Range.setValues"]).toBe(1);
    expect(diez.porLlamada["Range.setNumberFormats"]).toBe(1);
  });

  it("with an eje, Configuración's block is read too (2 calls), still independent of the number of rows", async () => {
    const diez = await llamadasDeUnGuardado(10, EJE);
    const diezMil = await llamadasDeUnGuardado(10_000, EJE);
    expect(diezMil.porLlamada).toEqual(diez.porLlamada);
    expect(diez.hojaDeCalculo).toBe(11);
    console.log(
      "one save (with eje), 10 rows:",
      diez.total,
      "calls,",
      diez.hojaDeCalculo,
      "to Sheets",
      diez.porLlamada,
    );
  });
});

describe("abrirRegistro — the sidebar", () => {
  function datosDeLaBarra(env: Environment): DatosDelRegistro {
    const html = env.state.ui.sidebar?.html ?? "";
    const json = /<script type="application\/json" id="datos-iniciales">([\s\S]*?)<\/script>/.exec(html)?.[1];
    if (!json) throw new Error("no embedded data");
    return JSON.parse(json) as DatosDelRegistro;
  }

  it("opens from the menu, 300 px, titled, with entities, ejes, today and this month's entries embedded", async () => {
    const { env, harness } = await registroListo();
    exito(
      registrar(harness, { ...BASE, entidad: "JICA", fecha: "2019-05-20", actividad: "Actividad de mayo" }),
    );
    exito(registrar(harness, BASE));
    exito(registrar(harness, { ...BASE, entidad: "unión  europea", actividad: "Segunda de junio" }));
    exito(registrar(harness, { ...BASE, entidad: "<img src=x onerror=alert(1)>", actividad: "Hostil" }));
    exito(registrarCoordinacion(harness, { mes: "2019-06", coordinacion: "Pago anual de membresías." }));
    exito(registrarCoordinacion(harness, { mes: "2019-05", coordinacion: "Del mes pasado." }));
    harness.clickMenu("Registrar actividad");
    const barra = env.state.ui.sidebar;
    expect(barra?.title).toBe("Registrar actividad");
    expect(barra?.width).toBe(300);
    // The hostile entity is embedded escaped: no raw "<img" anywhere in the page.
    expect(barra?.html).not.toContain("<img src=x");
    const datos = datosDeLaBarra(env);
    expect(datos.hoy).toBe("2019-06-03");
    expect(datos.mes).toBe("junio 2019");
    expect(datos.ejes).toEqual(EJES);
    expect(datos.entidades).toEqual(["<img src=x onerror=alert(1)>", "JICA", "Unión Europea"]);
    expect(datos.actividades.map((a) => a.titulo)).toEqual(["Hostil", "Segunda de junio", BASE.actividad]);
    expect(datos.coordinaciones.map((c) => c.titulo)).toEqual(["Pago anual de membresías."]);
  });

  it("is the first item of the menu", async () => {
    const { env } = await addonEnPrueba();
    const items = env.state.ui.menus[0]?.items ?? [];
    expect(items[0]).toMatchObject({ label: "Registrar actividad", functionName: "abrirRegistro" });
  });

  it("sets the registry up when it opens on a new spreadsheet", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Registrar actividad");
    expect(env.workbook.sheetNames()).toEqual(
      expect.arrayContaining([HOJA.actividades, HOJA.coordinaciones]),
    );
    const datos = datosDeLaBarra(env);
    expect(datos.entidades).toEqual([]);
    expect(datos.actividades).toEqual([]);
  });
});
