// The playground's sample workbook: the office's spreadsheet and folder, the built add-on's Configurar hoja, then the office's May 2019 report as registry rows.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Harness } from "../emulator/harness";
import type { Environment, EnvironmentOptions } from "../emulator/index";
import { wallToInstant } from "../emulator/spreadsheet/dates";
import {
  ACTIVIDADES,
  CLAVE_CONFIGURACION,
  type ClaveActividades,
  type ClaveCoordinaciones,
  CONFIGURACION,
  COORDINACIONES,
} from "../src/core/registro/hojas";
import { leerFila, mapaCanonico, valoresDeFila } from "../src/core/registro/tabla";

/**
 * The office's project as the emulator builds it: the spreadsheet "Informe mensual" in the office's
 * shared folder, where reports go unless Configuración names another, and the add-on's name on its
 * menu under Extensions. The emulator itself knows no office: the playground and the tests pass these.
 */
export const ENTORNO_DE_OFICINA = {
  spreadsheet: { name: "Informe mensual", folder: "Oficina de Cooperación Internacional" },
  addonTitle: "Informe mensual",
} as const satisfies Pick<EnvironmentOptions, "spreadsheet" | "addonTitle">;

/** The sample report as data (../shared/samples/informe-mayo-2019.json). */
export interface InformeDeMuestra {
  mes: string;
  titulo: string;
  encabezado: { oficina: string; telefonos: string; sitioWeb: string; ejesDeTrabajo: string[] };
  actividades: Array<{
    actividad: string;
    entidad: string;
    informacion: string;
    fecha: string;
    fechaFin: string | null;
    /** The Fecha as the report wrote it ("27 al 30 de May."). */
    fechaEscrita: string;
  }>;
  coordinaciones: string[];
}

/** The sample lives beside the repository: ../shared/samples relative to its root. */
export function rutaMuestra(raiz: string): string {
  return buscarMuestra(raiz, "informe-mayo-2019.json", process.env.INFORME_MUESTRA);
}

/** The sample report's text as Docs exports it (what Importar informe anterior reads). */
export function rutaTextoDeMuestra(raiz: string): string {
  return buscarMuestra(raiz, "informe-mayo-2019.txt");
}

function buscarMuestra(raiz: string, archivo: string, elegido?: string): string {
  const candidatos = [
    elegido,
    join(raiz, "..", "shared", "samples", archivo),
    // A copy ships with the project, so `npm start` and the tests work in a clone that stands alone.
    join(raiz, "playground", archivo),
  ].filter((p): p is string => typeof p === "string" && p.length > 0);
  const ruta = candidatos.find((p) => existsSync(p));
  if (!ruta) throw new Error(`No se encontró el informe de muestra (busqué en: ${candidatos.join(", ")}).`);
  return ruta;
}

export function leerMuestra(ruta: string): InformeDeMuestra {
  return JSON.parse(readFileSync(ruta, "utf8")) as InformeDeMuestra;
}

/** Midnight of a calendar date (YYYY-MM-DD) in the spreadsheet's zone: what a date cell holds. */
function fechaEnZona(iso: string, zona: string): Date {
  const [y, m, d] = iso.split("-").map(Number);
  if (!y || !m || !d) throw new Error(`Fecha inválida en la muestra: ${iso}`);
  return new Date(wallToInstant(Date.UTC(y, m - 1, d), zona));
}

/** Who registered the sample rows and when: the end of the sample month, 17:00 in the spreadsheet's zone. */
const REGISTRADO_POR = "oficina@example.org";

/**
 * Loads the sample into a fresh environment: runs the add-on's configurarHoja as a user would
 * (through the harness, FULL), then writes the activities and coordinations through the emulated
 * SpreadsheetApp — uncounted, but with the same calls the add-on would make, so text columns keep
 * the plain-text format configurarHoja set and dates are real date cells in the spreadsheet's zone.
 * Configuración gets the sample's header (configurarHoja writes the same defaults; set here from the
 * sample itself so the playground follows the sample if the defaults ever change).
 */
export function cargarMuestra(env: Environment, harness: Harness, muestra: InformeDeMuestra): void {
  harness.run("configurarHoja", [], { authMode: "FULL" });
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const utilities = env.globals.Utilities as GoogleAppsScript.Utilities.Utilities;
  env.runtime.uncounted(() => {
    const ss = app.getActiveSpreadsheet();
    const zona = ss.getSpreadsheetTimeZone();
    const [anio, mes] = muestra.mes.split("-").map(Number);
    const finDeMes = new Date(wallToInstant(Date.UTC(anio ?? 2019, mes ?? 1, 0, 17), zona));
    const hoja = (nombre: string) => {
      const h = ss.getSheetByName(nombre);
      if (!h) throw new Error(`configurarHoja no creó la hoja ${nombre}`);
      return h;
    };
    // Rows laid out by the add-on's own column lists (keyed: a wrong key does not compile).
    const comun = { registradoPor: REGISTRADO_POR, registradoEl: finDeMes };
    const mapaActividades = mapaCanonico(ACTIVIDADES);
    const actividades = muestra.actividades.map((a) =>
      valoresDeFila<ClaveActividades, unknown>(mapaActividades, {
        actividad: a.actividad,
        entidad: a.entidad,
        informacion: a.informacion,
        fecha: fechaEnZona(a.fecha, zona),
        fechaFin: a.fechaFin ? fechaEnZona(a.fechaFin, zona) : "",
        eje: "",
        ...comun,
        id: utilities.getUuid(),
      }),
    );
    const hojaActividades = hoja(ACTIVIDADES.nombre);
    if (actividades.length > 0) {
      hojaActividades.getRange(2, 1, actividades.length, mapaActividades.ancho).setValues(actividades);
    }

    const primeroDeMes = fechaEnZona(`${muestra.mes}-01`, zona);
    const mapaCoordinaciones = mapaCanonico(COORDINACIONES);
    const coordinaciones = muestra.coordinaciones.map((coordinacion) =>
      valoresDeFila<ClaveCoordinaciones, unknown>(mapaCoordinaciones, {
        mes: primeroDeMes,
        coordinacion,
        ...comun,
        id: utilities.getUuid(),
      }),
    );
    if (coordinaciones.length > 0) {
      hoja(COORDINACIONES.nombre)
        .getRange(2, 1, coordinaciones.length, mapaCoordinaciones.ancho)
        .setValues(coordinaciones);
    }

    const configuracion = hoja(CONFIGURACION.nombre);
    const encabezado: Record<string, string> = {
      [CLAVE_CONFIGURACION.oficina]: muestra.encabezado.oficina,
      [CLAVE_CONFIGURACION.telefonos]: muestra.encabezado.telefonos,
      [CLAVE_CONFIGURACION.sitioWeb]: muestra.encabezado.sitioWeb,
      [CLAVE_CONFIGURACION.ejesDeTrabajo]: muestra.encabezado.ejesDeTrabajo.join("\n"),
    };
    const mapaConfiguracion = mapaCanonico(CONFIGURACION);
    const ultima = configuracion.getLastRow();
    if (ultima >= 2) {
      const filas = configuracion.getRange(2, 1, ultima - 1, mapaConfiguracion.ancho).getValues();
      filas.forEach((valores, i) => {
        const valor = encabezado[String(leerFila(mapaConfiguracion, valores).clave)];
        if (valor !== undefined)
          configuracion.getRange(i + 2, mapaConfiguracion.indice.valor + 1).setValue(valor);
      });
    }
    ss.setActiveSheet(hojaActividades);
  });
}
