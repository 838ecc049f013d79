// A row typed or pasted into Actividades or Coordinaciones, checked where it was typed: only the edited
// rows are read, and what is wrong is marked on its cell at once.
import { areaDeA1 } from "../../core/registro/rectangulos";
import { registradoPorDeSesion } from "../../core/registro/sello";
import type { EventoDeEdicion, Hoja } from "../tipos";
import { leerCopia } from "./configuracion";
import { contextoPerezoso } from "./contexto";
import { type DisenoRevisable, leerBloque, revisarBloque } from "./revision";
import { mapaDeHoja } from "./tabla";

/**
 * More rows than this in one edit (a whole column pasted or cleared) are left to Validar registros:
 * a simple trigger has 30 seconds, and reading them would be most of the sheet.
 */
export const FILAS_POR_EDICION = 5000;

/** Who typed, when Google says (a simple trigger often gets "" here); never an error. */
function correoDelEditor(e: EventoDeEdicion): string {
  try {
    return registradoPorDeSesion(e.user?.getEmail());
  } catch {
    return "";
  }
}

/**
 * Checks the rows an edit touched. A fixed number of calls whatever the sheet's size: where the edit
 * is (3), the header (2), the rows with their notes (3), then only what the rows need — the zone for
 * date cells (2), the Ejes copy when an Eje is filled (2), and writes only for what changed.
 */
export function revisarEdicion(e: EventoDeEdicion, hoja: Hoja, diseno: DisenoRevisable): void {
  const area = areaDeA1(e.range.getA1Notation());
  if (!area) return;
  const desde = Math.max(2, area.filaDesde ?? 1);
  const hasta = area.filaHasta ?? hoja.getLastRow();
  if (hasta < desde || hasta - desde + 1 > FILAS_POR_EDICION) return;
  const mapa = mapaDeHoja(hoja, diseno);
  const bloque = leerBloque(hoja, diseno, mapa, desde, hasta - desde + 1);
  const { contexto, lector } = contextoPerezoso(e.source, () => leerCopia()?.ejes ?? null);
  const dentro = (fila: number, columna: number) =>
    fila >= desde &&
    fila <= hasta &&
    columna >= (area.columnaDesde ?? 1) &&
    (area.columnaHasta === null || columna <= area.columnaHasta);
  revisarBloque(bloque, {
    modo: "edicion",
    editada: dentro,
    lector,
    contexto,
    sello: () => ({
      registradoPor: correoDelEditor(e),
      registradoEl: new Date(),
      base: Utilities.getUuid(),
    }),
  });
}
