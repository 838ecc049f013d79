// Probable duplicates: the same Actividad/Gestión, Entidad and Fecha as an activity already registered.
import { type FechaCalendario, mismaFecha } from "../fechas/calendario";
import { claveDeComparacion } from "../texto";

/** What duplicate detection compares; `fila` is the sheet row of an existing activity, when known. */
export interface ActividadComparable {
  readonly actividad: string;
  readonly entidad: string;
  readonly fecha: FechaCalendario;
  readonly fila?: number;
}

/** A probable duplicate: a warning the user may confirm, never an error. */
export interface AvisoDeDuplicado {
  readonly fila: number | null;
  readonly mensaje: string;
}

/**
 * The first existing activity with the same Actividad/Gestión, Entidad and Fecha (ignoring case,
 * accents and spacing, so "Union Europea" matches "Unión  Europea"), as a warning; null when none.
 */
export function buscarDuplicado(
  nueva: ActividadComparable,
  existentes: readonly ActividadComparable[],
): AvisoDeDuplicado | null {
  const actividad = claveDeComparacion(nueva.actividad);
  const entidad = claveDeComparacion(nueva.entidad);
  const igual = existentes.find(
    (e) =>
      mismaFecha(e.fecha, nueva.fecha) &&
      claveDeComparacion(e.actividad) === actividad &&
      claveDeComparacion(e.entidad) === entidad,
  );
  if (!igual) return null;
  const fila = igual.fila ?? null;
  const donde = fila === null ? "" : ` (fila ${fila})`;
  return {
    fila,
    mensaje: `Ya hay una actividad con la misma Actividad/Gestión, Entidad y Fecha${donde}. Si no es un duplicado, confirme para registrarla.`,
  };
}
