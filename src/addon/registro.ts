// Reads the registry sheets in one batch each and hands core plain rows (date cells become calendar dates here).
import { type Configuracion, configuracionDesdePares, validarConfiguracion } from "../core/configuracion";
import type { Celda, FilaActividad, FilaCoordinacion } from "../core/filas";
import { COLUMNAS_ACTIVIDADES, COLUMNAS_COORDINACIONES, type Columna, HOJA } from "../core/hojas";
import type { ErrorDeCampo, Validacion } from "../core/validacion";
import { desfaseDeZona, esFecha, fechaDeCelda } from "./celdas";

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

/** Everything a report or a check needs from the spreadsheet, read with a fixed number of calls. */
export interface Registro {
  actividades: FilaActividad[];
  coordinaciones: FilaCoordinacion[];
  configuracion: Validacion<Configuracion, string>;
  /** The spreadsheet zone's offset now, in minutes; date cells are read with it. */
  desfase: number;
  /** Sheets the registry lacks ("Configurar hoja" creates them). */
  faltantes: string[];
}

/** The data rows of a sheet (row 2 on), `columnas` wide: one getValues. */
export function leerFilas(hoja: Hoja, columnas: number): unknown[][] {
  const ultima = hoja.getLastRow();
  if (ultima < 2) return [];
  return hoja.getRange(2, 1, ultima - 1, columnas).getValues();
}

function celda(valor: unknown, desfase: number): Celda {
  if (esFecha(valor)) return fechaDeCelda(valor, desfase);
  if (typeof valor === "string" || typeof valor === "number" || typeof valor === "boolean") return valor;
  return null;
}

function instante(valor: unknown): number | null {
  return esFecha(valor) ? valor.getTime() : null;
}

/** Maps a row of values to an object keyed by the columns' keys. */
function porClave(columnas: readonly Columna[], valores: readonly unknown[]): Record<string, unknown> {
  const fila: Record<string, unknown> = {};
  columnas.forEach((c, i) => {
    fila[c.clave] = valores[i];
  });
  return fila;
}

/** Converts the values of Actividades rows (from row 2) into core rows. */
export function filasDeActividades(
  valores: readonly unknown[][],
  desfase: number,
  primera = 2,
): FilaActividad[] {
  return valores.map((v, i) => {
    const f = porClave(COLUMNAS_ACTIVIDADES, v);
    return {
      fila: primera + i,
      actividad: celda(f.actividad, desfase),
      entidad: celda(f.entidad, desfase),
      informacion: celda(f.informacion, desfase),
      fecha: celda(f.fecha, desfase),
      fechaFin: celda(f.fechaFin, desfase),
      eje: celda(f.eje, desfase),
      registradoEl: instante(f.registradoEl),
    };
  });
}

/** Converts the values of Coordinaciones rows (from row 2) into core rows. */
export function filasDeCoordinaciones(valores: readonly unknown[][], desfase: number): FilaCoordinacion[] {
  return valores.map((v, i) => {
    const f = porClave(COLUMNAS_COORDINACIONES, v);
    return {
      fila: i + 2,
      mes: celda(f.mes, desfase),
      coordinacion: celda(f.coordinacion, desfase),
      registradoEl: instante(f.registradoEl),
    };
  });
}

/** Reads Configuración's key/value rows and checks them. */
export function leerConfiguracion(
  ss: GoogleAppsScript.Spreadsheet.Spreadsheet,
): Validacion<Configuracion, string> {
  const hoja = ss.getSheetByName(HOJA.configuracion);
  const pares = hoja ? leerFilas(hoja, 2) : [];
  return validarConfiguracion(configuracionDesdePares(pares));
}

/** Reads the three registry sheets: one getValues each, whatever their size. */
export function leerRegistro(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, ahora: Date): Registro {
  const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
  const faltantes: string[] = [];
  const hoja = (nombre: string): Hoja | null => {
    const h = ss.getSheetByName(nombre);
    if (!h) faltantes.push(nombre);
    return h;
  };
  const actividades = hoja(HOJA.actividades);
  const coordinaciones = hoja(HOJA.coordinaciones);
  return {
    actividades: actividades
      ? filasDeActividades(leerFilas(actividades, COLUMNAS_ACTIVIDADES.length), desfase)
      : [],
    coordinaciones: coordinaciones
      ? filasDeCoordinaciones(leerFilas(coordinaciones, COLUMNAS_COORDINACIONES.length), desfase)
      : [],
    configuracion: leerConfiguracion(ss),
    desfase,
    faltantes,
  };
}

/** The first message of a failed validation, for a one-line error. */
export function primerError(errores: ReadonlyArray<ErrorDeCampo>): string {
  return errores[0]?.mensaje ?? "Hay datos no válidos.";
}
