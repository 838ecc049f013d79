// What the Generar informe mensual tests share: the sample registry, a generation as the dialog runs it, the Docs alive.
import { MIME } from "../../../emulator/drive";
import type { Harness } from "../../../emulator/harness";
import type { Environment } from "../../../emulator/index";
import { cargarMuestra, leerMuestra, rutaMuestra } from "../../../playground/semilla";
import type { Respuesta, ResultadoInforme } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { addonEnPrueba, rootDir } from "../../support/dist";

export const muestra = leerMuestra(rutaMuestra(rootDir));
export const TAB = "Informe 2019-05";

export type Resultado = Respuesta<ResultadoInforme>;

export async function conMuestra(opciones: Parameters<typeof addonEnPrueba>[0] = {}) {
  const prueba = await addonEnPrueba(opciones);
  cargarMuestra(prueba.env, prueba.harness, muestra);
  return prueba;
}

export function generar(harness: Harness, mes = "2019-05"): Resultado {
  return harness.run("generarInforme", [mes], { authMode: "FULL" }) as Resultado;
}

/** The report without its footer line ("Generado el … por …"), which names the user when known. */
export function sinPie<T>(x: T): string {
  return JSON.stringify(x).replace(/Generado el [^"\\]*/g, "Generado el …");
}

export function docsVivos(env: Environment) {
  return Object.values(env.state.drive.files).filter((f) => f.mimeType === MIME.document && !f.trashed);
}

export function idDelDocumento(url: string): string {
  const id = /\/document\/d\/([^/]+)/.exec(url)?.[1];
  if (!id) throw new Error(`no Doc id in ${url}`);
  return id;
}

/**
 * `n` activities of 15 May 2019 inserted under the header in one uncounted write, row `i` with the
 * Información `informacion(i)`: a large month without counting its set-up.
 */
export function actividadesDeMayo(env: Environment, n: number, informacion: (i: number) => string): void {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  env.runtime.uncounted(() => {
    const hoja = app.getActiveSpreadsheet().getSheetByName(HOJA.actividades);
    if (!hoja) throw new Error("no Actividades");
    hoja.insertRowsAfter(1, n);
    const fecha = new Date("2019-05-15T05:00:00Z");
    hoja
      .getRange(2, 1, n, 4)
      .setValues(Array.from({ length: n }, (_, i) => [`Actividad ${i}`, "Entidad", informacion(i), fecha]));
  });
}
