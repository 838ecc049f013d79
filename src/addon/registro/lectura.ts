// Reads the registry sheets in one batch each and hands core plain rows (date cells become calendar days here).
import type { MesCalendario } from "../../core/fechas/calendario";
import { lejosDelMes } from "../../core/fechas/serial";
import type { Validacion } from "../../core/registro/campos";
import type { Configuracion } from "../../core/registro/configuracion";
import type { FilaActividad, FilaCoordinacion } from "../../core/registro/filas";
import {
  ACTIVIDADES,
  type ClaveActividades,
  type ClaveCoordinaciones,
  COORDINACIONES,
  HISTORIAL,
} from "../../core/registro/hojas";
import type { HistorialLeido } from "../informe/historial";
import type { Libro } from "../tipos";
import {
  type Ahora,
  ahoraEnZona,
  esFecha,
  instanteDeCelda,
  type LectorDeCeldas,
  lectorDeCeldas,
} from "./celdas";
import { leerConfiguracion, type Pares } from "./configuracion";
import { hojaRequerida } from "./faltantes";
import { type FilaLeida, leerHoja } from "./tabla";

/** Everything a report or a check needs from the spreadsheet, read with a fixed number of calls. */
export interface Registro {
  actividades: FilaActividad[];
  coordinaciones: FilaCoordinacion[];
  configuracion: Validacion<Configuracion, string>;
  /** Configuración's key/value rows as read (kept as the add-on's copy). */
  paresDeConfiguracion: Pares;
  /** Now in the spreadsheet's zone (today, the offset for the footer's time). */
  ahora: Ahora;
  /** The spreadsheet's time zone. */
  zona: string;
  /** Historial, read with the registry: a generation updates its month's row. */
  historial: HistorialLeido;
}

/** The cells of the date columns (Fecha, Fecha fin, Mes): the only ones whose zone offset matters. */
export function* celdasDeFecha(
  actividades: ReadonlyArray<FilaLeida<ClaveActividades>>,
  ...conMes: ReadonlyArray<ReadonlyArray<{ celdas: { mes: unknown } }>>
): Generator<unknown> {
  for (const { celdas } of actividades) {
    yield celdas.fecha;
    yield celdas.fechaFin;
  }
  for (const filas of conMes) for (const { celdas } of filas) yield celdas.mes;
}

/** An activity whose Fecha (and Fecha fin, if any) are date cells surely outside the month `lejos` tests. */
function actividadLejos(
  { celdas }: FilaLeida<ClaveActividades>,
  lejos: (inicioMs: number, finMs: number | null) => boolean,
): boolean {
  const { fecha, fechaFin } = celdas;
  if (!esFecha(fecha)) return false;
  if (fechaFin === "" || fechaFin === null) return lejos(fecha.getTime(), null);
  return esFecha(fechaFin) && lejos(fecha.getTime(), fechaFin.getTime());
}

/** An Actividades row as core checks it. */
export function filaDeActividad(
  { fila, celdas }: FilaLeida<ClaveActividades>,
  lector: LectorDeCeldas,
): FilaActividad {
  return {
    fila,
    actividad: lector.celda(celdas.actividad),
    entidad: lector.celda(celdas.entidad),
    informacion: lector.celda(celdas.informacion),
    fecha: lector.celda(celdas.fecha),
    fechaFin: lector.celda(celdas.fechaFin),
    eje: lector.celda(celdas.eje),
    registradoEl: instanteDeCelda(celdas.registradoEl),
    // Read only if a text date needs it: the day of a date-and-time may cost a call.
    get registradoElDia() {
      return esFecha(celdas.registradoEl) ? lector.dia(celdas.registradoEl) : null;
    },
  };
}

/** A Coordinaciones row as core checks it. */
export function filaDeCoordinacion(
  { fila, celdas }: FilaLeida<ClaveCoordinaciones>,
  lector: LectorDeCeldas,
): FilaCoordinacion {
  return {
    fila,
    mes: lector.celda(celdas.mes),
    coordinacion: lector.celda(celdas.coordinacion),
    registradoEl: instanteDeCelda(celdas.registradoEl),
    get registradoElDia() {
      return esFecha(celdas.registradoEl) ? lector.dia(celdas.registradoEl) : null;
    },
  };
}

/**
 * Reads the registry: each sheet's header and rows in one getValues, whatever its size; every column
 * found by its header. Throws FaltaHoja or FaltanColumnas (both say what to do) when the registry
 * cannot be read as it is.
 */
export function leerRegistro(ss: Libro, instante: Date, mes: MesCalendario | null = null): Registro {
  const zona = ss.getSpreadsheetTimeZone();
  const ahora = ahoraEnZona(zona, instante);
  const leidas = leerHoja(hojaRequerida(ss, ACTIVIDADES), ACTIVIDADES);
  const leidasC = leerHoja(hojaRequerida(ss, COORDINACIONES), COORDINACIONES);
  // For one month, rows whose date cells are surely in another are left out before anything else.
  const lejos = mes ? lejosDelMes(mes, ahora.desfase) : null;
  const actividades = lejos ? leidas.filas.filter((f) => !actividadLejos(f, lejos)) : leidas.filas;
  const coordinaciones = lejos
    ? leidasC.filas.filter((f) => !(esFecha(f.celdas.mes) && lejos(f.celdas.mes.getTime(), null)))
    : leidasC.filas;
  // Historial is read here too: a deleted one stops the report now, not after the tab is written.
  const hojaHistorial = hojaRequerida(ss, HISTORIAL);
  const historial = leerHoja(hojaHistorial, HISTORIAL);
  const lector = lectorDeCeldas(zona, celdasDeFecha(actividades, coordinaciones, historial.filas));
  const configuracion = leerConfiguracion(ss);
  return {
    actividades: actividades.map((f) => filaDeActividad(f, lector)),
    coordinaciones: coordinaciones.map((f) => filaDeCoordinacion(f, lector)),
    configuracion: configuracion.validacion,
    paresDeConfiguracion: configuracion.pares,
    ahora,
    zona,
    historial: { hoja: hojaHistorial, lectura: historial, lector },
  };
}
