// Reads the Configuración sheet: the one reader the sidebar, the preflight and generation share.

import type { Validacion } from "../../core/registro/campos";
import {
  type Configuracion,
  configuracionDesdePares,
  ejesDesdeValor,
  validarConfiguracion,
} from "../../core/registro/configuracion";
import { CLAVE_CONFIGURACION, CONFIGURACION } from "../../core/registro/hojas";
import { leerFila, mapaCanonico } from "../../core/registro/tabla";
import { claveDeComparacion } from "../../core/texto";
import type { Libro } from "../tipos";

const MAPA = mapaCanonico(CONFIGURACION);

/** The key/value rows of Configuración under its header; null when the sheet is missing. One getValues. */
function leerPares(ss: Libro): Array<readonly [unknown, unknown]> | null {
  const hoja = ss.getSheetByName(CONFIGURACION.nombre);
  if (!hoja) return null;
  return hoja
    .getDataRange()
    .getValues()
    .slice(1)
    .map((valores) => {
      const { clave, valor } = leerFila(MAPA, valores);
      return [clave, valor] as const;
    });
}

/** Configuración checked; a missing sheet reads as its defaults (Configurar hoja writes them). */
export function leerConfiguracion(ss: Libro): Validacion<Configuracion, string> {
  return validarConfiguracion(configuracionDesdePares(leerPares(ss) ?? []));
}

/**
 * The configured Ejes de trabajo alone; [] when the sheet or the key is missing or unreadable. The
 * sidebar needs them even when another key of Configuración is wrong.
 */
export function leerEjes(ss: Libro): string[] {
  const clave = claveDeComparacion(CLAVE_CONFIGURACION.ejesDeTrabajo);
  const par = (leerPares(ss) ?? []).find(([k]) => typeof k === "string" && claveDeComparacion(k) === clave);
  return par ? (ejesDesdeValor(par[1]) ?? []) : [];
}
