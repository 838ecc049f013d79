// Which month the report dialog proposes: the previous one during the first 10 days, else the current one.
import { claveDeMes, type FechaCalendario } from "../fechas/calendario";

/** Days of a month during which the previous month's report is the likely one to generate. */
const DIAS_DE_CIERRE = 10;

/** "AAAA-MM" of the month to propose on `hoy`. */
export function mesPorDefecto(hoy: FechaCalendario): string {
  if (hoy.dia > DIAS_DE_CIERRE) return claveDeMes({ anio: hoy.anio, mes: hoy.mes });
  return hoy.mes === 1
    ? claveDeMes({ anio: hoy.anio - 1, mes: 12 })
    : claveDeMes({ anio: hoy.anio, mes: hoy.mes - 1 });
}
