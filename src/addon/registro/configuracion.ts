// Reads the Configuración sheet (the one reader the sidebar, the saves and generation share) and keeps a copy of it.
import type { EjeOfrecido } from "../../core/api";
import type { Validacion } from "../../core/registro/campos";
import {
  type Configuracion,
  configuracionDesdePares,
  ejesDesdeValor,
  ejesOfrecidos,
  validarConfiguracion,
} from "../../core/registro/configuracion";
import { CLAVE_CONFIGURACION, CONFIGURACION } from "../../core/registro/hojas";
import { claveDeComparacion } from "../../core/texto";
import { escribir, leer } from "../propiedades";
import type { Libro } from "../tipos";
import { FaltaHoja } from "./faltantes";
import { leerHoja } from "./tabla";

/** Configuración's key/value rows. */
export type Pares = Array<readonly [unknown, unknown]>;

/**
 * The document property holding the last Configuración read in full: a save checks its Eje against
 * it without reading the sheet, and Configurar hoja restores a deleted Configuración from it instead
 * of the defaults (so phones and sharing never fall back silently).
 */
const COPIA = "configuracion";

/** What the copy holds. */
interface Copia {
  pares: Array<[string, string]>;
  /** Short names of the ejes, as the Eje column stores them. */
  ejes: string[];
}

/** The key/value rows of Configuración under its header; null when the sheet is missing. One getValues. */
export function leerPares(ss: Libro): Pares | null {
  const hoja = ss.getSheetByName(CONFIGURACION.nombre);
  if (!hoja) return null;
  return leerHoja(hoja, CONFIGURACION).filas.map(({ celdas }) => [celdas.clave, celdas.valor] as const);
}

/** Configuración checked. A missing sheet stops the operation (FaltaHoja): defaults would be a silent reset. */
export function leerConfiguracion(ss: Libro): {
  pares: Pares;
  validacion: Validacion<Configuracion, string>;
} {
  const pares = leerPares(ss);
  if (!pares) throw new FaltaHoja(CONFIGURACION.nombre);
  return { pares, validacion: validarConfiguracion(configuracionDesdePares(pares)) };
}

/** The configured ejes from the key/value rows; [] when the key is missing or unreadable. */
export function ejesDePares(pares: Pares): EjeOfrecido[] {
  const clave = claveDeComparacion(CLAVE_CONFIGURACION.ejesDeTrabajo);
  const par = pares.find(([k]) => typeof k === "string" && claveDeComparacion(k) === clave);
  return ejesOfrecidos(par ? (ejesDesdeValor(par[1]) ?? []) : []);
}

/** The configured ejes' short names read from the sheet; [] when the sheet is missing. */
export function leerEjes(ss: Libro): string[] {
  return ejesDePares(leerPares(ss) ?? []).map((e) => e.nombre);
}

/**
 * Keeps the copy up to date (one getProperty, and one setProperty when it changed). A copy too big
 * for a property (9 KB) is skipped: the sheet stays the source, the copy is only a safety net.
 */
export function guardarCopia(pares: Pares): void {
  const copia: Copia = {
    pares: pares.map(([k, v]) => [String(k ?? ""), String(v ?? "")]),
    ejes: ejesDePares(pares).map((e) => e.nombre),
  };
  const texto = JSON.stringify(copia);
  if (leer(COPIA) === texto) return;
  try {
    escribir(COPIA, texto);
  } catch {
    // Over the property size limit: nothing to keep.
  }
}

/** The copy, or null when there is none (or it cannot be read). */
export function leerCopia(): Copia | null {
  const texto = leer(COPIA);
  if (!texto) return null;
  try {
    const copia = JSON.parse(texto) as Partial<Copia>;
    return Array.isArray(copia.pares) && Array.isArray(copia.ejes) ? (copia as Copia) : null;
  } catch {
    return null;
  }
}
