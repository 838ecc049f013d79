// "Registrar actividad" saves on the emulator: fields by header, field errors, who registers, idempotent retries, hostile text, the lock, the call budget.
import { describe, expect, it } from "vitest";
import type { Harness } from "../../../emulator/harness";
import { holdLock, takeContention } from "../../../emulator/lock";
import { MENSAJE_REGISTRO_OCUPADO } from "../../../src/addon/candado";
import { ESPERA_DEL_CANDADO_MS } from "../../../src/addon/registrar-actividad/guardar";
import type { FormularioActividad, RespuestaRegistro } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import {
  MENSAJE_FIN_ANTES_DE_INICIO,
  validarActividad,
  validarCoordinacion,
} from "../../../src/core/registro/reglas";
import { MENSAJE_SELLO_NO_VALIDO } from "../../../src/core/registro/sello";
import { nuevoId } from "../../../src/ui/id";
import { addonEnPrueba } from "../../support/dist";
import {
  BASE,
  CORREO,
  EJE,
  exito,
  fila,
  leer,
  llamar,
  llenarActividades,
  registrar,
  registrarCoordinacion,
  registroListo,
  sello,
  ultimaFila,
} from "./apoyo";

describe("registrarActividad — valid saves", () => {
  it("writes each field under its header, with real date cells, the ID, who saved and when", async () => {
    const { env, harness } = await registroListo();
    const s = sello();
    const r = exito(registrar(harness, { ...BASE, fechaFin: "2019-06-05", eje: EJE }, s));
    expect(r).toEqual({ ok: true, fila: 2, id: s.id });
    const { valores, mostrados, formulas } = fila(env, HOJA.actividades, 2, 9);
    expect(valores.slice(0, 3)).toEqual([BASE.actividad, BASE.entidad, BASE.informacion]);
    expect(valores[3]).toBeInstanceOf(Date);
    expect(valores[4]).toBeInstanceOf(Date);
    expect(mostrados.slice(3, 5)).toEqual(["03/06/2019", "05/06/2019"]);
    // The eje's short name, as Configuración names it: "Posicionamiento estratégico", not the paragraph.
    expect(valores[5]).toBe("Posicionamiento estratégico");
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

describe("registrarActividad — the Eje is one of Configuración's", () => {
  it("refuses an eje Configuración does not have, and writes nothing", async () => {
    const { env, harness } = await registroListo();
    const r = registrar(harness, { ...BASE, eje: "Eje inventado" });
    expect(r.ok ? null : r.errores).toEqual([
      {
        campo: "eje",
        mensaje:
          "El Eje de trabajo no está en la lista de Configuración: elija uno de la lista o déjelo vacío.",
      },
    ]);
    expect(ultimaFila(env)).toBe(1);
  });

  it("accepts an eje added to Configuración after the add-on's copy was made, and stores it as configured", async () => {
    const { env, harness } = await registroListo();
    harness.clickMenu("Registrar actividad");
    leer(env, HOJA.configuracion, (h) => {
      const filas = h.getRange(2, 1, h.getLastRow() - 1, 2).getValues();
      const i = filas.findIndex(([k]) => k === "Ejes de trabajo");
      h.getRange(i + 2, 2).setValue(`${filas[i]?.[1]}\nGestión de fondos: proyectos con la cooperación.`);
    });
    const r = exito(registrar(harness, { ...BASE, eje: "gestion  de fondos" }));
    expect(fila(env, HOJA.actividades, r.fila, 9).valores[5]).toBe("Gestión de fondos");
  });
});

describe("registrarActividad — invalid input is refused with the field's message, nothing written", () => {
  const casos: Array<[string, unknown, string]> = [
    ["empty Actividad", { ...BASE, actividad: "   " }, "actividad"],
    ["Actividad of invisible characters", { ...BASE, actividad: "\u200b\u2800\u3164" }, "actividad"],
    ["short Actividad", { ...BASE, actividad: "ab" }, "actividad"],
    ["Actividad over 200 characters", { ...BASE, actividad: "a".repeat(201) }, "actividad"],
    ["line break in Actividad", { ...BASE, actividad: "Reunión\ncon JICA" }, "actividad"],
    ["control character in Entidad", { ...BASE, entidad: "JI\u0007CA" }, "entidad"],
    ["direction override in Entidad", { ...BASE, entidad: "JICA\u202e" }, "entidad"],
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
    ["an eje with a control character", { ...BASE, eje: "Posicionamiento\u0000" }, "eje"],
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
      if (campo !== "eje") expect(local.ok ? [] : local.errores).toEqual(r.errores);
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
      { mes: "2019-05", coordinacion: "\ufeff\u200b" },
    ]) {
      const r = registrarCoordinacion(harness, formulario);
      const local = validarCoordinacion(formulario);
      expect(r.ok).toBe(false);
      expect(r.ok ? [] : r.errores).toEqual(local.ok ? [] : local.errores);
    }
    expect(ultimaFila(env, HOJA.coordinaciones)).toBe(1);
  });
});

describe("registrarActividad — who registers is Google's to say, and each ID is unique", () => {
  it("records the e-mail Session gives at save time, never the one the page claims", async () => {
    const { env, harness } = await registroListo({ activeUserEmail: "ana@mupa.gob.pa" });
    const r = exito(registrar(harness, BASE, { id: nuevoId(), registradoPor: "alcalde@mupa.gob.pa" }));
    expect(fila(env, HOJA.actividades, r.fila, 9).valores[6]).toBe("ana@mupa.gob.pa");
  });

  it("records an empty Registrado por when Google gives no e-mail", async () => {
    const { env, harness } = await registroListo({ activeUserEmail: "" });
    const r = exito(registrar(harness, BASE, { id: nuevoId(), registradoPor: "alguien@x.org" }));
    expect(fila(env, HOJA.actividades, r.fila, 9).valores[6]).toBe("");
  });

  it("a save sent again with the same ID (its answer was lost) leaves one row and answers with it", async () => {
    const { env, harness } = await registroListo();
    const s = sello();
    const primera = exito(registrar(harness, BASE, s));
    exito(registrar(harness, { ...BASE, actividad: "Otra de otra persona" }));
    const otra = exito(registrar(harness, BASE, s));
    expect(otra).toEqual(primera);
    expect(ultimaFila(env)).toBe(3);
    const c = sello();
    const coord = { mes: "2019-06", coordinacion: "Pago anual de membresías." };
    expect(exito(registrarCoordinacion(harness, coord, c))).toEqual(
      exito(registrarCoordinacion(harness, coord, c)),
    );
    expect(ultimaFila(env, HOJA.coordinaciones)).toBe(2);
  });

  it("an ID reused for another activity gets an ID of the server's: nothing lost, no ID twice", async () => {
    const { env, harness } = await registroListo();
    const s = sello();
    exito(registrar(harness, BASE, s));
    const r = exito(registrar(harness, { ...BASE, actividad: "Otra actividad distinta" }, s));
    expect(r.fila).toBe(3);
    expect(r.id).not.toBe(s.id);
    const ids = leer(env, HOJA.actividades, (h) =>
      h
        .getRange(2, 9, 2, 1)
        .getValues()
        .map(([v]) => v),
    );
    expect(ids).toEqual([s.id, r.id]);
  });

  it("the ID written in another column (say, pasted into Información) is not taken for the row's", async () => {
    const { env, harness } = await registroListo();
    const s = sello();
    exito(registrar(harness, { ...BASE, informacion: s.id }));
    const r = exito(registrar(harness, BASE, s));
    expect(r).toMatchObject({ fila: 3, id: s.id });
    expect(ultimaFila(env)).toBe(3);
  });

  const malos: Array<[string, unknown]> = [
    ["no stamp (a sidebar from before an update)", undefined],
    ["the old boolean argument", false],
    ["an ID that is not a UUID", { id: "fila-2" }],
    ["an upper-case UUID", { id: nuevoId().toUpperCase() }],
  ];
  for (const [nombre, s] of malos) {
    it(`refuses ${nombre}: reopen the sidebar, nothing written`, async () => {
      const { env, harness } = await registroListo();
      const antes = JSON.stringify(env.snapshot().workbook);
      const esperado = { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };
      expect(llamar(harness, "registrarActividad", [BASE, s])).toEqual(esperado);
      expect(
        llamar(harness, "registrarCoordinacion", [{ mes: "2019-06", coordinacion: "Pago de membresías" }, s]),
      ).toEqual(esperado);
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

describe("registrarActividad — columns found by their header", () => {
  it("a reordered sheet with the office's own column gets each value under its title, the office's cells untouched", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.actividades, (h) => {
      // As staff leave it: Fecha moved first, an "Observaciones" column of the office's between
      // Entidad and Información, titles in their own case and spacing.
      h.insertColumnAfter(9);
      h.getRange(1, 1, 1, 10).setValues([
        [
          "fecha",
          "Actividad / Gestión",
          "ENTIDAD",
          "Observaciones",
          "Información",
          "Fecha Fin",
          "Eje de trabajo",
          "Registrado por",
          "Registrado el",
          "ID",
        ],
      ]);
      h.getRange(2, 4).setNote("nota de la oficina");
      h.getRange(2, 4).setNumberFormat("0.00");
    });
    const titulos = leer(env, HOJA.actividades, (h) => h.getRange(1, 1, 1, 10).getValues()[0]);
    const r = exito(registrar(harness, { ...BASE, fechaFin: "2019-06-04" }));
    const { valores, mostrados, formatos } = fila(env, HOJA.actividades, r.fila, 10);
    const en = (titulo: string) => valores[(titulos ?? []).indexOf(titulo)];
    expect(en("Actividad / Gestión")).toBe(BASE.actividad);
    expect(en("ENTIDAD")).toBe(BASE.entidad);
    expect(en("Información")).toBe(BASE.informacion);
    expect(mostrados[(titulos ?? []).indexOf("fecha")]).toBe("03/06/2019");
    expect(mostrados[(titulos ?? []).indexOf("Fecha Fin")]).toBe("04/06/2019");
    expect(en("Observaciones")).toBe("");
    expect(formatos[(titulos ?? []).indexOf("Observaciones")]).toBe("0.00");
    expect(leer(env, HOJA.actividades, (h) => h.getRange(2, 4).getNote())).toBe("nota de la oficina");
  });

  it("a missing column stops the save with one message naming it, nothing written", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.actividades, (h) => h.deleteColumn(5));
    const antes = JSON.stringify(env.snapshot().workbook);
    const r = registrar(harness, BASE);
    expect(r).toEqual({
      ok: false,
      errores: [
        {
          campo: "general",
          mensaje:
            "Falta la columna «Fecha fin» en la hoja Actividades: use «Configurar hoja» en el menú Informe mensual para agregarla.",
        },
      ],
    });
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
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

describe("registrarActividad — a save does not refuse a probable duplicate", () => {
  it("the sidebar asked already, and confirming is the user's call", async () => {
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
   *    but synchronous code cannot block, so the emulator abandons B's wait with Google's timeout
   *    (recorded in the lock state). B writes nothing. The scheduler below sees the recorded
   *    contention and runs B again after A has ended — what the blocked wait would have done. Were
   *    the lock missing, B would write A's row and A would then overwrite it: a lost row.
   */
  it("20 saves interleaved on the lock: 20 rows, 20 distinct IDs, each row its own person, none lost", async () => {
    const { env, harness } = await registroListo();
    const rt = env.runtime;
    const pendientes = Array.from({ length: 20 }, (_, i) => ({
      formulario: { ...BASE, actividad: `Actividad concurrente ${i + 1}` },
      sello: sello(),
      persona: `persona${i + 1}@example.org`,
    }));
    const guardar = (p: (typeof pendientes)[number]): RespuestaRegistro => {
      const antes = rt.activeUserEmail;
      rt.activeUserEmail = p.persona;
      try {
        return registrar(harness, p.formulario, p.sello);
      } finally {
        rt.activeUserEmail = antes;
      }
    };
    const resultados: RespuestaRegistro[] = [];
    let contenciones = 0;
    let dentro = false;
    rt.onCall = (metodo) => {
      const siguiente = pendientes[0];
      if (metodo !== "Range.setNumberFormats" || dentro || !siguiente) return;
      dentro = true;
      const idDeA = rt.executionId;
      pendientes.shift();
      const r = guardar(siguiente);
      const idDeB = harness.lastExecutionId;
      expect(rt.executionId).toBe(idDeA);
      const esperaron = takeContention(env.state.locks, idDeB);
      expect(r).toEqual({ ok: false, errores: [{ campo: "general", mensaje: MENSAJE_REGISTRO_OCUPADO }] });
      expect(esperaron).toEqual([{ executionId: idDeB, holderExecutionId: idDeA, key: "document" }]);
      contenciones++;
      pendientes.push(siguiente);
      dentro = false;
    };
    while (pendientes.length > 0) {
      const siguiente = pendientes.shift();
      if (!siguiente) break;
      if (resultados.length % 2 === 0) {
        const ahora = rt.now().getTime() + rt.waitedMs;
        holdLock(env.state.locks, "document", {
          executionId: 9000 + resultados.length,
          untilMs: ahora + 2000,
        });
      }
      const antesDeEsperar = rt.waitedMs;
      const r = guardar(siguiente);
      if (resultados.length % 2 === 0) expect(rt.waitedMs - antesDeEsperar).toBe(2000);
      resultados.push(r);
    }
    rt.onCall = undefined;

    expect(contenciones).toBeGreaterThanOrEqual(10);
    expect(resultados.every((r) => r.ok)).toBe(true);
    expect(ultimaFila(env)).toBe(21);
    const filas = leer(env, HOJA.actividades, (h) => h.getRange(2, 1, 20, 9).getValues());
    expect(new Set(filas.map((f) => f[8])).size).toBe(20);
    for (let i = 1; i <= 20; i++) {
      const suya = filas.find((f) => f[0] === `Actividad concurrente ${i}`);
      expect(suya?.[6]).toBe(`persona${i}@example.org`);
      const respuesta = resultados.find((r) => r.ok && r.id === suya?.[8]);
      expect(respuesta?.ok && filas.indexOf(suya ?? []) + 2 === respuesta.fila).toBe(true);
    }
  });

  it("a lock held too long: the true cause after the bounded wait, and no row, not even partly", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    const antes = JSON.stringify(env.snapshot().workbook);
    const rt = env.runtime;
    holdLock(env.state.locks, "document", {
      executionId: 9999,
      untilMs: rt.now().getTime() + rt.waitedMs + 60_000,
    });
    const esperado = rt.waitedMs + ESPERA_DEL_CANDADO_MS;
    const r = registrar(harness, { ...BASE, actividad: "No debe quedar escrita" });
    expect(r).toEqual({ ok: false, errores: [{ campo: "general", mensaje: MENSAJE_REGISTRO_OCUPADO }] });
    expect(MENSAJE_REGISTRO_OCUPADO).toMatch(
      /otra persona está guardando o se está leyendo el registro para un informe/,
    );
    expect(rt.waitedMs).toBe(esperado);
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
    expect(registrarCoordinacion(harness, { mes: "2019-06", coordinacion: "Tampoco esta" }).ok).toBe(false);
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
  });
});

describe("registrarActividad — call budget", () => {
  /** A registry of `filas` activities, then one save counted call by call. */
  async function llamadasDeUnGuardado(filas: number, guardar: (harness: Harness) => RespuestaRegistro) {
    const { env, harness } = await registroListo();
    harness.clickMenu("Registrar actividad");
    if (filas > 0) llenarActividades(env, filas);
    env.runtime.resetCalls();
    env.runtime.recordCalls = true;
    exito(guardar(harness));
    return {
      total: env.runtime.totalCalls(),
      porLlamada: env.runtime.callCounts(),
      orden: [...env.runtime.callLog],
    };
  }

  const ORDEN = [
    "Session.getActiveUser",
    "User.getEmail",
    "LockService.getDocumentLock",
    "Lock.waitLock",
    "SpreadsheetApp.getActiveSpreadsheet",
    "Spreadsheet.getSheetByName",
    "Sheet.getRange",
    "Range.getValues",
    "Sheet.createTextFinder",
    "TextFinder.findNext",
    "Sheet.getLastRow",
    "Sheet.getRange",
    "Range.setNumberFormats",
    "Range.setValues",
  ];

  it("one save costs 14 calls with 10 rows and with 10,000; reading the header costs one row", async () => {
    const diez = await llamadasDeUnGuardado(10, (h) => registrar(h, BASE));
    const diezMil = await llamadasDeUnGuardado(10_000, (h) => registrar(h, BASE));
    console.log("one save, 10 rows:", diez.total, "calls:", diez.orden.join(", "));
    console.log("one save, 10,000 rows:", diezMil.total, "calls");
    expect(diez.orden).toEqual(ORDEN);
    expect(diezMil.orden).toEqual(diez.orden);
  });

  it("an eje adds the two calls of the add-on's copy of Configuración; a range of days or a coordination cost the same", async () => {
    const conEje = await llamadasDeUnGuardado(10_000, (h) =>
      registrar(h, { ...BASE, eje: EJE, fechaFin: "2019-06-07" }),
    );
    const coordinacion = await llamadasDeUnGuardado(10_000, (h) =>
      registrarCoordinacion(h, { mes: "2019-06", coordinacion: "Pago anual de membresías." }),
    );
    expect(conEje.total).toBe(ORDEN.length + 2);
    expect(conEje.porLlamada).toMatchObject({
      "PropertiesService.getDocumentProperties": 1,
      "Properties.getProperty": 1,
    });
    expect(coordinacion.orden).toEqual(ORDEN);
  });

  it("whichever call fails, the save says so in Spanish and no data is written", async () => {
    for (let llamada = 0; llamada < ORDEN.length; llamada++) {
      const { env, harness } = await registroListo();
      exito(registrar(harness, BASE));
      env.runtime.resetCalls();
      env.runtime.failAtCall = llamada;
      const r = registrar(harness, { ...BASE, actividad: "No debe quedar" });
      env.runtime.failAtCall = undefined;
      const mensaje = r.ok ? "" : (r.errores[0]?.mensaje ?? "");
      // A failing Session call means Google gave no e-mail: the row is saved, with Registrado por empty.
      if (llamada < 2) {
        expect(r.ok).toBe(true);
        expect(fila(env, HOJA.actividades, 3, 9).valores[6]).toBe("");
        continue;
      }
      expect(mensaje).toMatch(/^No se pudo guardar por un error de Google \(.*No se guardó nada/);
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

describe("registrarActividad — the add-on's copy of the ejes follows Configuración", () => {
  it("an eje removed from Configuración by typing is refused at once (onEdit refreshed the copy)", async () => {
    const { env, harness } = await registroListo();
    harness.clickMenu("Registrar actividad");
    exito(registrar(harness, { ...BASE, eje: EJE }));
    const fila = leer(
      env,
      HOJA.configuracion,
      (h) =>
        h
          .getRange(2, 1, h.getLastRow() - 1, 1)
          .getValues()
          .findIndex(([k]) => k === "Ejes de trabajo") + 2,
    );
    harness.edit(HOJA.configuracion, fila, 2, "Gestión de fondos: proyectos con la cooperación.");
    const r = registrar(harness, { ...BASE, eje: EJE });
    expect(r.ok ? null : r.errores[0]?.campo).toBe("eje");
    exito(registrar(harness, { ...BASE, eje: "Gestión de fondos" }));
  });
});
