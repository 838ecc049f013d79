// The "Generar informe mensual" dialog: opened with its default month embedded.
import { mesPorDefecto } from "../../core/mes-del-informe";
import { desfaseDeZona, fechaDeCelda } from "../celdas";
import { paginaConDatos } from "../paginas";

/** What the dialog needs for its first paint. */
export interface DatosDelDialogoInforme {
  mes: string;
}

/** Menu item: opens the month picker and preflight. */
export function abrirGenerarInforme(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const ahora = new Date();
  // "Today" in the spreadsheet's zone, not the server's: a report closes on the office's calendar.
  const hoy = fechaDeCelda(ahora, desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora));
  const datos: DatosDelDialogoInforme = { mes: mesPorDefecto(hoy) };
  const pagina = paginaConDatos("Informe", datos).setWidth(560).setHeight(560);
  SpreadsheetApp.getUi().showModalDialog(pagina, "Generar informe mensual");
}
