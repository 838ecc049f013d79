// "Configurar hoja": creates or repairs the registry sheets (headers, formats, widths, protection) without touching user rows.
import {
  CONFIGURACION,
  CONFIGURACION_INICIAL,
  type DisenoDeHoja,
  ESTILO_DE_ENCABEZADO,
  FORMATO,
  HOJAS_DEL_REGISTRO,
} from "../../core/registro/hojas";
import { mapaCanonico, valoresDeFila } from "../../core/registro/tabla";
import type { Hoja, Libro } from "../tipos";

const PROTECCION = "Encabezado de Informe mensual";

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
export function asegurarHojas(ss: Libro): string[] {
  const cambios: string[] = [];
  for (const diseno of HOJAS_DEL_REGISTRO) {
    let hoja = ss.getSheetByName(diseno.nombre);
    if (!hoja) {
      hoja = ss.insertSheet(diseno.nombre);
      cambios.push(`${diseno.nombre} (creada)`);
    } else if (encabezadoDistinto(hoja, diseno)) {
      cambios.push(`${diseno.nombre} (encabezado reparado)`);
    }
    darFormato(hoja, diseno);
  }
  const configuracion = ss.getSheetByName(CONFIGURACION.nombre);
  if (configuracion && completarConfiguracion(configuracion))
    cambios.push(`${CONFIGURACION.nombre} (valores iniciales)`);
  return cambios;
}

/** True when any header cell differs from the layout (darFormato then writes it again); data rows are never moved. */
function encabezadoDistinto(hoja: Hoja, diseno: DisenoDeHoja): boolean {
  const actual = hoja.getRange(1, 1, 1, diseno.columnas.length).getValues()[0] ?? [];
  return diseno.columnas.some((c, i) => actual[i] !== c.titulo);
}

function darFormato(hoja: Hoja, { columnas }: DisenoDeHoja): void {
  const n = columnas.length;
  const encabezado = hoja.getRange(1, 1, 1, n);
  // The header is written as plain text first so a title like "Mes" can never be parsed.
  encabezado.setNumberFormat("@");
  encabezado.setValues([columnas.map((c) => c.titulo)]);
  encabezado.setFontWeight("bold");
  encabezado.setBackground(ESTILO_DE_ENCABEZADO.fondo);
  encabezado.setFontColor(ESTILO_DE_ENCABEZADO.texto);
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
function completarConfiguracion(hoja: Hoja): boolean {
  const ultima = hoja.getLastRow();
  const claves = new Set<string>();
  if (ultima >= 2) {
    const columna = mapaCanonico(CONFIGURACION).indice.clave + 1;
    for (const [clave] of hoja.getRange(2, columna, ultima - 1, 1).getValues())
      claves.add(String(clave).trim());
  }
  const mapa = mapaCanonico(CONFIGURACION);
  const faltantes = CONFIGURACION_INICIAL.filter(([clave]) => !claves.has(clave)).map(([clave, valor]) =>
    valoresDeFila(mapa, { clave, valor }),
  );
  if (faltantes.length === 0) return false;
  hoja.getRange(Math.max(ultima, 1) + 1, 1, faltantes.length, mapa.ancho).setValues(faltantes);
  return true;
}
