// "Registrar actividad": opens the sidebar with everything its first paint and its saves need embedded.
import type { DatosDelRegistro } from "../../core/api";
import { fechaAIso, mesDeFecha } from "../../core/fechas/calendario";
import { formatearMes } from "../../core/fechas/formato";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja } from "../../core/registro/hojas";
import {
  conocidasDeFilas,
  entidadesUnicas,
  recientesDeActividades,
  recientesDeCoordinaciones,
} from "../../core/registro/recientes";
import { paginaConDatos } from "../paginas";
import { desfaseDeZona, fechaDeCelda } from "../registro/celdas";
import { leerEjes } from "../registro/configuracion";
import { asegurarHojas } from "../registro/configurar-hoja";
import {
  filaDeActividad,
  filaDeCoordinacion,
  MAPA_ACTIVIDADES,
  MAPA_COORDINACIONES,
} from "../registro/lectura";
import { leerFilas } from "../registro/tabla";
import type { Hoja, Libro } from "../tipos";
import { correoDelUsuario } from "../usuario";

/**
 * How many of the last rows the sidebar is built from: its list of this month's entries and the
 * activities a new one is compared with for the duplicate warning. Bounded so opening the sidebar
 * costs the same with 10 or 10,000 rows; a duplicate registered more than this many rows ago is not
 * noticed. The office registers a few dozen rows a month, so this covers several months.
 */
export const FILAS_REVISADAS = 300;

/** Menu item: opens the sidebar with its first-paint data embedded (entities, ejes, recent entries, today). */
export function abrirRegistro(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const datos = datosDelRegistro(ss, new Date());
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
 * The sidebar's data. Reads the Entidad column once (whole, for the autocomplete), a bounded tail of
 * each registry sheet, Configuración and the user's e-mail; creates the registry sheets first if any
 * is missing (first use). Everything a save would otherwise reread is read here, once per sidebar, so
 * that a save costs only what must happen at that moment (see guardar.ts).
 */
function datosDelRegistro(ss: Libro, ahora: Date): DatosDelRegistro {
  const actividades = hojaDelRegistro(ss, ACTIVIDADES);
  const coordinaciones = hojaDelRegistro(ss, COORDINACIONES);
  const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
  const hoy = fechaDeCelda(ahora, desfase);
  const mes = mesDeFecha(hoy);
  const filas = leerFilas(actividades, MAPA_ACTIVIDADES, FILAS_REVISADAS).map((f) =>
    filaDeActividad(f, desfase),
  );
  const filasCoord = leerFilas(coordinaciones, MAPA_COORDINACIONES, FILAS_REVISADAS).map((f) =>
    filaDeCoordinacion(f, desfase),
  );
  return {
    hoy: fechaAIso(hoy),
    entidades: entidadesUnicas(valoresDeEntidad(actividades)),
    ejes: leerEjes(ss),
    mes: formatearMes(mes),
    actividades: recientesDeActividades(filas, mes),
    coordinaciones: recientesDeCoordinaciones(filasCoord, mes),
    conocidas: conocidasDeFilas(filas),
    correo: correoDelUsuario(),
  };
}

/** Every value of the Entidad column: one getValues of that column. */
function valoresDeEntidad(hoja: Hoja): unknown[] {
  const ultima = hoja.getLastRow();
  if (ultima < 2) return [];
  const columna = MAPA_ACTIVIDADES.indice.entidad + 1;
  return hoja
    .getRange(2, columna, ultima - 1, 1)
    .getValues()
    .map(([v]) => v);
}
