// The bench's registries: N activities and N/2 coordinations, in realistic months or all in one month, written in bulk and uncounted.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Harness } from "../../emulator/harness";
import { Environment } from "../../emulator/index";
import { wallToInstant } from "../../emulator/spreadsheet/dates";
import { ENTORNO_DE_OFICINA } from "../../playground/semilla";
import { HOJA } from "../../src/core/registro/hojas";
import { RAIZ } from "../proyecto-clasp";

/** Where a registry's rows fall: months of 40 activities and 20 coordinations, or every row in the month reported. */
export type Escenario = "realista" | "peor";

/** The month every operation reports on, and the instant the bench runs at (3 June 2019, 10:00 in Panama). */
export const MES = { anio: 2019, mes: 5, clave: "2019-05" } as const;
export const AHORA = new Date("2019-06-03T15:00:00Z");

/** A realistic month, from the issue: 40 activities and 20 coordinations. */
const ACTIVIDADES_POR_MES = 40;
const COORDINACIONES_POR_MES = 20;

export interface Prueba {
  env: Environment;
  harness: Harness;
}

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

/** The office's project on the built add-on (dist/), its spreadsheet opened and set up by Configurar hoja. */
export function proyecto(codigo: string): Prueba {
  const dist = join(RAIZ, "dist");
  const htmlFiles: Record<string, string> = {};
  for (const f of readdirSync(dist))
    if (f.endsWith(".html")) htmlFiles[f.slice(0, -5)] = readFileSync(join(dist, f), "utf8");
  const env = new Environment({
    manifest: JSON.parse(readFileSync(join(dist, "appsscript.json"), "utf8")),
    htmlFiles,
    ...ENTORNO_DE_OFICINA,
    now: () => AHORA,
  });
  const harness = new Harness(env, codigo);
  harness.open("LIMITED");
  harness.run("configurarHoja", [], { authMode: "FULL" });
  return { env, harness };
}

/** Midnight of a calendar day in the spreadsheet's zone: what a date cell holds. */
function dia(anio: number, mes: number, d: number, zona: string): Date {
  return new Date(wallToInstant(Date.UTC(anio, mes - 1, d), zona));
}

/**
 * The month of row `i` when each month holds `porMes` rows: the first rows fall in the month reported,
 * the next ones in the months before it; a registry too long to fit after 2000 (the registry's first
 * year) runs from January 2000 on instead, past the month reported, which stays full.
 */
function mesDeFila(i: number, total: number, porMes: number): { anio: number; mes: number } {
  const cuantos = Math.ceil(total / porMes);
  const reportado = MES.anio * 12 + (MES.mes - 1);
  const primero = Math.max(2000 * 12, reportado - cuantos + 1);
  const n = primero + cuantos - 1 - Math.floor(i / porMes);
  return { anio: Math.floor(n / 12), mes: (n % 12) + 1 };
}

/** A fixed, well-formed UUID version 4 for row `i` (the registry's IDs only need to be unique). */
function id(tipo: number, i: number): string {
  const h = i.toString(16).padStart(12, "0");
  return `0000000${tipo}-0000-4000-8000-${h}`;
}

const INFORMACION =
  "Reunión de seguimiento con la contraparte para revisar avances del convenio, próximos pasos y la agenda de la visita oficial.";

function filasDeActividades(n: number, escenario: Escenario, zona: string): unknown[][] {
  const registradoEl = new Date(Date.UTC(2019, 5, 1, 15));
  return Array.from({ length: n }, (_, i) => {
    const m = escenario === "peor" ? MES : mesDeFila(i, n, ACTIVIDADES_POR_MES);
    const d = 1 + (i % 27);
    const varios = i % 7 === 3;
    return [
      `Actividad ${i}`,
      `Entidad ${i % 40}`,
      INFORMACION,
      dia(m.anio, m.mes, d, zona),
      varios ? dia(m.anio, m.mes, d + 2, zona) : "",
      "",
      "oficina@example.org",
      registradoEl,
      id(1, i),
    ];
  });
}

function filasDeCoordinaciones(n: number, escenario: Escenario, zona: string): unknown[][] {
  return Array.from({ length: n }, (_, i) => {
    const m = escenario === "peor" ? MES : mesDeFila(i, n, COORDINACIONES_POR_MES);
    return [
      dia(m.anio, m.mes, 1, zona),
      `Coordinación ${i}: seguimiento de la membresía y de los compromisos con la red de ciudades.`,
      "oficina@example.org",
      new Date(Date.UTC(2019, 5, 1, 15)),
      id(2, i),
    ];
  });
}

/** Room for `filas` rows (and a 500-row paste after them), formatted as Configurar hoja formats a sheet. */
function hacerLugar(hoja: Hoja, filas: number): void {
  const faltan = filas + 600 - hoja.getMaxRows();
  if (faltan > 0) hoja.insertRowsAfter(hoja.getMaxRows(), faltan);
}

/**
 * A registry of `actividades` rows and half as many coordinations, in realistic months (the last
 * one being the month reported) or all in that month. Rows are written as a script would, in bulk
 * and uncounted; the sheets are set up by the add-on's own Configurar hoja after the rows are made
 * room for, so every row has the column formats the add-on gives.
 */
export function registro(codigo: string, actividades: number, escenario: Escenario): Prueba {
  const p = proyecto(codigo);
  const app = p.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const coordinaciones = Math.floor(actividades / 2);
  const hojas = () => {
    const ss = app.getActiveSpreadsheet();
    const a = ss.getSheetByName(HOJA.actividades);
    const c = ss.getSheetByName(HOJA.coordinaciones);
    if (!a || !c) throw new Error("Configurar hoja no creó el registro");
    return { ss, a, c };
  };
  p.env.runtime.uncounted(() => {
    const { a, c } = hojas();
    hacerLugar(a, actividades);
    hacerLugar(c, coordinaciones);
  });
  p.harness.run("configurarHoja", [], { authMode: "FULL" });
  p.env.runtime.uncounted(() => {
    const { ss, a, c } = hojas();
    const zona = ss.getSpreadsheetTimeZone();
    if (actividades > 0)
      a.getRange(2, 1, actividades, 9).setValues(filasDeActividades(actividades, escenario, zona));
    if (coordinaciones > 0)
      c.getRange(2, 1, coordinaciones, 5).setValues(filasDeCoordinaciones(coordinaciones, escenario, zona));
  });
  p.env.runtime.resetCalls();
  return p;
}

/** How many activities and coordinations the report of MES holds in a registry built by `registro`. */
export function delMes(
  actividades: number,
  escenario: Escenario,
): { actividades: number; coordinaciones: number } {
  const coordinaciones = Math.floor(actividades / 2);
  if (escenario === "peor") return { actividades, coordinaciones };
  return {
    actividades: Math.min(actividades, ACTIVIDADES_POR_MES),
    coordinaciones: Math.min(coordinaciones, COORDINACIONES_POR_MES),
  };
}
