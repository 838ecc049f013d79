// Which registry rows belong to a month's report, and which are left out with their reasons.
import {
  claveDeMes,
  compararFechas,
  esFechaValida,
  type MesCalendario,
  type RangoDeFechas,
  rangoTocaMes,
} from "../fechas/calendario";
import { formatearRango } from "../fechas/formato";
import { interpretarMes, type OrdenNumerico } from "../fechas/lectura";
import type { ErrorDeCampo } from "../registro/campos";
import {
  esFilaVaciaDeCoordinacion,
  type FilaActividad,
  type FilaCoordinacion,
  validarFilaCoordinacion,
} from "../registro/filas";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja, tituloDeCampo } from "../registro/hojas";
import { CAMPOS_ACTIVIDAD, type CampoActividad, rangoDeActividad } from "../registro/reglas";
import { type RevisionDeFila, revisarFilaActividad } from "../registro/revision";
import type { FilaDelInforme, FilaOmitida } from "./modelo";

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
export interface Seleccion<T> {
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
export function actividadesDelMes(
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
export function coordinacionesDelMes(filas: readonly FilaCoordinacion[], clave: string): Seleccion<string> {
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
