// The onEdit simple trigger: what the add-on does when someone types into the spreadsheet.
import { CONFIGURACION } from "../core/registro/hojas";
import { guardarCopia, leerPares } from "./registro/configuracion";
import type { EventoDeEdicion } from "./tipos";

/**
 * Simple trigger (LIMITED, 30 s, no authorization). An edit of Configuración refreshes the add-on's
 * copy of it, so the next saves check their Eje against the list as it is now. Never throws: a simple
 * trigger has no one to show an error to, and in AuthMode.NONE the properties are not there at all.
 */
export function onEdit(e?: EventoDeEdicion): void {
  try {
    if (!e) return;
    const hoja = e.range.getSheet();
    if (hoja.getName() !== CONFIGURACION.nombre) return;
    const pares = leerPares(e.source);
    if (pares) guardarCopia(pares);
  } catch {
    // The copy is refreshed again by the sidebar, Configurar hoja and every generation.
  }
}
