// A past report's rows as the registry would hold them: each activity checked with the entry rules,
// its date read in the report's month, and every row that cannot be taken said with its reason.
import {
  fechaAIso,
  type MesCalendario,
  mismaFecha,
  type RangoDeFechas,
  rangoTocaMes,
} from "../fechas/calendario";
import { formatearRango, tituloDeMes } from "../fechas/formato";
import { interpretarFecha, interpretarMes, type OrdenNumerico } from "../fechas/lectura";
import type { ErrorDeCampo } from "../registro/campos";
import { type Actividad, validarActividad, validarCoordinacion } from "../registro/reglas";
import { esEncabezado, type InformeLeido } from "./documento";

/** One activity of the report, as it will be registered, or with what keeps it out. */
export interface ActividadImportada {
  /** Position in the report's table (0 for its first row): how the preview names a correction. */
  readonly indice: number;
  readonly actividad: string;
  readonly entidad: string;
  readonly informacion: string;
  /** The Fecha as the report wrote it. */
  readonly fechaEscrita: string;
  /** The days it covers, when the date could be read. */
  readonly rango: RangoDeFechas | null;
  /** The entry, when nothing keeps the row out. */
  readonly valor: Actividad | null;
  readonly problemas: ReadonlyArray<ErrorDeCampo>;
}

export interface CoordinacionImportada {
  readonly indice: number;
  readonly texto: string;
  readonly problema: string | null;
}

/** A report read for import, or why it cannot be read at all. */
export type InformeImportado =
  | {
      readonly ok: true;
      readonly mes: MesCalendario;
      /** "Mayo 2019": what Registrado por names it by, with the Doc's name when there is one. */
      readonly titulo: string;
      readonly actividades: readonly ActividadImportada[];
      readonly coordinaciones: readonly CoordinacionImportada[];
    }
  | { readonly ok: false; readonly motivo: string };

/** A date the user typed in the preview for a row whose date could not be read. */
export interface Correccion {
  readonly indice: number;
  readonly fecha: string;
}

/** The report's month: its title, the last paragraph before the table that is a month ("Mayo 2019"). */
function mesDelTitulo(parrafos: readonly string[]): MesCalendario | null {
  for (let i = parrafos.length - 1; i >= 0; i--) {
    const r = interpretarMes((parrafos[i] ?? "").trim());
    if (r.ok) return r.mes;
  }
  return null;
}

/** Actividad, Entidad, Información (several cells joined by line breaks) and the Fecha of a table row. */
function partesDeFila(celdas: readonly string[]): [string, string, string, string] {
  const [actividad = "", entidad = "", ...resto] = celdas;
  const fecha = resto.length >= 2 ? (resto[resto.length - 1] ?? "") : "";
  const informacion = (resto.length >= 2 ? resto.slice(0, -1) : resto).join("\n");
  return [actividad, entidad, informacion, fecha];
}

function leerActividad(
  celdas: readonly string[],
  indice: number,
  mes: MesCalendario,
  orden: OrdenNumerico,
  correccion: string | undefined,
): ActividadImportada {
  const [actividad, entidad, informacion, escrita] = partesDeFila(celdas);
  const fechaEscrita = correccion ?? escrita;
  const problemas: ErrorDeCampo[] = [];
  // The year is the title's: a date is read nearest the middle of the report's month.
  const lectura = interpretarFecha(fechaEscrita, {
    referencia: { anio: mes.anio, mes: mes.mes, dia: 15 },
    orden,
  });
  let rango: RangoDeFechas | null = null;
  if (!lectura.ok)
    problemas.push({ campo: "fecha", mensaje: `La Fecha «${fechaEscrita}»: ${lectura.motivo}` });
  else if (!rangoTocaMes(lectura.rango, mes)) {
    problemas.push({
      campo: "fecha",
      mensaje: `La Fecha «${fechaEscrita}» se lee como ${formatearRango(lectura.rango, { conAnio: true })}, fuera de ${tituloDeMes(mes).toLowerCase()}, el mes del informe: corríjala.`,
    });
  } else rango = lectura.rango;
  const r = validarActividad(
    {
      actividad,
      entidad,
      informacion,
      fecha: rango ? fechaAIso(rango.inicio) : undefined,
      fechaFin: rango && !mismaFecha(rango.inicio, rango.fin) ? fechaAIso(rango.fin) : undefined,
      eje: undefined,
    },
    { ejes: null },
  );
  if (!r.ok) for (const e of r.errores) if (e.campo !== "fecha" || rango) problemas.push(e);
  const valor = r.ok && problemas.length === 0 ? r.valor : null;
  return { indice, actividad, entidad, informacion, fechaEscrita, rango, valor, problemas };
}

/**
 * The activities and coordinations of a past report, each checked as the sidebar would check it; the
 * report's month comes from its title, and every date from what the report wrote (no date is ever
 * guessed: one that cannot be read keeps its row out until the user corrects it in the preview).
 */
export function interpretarInforme(
  leido: InformeLeido,
  orden: OrdenNumerico,
  correcciones: readonly Correccion[] = [],
): InformeImportado {
  const mes = mesDelTitulo(leido.parrafos);
  if (!mes) {
    return {
      ok: false,
      motivo:
        "No se encontró el mes del informe: el texto debe tener su título, por ejemplo «Mayo 2019», antes de la tabla.",
    };
  }
  const cuerpo = leido.filas.filter((f) => !esEncabezado(f));
  if (cuerpo.length === 0 && leido.items.length === 0) {
    return {
      ok: false,
      motivo:
        "No se encontró la tabla de actividades (Actividad/Gestión, Entidad, Información, Fecha) ni coordinaciones.",
    };
  }
  const porIndice = new Map(correcciones.map((c) => [c.indice, c.fecha] as const));
  const actividades = cuerpo.map((f, i) => leerActividad(f, i, mes, orden, porIndice.get(i)));
  const coordinaciones = leido.items.map((texto, indice) => {
    const r = validarCoordinacion({
      mes: `${mes.anio}-${String(mes.mes).padStart(2, "0")}`,
      coordinacion: texto,
    });
    return {
      indice,
      texto: r.ok ? r.valor.coordinacion : texto,
      problema: r.ok ? null : (r.errores[0]?.mensaje ?? ""),
    };
  });
  return { ok: true, mes, titulo: tituloDeMes(mes), actividades, coordinaciones };
}
