// The server functions the sidebar and dialogs call, typed once for both sides (dates travel as ISO strings).
import type { FilaOmitida } from "./informe/modelo";
import type { ErrorDeCampo } from "./registro/campos";
import type { SelloDeRegistro } from "./registro/sello";

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
  /** The month it is listed under, as the list's heading says it ("mayo 2019"). */
  mes: string;
}

/** A registered activity the sidebar compares a new one with, to warn about a probable duplicate. */
export interface ActividadConocida {
  fila: number;
  /** Its duplicate key (core/registro/duplicados.ts): the Fecha and a digest of Actividad and Entidad. */
  clave: string;
}

/** An Eje de trabajo the sidebar offers: the short name the Eje column stores, and its whole paragraph. */
export interface EjeOfrecido {
  nombre: string;
  descripcion: string;
}

/** What the Registrar actividad sidebar needs for its first paint, embedded in the page (no round trip). */
export interface DatosDelRegistro {
  /** Today in the spreadsheet's time zone, "YYYY-MM-DD". */
  hoy: string;
  /** Entities already registered, unique and sorted, for the Entidad autocomplete. */
  entidades: string[];
  /** The Ejes de trabajo of Configuración, in their order. */
  ejes: EjeOfrecido[];
  /** The latest activities and coordinations whatever their month, newest row first (the list groups them by month). */
  actividades: EntradaReciente[];
  coordinaciones: EntradaReciente[];
  /**
   * The activities of the registry's last rows (those a save used to reread), for the duplicate
   * warning; the sidebar adds each one it saves.
   */
  conocidas: ActividadConocida[];
  /** The user's e-mail as Google gave it when the sidebar was built ("" when it did not), shown only: each save reads it again. */
  correo: string;
}

/** What the Generar informe mensual dialog needs for its first paint. */
export interface DatosDelDialogoInforme {
  /** The month it proposes, "AAAA-MM". */
  mes: string;
}

/** Every answer is an envelope: the sidebar never has to catch to learn that input was refused. */
export type Respuesta<T> =
  | ({ ok: true } & T)
  | {
      ok: false;
      /** Per-field messages, in Spanish; `campo` "general" for what belongs to no field. */
      errores: ErrorDeCampo[];
    };

/** A save: the sheet row written and the row's ID. */
export type RespuestaRegistro = Respuesta<{ fila: number; id: string }>;

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
  registrarActividad(formulario: FormularioActividad, sello: SelloDeRegistro): RespuestaRegistro;
  registrarCoordinacion(formulario: FormularioCoordinacion, sello: SelloDeRegistro): RespuestaRegistro;
  prepararInforme(mes: string): Respuesta<Preflight>;
  generarInforme(mes: string): Respuesta<ResultadoInforme>;
}
