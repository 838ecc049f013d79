// The "Generar informe mensual" dialog: opened with its default month embedded.
import type { DatosDelDialogoInforme } from "../../core/api";
import { mesPorDefecto } from "../../core/informe/mes-por-defecto";
import { paginaConDatos } from "../paginas";
import { ahoraEnZona } from "../registro/celdas";

/** Menu item: opens the month picker and preflight. */
export function abrirGenerarInforme(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  // "Today" in the spreadsheet's zone, not the server's: a report closes on the office's calendar.
  const { hoy } = ahoraEnZona(ss.getSpreadsheetTimeZone(), new Date());
  const datos: DatosDelDialogoInforme = { mes: mesPorDefecto(hoy) };
  const pagina = paginaConDatos("Informe", datos).setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(pagina, "Generar informe mensual");
}
