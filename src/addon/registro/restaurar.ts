// What Configurar hoja puts into a Configuración or Historial that had to be created: the add-on's copies, never a silent reset.
import { mesDesdeClave } from "../../core/fechas/calendario";
import { serialDeMes } from "../../core/fechas/serial";
import {
  type ClaveHistorial,
  CONFIGURACION,
  CONFIGURACION_INICIAL,
  HISTORIAL,
} from "../../core/registro/hojas";
import { mapaCanonico, valoresDeFila } from "../../core/registro/tabla";
import { historialGuardado } from "../informe/documento-del-mes";
import type { Hoja } from "../tipos";
import { leerCopia } from "./configuracion";
import { leerHoja, rangosDeFila } from "./tabla";

/** A Configuración created anew gets the values of the add-on's last copy; false when there is none. */
export function restaurarConfiguracion(hoja: Hoja): boolean {
  const copia = leerCopia();
  if (!copia || copia.pares.length === 0) return false;
  const mapa = mapaCanonico(CONFIGURACION);
  const filas = copia.pares.map(([clave, valor]) => valoresDeFila(mapa, { clave, valor }));
  const rango = hoja.getRange(2, 1, filas.length, mapa.ancho);
  rango.setNumberFormat("@");
  rango.setValues(filas);
  return true;
}

/** Appends the keys Configuración lacks, with the defaults of the office's report; never overwrites a value. */
export function completarConfiguracion(hoja: Hoja): boolean {
  const { mapa, filas } = leerHoja(hoja, CONFIGURACION);
  const claves = new Set(filas.map((f) => String(f.celdas.clave).trim()));
  const faltantes = CONFIGURACION_INICIAL.filter(([clave]) => !claves.has(clave));
  if (faltantes.length === 0) return false;
  const primera = Math.max(hoja.getLastRow(), 1) + 1;
  faltantes.forEach(([clave, valor], i) => {
    for (const { tramo, rango } of rangosDeFila(hoja, primera + i, mapa)) {
      rango.setValues([tramo.claves.map((k) => (k === "clave" ? clave : valor))]);
    }
  });
  return true;
}

/** A Historial created anew gets one row per month the add-on has generated (its own record of each). Returns how many. */
export function reconstruirHistorial(hoja: Hoja): number {
  const mapa = mapaCanonico(HISTORIAL);
  const filas = historialGuardado().flatMap(({ mes, url, historial: h }) => {
    const m = mesDesdeClave(mes);
    if (!m) return [];
    return [
      valoresDeFila<ClaveHistorial, unknown>(mapa, {
        mes: serialDeMes(m.anio, m.mes),
        documento: url,
        pestana: h.pestana,
        actividades: h.actividades,
        coordinaciones: h.coordinaciones,
        generadoPor: h.generadoPor,
        generadoEl: new Date(h.generadoElMs),
        vecesGenerado: h.veces,
      }),
    ];
  });
  if (filas.length > 0) hoja.getRange(2, 1, filas.length, mapa.ancho).setValues(filas);
  return filas.length;
}
