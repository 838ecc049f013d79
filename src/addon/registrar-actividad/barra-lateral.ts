// "Registrar actividad": opens the sidebar with everything its first paint needs embedded.
import type { DatosDelRegistro } from "../../core/api";
import { fechaAIso } from "../../core/fechas/calendario";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja } from "../../core/registro/hojas";
import {
  conocidasDeFilas,
  entidadesUnicas,
  recientesDeActividades,
  recientesDeCoordinaciones,
} from "../../core/registro/recientes";
import { paginaConDatos } from "../paginas";
import { ahoraEnZona, lectorDeCeldas } from "../registro/celdas";
import { ejesDePares, guardarCopia, leerPares } from "../registro/configuracion";
import { asegurarHojas } from "../registro/configurar-hoja";
import { mensajeDeRegistro } from "../registro/faltantes";
import { celdasDeFecha, filaDeActividad, filaDeCoordinacion } from "../registro/lectura";
import { leerUltimasFilas, mapaDeHoja } from "../registro/tabla";
import type { Hoja, Libro } from "../tipos";
import { correoDelUsuario } from "../usuario";

/**
 * How many of the last rows the sidebar is built from: its list of recent entries and the activities
 * a new one is compared with for the duplicate warning. Bounded so opening the sidebar costs the same
 * with 10 or 10,000 rows; a duplicate registered more than this many rows ago is not noticed. The
 * office registers a few dozen rows a month, so this covers several months.
 */
export const FILAS_REVISADAS = 300;

/** Menu item: opens the sidebar with its first-paint data embedded (entities, ejes, recent entries, today). */
export function abrirRegistro(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  let datos: DatosDelRegistro;
  try {
    datos = datosDelRegistro(ss, new Date());
  } catch (e) {
    const mensaje = mensajeDeRegistro(e);
    if (mensaje === null) throw e;
    // A registry that cannot be read as it is gets no sidebar: nothing typed there could be saved.
    SpreadsheetApp.getUi().alert("Registrar actividad", mensaje, SpreadsheetApp.getUi().ButtonSet.OK);
    return;
  }
  const pagina = paginaConDatos("Registro", datos).setTitle("Registrar actividad");
  SpreadsheetApp.getUi().showSidebar(pagina);
}

/** The registry sheet, created with the others on first use (a cheap check: one getSheetByName). */
export function hojaDelRegistro(ss: Libro, diseno: DisenoDeHoja): Hoja {
  const hoja = ss.getSheetByName(diseno.nombre);
  if (hoja) return hoja;
  asegurarHojas(ss);
  const creada = ss.getSheetByName(diseno.nombre);
  if (!creada) throw new Error(`No se pudo crear la hoja ${diseno.nombre}.`);
  return creada;
}

/**
 * The sidebar's data. Reads each sheet's header, a bounded tail of rows, the Entidad column (whole,
 * for the autocomplete), Configuración and the user's e-mail (shown only); creates the registry sheets
 * first if any is missing (first use). The add-on's copy of Configuración is refreshed on the way, so
 * the next saves check their Eje against the current list.
 */
function datosDelRegistro(ss: Libro, instante: Date): DatosDelRegistro {
  const actividades = hojaDelRegistro(ss, ACTIVIDADES);
  const coordinaciones = hojaDelRegistro(ss, COORDINACIONES);
  const zona = ss.getSpreadsheetTimeZone();
  const { hoy } = ahoraEnZona(zona, instante);
  const mapaA = mapaDeHoja(actividades, ACTIVIDADES);
  const mapaC = mapaDeHoja(coordinaciones, COORDINACIONES);
  const colaA = leerUltimasFilas(actividades, mapaA, FILAS_REVISADAS);
  const colaC = leerUltimasFilas(coordinaciones, mapaC, FILAS_REVISADAS);
  const lector = lectorDeCeldas(zona, celdasDeFecha(colaA.filas, colaC.filas));
  const filas = colaA.filas.map((f) => filaDeActividad(f, lector));
  const pares = leerPares(ss) ?? [];
  if (pares.length > 0) guardarCopia(pares);
  return {
    hoy: fechaAIso(hoy),
    entidades: entidadesUnicas(valoresDeColumna(actividades, mapaA.indice.entidad)),
    ejes: ejesDePares(pares),
    actividades: recientesDeActividades(filas),
    coordinaciones: recientesDeCoordinaciones(colaC.filas.map((f) => filaDeCoordinacion(f, lector))),
    conocidas: conocidasDeFilas(filas),
    correo: correoDelUsuario(),
  };
}

/** Every value of one column under the header: one getValues. */
function valoresDeColumna(hoja: Hoja, indice: number): unknown[] {
  const ultima = hoja.getLastRow();
  if (ultima < 2) return [];
  return hoja
    .getRange(2, indice + 1, ultima - 1, 1)
    .getValues()
    .map(([v]) => v);
}
