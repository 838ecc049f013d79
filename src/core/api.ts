// The server functions the sidebar and dialogs call, typed once for both sides (dates travel as ISO strings).
import type { Correccion } from "./importar/informe";
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
      /**
       * Per-field messages, in Spanish; `campo` "general" for what belongs to no field, "configuracion"
       * for a problem of the Configuración sheet (the message names the key), "vacio" for an empty month
       * that needs the user's confirmation, "documento" for a Doc the user cannot open.
       */
      errores: ErrorDeCampo[];
    };

/** A save: the sheet row written and the row's ID. */
export type RespuestaRegistro = Respuesta<{ fila: number; id: string }>;

/**
 * The month's Doc as the preflight finds it:
 * - "vivo": it exists and will be updated in place (same link);
 * - "papelera": it is in the trash; generating restores it, and the link stays the same;
 * - "borrado": it was deleted for good; generating makes a new Doc, with a new link;
 * - "sinAcceso": it exists but the user may not open it (it belongs to `propietario`): generation
 *   stops unless the user asks for a separate Doc of their own.
 */
export interface DocumentoDelPreflight {
  estado: "vivo" | "papelera" | "borrado" | "sinAcceso";
  url: string;
  /** Edited after the last generation (only said when it is known to be so). */
  editadoDespues: boolean;
  /** Who owns it, when the add-on knows ("" otherwise). */
  propietario: string;
}

export interface Preflight {
  mes: string;
  titulo: string;
  actividades: number;
  coordinaciones: number;
  omitidas: FilaOmitida[];
  /** The month's Doc, when one was generated before. */
  documento: DocumentoDelPreflight | null;
}

/** What the Generar button may add to the month: both are the user's explicit choice in the dialog. */
export interface OpcionesDeGeneracion {
  /** Generate a month with no activity and no coordination (the dialog asked first). */
  confirmarVacio?: boolean;
  /** Make a new Doc of the user's own when the month's Doc belongs to someone who did not share it. */
  documentoAparte?: boolean;
}

export interface ResultadoInforme {
  mes: string;
  url: string;
  pestana: string;
  actividades: number;
  coordinaciones: number;
  /**
   * How the link relates to the one shared before: "mismo" (the same Doc, updated), "restaurado" (the
   * Doc was in the trash and is back: the same link), "nuevo" (the month's first Doc), "cambiado" (the
   * Doc was deleted or is someone else's: a new link, which `enlaceAnterior` replaces).
   */
  enlace: "mismo" | "restaurado" | "nuevo" | "cambiado";
  enlaceAnterior: string | null;
  /** The read-only sharing the Doc has now, as Configuración names it, or null when it could not be checked. */
  compartir: string | null;
  /** Whom the link was e-mailed to ([] when Configuración names nobody or the mail failed). */
  enviadoA: string[];
  avisos: string[];
}

/** What Validar registros found and did, for its dialog. */
export interface ResultadoDeValidacion {
  /** Rows checked (empty rows are not entries). */
  filas: number;
  filasConProblemas: number;
  totalDeProblemas: number;
  /** The first problems, sheet by sheet in row order (at most a few hundred; `totalDeProblemas` counts all). */
  problemas: FilaOmitida[];
  /** Cells whose typed text date (or month) was written as a real date. */
  fechasConvertidas: number;
  /** Rows typed by hand that got their ID (and Registrado el). */
  filasConId: number;
}

/** Where a past report comes from: its text pasted in the dialog, or the link of its Doc. */
export type FuenteDeImportacion = { tipo: "texto"; texto: string } | { tipo: "documento"; url: string };

/** One activity of the report in the preview: new, already in the registry, or kept out (with why). */
export interface FilaDeVistaPrevia {
  indice: number;
  actividad: string;
  entidad: string;
  fechaEscrita: string;
  /** The days read, in words ("27 al 30 de mayo de 2019"), or null when the date could not be read. */
  fecha: string | null;
  estado: "nueva" | "yaEsta" | "problema";
  problemas: string[];
}

export interface CoordinacionDeVistaPrevia {
  indice: number;
  texto: string;
  estado: "nueva" | "yaEsta" | "problema";
  problema: string | null;
}

/** What Importar informe anterior would add, for the user to confirm. */
export interface VistaPreviaDeImportacion {
  /** "Mayo 2019". */
  titulo: string;
  /** "AAAA-MM". */
  mes: string;
  actividades: FilaDeVistaPrevia[];
  coordinaciones: CoordinacionDeVistaPrevia[];
  actividadesNuevas: number;
  actividadesYaEstaban: number;
  actividadesConProblemas: number;
  coordinacionesNuevas: number;
  coordinacionesYaEstaban: number;
}

/** What an import wrote. */
export interface ResultadoDeImportacion {
  vista: VistaPreviaDeImportacion;
  /** Rows added to each sheet (0 when everything was already there). */
  actividades: number;
  coordinaciones: number;
  /** The first sheet row written in Actividades, or null when none was. */
  primeraFila: number | null;
}

/** The server API: each key is a top-level function of the built script (see src/main.ts). */
export interface Api {
  registrarActividad(formulario: FormularioActividad, sello: SelloDeRegistro): RespuestaRegistro;
  registrarCoordinacion(formulario: FormularioCoordinacion, sello: SelloDeRegistro): RespuestaRegistro;
  prepararInforme(mes: string): Respuesta<Preflight>;
  generarInforme(mes: string, opciones?: OpcionesDeGeneracion): Respuesta<ResultadoInforme>;
  validarRegistros(): Respuesta<ResultadoDeValidacion>;
  irARegistro(hoja: string, fila: number, campo: string): Respuesta<{ a1: string }>;
  prepararImportacion(
    fuente: FuenteDeImportacion,
    correcciones: Correccion[],
  ): Respuesta<VistaPreviaDeImportacion>;
  importarInforme(fuente: FuenteDeImportacion, correcciones: Correccion[]): Respuesta<ResultadoDeImportacion>;
}
