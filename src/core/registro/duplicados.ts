// Probable duplicates: the same Actividad/Gestión, Entidad and Fecha as an activity already registered.
import { type FechaCalendario, fechaAIso } from "../fechas/calendario";
import { claveDeComparacion } from "../texto";

/** What duplicate detection compares; `fila` is the sheet row of an existing activity, when known. */
export interface ActividadComparable {
  readonly actividad: string;
  readonly entidad: string;
  readonly fecha: FechaCalendario;
  readonly fila?: number;
}

/** An activity known by its duplicate key only: what the sidebar carries of the registry's last rows. */
export interface Conocida {
  readonly clave: string;
  readonly fila?: number;
}

/** A probable duplicate: a warning the user may confirm, never an error. */
export interface AvisoDeDuplicado {
  readonly fila: number | null;
  readonly mensaje: string;
}

/** 32-bit FNV-1a of the text's UTF-16 code units, from `base`, as 8 hex digits. */
function fnv(texto: string, base: number): string {
  let h = base >>> 0;
  for (let i = 0; i < texto.length; i++) {
    h ^= texto.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/**
 * The key two probable duplicates share: the Fecha and a 64-bit digest of Actividad/Gestión and
 * Entidad compared without case, accents or extra spaces ("Union Europea" = "Unión  Europea"). Short
 * and fixed in size, so the sidebar can carry hundreds of them; a collision costs at most a warning
 * the user dismisses.
 */
export function claveDeDuplicado(a: Pick<ActividadComparable, "actividad" | "entidad" | "fecha">): string {
  const texto = `${claveDeComparacion(a.actividad)}\u0000${claveDeComparacion(a.entidad)}`;
  return `${fechaAIso(a.fecha)}:${fnv(texto, 0x811c9dc5)}${fnv(texto, 0x01234567)}`;
}

/** The warning for a duplicate found at `fila` (when known). */
function aviso(fila: number | null): AvisoDeDuplicado {
  const donde = fila === null ? "" : ` (fila ${fila})`;
  return {
    fila,
    mensaje: `Ya hay una actividad con la misma Actividad/Gestión, Entidad y Fecha${donde}. Si no es un duplicado, confirme para registrarla.`,
  };
}

/**
 * The first known activity with the same Actividad/Gestión, Entidad and Fecha as `nueva` (see
 * claveDeDuplicado), as a warning; null when none.
 */
export function buscarDuplicado(
  nueva: ActividadComparable,
  conocidas: ReadonlyArray<ActividadComparable | Conocida>,
): AvisoDeDuplicado | null {
  const clave = claveDeDuplicado(nueva);
  const igual = conocidas.find((c) => ("clave" in c ? c.clave : claveDeDuplicado(c)) === clave);
  return igual ? aviso(igual.fila ?? null) : null;
}
