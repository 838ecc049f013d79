// "Validar registros": every row of Actividades and Coordinaciones checked with the form's rules,
// marked where it is, and listed in a dialog that can take the user to each row.
import type { Respuesta, ResultadoDeValidacion } from "../../core/api";
import { ACTIVIDADES, COORDINACIONES } from "../../core/registro/hojas";
import { conCandado, SinCandado } from "../candado";
import { mensajeDeError } from "../errores";
import { paginaConDatos } from "../paginas";
import { leerEjes } from "../registro/configuracion";
import { contextoPerezoso } from "../registro/contexto";
import { hojaRequerida, mensajeDeRegistro } from "../registro/faltantes";
import {
  type BloqueLeido,
  type DisenoRevisable,
  type ResultadoDeRevision,
  revisarBloque,
} from "../registro/revision";
import { mapaDeEncabezado } from "../registro/tabla";
import type { Libro } from "../tipos";

/** The dialog lists this many problems at most; the count says how many there are in all. */
export const PROBLEMAS_LISTADOS = 300;
/** Saves wait for the lock at most this long: a check of 10,000 rows holds it a few seconds. */
const ESPERA_MS = 20_000;

/** Menu item: opens the dialog, which asks the server for the check (so it can be run again after fixing). */
export function abrirValidarRegistros(): void {
  const pagina = paginaConDatos("Validar", {}).setWidth(640).setHeight(560);
  // Modeless: the user can fix a row with the list still open beside it.
  SpreadsheetApp.getUi().showModelessDialog(pagina, "Validar registros");
}

/** A whole sheet as one block: header and data in one read, with their notes (three calls). */
function leerHojaEntera(ss: Libro, diseno: DisenoRevisable): BloqueLeido | null {
  const hoja = hojaRequerida(ss, diseno);
  const rango = hoja.getDataRange();
  const valores = rango.getValues();
  const mapa = mapaDeEncabezado(diseno, valores[0] ?? []);
  if (valores.length < 2) return null;
  return { hoja, diseno, mapa, desde: 1, rango, valores, notas: rango.getNotes() };
}

/**
 * Checks both sheets under the document lock (a save meanwhile waits, and never lands in a row being
 * rewritten): marks every problem, writes the real dates of text dates, gives hand-typed rows their
 * ID and Registrado el. A constant number of calls for any number of rows, plus three per block of
 * consecutive rows whose cells it rewrites.
 */
export function revisarRegistro(ss: Libro): ResultadoDeValidacion {
  return conCandado(ESPERA_MS, () => {
    const { contexto, lector } = contextoPerezoso(ss, () => leerEjes(ss));
    const resultados: ResultadoDeRevision[] = [];
    for (const diseno of [ACTIVIDADES, COORDINACIONES] as const) {
      const bloque = leerHojaEntera(ss, diseno);
      if (!bloque) continue;
      resultados.push(
        revisarBloque(bloque, {
          modo: "completa",
          editada: () => false,
          lector,
          contexto,
          // Who typed a row is not known here: Registrado por stays empty rather than name the wrong person.
          sello: () => ({ registradoPor: "", registradoEl: new Date(), base: Utilities.getUuid() }),
        }),
      );
    }
    const problemas = resultados.flatMap((r) => r.problemas);
    return {
      filas: resultados.reduce((n, r) => n + r.filas, 0),
      filasConProblemas: new Set(problemas.map((p) => `${p.hoja}:${p.fila}`)).size,
      totalDeProblemas: problemas.length,
      problemas: problemas.slice(0, PROBLEMAS_LISTADOS),
      fechasConvertidas: resultados.reduce((n, r) => n + r.fechasConvertidas, 0),
      filasConId: resultados.reduce((n, r) => n + r.filasConId, 0),
    };
  });
}

/** google.script.run: the dialog's check. Every refusal is a Spanish message; nothing is half-written. */
export function validarRegistros(): Respuesta<ResultadoDeValidacion> {
  try {
    return { ok: true, ...revisarRegistro(SpreadsheetApp.getActiveSpreadsheet()) };
  } catch (error) {
    const mensaje =
      error instanceof SinCandado
        ? error.message
        : (mensajeDeRegistro(error) ??
          `No se pudo terminar la revisión (${mensajeDeError(error)}). Lo que ya se corrigió queda escrito; vuelva a intentarlo para revisar el resto.`);
    return { ok: false, errores: [{ campo: "general", mensaje }] };
  }
}
