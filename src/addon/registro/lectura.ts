// Reads the registry sheets in one batch each and hands core plain rows (date cells become calendar dates here).
import type { Validacion } from "../../core/registro/campos";
import type { Configuracion } from "../../core/registro/configuracion";
import type { FilaActividad, FilaCoordinacion } from "../../core/registro/filas";
import {
  ACTIVIDADES,
  type ClaveActividades,
  type ClaveCoordinaciones,
  COORDINACIONES,
} from "../../core/registro/hojas";
import { mapaCanonico } from "../../core/registro/tabla";
import type { Hoja, Libro } from "../tipos";
import { celdaParaCore, desfaseDeZona, instanteDeCelda } from "./celdas";
import { leerConfiguracion } from "./configuracion";
import { type FilaLeida, leerFilas } from "./tabla";

/** Everything a report or a check needs from the spreadsheet, read with a fixed number of calls. */
export interface Registro {
  actividades: FilaActividad[];
  coordinaciones: FilaCoordinacion[];
  configuracion: Validacion<Configuracion, string>;
  /** The spreadsheet zone's offset now, in minutes; date cells are read with it. */
  desfase: number;
  /** Sheets the registry lacks ("Configurar hoja" creates them). */
  faltantes: string[];
}

export const MAPA_ACTIVIDADES = mapaCanonico(ACTIVIDADES);
export const MAPA_COORDINACIONES = mapaCanonico(COORDINACIONES);

/** An Actividades row as core checks it. */
export function filaDeActividad(
  { fila, celdas }: FilaLeida<ClaveActividades>,
  desfase: number,
): FilaActividad {
  return {
    fila,
    actividad: celdaParaCore(celdas.actividad, desfase),
    entidad: celdaParaCore(celdas.entidad, desfase),
    informacion: celdaParaCore(celdas.informacion, desfase),
    fecha: celdaParaCore(celdas.fecha, desfase),
    fechaFin: celdaParaCore(celdas.fechaFin, desfase),
    eje: celdaParaCore(celdas.eje, desfase),
    registradoEl: instanteDeCelda(celdas.registradoEl),
  };
}

/** A Coordinaciones row as core checks it. */
export function filaDeCoordinacion(
  { fila, celdas }: FilaLeida<ClaveCoordinaciones>,
  desfase: number,
): FilaCoordinacion {
  return {
    fila,
    mes: celdaParaCore(celdas.mes, desfase),
    coordinacion: celdaParaCore(celdas.coordinacion, desfase),
    registradoEl: instanteDeCelda(celdas.registradoEl),
  };
}

/** Reads the registry: one getValues per sheet, whatever its size. */
export function leerRegistro(ss: Libro, ahora: Date): Registro {
  const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
  const faltantes: string[] = [];
  const hoja = (nombre: string): Hoja | null => {
    const h = ss.getSheetByName(nombre);
    if (!h) faltantes.push(nombre);
    return h;
  };
  const actividades = hoja(ACTIVIDADES.nombre);
  const coordinaciones = hoja(COORDINACIONES.nombre);
  return {
    actividades: actividades
      ? leerFilas(actividades, MAPA_ACTIVIDADES).map((f) => filaDeActividad(f, desfase))
      : [],
    coordinaciones: coordinaciones
      ? leerFilas(coordinaciones, MAPA_COORDINACIONES).map((f) => filaDeCoordinacion(f, desfase))
      : [],
    configuracion: leerConfiguracion(ss),
    desfase,
    faltantes,
  };
}
