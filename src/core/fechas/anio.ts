// What a typed date leaves out: the month from the other days written, the year from the row's day in time.
import {
  ANIO_MAXIMO,
  ANIO_MINIMO,
  crearFecha,
  esFechaValida,
  type FechaCalendario,
  numeroDeDia,
} from "./calendario";
import type { Extremos } from "./extremos";
import { fallo, falta, type Lectura, noSonSeguidos } from "./piezas";

/** A day with every part known, not yet checked against the calendar. */
export interface DiaCompleto {
  readonly dia: number;
  readonly mes: number;
  readonly anio: number;
}

/** A day with its month known; the year only if it was written; the weekday written before it, if any. */
interface DiaConMes {
  readonly dia: number;
  readonly mes: number;
  readonly anio: number | null;
  readonly semana: number | null;
}

/** The first and last day complete, every day written with its month, and where the year came from. */
export interface Completo {
  readonly inicio: DiaCompleto;
  readonly final: DiaCompleto;
  /** Each day written, in order, with its month filled in; its year only if it was written. */
  readonly partes: readonly DiaConMes[];
  readonly anioDelContexto: boolean;
}

const FALTA_ANIO = "Falta el año: escriba, por ejemplo, «7 de mayo de 2019».";

/** Implicit New Year crossing only for short ranges from the last quarter into the first ("30 de dic. al 2 de ene."). */
function cruzaAnioNuevo(mesInicio: number, mesFin: number): boolean {
  return mesInicio >= 10 && mesFin <= 3;
}

/** A day that exists and is within the years an entry may use, as a day number; else null. */
function diaPermitido(anio: number, mes: number, dia: number): number | null {
  const fecha = anio >= ANIO_MINIMO && anio <= ANIO_MAXIMO ? crearFecha(anio, mes, dia) : null;
  return fecha ? numeroDeDia(fecha) : null;
}

/**
 * The year (of the start) among the reference's year and its neighbours that puts the range nearest the
 * reference; on a tie the earlier one, since staff log what already happened. Years whose reading is not
 * a real day (29 de febrero) are skipped; when none is, the reference's own year, so that the calendar
 * says why ("El 29 de febrero de 2019 no existe").
 */
function anioMasCercano(
  inicio: DiaConMes,
  fin: DiaConMes,
  cruza: boolean,
  referencia: FechaCalendario,
): number {
  const dia = numeroDeDia(referencia);
  let mejor = referencia.anio;
  let menor = -1;
  for (const anio of [referencia.anio - 1, referencia.anio, referencia.anio + 1]) {
    const a = diaPermitido(anio, inicio.mes, inicio.dia);
    const b = diaPermitido(cruza ? anio + 1 : anio, fin.mes, fin.dia);
    if (a === null || b === null) continue;
    // Days from the reference to the nearest day of the range; 0 when the reference is inside it.
    const d = Math.max(Math.min(a, b) - dia, dia - Math.max(a, b), 0);
    if (menor < 0 || d < menor) {
      mejor = anio;
      menor = d;
    }
  }
  return mejor;
}

/** With no month anywhere, whether the days can still follow one another ("30, 31 y 1" can, "3, 4 y 6" cannot). */
function seguidos(partes: Extremos["partes"]): boolean {
  return partes.every((p, i) => {
    const antes = partes[i - 1];
    return !antes || p.dia === antes.dia + 1 || (p.dia === 1 && antes.dia >= 28);
  });
}

/**
 * Fills what the days written leave out. A day takes the month of the next day written ("27 al 30 de
 * mayo"), else of the last one ("mayo 28 al 30"). A year written on one end fixes the other (one year
 * later for a range crossing New Year); with no year written, the nearest reading to the reference wins.
 */
export function completar(
  extremos: Extremos,
  original: string,
  referencia: FechaCalendario | undefined,
): Lectura<Completo> {
  // Read from the last day back, each taking the month of the day after it.
  let mes = extremos.partes.reduce<number | null>((ultimo, p) => (p.mes === null ? ultimo : p.mes), null);
  const partes: DiaConMes[] = [];
  for (const p of [...extremos.partes].reverse()) {
    if (p.mes !== null) mes = p.mes;
    if (mes === null)
      return extremos.forma === "seguidos" && !seguidos(extremos.partes)
        ? noSonSeguidos(original)
        : falta("el mes", original);
    partes.unshift({ ...p, mes });
  }
  const [ini] = partes;
  const fin = partes[partes.length - 1];
  if (ini === undefined || fin === undefined) return falta("el mes", original);
  const invertido = ini.mes > fin.mes || (ini.mes === fin.mes && ini.dia > fin.dia);
  const cruza = invertido && cruzaAnioNuevo(ini.mes, fin.mes);
  let anioIni = ini.anio;
  let anioFin = fin.anio;
  const anioDelContexto = anioIni === null && anioFin === null;
  if (anioDelContexto) {
    if (!esFechaValida(referencia)) return fallo(FALTA_ANIO);
    anioIni = anioMasCercano(ini, fin, cruza, referencia);
    anioFin = cruza ? anioIni + 1 : anioIni;
  } else if (anioIni === null) {
    anioIni = cruza && anioFin !== null ? anioFin - 1 : anioFin;
  } else if (anioFin === null) {
    anioFin = cruza ? anioIni + 1 : anioIni;
  }
  if (anioIni === null || anioFin === null) return fallo(FALTA_ANIO);
  return {
    ok: true,
    valor: {
      inicio: { ...ini, anio: anioIni },
      final: { ...fin, anio: anioFin },
      partes,
      anioDelContexto,
    },
  };
}
