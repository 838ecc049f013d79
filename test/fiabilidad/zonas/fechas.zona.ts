// Run by test/fiabilidad/zonas-anfitrion.test.ts once per host time zone (TZ): the add-on's days follow the spreadsheet's zone, never the machine's.
import { describe, expect, it } from "vitest";
import { documentText } from "../../../emulator/document/index";
import type { Environment } from "../../../emulator/index";
import type { Preflight, Respuesta, ResultadoInforme } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { conMuestra, idDelDocumento } from "../../addon/informe/apoyo";
import {
  BASE,
  datosDeLaBarra,
  exito,
  registrar,
  registrarCoordinacion,
} from "../../addon/registrar-actividad/apoyo";
import { COL, celda, teclear } from "../../addon/registro/apoyo-edicion";

/** The host's offset from UTC in minutes (Date#getTimezoneOffset), for a day of January and one of June 2019. */
const DESFASE_DEL_ANFITRION: Record<string, [number, number]> = {
  UTC: [0, 0],
  "America/Panama": [300, 300],
  "Asia/Tokyo": [-540, -540],
  "Pacific/Kiritimati": [-840, -840],
  // Newfoundland: −3:30, and −2:30 in summer.
  "America/St_Johns": [210, 150],
};

/**
 * Each spreadsheet zone with what a person there sees at two instants:
 * - 2019-06-01T03:30Z: 22:30 on 31 May in Panama, 17:30 on 1 June in Kiritimati (UTC+14);
 * - 2019-06-10T23:30Z: 10 June in Panama (the dialog proposes May), 11 June in Kiritimati (June).
 */
const HOJAS = [
  {
    zona: "America/Panama",
    hoy: "2019-05-31",
    registradoEl: "31/05/2019 22:30",
    pie: "31 de mayo de 2019 a las 22:30",
    mesPropuesto: "2019-05",
  },
  {
    zona: "Pacific/Kiritimati",
    hoy: "2019-06-01",
    registradoEl: "01/06/2019 17:30",
    pie: "1 de junio de 2019 a las 17:30",
    mesPropuesto: "2019-06",
  },
] as const;

/** A row of the report's table as the Doc's text shows it: each cell on its own line. */
const enLaTabla = (...celdas: string[]) => celdas.map((c) => `\t${c}\n`).join("");

const INSTANTE = new Date("2019-06-01T03:30:00Z");
const DIA_DIEZ = new Date("2019-06-10T23:30:00Z");

function informe(harness: Awaited<ReturnType<typeof conMuestra>>["harness"], env: Environment, mes: string) {
  const r = harness.run("generarInforme", [mes, { confirmarVacio: true }], {
    authMode: "FULL",
  }) as Respuesta<ResultadoInforme>;
  if (!r.ok) throw new Error(JSON.stringify(r.errores));
  return { r, texto: documentText(env.state.docs, idDelDocumento(r.url)) };
}

const ANFITRION = `host time zone ${process.env.TZ ?? "(not set)"}`;
const abrir = (zona: string, ahora: Date) =>
  conMuestra({ now: () => ahora, spreadsheet: { timeZone: zona } });

describe(ANFITRION, () => {
  it("is really the zone this process runs in", () => {
    const zona = process.env.TZ ?? "";
    expect(Object.keys(DESFASE_DEL_ANFITRION)).toContain(zona);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zona === "UTC" ? "UTC" : zona);
    expect([new Date(2019, 0, 15).getTimezoneOffset(), new Date(2019, 5, 15).getTimezoneOffset()]).toEqual(
      DESFASE_DEL_ANFITRION[zona],
    );
  });
});

describe.each(HOJAS)(`${ANFITRION}, the spreadsheet in $zona: saves and typed dates`, (h) => {
  it("the sidebar's today, a save's dates and Registrado el are the spreadsheet's calendar", async () => {
    const { env, harness } = await abrir(h.zona, INSTANTE);
    harness.clickMenu("Registrar actividad");
    expect(datosDeLaBarra(env).hoy).toBe(h.hoy);
    const r = exito(registrar(harness, { ...BASE, fecha: "2019-05-31", fechaFin: "2019-06-01" }));
    expect([celda(env, r.fila, COL.fecha).texto, celda(env, r.fila, COL.fechaFin).texto]).toEqual([
      "31/05/2019",
      "01/06/2019",
    ]);
    expect(celda(env, r.fila, COL.el).texto).toBe(h.registradoEl);
    const c = exito(
      registrarCoordinacion(harness, { mes: "2019-05", coordinacion: "Coordinación de fin de mes." }),
    );
    expect(celda(env, c.fila, 1, HOJA.coordinaciones).texto).toBe("mayo 2019");
    const mayo = informe(harness, env, "2019-05");
    expect(mayo.texto).toContain(
      enLaTabla(BASE.actividad, BASE.entidad, BASE.informacion, "31 de mayo al 1 de junio"),
    );
    expect(mayo.texto).toContain("Coordinación de fin de mes.");
    expect(mayo.texto).toContain(`Generado el ${h.pie}`);
    expect(informe(harness, env, "2019-06").texto).toContain(
      enLaTabla(BASE.informacion, "31 de mayo al 1 de junio"),
    );
    expect(informe(harness, env, "2019-04").texto).not.toContain(BASE.actividad);
  });

  it("typed dates land on the day typed; a range across months is in both months", async () => {
    const { env, harness } = await abrir(h.zona, INSTANTE);
    const p = { env, harness };
    const filas: Array<[string, string, string]> = [
      ["1 de junio", "01/06/2019", ""],
      ["31/05/2019", "31/05/2019", ""],
      ["30 de abril al 2 de mayo", "30/04/2019", "02/05/2019"],
    ];
    for (const [i, [texto]] of filas.entries())
      teclear(p, 9 + i, {
        actividad: `Escrita ${i}`,
        entidad: "JICA",
        informacion: "A mano.",
        fecha: texto,
      });
    filas.forEach(([, fecha, fin], i) => {
      expect([celda(env, 9 + i, COL.fecha).texto, celda(env, 9 + i, COL.fechaFin).texto]).toEqual([
        fecha,
        fin,
      ]);
    });
    const abril = informe(harness, env, "2019-04").texto;
    const mayo = informe(harness, env, "2019-05").texto;
    expect(abril).toContain(enLaTabla("Escrita 2", "JICA", "A mano.", "30 de abril al 2 de mayo"));
    expect(mayo).toContain(enLaTabla("Escrita 2", "JICA", "A mano.", "30 de abril al 2 de mayo"));
    expect(mayo).toContain(enLaTabla("Escrita 1", "JICA", "A mano.", "31 de mayo"));
    expect(mayo).not.toContain("Escrita 0");
    // The sample's own days print as in the office's report, in any zone.
    for (const fecha of ["7 de mayo", "23 de mayo", "27 al 30 de mayo", "30 al 31 de mayo"])
      expect(mayo).toContain(`\t${fecha}\n`);
    expect(mayo).not.toMatch(/\t[^\t\n]*de (marzo|junio)\n/);
  });
});

describe.each(HOJAS)(`${ANFITRION}, the spreadsheet in $zona: Validar registros and the dialog`, (h) => {
  it("Validar registros reads text dates into the same days; the preflight counts them", async () => {
    const { env, harness } = await abrir(h.zona, INSTANTE);
    env.runtime.uncounted(() => {
      const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      app
        .getActiveSpreadsheet()
        .getSheetByName(HOJA.actividades)
        ?.getRange(9, 1, 1, 4)
        .setNumberFormat("@")
        .setValues([["Sin revisar", "JICA", "Escrita por un guion.", "27 al 30 de mayo"]]);
    });
    const antes = harness.run("prepararInforme", ["2019-05"], { authMode: "FULL" }) as Respuesta<Preflight>;
    expect(antes.ok && antes.omitidas.map((o) => o.fila)).toEqual([9]);
    const validacion = harness.run("validarRegistros", [], { authMode: "FULL" }) as {
      ok: boolean;
      fechasConvertidas: number;
    };
    expect(validacion.ok && validacion.fechasConvertidas).toBeGreaterThan(0);
    expect([celda(env, 9, COL.fecha).texto, celda(env, 9, COL.fechaFin).texto]).toEqual([
      "27/05/2019",
      "30/05/2019",
    ]);
    const despues = harness.run("prepararInforme", ["2019-05"], {
      authMode: "FULL",
    }) as Respuesta<Preflight>;
    expect(despues.ok && [despues.actividades, despues.omitidas.length]).toEqual([8, 0]);
  });

  it("the Generar dialog proposes the month of the spreadsheet's calendar", async () => {
    const { env, harness } = await abrir(h.zona, DIA_DIEZ);
    harness.clickMenu("Generar informe mensual");
    const json = /<script type="application\/json" id="datos-iniciales">([\s\S]*?)<\/script>/.exec(
      env.state.ui.dialog?.html ?? "",
    )?.[1];
    expect(JSON.parse(json ?? "{}")).toEqual({ mes: h.mesPropuesto });
  });
});
