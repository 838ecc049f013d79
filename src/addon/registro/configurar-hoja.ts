// "Configurar hoja": creates or repairs the registry sheets (headers, formats, widths, protection) without touching the office's data.
import {
  ACTIVIDADES,
  type ClaveActividades,
  type ClaveCoordinaciones,
  CONFIGURACION,
  COORDINACIONES,
  HISTORIAL,
  HOJAS_DEL_REGISTRO,
} from "../../core/registro/hojas";
import type { Libro } from "../tipos";
import { ejesDePares, guardarCopia, leerPares } from "./configuracion";
import { asegurarColumnas, darFormato } from "./encabezados";
import { completarConfiguracion, reconstruirHistorial, restaurarConfiguracion } from "./restaurar";
import { type HojaConMapa, ponerValidaciones } from "./validaciones";

/** Menu item: sets the registry up and tells the user what happened. */
export function configurarHoja(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const cambios = asegurarHojas(ss);
  const mensaje =
    cambios.length === 0
      ? "Las hojas ya estaban configuradas."
      : `Hojas configuradas: ${cambios.join(", ")}.`;
  ss.toast(mensaje, "Informe mensual", 8);
}

/**
 * Makes sure every registry sheet exists with its header, formats and widths, and that Configuración
 * has every key. Columns are found by their header wherever staff moved them; a truly missing column
 * is added at the end; no data cell is changed. A deleted Configuración comes back from the add-on's
 * copy (not the defaults), a deleted Historial from the add-on's record of each month. Idempotent.
 * Returns what it created or repaired. A fixed number of calls per sheet, whatever the number of rows.
 */
export function asegurarHojas(ss: Libro): string[] {
  const cambios: string[] = [];
  const dispuestas = new Map<string, HojaConMapa<string>>();
  for (const diseno of HOJAS_DEL_REGISTRO) {
    let hoja = ss.getSheetByName(diseno.nombre);
    const creada = !hoja;
    if (!hoja) hoja = ss.insertSheet(diseno.nombre);
    const { mapa, agregadas } = asegurarColumnas(hoja, diseno);
    darFormato(hoja, mapa);
    dispuestas.set(diseno.nombre, { hoja, mapa });
    if (creada && diseno.nombre === CONFIGURACION.nombre && restaurarConfiguracion(hoja)) {
      cambios.push(`${diseno.nombre} (restaurada de la última copia del complemento)`);
    } else if (creada && diseno.nombre === HISTORIAL.nombre && reconstruirHistorial(hoja) > 0) {
      cambios.push(`${diseno.nombre} (reconstruida con los informes generados)`);
    } else if (creada) {
      cambios.push(`${diseno.nombre} (creada)`);
    } else if (agregadas.length > 0) {
      const titulos = agregadas.map((c) => `«${c.titulo}»`).join(", ");
      cambios.push(`${diseno.nombre} (columnas agregadas al final: ${titulos})`);
    }
  }
  const configuracion = ss.getSheetByName(CONFIGURACION.nombre);
  if (configuracion && completarConfiguracion(configuracion))
    cambios.push(`${CONFIGURACION.nombre} (valores iniciales)`);
  const pares = leerPares(ss);
  if (pares) guardarCopia(pares);
  const actividades = dispuestas.get(ACTIVIDADES.nombre);
  const coordinaciones = dispuestas.get(COORDINACIONES.nombre);
  if (actividades && coordinaciones) {
    ponerValidaciones(
      actividades as HojaConMapa<ClaveActividades>,
      coordinaciones as HojaConMapa<ClaveCoordinaciones>,
      ejesDePares(pares ?? []).map((e) => e.nombre),
    );
  }
  return cambios;
}
