// What the playground's server and its page exchange: the view of the spreadsheet and UI, and the request bodies. Types only, shared by both sides.

/** One rendered cell: the text Sheets displays and the formatting that shows. */
export interface CeldaVista {
  /** The display value (number formats and the spreadsheet's locale applied). */
  texto: string;
  /** How Sheets aligns by default: numbers and dates right, booleans centre, text left. */
  tipo: "texto" | "numero" | "booleano" | "formula" | "vacia";
  negrita?: boolean;
  cursiva?: boolean;
  fondo?: string;
  color?: string;
  tamano?: number;
  ajustar?: boolean;
  alineacionH?: string;
  alineacionV?: string;
  nota?: string;
  /**
   * The content breaks the cell's data validation rule: what Sheets tells on hover, with its red
   * corner mark. The rule's help text when it has one.
   */
  noValida?: string;
  /** What the editor starts from: the formula, or the value as typed. */
  editable: string;
  /** Merged cells: the top-left cell spans, the covered ones are hidden. */
  filasUnidas?: number;
  columnasUnidas?: number;
  oculta?: boolean;
  bordes?: { arriba?: string; abajo?: string; izquierda?: string; derecha?: string };
}

/** The active sheet as a grid. */
export interface HojaVista {
  nombre: string;
  /** Rows and columns rendered (the used area plus a margin), and the sheet's real size. */
  filas: number;
  columnas: number;
  filasTotales: number;
  columnasTotales: number;
  anchos: number[];
  altos: Record<number, number>;
  filasCongeladas: number;
  columnasCongeladas: number;
  sinCuadricula: boolean;
  /** celdas[fila - 1][columna - 1] */
  celdas: CeldaVista[][];
}

export interface ItemMenuVista {
  etiqueta: string;
  funcion: string;
  /** "Menu > Item": what a click sends (labels may repeat across menus). */
  ruta: string;
}

export interface MenuVista {
  titulo: string;
  /** null is a separator. */
  items: Array<ItemMenuVista | null>;
}

/** A sidebar or dialog built by HtmlService, served at /ui/<id>. */
export interface MarcoVista {
  id: string;
  titulo: string;
  ancho: number;
  alto: number;
  /** "barra" (300 px sidebar), "modal" or "no-modal" dialog. */
  tipo: "barra" | "modal" | "no-modal";
}

export interface AlertaVista {
  id: string;
  titulo: string;
  mensaje: string;
  botones: string[];
}

export interface AvisoVista {
  id: string;
  titulo: string;
  mensaje: string;
  segundos: number;
}

export interface DocumentoVista {
  id: string;
  nombre: string;
  /** Playground path that renders it. */
  ruta: string;
}

/** Everything the page draws. `version` grows with every change, so the page redraws only when needed. */
export interface Vista {
  version: number;
  libro: string;
  zonaHoraria: string;
  hojas: string[];
  hojaActiva: string;
  hoja: HojaVista;
  menus: MenuVista[];
  barraLateral: MarcoVista | null;
  dialogo: MarcoVista | null;
  alertas: AlertaVista[];
  avisos: AvisoVista[];
  documentos: DocumentoVista[];
  /**
   * The cell a script last selected (Range.activate() from a menu item or google.script.run), with a
   * counter: the page moves its selection there once per new selection, as Sheets does.
   */
  seleccionDelGuion: { fila: number; columna: number; n: number } | null;
}

/** The answer to an action: the new view, or the error the add-on raised (shown as Apps Script shows it). */
export interface RespuestaAccion {
  ok: boolean;
  error?: string;
  vista: Vista;
}

export interface PeticionEditar {
  hoja: string;
  fila: number;
  columna: number;
  texto: string;
}

/** The Delete key on the selected cells (`a1`: "B2" or "B2:C4"). */
export interface PeticionBorrar {
  hoja: string;
  a1: string;
}

export interface PeticionMenu {
  ruta: string;
}

export interface PeticionHoja {
  hoja: string;
}

/** A google.script.run call relayed by the page for the iframe `marco`; `args` is JSON text already checked by the bridge. */
export interface PeticionRun {
  marco: string;
  funcion: string;
  args: string;
}

/** Messages between the bridge in an iframe and the page. */
export type MensajeDelMarco =
  | { tipo: "run"; llamada: number; funcion: string; args: string }
  | { tipo: "cerrar" }
  | { tipo: "alto"; valor: number }
  | { tipo: "ancho"; valor: number }
  | { tipo: "foco-editor" };

export type MensajeAlMarco = {
  tipo: "resultado";
  llamada: number;
  /** JSON of the CallOutcome (see emulator/script-run.ts). */
  resultado: string;
};
