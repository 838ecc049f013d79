// The edge between cells and core: date cells become calendar days in the spreadsheet's zone, other values plain data.
import type { FechaCalendario } from "../../core/fechas/calendario";
import { desfasesDeInstantes } from "../../core/fechas/desfases";
import { fechaDeCeldaEnMs, fechaHoraLocal } from "../../core/fechas/serial";
import type { Celda } from "../../core/registro/filas";

/** True for a Date, whichever realm created it. */
export function esFecha(valor: unknown): valor is Date {
  if (valor instanceof Date) return !Number.isNaN(valor.getTime());
  return (
    typeof valor === "object" &&
    valor !== null &&
    Object.prototype.toString.call(valor) === "[object Date]" &&
    !Number.isNaN((valor as Date).getTime())
  );
}

/** A zone's UTC offset in minutes at an instant: one Utilities call ("Z" gives e.g. "-0500"). */
export function desfaseDeZona(zona: string, instante: Date): number {
  const z = Utilities.formatDate(instante, zona, "Z");
  const signo = z.startsWith("-") ? -1 : 1;
  return signo * (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5)));
}

/** "Now" in the spreadsheet's zone: today's calendar day and the zone's offset now (one Utilities call). */
export interface Ahora {
  readonly instante: Date;
  readonly hoy: FechaCalendario;
  readonly desfase: number;
}

/**
 * Today is the calendar day the instant falls on in the spreadsheet's zone, all day long: 23:59 in
 * Panama is still today, though it is tomorrow in UTC (never rounded to the nearest midnight, which
 * is right only for date cells).
 */
export function ahoraEnZona(zona: string, instante: Date): Ahora {
  const desfase = desfaseDeZona(zona, instante);
  const { anio, mes, dia } = fechaHoraLocal(instante.getTime(), desfase);
  return { instante, hoy: { anio, mes, dia }, desfase };
}

/** Reads the cells of one operation: each date cell with its zone's offset at that date. */
export interface LectorDeCeldas {
  /** The calendar day a date cell shows. */
  fecha(valor: Date): FechaCalendario;
  /** A cell as core receives it: a date cell becomes its day; text, numbers and booleans pass as they are. */
  celda(valor: unknown): Celda;
  /**
   * The calendar day a date-and-time cell (Registrado el) falls on, with an offset probed for this
   * read (exact in a zone that kept its rule; the day only chooses the year of a text date without one).
   */
  dia(valor: Date): FechaCalendario;
}

/**
 * A reader for the date cells among `valores` (the cells of this operation's date columns). Date cells hold
 * local midnight in the spreadsheet's zone; each is rounded with the offset the zone had at that
 * date, not today's — zones whose offset changed (Pacific/Apia in 2011) would shift old dates by a
 * day otherwise. Costs two Utilities calls for a zone that kept its rule, a few more where it jumped.
 */
export function lectorDeCeldas(zona: string | (() => string), valores: Iterable<unknown>): LectorDeCeldas {
  const instantes: number[] = [];
  for (const v of valores) if (esFecha(v)) instantes.push(v.getTime());
  const nombre = typeof zona === "string" ? () => zona : zona;
  const desfaseEn = desfasesDeInstantes(instantes, (ms) => desfaseDeZona(nombre(), new Date(ms)));
  // Without date cells there is no probe to reuse: the first date-and-time read asks once for all.
  let sinFechas: number | null = null;
  const desfaseSinFechas = (ms: number): number => {
    sinFechas ??= desfaseDeZona(nombre(), new Date(ms));
    return sinFechas;
  };
  const fecha = (valor: Date): FechaCalendario =>
    fechaDeCeldaEnMs(valor.getTime(), desfaseEn(valor.getTime()));
  return {
    fecha,
    celda(valor) {
      if (esFecha(valor)) return fecha(valor);
      if (typeof valor === "string" || typeof valor === "number" || typeof valor === "boolean") return valor;
      return null;
    },
    dia(valor) {
      const ms = valor.getTime();
      const desfase = instantes.length > 0 ? desfaseEn(ms) : desfaseSinFechas(ms);
      const { anio, mes, dia } = fechaHoraLocal(ms, desfase);
      return { anio, mes, dia };
    },
  };
}

/** A date-and-time cell (Registrado el) as milliseconds since 1970; null when it holds no date. */
export function instanteDeCelda(valor: unknown): number | null {
  return esFecha(valor) ? valor.getTime() : null;
}
