// What a check of registry rows asks of the spreadsheet, each asked once and only when a row needs it:
// the time zone (for date cells), today (for text dates without a year), the locale (for numeric dates).

import type { FechaCalendario } from "../../core/fechas/calendario";
import { type OrdenNumerico, ordenDeLocale } from "../../core/fechas/locale";
import type { ContextoDeRevision } from "../../core/registro/revision";
import { unaVez } from "../../core/una-vez";
import type { Libro } from "../tipos";
import { ahoraEnZona, type LectorDeCeldas, lectorDeCeldas } from "./celdas";

/** The context of a check, with every part read on first use. */
export interface ContextoPerezoso {
  readonly contexto: ContextoDeRevision;
  /** A reader for the date cells among `fechas` (no call at all when there are none). */
  lector(fechas: unknown[]): LectorDeCeldas;
}

/**
 * `ejes` gives the Ejes de trabajo to check against (null: not checked). The zone is asked once
 * (one call), today once more (one Utilities call), the locale once — each only if some row needs it.
 */
export function contextoPerezoso(ss: Libro, ejes: () => readonly string[] | null): ContextoPerezoso {
  const zona = unaVez(() => ss.getSpreadsheetTimeZone());
  const hoy = unaVez((): FechaCalendario => ahoraEnZona(zona(), new Date()).hoy);
  const orden = unaVez((): OrdenNumerico => ordenDeLocale(ss.getSpreadsheetLocale()));
  const listaDeEjes = unaVez(ejes);
  return {
    contexto: {
      get ejes() {
        return listaDeEjes();
      },
      get hoy() {
        return hoy();
      },
      get orden() {
        return orden();
      },
    },
    lector: (fechas) => lectorDeCeldas(zona, fechas),
  };
}
