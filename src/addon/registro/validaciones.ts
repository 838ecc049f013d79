// Sheets' own data validation on the registry's columns where it fits: date columns and the Eje list.
// Every rule lets other text in (with Sheets' warning mark), so the add-on can read a typed date or
// respell an eje after it is typed; the add-on's check, not the rule, decides what is wrong.
import {
  ACTIVIDADES,
  type ClaveActividades,
  type ClaveCoordinaciones,
  type DisenoDeHoja,
} from "../../core/registro/hojas";
import type { MapaDeColumnas } from "../../core/registro/tabla";
import type { Hoja, Libro } from "../tipos";
import { mapaDeHoja } from "./tabla";

export const AYUDA_DE_FECHA =
  "Escriba una fecha, por ejemplo 28/05/2019, o un texto como «27 al 30 de mayo»: el complemento lo convierte en fechas y anota cómo lo leyó.";
export const AYUDA_DE_MES = "Escriba el mes, por ejemplo «mayo 2019».";
export const AYUDA_DE_EJE = "Elija un eje de la lista de Configuración, o deje la celda vacía.";

type Regla = GoogleAppsScript.Spreadsheet.DataValidation;

function reglaDeFecha(ayuda: string): Regla {
  return SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(true).setHelpText(ayuda).build();
}

/** The data rows of one column (row 2 to the sheet's last): two calls, whatever the number of rows. */
function cuerpoDeColumna<K extends string>(hoja: Hoja, mapa: MapaDeColumnas<K>, clave: K, filas: number) {
  return hoja.getRange(2, mapa.indice[clave] + 1, filas - 1, 1);
}

/** The Eje column's list, from the Ejes de trabajo (no list at all when none is configured). */
export function ponerListaDeEjes(hoja: Hoja, mapa: MapaDeColumnas<string>, ejes: readonly string[]): void {
  const filas = hoja.getMaxRows();
  if (filas < 2) return;
  const rango = cuerpoDeColumna(hoja, mapa, "eje", filas);
  if (ejes.length === 0) {
    rango.clearDataValidations();
    return;
  }
  rango.setDataValidation(
    SpreadsheetApp.newDataValidation()
      .requireValueInList([...ejes], true)
      .setAllowInvalid(true)
      .setHelpText(AYUDA_DE_EJE)
      .build(),
  );
}

/** A registry sheet and its columns as Configurar hoja just laid them out. */
export interface HojaConMapa<K extends string> {
  readonly hoja: Hoja;
  readonly mapa: MapaDeColumnas<K>;
}

/** Configurar hoja: date rules on Fecha, Fecha fin and Mes; the Eje list on Actividades. */
export function ponerValidaciones(
  actividades: HojaConMapa<ClaveActividades>,
  coordinaciones: HojaConMapa<ClaveCoordinaciones>,
  ejes: readonly string[],
): void {
  const filas = actividades.hoja.getMaxRows();
  if (filas >= 2) {
    const regla = reglaDeFecha(AYUDA_DE_FECHA);
    cuerpoDeColumna(actividades.hoja, actividades.mapa, "fecha", filas).setDataValidation(regla);
    cuerpoDeColumna(actividades.hoja, actividades.mapa, "fechaFin", filas).setDataValidation(regla);
  }
  ponerListaDeEjes(actividades.hoja, actividades.mapa as MapaDeColumnas<string>, ejes);
  const filasC = coordinaciones.hoja.getMaxRows();
  if (filasC >= 2) {
    cuerpoDeColumna(coordinaciones.hoja, coordinaciones.mapa, "mes", filasC).setDataValidation(
      reglaDeFecha(AYUDA_DE_MES),
    );
  }
}

/** After Configuración was edited: the Eje list follows the Ejes de trabajo (onEdit, when they changed). */
export function actualizarListaDeEjes(ss: Libro, ejes: readonly string[]): void {
  const hoja = ss.getSheetByName(ACTIVIDADES.nombre);
  if (!hoja) return;
  ponerListaDeEjes(hoja, mapaDeHoja(hoja, ACTIVIDADES as DisenoDeHoja<string>), ejes);
}
