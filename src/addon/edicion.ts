// The onEdit simple trigger: what the add-on does when someone types into the spreadsheet.
import { ACTIVIDADES, CONFIGURACION, COORDINACIONES } from "../core/registro/hojas";
import { revisarEdicion } from "./registro/al-editar";
import { ejesDePares, guardarCopia, leerCopia, leerPares } from "./registro/configuracion";
import type { DisenoRevisable } from "./registro/revision";
import { actualizarListaDeEjes } from "./registro/validaciones";
import type { EventoDeEdicion, Libro } from "./tipos";

const REVISABLES: Readonly<Record<string, DisenoRevisable>> = {
  [ACTIVIDADES.nombre]: ACTIVIDADES,
  [COORDINACIONES.nombre]: COORDINACIONES,
};

/** Configuración edited: the add-on's copy follows it, and the Eje column's list when the ejes changed. */
function alEditarConfiguracion(ss: Libro): void {
  const pares = leerPares(ss);
  if (!pares) return;
  const antes = leerCopia()?.ejes ?? null;
  guardarCopia(pares);
  const ejes = ejesDePares(pares).map((e) => e.nombre);
  if (antes === null || antes.join("\n") !== ejes.join("\n")) actualizarListaDeEjes(ss, ejes);
}

/**
 * Simple trigger (LIMITED, 30 s, no authorization). A row typed or pasted into Actividades or
 * Coordinaciones is checked and marked where it is; an edit of Configuración refreshes the add-on's
 * copy of it. Edits elsewhere, on a header row, or in AuthMode.NONE (the add-on installed but not
 * enabled in this file: no document access) are left alone. Never throws: a simple trigger has no one
 * to show an error to; whatever it could not do, Validar registros and the preflight still do.
 */
export function onEdit(e?: EventoDeEdicion): void {
  try {
    if (!e?.range || e.authMode === ScriptApp.AuthMode.NONE) return;
    const hoja = e.range.getSheet();
    const nombre = hoja.getName();
    if (nombre === CONFIGURACION.nombre) {
      alEditarConfiguracion(e.source);
      return;
    }
    const diseno = REVISABLES[nombre];
    if (diseno) revisarEdicion(e, hoja, diseno);
  } catch {
    // Nothing to show it to: Validar registros and the report's preflight check these rows again.
  }
}
