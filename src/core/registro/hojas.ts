// The registry's sheets and their columns: the one layout the server, Configurar hoja, the report and the playground share.
import { COLORES } from "../colores";

/** How a column's cells are formatted and checked. */
export type TipoColumna = "texto" | "fecha" | "mes" | "fechaHora" | "numero" | "enlace";

/** One column of a sheet the add-on keeps. `K` is the literal key code uses for it. */
export interface Columna<K extends string = string> {
  readonly clave: K;
  readonly titulo: string;
  readonly tipo: TipoColumna;
  /** Width in pixels, chosen for the office's real text lengths. */
  readonly ancho: number;
}

/** A sheet of the registry: its name as the office sees it and its columns in their canonical order. */
export interface DisenoDeHoja<K extends string = string> {
  readonly nombre: string;
  readonly columnas: readonly Columna<K>[];
}

/** The keys of a sheet's columns, as a union of literals: a misspelt key is a compile error. */
export type ClaveDe<D extends DisenoDeHoja> = D["columnas"][number]["clave"];

function diseno<const K extends string>(nombre: string, columnas: readonly Columna<K>[]): DisenoDeHoja<K> {
  return { nombre, columnas };
}

export const ACTIVIDADES = diseno("Actividades", [
  { clave: "actividad", titulo: "Actividad/Gestión", tipo: "texto", ancho: 240 },
  { clave: "entidad", titulo: "Entidad", tipo: "texto", ancho: 180 },
  { clave: "informacion", titulo: "Información", tipo: "texto", ancho: 420 },
  { clave: "fecha", titulo: "Fecha", tipo: "fecha", ancho: 100 },
  { clave: "fechaFin", titulo: "Fecha fin", tipo: "fecha", ancho: 100 },
  { clave: "eje", titulo: "Eje de trabajo", tipo: "texto", ancho: 200 },
  { clave: "registradoPor", titulo: "Registrado por", tipo: "texto", ancho: 180 },
  { clave: "registradoEl", titulo: "Registrado el", tipo: "fechaHora", ancho: 140 },
  { clave: "id", titulo: "ID", tipo: "texto", ancho: 120 },
]);

export const COORDINACIONES = diseno("Coordinaciones", [
  { clave: "mes", titulo: "Mes", tipo: "mes", ancho: 110 },
  { clave: "coordinacion", titulo: "Coordinación", tipo: "texto", ancho: 520 },
  { clave: "registradoPor", titulo: "Registrado por", tipo: "texto", ancho: 180 },
  { clave: "registradoEl", titulo: "Registrado el", tipo: "fechaHora", ancho: 140 },
  { clave: "id", titulo: "ID", tipo: "texto", ancho: 120 },
]);

export const CONFIGURACION = diseno("Configuración", [
  { clave: "clave", titulo: "Clave", tipo: "texto", ancho: 190 },
  { clave: "valor", titulo: "Valor", tipo: "texto", ancho: 620 },
]);

export const HISTORIAL = diseno("Historial de informes", [
  { clave: "mes", titulo: "Mes", tipo: "mes", ancho: 110 },
  { clave: "documento", titulo: "Documento", tipo: "enlace", ancho: 320 },
  { clave: "pestana", titulo: "Pestaña", tipo: "texto", ancho: 130 },
  { clave: "actividades", titulo: "Actividades", tipo: "numero", ancho: 90 },
  { clave: "coordinaciones", titulo: "Coordinaciones", tipo: "numero", ancho: 110 },
  { clave: "generadoPor", titulo: "Generado por", tipo: "texto", ancho: 180 },
  { clave: "generadoEl", titulo: "Generado el", tipo: "fechaHora", ancho: 140 },
  { clave: "vecesGenerado", titulo: "Veces generado", tipo: "numero", ancho: 110 },
]);

/** Every sheet Configurar hoja creates and repairs, in tab order. */
export const HOJAS_DEL_REGISTRO = [ACTIVIDADES, COORDINACIONES, CONFIGURACION, HISTORIAL] as const;

/** Sheet names as the office sees them. */
export const HOJA = {
  actividades: ACTIVIDADES.nombre,
  coordinaciones: COORDINACIONES.nombre,
  configuracion: CONFIGURACION.nombre,
  historial: HISTORIAL.nombre,
} as const;

export type ClaveActividades = ClaveDe<typeof ACTIVIDADES>;
export type ClaveCoordinaciones = ClaveDe<typeof COORDINACIONES>;
export type ClaveHistorial = ClaveDe<typeof HISTORIAL>;

/** The title the sheet shows for a column ("fechaFin" → "Fecha fin"). */
export function tituloDeColumna<K extends string>(d: DisenoDeHoja<K>, clave: K): string {
  return d.columnas.find((c) => c.clave === clave)?.titulo ?? clave;
}

/** The title of a column named by a key that may not be one of the sheet's (a field of a message); "" when not. */
export function tituloDeCampo(d: DisenoDeHoja, campo: string): string {
  return d.columnas.find((c) => c.clave === campo)?.titulo ?? "";
}

/** Number formats by column type; "@" (plain text) keeps typed text from becoming a formula, number or date. */
export const FORMATO: Readonly<Record<TipoColumna, string>> = {
  texto: "@",
  enlace: "@",
  fecha: "dd/mm/yyyy",
  mes: "mmmm yyyy",
  fechaHora: "dd/mm/yyyy hh:mm",
  numero: "0",
};

/** How Configurar hoja styles every header row. */
export const ESTILO_DE_ENCABEZADO = { fondo: COLORES.acento, texto: COLORES.blanco } as const;

/** Keys of the Configuración sheet, in the order they are listed. */
export const CLAVE_CONFIGURACION = {
  oficina: "Oficina",
  telefonos: "Teléfonos",
  sitioWeb: "Sitio web",
  ejesDeTrabajo: "Ejes de trabajo",
  carpeta: "Carpeta de informes",
  compartir: "Compartir informe",
  destinatarios: "Destinatarios",
} as const;

/** Read-only sharing choices for the report Doc. */
export const OPCIONES_COMPARTIR = ["Restringido", "Dominio con enlace", "Cualquiera con enlace"] as const;
export type OpcionCompartir = (typeof OPCIONES_COMPARTIR)[number];

/** Defaults from the office's May 2019 report header. */
export const CONFIGURACION_INICIAL: ReadonlyArray<readonly [string, string]> = [
  [CLAVE_CONFIGURACION.oficina, "OFICINA DE COOPERACIÓN INTERNACIONAL"],
  [CLAVE_CONFIGURACION.telefonos, "506-9696/97"],
  [CLAVE_CONFIGURACION.sitioWeb, "www.mupa.gob.pa"],
  [
    CLAVE_CONFIGURACION.ejesDeTrabajo,
    [
      "Posicionamiento estratégico: Posicionar, gestionar y coordinar  las acciones  de la Alcaldía de la Ciudad, en el ámbito nacional e internacional; dinamizando procesos de integración entre  los países amigos.",
      "Promovida y ampliada la cooperación al desarrollo sobre la base de los principios de la cooperación integral  (motivación, horizontalidad, participación y ciudadanía global, objetivos del desarrollo sostenible, equidad, inclusión, igualdad, complementariedad, continuidad, uso de nuevas tecnologías, trabajo en red, incidencia internacional)",
    ].join("\n"),
  ],
  [CLAVE_CONFIGURACION.carpeta, ""],
  [CLAVE_CONFIGURACION.compartir, "Restringido"],
  [CLAVE_CONFIGURACION.destinatarios, ""],
];

/** Name of the generated report tab of a month, e.g. "Informe 2019-05". */
export function nombrePestanaInforme(anio: number, mes: number): string {
  return `Informe ${anio}-${String(mes).padStart(2, "0")}`;
}
