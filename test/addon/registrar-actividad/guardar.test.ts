// "Registrar actividad" on the emulator: saves, field errors, hostile text, the stamp, the document lock under contention, the call budget and the sidebar's embedded data.
import { describe, expect, it } from "vitest";
import type { Harness } from "../../../emulator/harness";
import type { Environment } from "../../../emulator/index";
import { holdLock, takeContention } from "../../../emulator/lock";
import { FILAS_REVISADAS } from "../../../src/addon/registrar-actividad/barra-lateral";
import { ESPERA_DEL_CANDADO_MS, MENSAJE_OCUPADO } from "../../../src/addon/registrar-actividad/guardar";
import type { DatosDelRegistro, FormularioActividad, RespuestaRegistro } from "../../../src/core/api";
import { CLAVE_CONFIGURACION, CONFIGURACION_INICIAL, HOJA } from "../../../src/core/registro/hojas";
import {
  MENSAJE_FIN_ANTES_DE_INICIO,
  validarActividad,
  validarCoordinacion,
} from "../../../src/core/registro/reglas";
import { MENSAJE_SELLO_NO_VALIDO, type SelloDeRegistro } from "../../../src/core/registro/sello";
import { normalizarTextoCorto } from "../../../src/core/texto";
import { nuevoId } from "../../../src/ui/id";
import { addonEnPrueba } from "../../support/dist";

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

const CORREO = "usuario@example.org";

/** The stamp the sidebar sends: a new ID from the sidebar's own generator, and the user's e-mail. */
function sello(registradoPor = CORREO): SelloDeRegistro {
  return { id: nuevoId(), registradoPor };
}

/** A google.script.run call from the sidebar, with exactly the arguments given. */
function llamar(harness: Harness, funcion: string, args: unknown[]): RespuestaRegistro {
  return harness.run(funcion, args, { authMode: "FULL" }) as RespuestaRegistro;
}

function registrar(harness: Harness, formulario: unknown, s: SelloDeRegistro = sello()): RespuestaRegistro {
  return llamar(harness, "registrarActividad", [formulario, s]);
}

function registrarCoordinacion(
  harness: Harness,
  formulario: unknown,
  s: SelloDeRegistro = sello(),
): RespuestaRegistro {
  return llamar(harness, "registrarCoordinacion", [formulario, s]);
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

/** The data embedded in the open sidebar, as its script reads it. */
function datosDeLaBarra(env: Environment): DatosDelRegistro {
  const html = env.state.ui.sidebar?.html ?? "";
  const json = /<script type="application\/json" id="datos-iniciales">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error("no embedded data");
  return JSON.parse(json) as DatosDelRegistro;
}

function exito(r: RespuestaRegistro) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r;
}

describe("registrarActividad — valid saves", () => {
  it("writes each field in its column, with real date cells, the stamp's ID and user, and the time", async () => {
    const { env, harness } = await registroListo();
    const s = sello();
    const r = exito(registrar(harness, { ...BASE, fechaFin: "2019-06-05", eje: EJE }, s));
    expect(r).toEqual({ ok: true, fila: 2, id: s.id });
    const { valores, mostrados, formulas } = fila(env, HOJA.actividades, 2, 9);
    expect(valores.slice(0, 3)).toEqual([BASE.actividad, BASE.entidad, BASE.informacion]);
    expect(valores[3]).toBeInstanceOf(Date);
    expect(valores[4]).toBeInstanceOf(Date);
    expect(mostrados.slice(3, 5)).toEqual(["03/06/2019", "05/06/2019"]);
    // Spaces collapsed like every one-line field; the sidebar offers Configuración's text.
    expect(valores[5]).toBe(normalizarTextoCorto(EJE));
    expect(valores[6]).toBe(CORREO);
    expect(valores[7]).toBeInstanceOf(Date);
    // 2019-06-03T15:00Z is 10:00 in Panama (UTC-5), the spreadsheet's zone.
    expect(mostrados[7]).toBe("03/06/2019 10:00");
    expect(valores[8]).toBe(s.id);
    expect(formulas.every((f) => f === "")).toBe(true);
  });

  it("shows Registrado el in the spreadsheet's zone when it is not the script's", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.actividades, (h) => h.getParent().setSpreadsheetTimeZone("Asia/Tokyo"));
    const r = exito(registrar(harness, BASE));
    const { mostrados } = fila(env, HOJA.actividades, r.fila, 9);
    // The same instant, 2019-06-03T15:00Z, is midnight of the next day in Tokyo; the dates stay put.
    expect(mostrados[7]).toBe("04/06/2019 00:00");
    expect(mostrados[3]).toBe("03/06/2019");
  });

  it("leaves Fecha fin empty for a one-day activity and normalizes spaces of one-line fields", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, { ...BASE, actividad: "  Reunión   con  la JICA ", fechaFin: "2019-06-03" }));
    const { valores } = fila(env, HOJA.actividades, 2, 9);
    expect(valores[0]).toBe("Reunión con la JICA");
    expect(valores[4]).toBe("");
  });

  it("appends under the last row, also under rows typed by hand", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    harness.edit(HOJA.actividades, 3, 1, "Escrita a mano");
    const r = exito(registrar(harness, { ...BASE, actividad: "Otra actividad" }));
    expect(r.fila).toBe(4);
    expect(fila(env, HOJA.actividades, 3, 9).valores[0]).toBe("Escrita a mano");
    expect(fila(env, HOJA.actividades, 4, 9).valores[0]).toBe("Otra actividad");
  });

  it("records an empty Registrado por when Google did not reveal the e-mail to the sidebar", async () => {
    const { env, harness } = await addonEnPrueba({ activeUserEmail: "" });
    harness.clickMenu("Registrar actividad");
    const { correo } = datosDeLaBarra(env);
    expect(correo).toBe("");
    exito(registrar(harness, BASE, sello(correo)));
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

  it("checks the eje's form only: the sidebar offers Configuración's ejes, a save does not reread them", async () => {
    const { env, harness } = await registroListo();
    const r = registrar(harness, { ...BASE, eje: "x".repeat(2001) });
    expect(r.ok ? null : r.errores.map((e) => e.campo)).toEqual(["eje"]);
    // An eje renamed in Configuración after the sidebar opened is kept as it was chosen.
    const antiguo = exito(registrar(harness, { ...BASE, eje: "Eje renombrado después" }));
    expect(fila(env, HOJA.actividades, antiguo.fila, 9).valores[5]).toBe("Eje renombrado después");
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
    expect(valores[2]).toBe(CORREO);
    expect(valores[3]).toBeInstanceOf(Date);
    expect(valores[4]).toBe(r.id);
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
    ["an eje that is not text", { ...BASE, eje: 3 }, "eje"],
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
      const local = validarActividad(formulario, { ejes: null });
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

describe("registrarActividad — the stamp (ID and Registrado por) is checked too", () => {
  const casos: Array<[string, unknown]> = [
    ["no stamp (a sidebar from before an update)", undefined],
    ["the old boolean argument", false],
    ["an ID that is not a UUID", { id: "fila-2", registradoPor: CORREO }],
    ["an upper-case UUID", { id: nuevoId().toUpperCase(), registradoPor: CORREO }],
    ["a formula as e-mail", { id: nuevoId(), registradoPor: '=HYPERLINK("http://x")' }],
    ["two e-mails", { id: nuevoId(), registradoPor: "a@x.org b@x.org" }],
    ["an e-mail over 254 characters", { id: nuevoId(), registradoPor: `${"a".repeat(250)}@x.org` }],
  ];
  for (const [nombre, s] of casos) {
    it(nombre, async () => {
      const { env, harness } = await registroListo();
      const antes = JSON.stringify(env.snapshot().workbook);
      const esperado = { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };
      expect(llamar(harness, "registrarActividad", [BASE, s])).toEqual(esperado);
      const coordinacion = { mes: "2019-06", coordinacion: "Pago de membresías" };
      expect(llamar(harness, "registrarCoordinacion", [coordinacion, s])).toEqual(esperado);
      expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
    });
  }

  it("field errors come first: the form is what the user can fix", async () => {
    const { harness } = await registroListo();
    const r = llamar(harness, "registrarActividad", [{ ...BASE, actividad: "" }]);
    expect(r.ok ? null : r.errores.map((e) => e.campo)).toEqual(["actividad"]);
  });

  it("the sidebar's generator draws version-4 UUIDs, all different", () => {
    const ids = Array.from({ length: 2000 }, () => nuevoId());
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
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

describe("registrarActividad — probable duplicates are the sidebar's warning", () => {
  it("embeds the last rows' activities, hand-typed ones included, for the sidebar to compare with", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    harness.edit(HOJA.actividades, 3, 1, "Escrita a mano");
    harness.edit(HOJA.actividades, 3, 2, "JICA");
    harness.edit(HOJA.actividades, 3, 4, "07/05/2019");
    harness.edit(HOJA.actividades, 4, 1, "Sin fecha legible");
    harness.edit(HOJA.actividades, 4, 2, "JICA");
    harness.edit(HOJA.actividades, 4, 4, "pronto");
    harness.clickMenu("Registrar actividad");
    expect(datosDeLaBarra(env).conocidas).toEqual([
      { fila: 2, actividad: BASE.actividad, entidad: BASE.entidad, fecha: "2019-06-03" },
      { fila: 3, actividad: "Escrita a mano", entidad: "JICA", fecha: "2019-05-07" },
    ]);
  });

  it("embeds at most the last FILAS_REVISADAS rows", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.actividades, (h) => {
      h.insertRowsAfter(h.getMaxRows(), 400);
      h.getRange(2, 1, 400, 4).setValues(
        Array.from({ length: 400 }, (_, i) => [`Actividad ${i + 2}`, "JICA", "", 43_600]),
      );
    });
    harness.clickMenu("Registrar actividad");
    const { conocidas } = datosDeLaBarra(env);
    expect(conocidas).toHaveLength(FILAS_REVISADAS);
    expect(conocidas[0]?.fila).toBe(401 - FILAS_REVISADAS + 1);
    expect(conocidas.at(-1)?.fila).toBe(401);
  });

  it("a save does not refuse a duplicate: the sidebar asked already, and confirming is the user's call", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    const r = exito(registrar(harness, BASE));
    expect(r.fila).toBe(3);
    expect(ultimaFila(env)).toBe(3);
  });
});

describe("registrarActividad — the document lock", () => {
  /**
   * The contention model (emulator/lock.ts). Apps Script runs saves in parallel; the emulator runs
   * one execution at a time, so parallelism is modelled two ways, both used here:
   * 1. Another process (a save from another browser) holds the lock until a simulated time
   *    (`holdLock` with `untilMs`): `waitLock` waits that simulated time and takes the lock.
   * 2. A save starts while another is in its critical section: the runtime's `onCall` hook runs
   *    save B nested inside save A at the moment A has read the last row and not yet written (A's
   *    `Range.setNumberFormats`). B's waitLock meets A's lock; on Google B would block until A ends,
   *    but synchronous code cannot block, so the emulator abandons B's wait with LockContention
   *    (recorded in the lock state). Our code treats it like any failed wait: B writes nothing. The
   *    scheduler below sees the recorded contention and runs B again after A has ended — what the
   *    blocked wait would have done. Were the lock missing, B would write A's row and A would then
   *    overwrite it: a lost row, which the final count would catch.
   */
  it("20 saves interleaved on the lock: 20 rows, 20 distinct IDs, none lost", async () => {
    const { env, harness } = await registroListo();
    const rt = env.runtime;
    const pendientes = Array.from({ length: 20 }, (_, i) => ({
      formulario: { ...BASE, actividad: `Actividad concurrente ${i + 1}` },
      sello: sello(`persona${i + 1}@example.org`),
    }));
    const resultados: RespuestaRegistro[] = [];
    let contenciones = 0;
    let esperas = 0;

    let dentro = false;
    rt.onCall = (metodo) => {
      const siguiente = pendientes[0];
      if (metodo !== "Range.setNumberFormats" || dentro || !siguiente) return;
      // Save B starts while save A (this execution) holds the lock between its read and its write.
      dentro = true;
      const idDeA = rt.executionId;
      pendientes.shift();
      const r = registrar(harness, siguiente.formulario, siguiente.sello);
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
    };

    while (pendientes.length > 0) {
      const siguiente = pendientes.shift();
      if (!siguiente) break;
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
      const r = registrar(harness, siguiente.formulario, siguiente.sello);
      if (esperas > 0 && resultados.length % 2 === 0) expect(rt.waitedMs - antesDeEsperar).toBe(2000);
      resultados.push(r);
    }
    rt.onCall = undefined;

    expect(contenciones).toBeGreaterThanOrEqual(10);
    expect(resultados).toHaveLength(20);
    expect(resultados.every((r) => r.ok)).toBe(true);
    expect(ultimaFila(env)).toBe(21);
    const filas = leer(env, HOJA.actividades, (h) => h.getRange(2, 1, 20, 9).getValues());
    const ids = new Set(filas.map((f) => f[8]));
    expect(ids.size).toBe(20);
    // Every row is whole and its own: its activity, its person and its ID belong together.
    for (let i = 1; i <= 20; i++) {
      const suya = filas.find((f) => f[0] === `Actividad concurrente ${i}`);
      expect(suya?.[6]).toBe(`persona${i}@example.org`);
      const respuesta = resultados.find((r) => r.ok && r.id === suya?.[8]);
      expect(respuesta?.ok && filas.indexOf(suya ?? []) + 2 === respuesta.fila).toBe(true);
    }
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
  /** A registry of `filas` activities with room under them, then one save counted call by call. */
  async function llamadasDeUnGuardado(filas: number, guardar: (harness: Harness) => RespuestaRegistro) {
    const { env, harness } = await registroListo();
    if (filas > 0) {
      leer(env, HOJA.actividades, (hoja) => {
        // Room left under the data, as in a real sheet (a full sheet is its own test above).
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
    env.runtime.recordCalls = true;
    exito(guardar(harness));
    return {
      total: env.runtime.totalCalls(),
      porLlamada: env.runtime.callCounts(),
      orden: [...env.runtime.callLog],
    };
  }

  // The budget: at most 8 service calls per save, whatever the size of the registry.
  it("one save costs 8 calls with 10 rows and with 10,000: lock, sheet, last row, one row written", async () => {
    const diez = await llamadasDeUnGuardado(10, (h) => registrar(h, BASE));
    const diezMil = await llamadasDeUnGuardado(10_000, (h) => registrar(h, BASE));
    console.log("one save, 10 rows:", diez.total, "calls:", diez.orden.join(", "));
    console.log("one save, 10,000 rows:", diezMil.total, "calls");
    expect(diez.orden).toEqual([
      "LockService.getDocumentLock",
      "Lock.waitLock",
      "SpreadsheetApp.getActiveSpreadsheet",
      "Spreadsheet.getSheetByName",
      "Sheet.getLastRow",
      "Sheet.getRange",
      "Range.setNumberFormats",
      "Range.setValues",
    ]);
    expect(diezMil.orden).toEqual(diez.orden);
    expect(diez.total).toBeLessThanOrEqual(8);
  });

  it("an eje, a range of days or a coordination cost the same 8 calls", async () => {
    const conEje = await llamadasDeUnGuardado(10_000, (h) =>
      registrar(h, { ...BASE, eje: EJE, fechaFin: "2019-06-07" }),
    );
    const coordinacion = await llamadasDeUnGuardado(10_000, (h) =>
      registrarCoordinacion(h, { mes: "2019-06", coordinacion: "Pago anual de membresías." }),
    );
    expect(conEje.total).toBe(8);
    expect(coordinacion.total).toBe(8);
    expect(coordinacion.porLlamada).toEqual(conEje.porLlamada);
  });

  it("whichever of the 8 calls fails, the save says so in Spanish and no data is written", async () => {
    for (let llamada = 0; llamada < 8; llamada++) {
      const { env, harness } = await registroListo();
      exito(registrar(harness, BASE));
      env.runtime.resetCalls();
      env.runtime.failAtCall = llamada;
      const r = registrar(harness, { ...BASE, actividad: "No debe quedar" });
      env.runtime.failAtCall = undefined;
      expect(r.ok ? null : r.errores[0]?.mensaje).toMatch(
        /^No se pudo guardar por un error de Google Sheets/,
      );
      expect(ultimaFila(env)).toBe(2);
      expect(fila(env, HOJA.actividades, 3, 9).valores.every((v) => v === "")).toBe(true);
    }
  });

  it("a refused form costs no call at all", async () => {
    const { env, harness } = await registroListo();
    env.runtime.resetCalls();
    expect(registrar(harness, { ...BASE, fecha: "" }).ok).toBe(false);
    expect(llamar(harness, "registrarActividad", [BASE]).ok).toBe(false);
    expect(env.runtime.totalCalls()).toBe(0);
  });
});

describe("abrirRegistro — the sidebar", () => {
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
    // Read once here so that no save has to: who registers, and what a new activity is compared with.
    expect(datos.correo).toBe(CORREO);
    expect(datos.conocidas.map((c) => c.actividad)).toEqual([
      "Actividad de mayo",
      BASE.actividad,
      "Segunda de junio",
      "Hostil",
    ]);
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
