// What the Registrar actividad tests share: a set-up registry, the sidebar's calls with their exact arguments, reading the sheet uncounted.
import type { Harness } from "../../../emulator/harness";
import type { Environment } from "../../../emulator/index";
import type { DatosDelRegistro, FormularioActividad, RespuestaRegistro } from "../../../src/core/api";
import { nombreCortoDeEje } from "../../../src/core/registro/configuracion";
import { CLAVE_CONFIGURACION, CONFIGURACION_INICIAL, HOJA } from "../../../src/core/registro/hojas";
import type { SelloDeRegistro } from "../../../src/core/registro/sello";
import { nuevoId } from "../../../src/ui/id";
import { addonEnPrueba } from "../../support/dist";

type Rango = GoogleAppsScript.Spreadsheet.Range;
type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

/** The default ejes' paragraphs, and the short names the Eje column stores. */
export const EJES = (
  CONFIGURACION_INICIAL.find(([clave]) => clave === CLAVE_CONFIGURACION.ejesDeTrabajo)?.[1] ?? ""
).split("\n");
export const EJE = nombreCortoDeEje(EJES[0] ?? "");

export const BASE: FormularioActividad = {
  actividad: "Recepción Día de Europa",
  entidad: "Unión Europea",
  informacion: "Asistencia del Alcalde a la recepción.",
  fecha: "2019-06-03",
  fechaFin: "",
  eje: "",
};

/** Who Session says is running the add-on in these tests. */
export const CORREO = "usuario@example.org";

/** A project with the registry sheets set up, as after the first use. */
export async function registroListo(opciones: Parameters<typeof addonEnPrueba>[0] = {}) {
  const prueba = await addonEnPrueba(opciones);
  prueba.harness.run("configurarHoja", [], { authMode: "FULL" });
  return prueba;
}

/** The stamp the sidebar sends: a new ID from the sidebar's own generator. */
export function sello(): SelloDeRegistro {
  return { id: nuevoId() };
}

/** A google.script.run call from the sidebar, with exactly the arguments given. */
export function llamar(harness: Harness, funcion: string, args: unknown[]): RespuestaRegistro {
  return harness.run(funcion, args, { authMode: "FULL" }) as RespuestaRegistro;
}

export function registrar(harness: Harness, formulario: unknown, s: unknown = sello()): RespuestaRegistro {
  return llamar(harness, "registrarActividad", [formulario, s]);
}

export function registrarCoordinacion(
  harness: Harness,
  formulario: unknown,
  s: unknown = sello(),
): RespuestaRegistro {
  return llamar(harness, "registrarCoordinacion", [formulario, s]);
}

/** Reads the sheet as a test, outside the script: no call is counted. */
export function leer<T>(env: Environment, nombre: string, f: (hoja: Hoja) => T): T {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return env.runtime.uncounted(() => {
    const hoja = app.getActiveSpreadsheet().getSheetByName(nombre);
    if (!hoja) throw new Error(`no sheet ${nombre}`);
    return f(hoja);
  });
}

/** One sheet row: its values, what Sheets shows, its formulas and number formats. */
export function fila(env: Environment, nombre: string, n: number, columnas: number) {
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

export const ultimaFila = (env: Environment, nombre: string = HOJA.actividades) =>
  leer(env, nombre, (h) => h.getLastRow());

/** The data embedded in the open sidebar, as its script reads it. */
export function datosDeLaBarra(env: Environment): DatosDelRegistro {
  const html = env.state.ui.sidebar?.html ?? "";
  const json = /<script type="application\/json" id="datos-iniciales">([\s\S]*?)<\/script>/.exec(html)?.[1];
  if (!json) throw new Error("no embedded data");
  return JSON.parse(json) as DatosDelRegistro;
}

export function exito(r: RespuestaRegistro) {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r;
}

/** Fills Actividades with `filas` rows under the header (uncounted), leaving room under them. */
export function llenarActividades(
  env: Environment,
  filas: number,
  entidad = (i: number) => `Entidad ${i % 37}`,
): void {
  leer(env, HOJA.actividades, (hoja) => {
    if (hoja.getMaxRows() < filas + 50)
      hoja.insertRowsAfter(hoja.getMaxRows(), filas + 50 - hoja.getMaxRows());
    hoja
      .getRange(2, 1, filas, 9)
      .setValues(
        Array.from({ length: filas }, (_, i) => [
          `Actividad ${i}`,
          entidad(i),
          "Información",
          43_600 + (i % 60),
          "",
          "",
          "",
          "",
          `id-${i}`,
        ]),
      );
  });
}
