// The document lock, held only while the registry is read or written, and the per-month marker of a generation in progress.
import { mensajeDeError } from "./errores";
import type { Candado } from "./tipos";

/** The lock could not be had: its message says why, in Spanish. */
export class SinCandado extends Error {}

/**
 * Apps Script gives no document lock outside the context of a containing document (reference/lock:
 * getDocumentLock "returns null"); the add-on is bound to its spreadsheet, so this only says so plainly.
 */
const MENSAJE_SIN_DOCUMENTO =
  "Apps Script no dio acceso exclusivo a esta hoja (no hay documento que bloquear). No se cambió nada: recargue la hoja e inténtelo de nuevo.";

/** What any busy wait answers: the registry was held longer than the wait, by one of its two users. */
export const MENSAJE_REGISTRO_OCUPADO =
  "El registro estuvo ocupado más de lo esperado: otra persona está guardando o se está leyendo el registro para un informe. No se guardó nada: espere unos segundos e inténtelo de nuevo.";

/**
 * The document lock, waited for at most `esperaMs`. Only Google's documented timeout ("Lock timeout")
 * becomes SinCandado with MENSAJE_REGISTRO_OCUPADO; any other failure is thrown as it is.
 */
export function tomarCandado(esperaMs: number): Candado {
  const candado = LockService.getDocumentLock();
  if (!candado) throw new SinCandado(MENSAJE_SIN_DOCUMENTO);
  try {
    candado.waitLock(esperaMs);
  } catch (error) {
    if (/^Lock timeout/.test(mensajeDeError(error))) throw new SinCandado(MENSAJE_REGISTRO_OCUPADO);
    throw error;
  }
  return candado;
}

/**
 * Releases the lock after committing the writes made under it: Google's reference of releaseLock asks
 * for SpreadsheetApp.flush() first, since unflushed writes may not be visible to the next holder.
 */
export function soltarCandado(candado: Candado): void {
  SpreadsheetApp.flush();
  candado.releaseLock();
}

/** Runs `hacer` holding the document lock; the lock is released (after a flush) however it ends. */
export function conCandado<T>(esperaMs: number, hacer: () => T): T {
  const candado = tomarCandado(esperaMs);
  try {
    return hacer();
  } finally {
    try {
      soltarCandado(candado);
    } catch {
      // Apps Script releases the lock when the execution ends anyway.
    }
  }
}
