// The model of one month's report: what the report tab and the Doc both print, built from registry rows.

import {
  claveDeMes,
  compararFechas,
  esFechaValida,
  type FechaHora,
  type MesCalendario,
  mesDesdeClave,
  type RangoDeFechas,
  rangoTocaMes,
} from "../fechas/calendario";
import { formatearFecha, formatearRango, tituloDeMes } from "../fechas/formato";
import { interpretarMes, type OrdenNumerico } from "../fechas/lectura";
import type { ErrorDeCampo } from "../registro/campos";
import type { Configuracion } from "../registro/configuracion";
import {
  esFilaVaciaDeCoordinacion,
  type FilaActividad,
  type FilaCoordinacion,
  validarFilaCoordinacion,
} from "../registro/filas";
import {
  ACTIVIDADES,
  COORDINACIONES,
  type DisenoDeHoja,
  tituloDeCampo,
  tituloDeColumna,
} from "../registro/hojas";
import { CAMPOS_ACTIVIDAD, type CampoActividad, rangoDeActividad } from "../registro/reglas";
import { type RevisionDeFila, revisarFilaActividad } from "../registro/revision";
import { plural } from "../texto";

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
 * Where a row left out would fall, when its dates can be told at all (to list it only in its months):
 * its date cells, or what its text dates read as.
 */
function rangoProbable(
  fila: FilaActividad,
  cambios: RevisionDeFila<CampoActividad>["cambios"],
): RangoDeFechas | null {
  const leida = (campo: "fecha" | "fechaFin") => {
    const cambio = cambios.find((c) => c.campo === campo);
    if (cambio && "fecha" in cambio.valor) return cambio.valor.fecha;
    const celda = fila[campo];
    return esFechaValida(celda) ? celda : null;
  };
  const inicio = leida("fecha");
  if (!inicio) return null;
  const fin = leida("fechaFin");
  return { inicio, fin: fin && compararFechas(fin, inicio) >= 0 ? fin : inicio };
}

/** The report takes real dates only: a date still typed as text waits for Validar registros (or an edit of its row). */
function mensajeDeFechaEscrita(campo: CampoActividad, escrito: string): string {
  const etiqueta = campo === "fechaFin" ? "La Fecha fin" : "La Fecha";
  return `${etiqueta} «${escrito}» está escrita como texto y el informe solo toma fechas guardadas como fecha: use «Validar registros» en el menú Informe mensual para convertirla (la nota de la celda dirá cómo se leyó).`;
}

/** The range of a row whose Fecha (and Fecha fin, if any) are real date cells; null when text must be read. */
function rangoDeCeldas(fila: FilaActividad): RangoDeFechas | null {
  if (!esFechaValida(fila.fecha)) return null;
  if (fila.fechaFin === "" || fila.fechaFin === null || fila.fechaFin === undefined) {
    return { inicio: fila.fecha, fin: fila.fecha };
  }
  if (!esFechaValida(fila.fechaFin) || compararFechas(fila.fechaFin, fila.fecha) < 0) return null;
  return { inicio: fila.fecha, fin: fila.fechaFin };
}

/** The month a coordination row names, when it can be told. */
function mesProbable(fila: FilaCoordinacion): string | null {
  if (esFechaValida(fila.mes)) return claveDeMes(fila.mes);
  const r = interpretarMes(fila.mes);
  return r.ok ? claveDeMes(r.mes) : null;
}

/** The rows of one sheet that made it into the month, and those left out with their reasons. */
interface Seleccion<T> {
  readonly incluidas: T[];
  readonly omitidas: FilaOmitida[];
  /** Rows left out (a row with two problems is one row). */
  readonly filasOmitidas: number;
}

/** One entry per problem of a row left out, titled as the sheet titles the column. */
function omisiones(diseno: DisenoDeHoja, fila: number, errores: readonly ErrorDeCampo[]): FilaOmitida[] {
  return errores.map((e) => ({
    hoja: diseno.nombre,
    fila,
    campo: e.campo,
    columna: tituloDeCampo(diseno, e.campo),
    mensaje: e.mensaje,
  }));
}

/** The valid activities whose range touches the month, in report order; invalid rows that may belong to it. */
function actividadesDelMes(
  filas: readonly FilaActividad[],
  mes: MesCalendario,
  orden: () => OrdenNumerico,
): Seleccion<FilaDelInforme> {
  // A text date of a row without Registrado el is read near this month only to decide whether to list it.
  const contexto = {
    ejes: null,
    hoy: { anio: mes.anio, mes: mes.mes, dia: 15 },
    get orden() {
      return orden();
    },
  };
  const omitidas: FilaOmitida[] = [];
  let filasOmitidas = 0;
  const incluidas: { fila: FilaDelInforme; registradoEl: number | null }[] = [];
  for (const fila of filas) {
    // Rows whose date cells already place them in another month are not this report's: most of a
    // registry of years is skipped without reading its text.
    const fuera = rangoDeCeldas(fila);
    if (fuera && !rangoTocaMes(fuera, mes)) continue;
    const r = revisarFilaActividad(fila, contexto);
    if (r.vacia) continue;
    const escritas = r.cambios.filter((c) => c.escrito !== null);
    if (r.valor && escritas.length === 0) {
      const rango = rangoDeActividad(r.valor);
      if (!rangoTocaMes(rango, mes)) continue;
      const { actividad, entidad, informacion } = r.valor;
      const registradoEl =
        typeof fila.registradoEl === "number" && Number.isFinite(fila.registradoEl)
          ? fila.registradoEl
          : null;
      incluidas.push({
        fila: { actividad, entidad, informacion, fecha: formatearRango(rango), rango, fila: fila.fila },
        registradoEl,
      });
      continue;
    }
    const probable = rangoProbable(fila, r.cambios);
    if (probable && !rangoTocaMes(probable, mes)) continue;
    const problemas = [
      ...r.problemas,
      ...escritas.map((c) => ({ campo: c.campo, mensaje: mensajeDeFechaEscrita(c.campo, c.escrito ?? "") })),
    ].sort((a, b) => ordenDeCampo(a.campo) - ordenDeCampo(b.campo));
    filasOmitidas += 1;
    omitidas.push(...omisiones(ACTIVIDADES, fila.fila, problemas));
  }
  incluidas.sort(
    (a, b) =>
      compararFechas(a.fila.rango.inicio, b.fila.rango.inicio) ||
      compararFechas(a.fila.rango.fin, b.fila.rango.fin) ||
      (a.registradoEl ?? Number.POSITIVE_INFINITY) - (b.registradoEl ?? Number.POSITIVE_INFINITY) ||
      a.fila.fila - b.fila.fila,
  );
  return { incluidas: incluidas.map((i) => i.fila), omitidas, filasOmitidas };
}

function ordenDeCampo(campo: string): number {
  return (CAMPOS_ACTIVIDAD as readonly string[]).indexOf(campo);
}

/** The month's valid coordinations in sheet order; invalid rows that may belong to it. */
function coordinacionesDelMes(filas: readonly FilaCoordinacion[], clave: string): Seleccion<string> {
  const omitidas: FilaOmitida[] = [];
  let filasOmitidas = 0;
  const incluidas: string[] = [];
  for (const fila of [...filas].sort((a, b) => a.fila - b.fila)) {
    if (esFechaValida(fila.mes) && claveDeMes(fila.mes) !== clave) continue;
    if (esFilaVaciaDeCoordinacion(fila)) continue;
    const r = validarFilaCoordinacion(fila);
    if (r.ok) {
      if (claveDeMes(r.valor.mes) === clave) incluidas.push(r.valor.coordinacion);
      continue;
    }
    const probable = mesProbable(fila);
    if (probable !== null && probable !== clave) continue;
    filasOmitidas += 1;
    omitidas.push(...omisiones(COORDINACIONES, fila.fila, r.errores));
  }
  return { incluidas, omitidas, filasOmitidas };
}

/**
 * Builds the report of a month. An activity belongs to every month its range touches; rows are sorted
 * by Fecha, then Fecha fin (a one-day activity before a longer one starting the same day), then
 * registration time (rows without one after those with it), then sheet row. Coordinations of the
 * month keep sheet order. Invalid rows are left out and listed with their row and reasons — those
 * whose dates place them in another month are not listed here; those whose dates cannot be read are
 * listed in every month, since they might belong to it. Empty rows are ignored.
 * The Eje de trabajo is not checked: the report does not print it, and renaming an eje in
 * Configuración must not drop past activities. Throws RangeError when `mes` is not "AAAA-MM".
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
