// The dialog's "Ir a la fila": selects the cell of a problem so the user can fix it.
import type { Respuesta } from "../../core/api";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja } from "../../core/registro/hojas";
import { mensajeDeError } from "../errores";
import { hojaRequerida, mensajeDeRegistro } from "../registro/faltantes";
import { mapaDeHoja } from "../registro/tabla";

const HOJAS: Readonly<Record<string, DisenoDeHoja>> = {
  [ACTIVIDADES.nombre]: ACTIVIDADES,
  [COORDINACIONES.nombre]: COORDINACIONES,
};

/**
 * google.script.run: selects row `fila` of `hoja` at the column of `campo` (the row's first column
 * when the field is not one of the sheet's). The page's arguments are checked, never trusted.
 */
export function irARegistro(hoja: unknown, fila: unknown, campo: unknown): Respuesta<{ a1: string }> {
  const diseno = typeof hoja === "string" ? HOJAS[hoja] : undefined;
  if (!diseno || typeof fila !== "number" || !Number.isInteger(fila) || fila < 2) {
    return { ok: false, errores: [{ campo: "general", mensaje: "Esa fila ya no se puede encontrar." }] };
  }
  try {
    const h = hojaRequerida(SpreadsheetApp.getActiveSpreadsheet(), diseno);
    const mapa = mapaDeHoja(h, diseno);
    const indice = (mapa.indice as Readonly<Record<string, number>>)[typeof campo === "string" ? campo : ""];
    const celda = h.getRange(fila, (indice ?? 0) + 1);
    celda.activate();
    return { ok: true, a1: celda.getA1Notation() };
  } catch (error) {
    const mensaje = mensajeDeRegistro(error) ?? `No se pudo ir a la fila (${mensajeDeError(error)}).`;
    return { ok: false, errores: [{ campo: "general", mensaje }] };
  }
}
