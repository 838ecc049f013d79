// The registry's sheets and their columns: the one definition the server, the sheet checks and the report share.

/** Sheet names as the office sees them. */
export const HOJA = {
  actividades: "Actividades",
  coordinaciones: "Coordinaciones",
  configuracion: "Configuración",
  historial: "Historial de informes",
} as const;

/** How a column's cells are formatted and checked. */
export type TipoColumna = "texto" | "fecha" | "mes" | "fechaHora" | "numero" | "enlace";

export interface Columna {
  readonly clave: string;
  readonly titulo: string;
  readonly tipo: TipoColumna;
  /** Width in pixels, chosen for the office's real text lengths. */
  readonly ancho: number;
}

function columnas<const T extends readonly Columna[]>(lista: T): T {
  return lista;
}

/** The title the sheet shows for a column key ("fechaFin" → "Fecha fin"); "" when the key is unknown. */
export function tituloDeColumna(lista: readonly Columna[], clave: string): string {
  return lista.find((c) => c.clave === clave)?.titulo ?? "";
}

export const COLUMNAS_ACTIVIDADES = columnas([
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

export const COLUMNAS_COORDINACIONES = columnas([
  { clave: "mes", titulo: "Mes", tipo: "mes", ancho: 110 },
  { clave: "coordinacion", titulo: "Coordinación", tipo: "texto", ancho: 520 },
  { clave: "registradoPor", titulo: "Registrado por", tipo: "texto", ancho: 180 },
  { clave: "registradoEl", titulo: "Registrado el", tipo: "fechaHora", ancho: 140 },
  { clave: "id", titulo: "ID", tipo: "texto", ancho: 120 },
]);

export const COLUMNAS_CONFIGURACION = columnas([
  { clave: "clave", titulo: "Clave", tipo: "texto", ancho: 190 },
  { clave: "valor", titulo: "Valor", tipo: "texto", ancho: 620 },
]);

export const COLUMNAS_HISTORIAL = columnas([
  { clave: "mes", titulo: "Mes", tipo: "mes", ancho: 110 },
  { clave: "documento", titulo: "Documento", tipo: "enlace", ancho: 320 },
  { clave: "pestana", titulo: "Pestaña", tipo: "texto", ancho: 130 },
  { clave: "actividades", titulo: "Actividades", tipo: "numero", ancho: 90 },
  { clave: "coordinaciones", titulo: "Coordinaciones", tipo: "numero", ancho: 110 },
  { clave: "generadoPor", titulo: "Generado por", tipo: "texto", ancho: 180 },
  { clave: "generadoEl", titulo: "Generado el", tipo: "fechaHora", ancho: 140 },
  { clave: "vecesGenerado", titulo: "Veces generado", tipo: "numero", ancho: 110 },
]);

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
