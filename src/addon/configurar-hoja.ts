// "Configurar hoja": creates or repairs the registry sheets (headers, formats, widths, validation) without touching user rows.
import {
  COLUMNAS_ACTIVIDADES,
  COLUMNAS_CONFIGURACION,
  COLUMNAS_COORDINACIONES,
  COLUMNAS_HISTORIAL,
  CONFIGURACION_INICIAL,
  type Columna,
  HOJA,
  type TipoColumna,
} from "../core/hojas";

/** Number formats by column type; "@" (plain text) keeps typed text from becoming a formula, number or date. */
export const FORMATO: Record<TipoColumna, string> = {
  texto: "@",
  enlace: "@",
  fecha: "dd/mm/yyyy",
  mes: "mmmm yyyy",
  fechaHora: "dd/mm/yyyy hh:mm",
  numero: "0",
};

const ESTILO_ENCABEZADO = { fondo: "#1f4e79", texto: "#ffffff" } as const;
const PROTECCION = "Encabezado de Informe mensual";

interface DefinicionHoja {
  readonly nombre: string;
  readonly columnas: readonly Columna[];
}

const HOJAS: readonly DefinicionHoja[] = [
  { nombre: HOJA.actividades, columnas: COLUMNAS_ACTIVIDADES },
  { nombre: HOJA.coordinaciones, columnas: COLUMNAS_COORDINACIONES },
  { nombre: HOJA.configuracion, columnas: COLUMNAS_CONFIGURACION },
  { nombre: HOJA.historial, columnas: COLUMNAS_HISTORIAL },
];

/** Menu item: sets the registry up and tells the user what happened. */
export function configurarHoja(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const cambios = asegurarHojas(ss);
  const mensaje =
    cambios.length === 0
      ? "Las hojas ya estaban configuradas."
      : `Hojas configuradas: ${cambios.join(", ")}.`;
  ss.toast(mensaje, "Informe mensual", 5);
}

/**
 * Makes sure every registry sheet exists with its header, formats and widths, and that Configuración
 * has every key. Idempotent: running it again leaves the spreadsheet as it was. Returns what it created
 * or repaired. The cost is a fixed number of calls per sheet, whatever the number of rows.
 */
export function asegurarHojas(ss: GoogleAppsScript.Spreadsheet.Spreadsheet): string[] {
  const cambios: string[] = [];
  for (const definicion of HOJAS) {
    let hoja = ss.getSheetByName(definicion.nombre);
    if (!hoja) {
      hoja = ss.insertSheet(definicion.nombre);
      cambios.push(`${definicion.nombre} (creada)`);
    } else if (repararEncabezado(hoja, definicion.columnas)) {
      cambios.push(`${definicion.nombre} (encabezado reparado)`);
    }
    darFormato(hoja, definicion.columnas);
  }
  const configuracion = ss.getSheetByName(HOJA.configuracion);
  if (configuracion && completarConfiguracion(configuracion))
    cambios.push(`${HOJA.configuracion} (valores iniciales)`);
  return cambios;
}

/** Rewrites row 1 if any header cell differs from the definition; data rows are never moved. */
function repararEncabezado(hoja: GoogleAppsScript.Spreadsheet.Sheet, columnas: readonly Columna[]): boolean {
  const actual = hoja.getRange(1, 1, 1, columnas.length).getValues()[0] ?? [];
  return columnas.some((c, i) => actual[i] !== c.titulo);
}

function darFormato(hoja: GoogleAppsScript.Spreadsheet.Sheet, columnas: readonly Columna[]): void {
  const n = columnas.length;
  const encabezado = hoja.getRange(1, 1, 1, n);
  // The header is written as plain text first so a title like "Mes" can never be parsed.
  encabezado.setNumberFormat("@");
  encabezado.setValues([columnas.map((c) => c.titulo)]);
  encabezado.setFontWeight("bold");
  encabezado.setBackground(ESTILO_ENCABEZADO.fondo);
  encabezado.setFontColor(ESTILO_ENCABEZADO.texto);
  encabezado.setVerticalAlignment("middle");
  encabezado.setWrap(true);
  hoja.setFrozenRows(1);

  const filas = hoja.getMaxRows() - 1;
  if (filas > 0) {
    const cuerpo = hoja.getRange(2, 1, filas, n);
    // One call for every format of the body: the array has a row per sheet row, but a single round trip.
    const formatos = columnas.map((c) => FORMATO[c.tipo]);
    cuerpo.setNumberFormats(Array.from({ length: filas }, () => formatos));
    cuerpo.setVerticalAlignment("top");
    cuerpo.setWrap(true);
  }
  columnas.forEach((c, i) => {
    hoja.setColumnWidth(i + 1, c.ancho);
  });

  if (
    !hoja.getProtections(SpreadsheetApp.ProtectionType.RANGE).some((p) => p.getDescription() === PROTECCION)
  ) {
    // Warning only: staff may still edit the header deliberately, but not by accident.
    encabezado.protect().setDescription(PROTECCION).setWarningOnly(true);
  }
}

/** Appends the keys Configuración lacks, with the defaults of the office's report; never overwrites a value. */
function completarConfiguracion(hoja: GoogleAppsScript.Spreadsheet.Sheet): boolean {
  const ultima = hoja.getLastRow();
  const claves = new Set<string>();
  if (ultima >= 2) {
    for (const [clave] of hoja.getRange(2, 1, ultima - 1, 1).getValues()) claves.add(String(clave).trim());
  }
  const faltantes = CONFIGURACION_INICIAL.filter(([clave]) => !claves.has(clave)).map(([c, v]) => [c, v]);
  if (faltantes.length === 0) return false;
  hoja.getRange(Math.max(ultima, 1) + 1, 1, faltantes.length, 2).setValues(faltantes);
  return true;
}
