// Runs every platform check on the bound spreadsheet, each isolated from the others, and cleans up what the checks made.
import type { Documento, Hoja, Libro } from "../addon/tipos";
import { type Comprobacion, type Entorno, mensaje, noCumple, type Resultado } from "./comprobacion";
import { COMPROBACION_DOCS_API } from "./docs-api";
import { COMPROBACIONES_DE_DOCUMENTOS } from "./documentos";
import { COMPROBACION_DE_EDICION, prepararHojaDeEdicion } from "./edicion";
import { COMPROBACIONES_DE_ESCRITURA } from "./escritura";
import { COMPROBACIONES_DE_FECHAS } from "./fechas";
import { escribirInforme, type Fila, resumir } from "./informe";
import { COMPROBACIONES_DE_SERVICIOS } from "./servicios";

/** Every check, in the order they run (Docs before Drive, which trashes and restores the Doc). */
export const COMPROBACIONES: readonly Comprobacion[] = [
  ...COMPROBACIONES_DE_ESCRITURA,
  ...COMPROBACIONES_DE_FECHAS,
  ...COMPROBACIONES_DE_DOCUMENTOS,
  COMPROBACION_DOCS_API,
  ...COMPROBACIONES_DE_SERVICIOS,
  COMPROBACION_DE_EDICION,
];

const NOMBRE_DEL_DOCUMENTO = "Diagnóstico Informe mensual (se puede borrar)";

/** The checks' environment, and what it made: sheets to delete, a Doc to trash. */
function crearEntorno(libro: Libro): Entorno & { limpiar(): void } {
  const hojas: Hoja[] = [];
  let documento: Documento | null = null;
  return {
    libro,
    anioActual: Number(Utilities.formatDate(new Date(), libro.getSpreadsheetTimeZone(), "yyyy")),
    hojaNueva() {
      // A run that died part-way may have left its sheets: take the next free name.
      let n = hojas.length + 1;
      while (libro.getSheetByName(`Diagnóstico: prueba ${n}`)) n++;
      const hoja = libro.insertSheet(`Diagnóstico: prueba ${n}`);
      hojas.push(hoja);
      return hoja;
    },
    documento() {
      documento ??= DocumentApp.create(NOMBRE_DEL_DOCUMENTO);
      return documento;
    },
    limpiar() {
      for (const hoja of hojas) libro.deleteSheet(hoja);
      if (documento) DriveApp.getFileById(documento.getId()).setTrashed(true);
    },
  };
}

/** One check; whatever it throws is its "no cumple", so the others still run. */
function ejecutarUna(comprobacion: Comprobacion, entorno: Entorno): Resultado {
  try {
    return comprobacion.ejecutar(entorno);
  } catch (error) {
    return noCumple(`la comprobación lanzó «${mensaje(error)}»`);
  }
}

/**
 * The function the installer runs from the Apps Script editor: every check, the sheet «Diagnóstico»
 * with one row each, each verdict in the execution log, and the one-line summary (also returned).
 */
export function ejecutarDiagnostico(): string {
  const libro = SpreadsheetApp.getActiveSpreadsheet();
  prepararHojaDeEdicion(libro);
  const entorno = crearEntorno(libro);
  const filas: Fila[] = [];
  try {
    for (const comprobacion of COMPROBACIONES) {
      const resultado = ejecutarUna(comprobacion, entorno);
      filas.push({ comprobacion, resultado });
      Logger.log(`${resultado.estado.toUpperCase()} · ${comprobacion.id}: ${resultado.detalle}`);
    }
  } finally {
    entorno.limpiar();
  }
  const resumen = resumir(filas, libro);
  escribirInforme(libro, filas, resumen);
  Logger.log(resumen);
  return resumen;
}
