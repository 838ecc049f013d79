// The model of one month's report: what the report tab and the Doc both print, built from registry rows.

import {
  claveDeMes,
  type FechaHora,
  type MesCalendario,
  mesDesdeClave,
  type RangoDeFechas,
} from "../fechas/calendario";
import { formatearFecha, tituloDeMes } from "../fechas/formato";
import type { OrdenNumerico } from "../fechas/lectura";
import type { Configuracion } from "../registro/configuracion";
import type { FilaActividad, FilaCoordinacion } from "../registro/filas";
import { ACTIVIDADES, tituloDeColumna } from "../registro/hojas";
import { plural } from "../texto";
import { actividadesDelMes, coordinacionesDelMes } from "./seleccion";

/** What the report is built from. */
export interface DatosDelInforme {
  readonly actividades: readonly FilaActividad[];
  readonly coordinaciones: readonly FilaCoordinacion[];
  readonly configuracion: Configuracion;
  /** The month, "AAAA-MM". */
  readonly mes: string;
  readonly generadoEl?: FechaHora;
  readonly generadoPor?: string;
  /**
   * How the spreadsheet's locale orders numeric dates typed as text (day first when not given); asked
   * only if a row needs it, since asking may cost a call.
   */
  readonly orden?: () => OrdenNumerico;
}

/** One row of the report table. */
export interface FilaDelInforme {
  readonly actividad: string;
  readonly entidad: string;
  readonly informacion: string;
  /** As printed: "7 de mayo", "27 al 30 de mayo". */
  readonly fecha: string;
  readonly rango: RangoDeFechas;
  /** Sheet row of the activity, so a reader can find it in Actividades. */
  readonly fila: number;
}

/** A problem that keeps a row out of the report, for the preflight and the result dialog. */
export interface FilaOmitida {
  readonly hoja: string;
  readonly fila: number;
  /** The field key ("fechaFin"), for the edge to find the cell. */
  readonly campo: string;
  /** The column title as the sheet shows it ("Fecha fin"). */
  readonly columna: string;
  readonly mensaje: string;
}

/** The header of every report: from Configuración, printed as typed. */
export type EncabezadoDelInforme = Pick<
  Configuracion,
  "oficina" | "telefonos" | "sitioWeb" | "ejesDeTrabajo"
>;

/** The report of one month. */
export interface InformeMensual {
  /** "AAAA-MM". */
  readonly mes: string;
  /** "Mayo 2019". */
  readonly titulo: string;
  readonly encabezado: EncabezadoDelInforme;
  readonly columnas: readonly string[];
  readonly filas: readonly FilaDelInforme[];
  readonly coordinaciones: readonly string[];
  /** `omitidas` counts rows (a row with two problems is one row left out). */
  readonly conteos: {
    readonly actividades: number;
    readonly coordinaciones: number;
    readonly omitidas: number;
  };
  /** One entry per problem, in sheet order. */
  readonly omitidas: readonly FilaOmitida[];
  /** "Generado el 3 de junio de 2019 a las 09:15 por ana@mupa.gob.pa · 7 actividades · 4 coordinaciones". */
  readonly pie: string;
}

/** The four columns of the report table, titled as in Actividades (one source of truth). */
const COLUMNAS_DEL_INFORME = (["actividad", "entidad", "informacion", "fecha"] as const).map((clave) =>
  tituloDeColumna(ACTIVIDADES, clave),
);

function dosCifras(n: number): string {
  return String(n).padStart(2, "0");
}

/** The footer line; the parts that are unknown are left out. */
export function pieDelInforme(
  generadoEl: FechaHora | undefined,
  generadoPor: string | undefined,
  actividades: number,
  coordinaciones: number,
): string {
  let generado = "Generado";
  if (generadoEl) {
    generado += ` el ${formatearFecha(generadoEl, { conAnio: true })} a las ${dosCifras(generadoEl.hora)}:${dosCifras(generadoEl.minuto)}`;
  }
  if (generadoPor && generadoPor.trim() !== "") generado += ` por ${generadoPor.trim()}`;
  return [
    generado,
    plural(actividades, "actividad", "actividades"),
    plural(coordinaciones, "coordinación", "coordinaciones"),
  ].join(" · ");
}

/**
 * Builds the report of a month. An activity belongs to every month its range touches; rows are sorted
 * by Fecha, then Fecha fin (a one-day activity before a longer one starting the same day), then
 * registration time (rows without one after those with it), then sheet row. Coordinations of the
 * month keep sheet order. Invalid rows, and rows whose Fecha is still text (the report takes real
 * dates only), are left out and listed with their reasons where they may belong: never where their
 * dates place them elsewhere. The Eje is not checked (renaming one must not drop past activities).
 * Empty rows are ignored. Throws RangeError when `mes` is not "AAAA-MM".
 */
export function construirInforme(datos: DatosDelInforme): InformeMensual {
  const mes: MesCalendario | null = mesDesdeClave(datos.mes);
  if (!mes) throw new RangeError(`Mes no válido: «${datos.mes}» (se espera AAAA-MM).`);
  const clave = claveDeMes(mes);
  const actividades = actividadesDelMes(datos.actividades, mes, datos.orden ?? (() => "diaMes"));
  const coordinaciones = coordinacionesDelMes(datos.coordinaciones, clave);
  const { configuracion } = datos;
  const filas = actividades.incluidas;
  const textos = coordinaciones.incluidas;
  return {
    mes: clave,
    titulo: tituloDeMes(mes),
    encabezado: {
      oficina: configuracion.oficina,
      telefonos: configuracion.telefonos,
      sitioWeb: configuracion.sitioWeb,
      ejesDeTrabajo: [...configuracion.ejesDeTrabajo],
    },
    columnas: COLUMNAS_DEL_INFORME,
    filas,
    coordinaciones: textos,
    conteos: {
      actividades: filas.length,
      coordinaciones: textos.length,
      omitidas: actividades.filasOmitidas + coordinaciones.filasOmitidas,
    },
    omitidas: [...actividades.omitidas, ...coordinaciones.omitidas],
    pie: pieDelInforme(datos.generadoEl, datos.generadoPor, filas.length, textos.length),
  };
}
