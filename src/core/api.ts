// The server functions the sidebar and dialogs call, typed once for both sides (dates travel as ISO strings).
import type { FilaOmitida } from "./informe";
import type { ErrorDeCampo } from "./validacion";

/** A form's fields as the browser sends them: strings only, dates as "YYYY-MM-DD" ("" when empty). */
export interface FormularioActividad {
  actividad: string;
  entidad: string;
  informacion: string;
  fecha: string;
  fechaFin: string;
  eje: string;
}

export interface FormularioCoordinacion {
  /** "AAAA-MM". */
  mes: string;
  coordinacion: string;
}

/** A registry row shown in the sidebar's list of recent entries (plain text, rendered as text). */
export interface EntradaReciente {
  tipo: "actividad" | "coordinacion";
  fila: number;
  titulo: string;
  detalle: string;
}

/** Every answer is an envelope: the sidebar never has to catch to learn that input was refused. */
export type Respuesta<T> =
  | ({ ok: true } & T)
  | {
      ok: false;
      /** Per-field messages, in Spanish; `campo` "general" for what belongs to no field. */
      errores: ErrorDeCampo[];
      /** Set when the only problem is a probable duplicate the user may confirm. */
      duplicado?: string;
    };

export type RespuestaRegistro = Respuesta<{ fila: number; id: string; recientes: EntradaReciente[] }>;

export interface Preflight {
  mes: string;
  titulo: string;
  actividades: number;
  coordinaciones: number;
  omitidas: FilaOmitida[];
  /** The month's Doc, when one was generated before: it will be updated in place (same link). */
  documento: { url: string; editadoDespues: boolean } | null;
}

export interface ResultadoInforme {
  mes: string;
  url: string;
  pestana: string;
  actividades: number;
  coordinaciones: number;
  avisos: string[];
}

/** The server API: each key is a top-level function of the built script (see src/main.ts). */
export interface Api {
  registrarActividad(formulario: FormularioActividad, confirmarDuplicado: boolean): RespuestaRegistro;
  registrarCoordinacion(formulario: FormularioCoordinacion): RespuestaRegistro;
  prepararInforme(mes: string): Respuesta<Preflight>;
  generarInforme(mes: string): Respuesta<ResultadoInforme>;
}
