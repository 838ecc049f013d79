// The cost model of the bench: what one Apps Script service call costs on Google, by kind of call, with Sheets' write cache.
//
// Published figures (../shared/guides/apps-script-platform.md, "What calls cost"):
// - Apps Script "Best practices" (developers.google.com/apps-script/guides/support/best-practices):
//   setting 10,000 backgrounds one cell at a time, with a flush per row of 100, takes about 70 s;
//   one setBackgrounds call, about 1 s. Reads commit the write cache first ("Optimizing Spreadsheet
//   Operations", Google's Apps Script blog, 2010), so interleaved reads and writes are slow.
// - tanaikech's benchmark reports (2018, 2022, 2023): in a loop, getValues ~100–180 ms a call,
//   setValues ~260–360 ms, appendRow ~110 ms, a read and a write per row ~320 ms (1,000 rows ≈ 5 min;
//   one getValues and one setValues for the same rows ≈ 0.33 s); one getValues ~0.2 s + ~9 µs a
//   cell, one setValues ~0.1 s + ~60 µs a cell.
// DocumentApp, DriveApp, PropertiesService, LockService and Session costs are unpublished: every
// figure for them below is an ASSUMPTION, and so is every Sheets figure not listed above.

/** What kind of work a call makes Google do. */
export type Clase =
  | "lectura"
  | "escritura"
  | "vaciado"
  | "estructura"
  | "metadatos"
  | "navegacion"
  | "docsAbrir"
  | "docsGuardar"
  | "docs"
  | "docsApi"
  | "drive"
  | "propiedades"
  | "candado"
  | "sesion"
  | "local"
  | "interfaz"
  | "correo"
  | "otra";

export interface Costo {
  /** Seconds per call. */
  segundos: number;
  /** Seconds per cell, for calls that carry one value per cell (getValues, setValues, setNotes…). */
  porCelda: number;
  /** True when no published measurement backs the figure. */
  supuesto: boolean;
  /** What the figure stands for and where it comes from (printed by the bench, in Spanish). */
  fuente: string;
}

/** The table the README reproduces. */
export const COSTOS: Readonly<Record<Clase, Costo>> = {
  lectura: {
    segundos: 0.15,
    porCelda: 9e-6,
    supuesto: false,
    fuente:
      "lectura de Sheets (getValues, getNotes, getLastRow, TextFinder…): 100–180 ms por llamada en un bucle, +9 µs por celda (tanaikech)",
  },
  escritura: {
    segundos: 0.007,
    porCelda: 60e-6,
    supuesto: false,
    fuente:
      "escritura de Sheets en la caché de escritura: 10.000 celdas en ~70 s (Google, Best practices), +60 µs por celda (tanaikech)",
  },
  vaciado: {
    segundos: 0.1,
    porCelda: 0,
    supuesto: false,
    fuente:
      "vaciado de la caché de escritura (antes de una lectura, en flush(), al final de la ejecución): un setValues ≈ 0,1 s (tanaikech)",
  },
  estructura: {
    segundos: 0.2,
    porCelda: 0,
    supuesto: true,
    fuente: "insertar o borrar una hoja, filas o columnas; renombrar una hoja",
  },
  metadatos: {
    segundos: 0.01,
    porCelda: 0,
    supuesto: true,
    fuente: "lista de hojas, nombres, tamaños, zona, configuración regional (vienen con la hoja de cálculo)",
  },
  navegacion: {
    segundos: 0.001,
    porCelda: 0,
    supuesto: true,
    fuente: "sin ida y vuelta: getRange, getA1Notation, constructores, getActiveSpreadsheet",
  },
  docsAbrir: { segundos: 1, porCelda: 0, supuesto: true, fuente: "DocumentApp.create / openById" },
  docsGuardar: { segundos: 1, porCelda: 0, supuesto: true, fuente: "Document.saveAndClose" },
  docs: {
    segundos: 0.05,
    porCelda: 0,
    supuesto: true,
    fuente: "cualquier otra llamada a un elemento del Doc",
  },
  docsApi: {
    segundos: 1,
    porCelda: 0,
    supuesto: true,
    fuente:
      "servicio avanzado Docs (get, batchUpdate): una ida y vuelta a la API, como abrir un Doc; el tamaño de la petición no se modela",
  },
  drive: { segundos: 0.2, porCelda: 0, supuesto: true, fuente: "DriveApp, File, Folder, iteradores" },
  propiedades: { segundos: 0.05, porCelda: 0, supuesto: true, fuente: "PropertiesService" },
  candado: { segundos: 0.05, porCelda: 0, supuesto: true, fuente: "LockService, sin espera" },
  sesion: { segundos: 0.05, porCelda: 0, supuesto: true, fuente: "Session, User" },
  local: {
    segundos: 0.001,
    porCelda: 0,
    supuesto: true,
    fuente: "Utilities, ScriptApp, Logger, HtmlService (se calculan en el propio entorno)",
  },
  interfaz: {
    segundos: 0.05,
    porCelda: 0,
    supuesto: true,
    fuente: "Ui: menús, barra lateral, diálogos, avisos",
  },
  correo: { segundos: 0.5, porCelda: 0, supuesto: true, fuente: "MailApp" },
  otra: { segundos: 0.1, porCelda: 0, supuesto: true, fuente: "cualquier llamada no clasificada arriba" },
};

/** Sheets calls that only build or name something in the script, without a round trip (ASSUMPTION). */
const NAVEGACION = new Set([
  "SpreadsheetApp.getActiveSpreadsheet",
  "SpreadsheetApp.getActive",
  "SpreadsheetApp.getUi",
  "SpreadsheetApp.newDataValidation",
  "Sheet.getRange",
  "Sheet.getRangeList",
  "RangeList.getRanges",
  "Sheet.createTextFinder",
  "Sheet.getParent",
  "Range.getSheet",
  "Range.getA1Notation",
  "Range.getRow",
  "Range.getRowIndex",
  "Range.getColumn",
  "Range.getNumRows",
  "Range.getNumColumns",
  "Range.getHeight",
  "Range.getWidth",
  "Range.getLastRow",
  "Range.getLastColumn",
  "Range.getGridId",
  "Range.offset",
  "Range.createTextFinder",
]);

const ESTRUCTURA = /^(Spreadsheet|Sheet)\.(insert|delete|setName|moveActiveSheet|duplicate)/;
const METADATOS = /^(Spreadsheet|Sheet)\.(get|is)/;
const LECTURA_DE_HOJA = /^(Range|Sheet|RangeList)\.(get|is)|^TextFinder\.(find|replace)/;

/** The kind of a call by its "Service.method" name, as the emulator counts it. */
export function claseDe(metodo: string): Clase {
  const servicio = metodo.slice(0, metodo.indexOf("."));
  if (metodo === "SpreadsheetApp.flush") return "vaciado";
  if (NAVEGACION.has(metodo) || servicio.startsWith("DataValidation")) return "navegacion";
  if (servicio === "TextFinder") return LECTURA_DE_HOJA.test(metodo) ? "lectura" : "navegacion";
  if (metodo === "Spreadsheet.toast") return "interfaz";
  if (ESTRUCTURA.test(metodo)) return "estructura";
  if (metodo === "Sheet.getLastRow" || metodo === "Sheet.getLastColumn" || metodo === "Sheet.getDataRange")
    return "lectura";
  if (METADATOS.test(metodo)) return "metadatos";
  if (LECTURA_DE_HOJA.test(metodo)) return "lectura";
  if (/^(Spreadsheet|Sheet|Range|RangeList|Protection)$/.test(servicio)) return "escritura";
  if (metodo === "DocumentApp.create" || metodo === "DocumentApp.openById") return "docsAbrir";
  if (metodo === "Document.saveAndClose") return "docsGuardar";
  if (servicio === "Docs") return "docsApi";
  if (
    /^(DocumentApp|Document|Body|Paragraph|ListItem|Table|TableRow|TableCell|Text|HeaderSection|FooterSection)$/.test(
      servicio,
    )
  )
    return "docs";
  if (/^(DriveApp|File|Folder|FolderIterator|FileIterator)$/.test(servicio)) return "drive";
  if (/^Properties/.test(servicio)) return "propiedades";
  if (/^(LockService|Lock)$/.test(servicio)) return "candado";
  if (/^(Session|User)$/.test(servicio)) return "sesion";
  if (/^(Utilities|ScriptApp|Logger|HtmlService|HtmlOutput|HtmlTemplate|Blob)$/.test(servicio))
    return "local";
  if (/^(Ui|Menu|PromptResponse)$/.test(servicio)) return "interfaz";
  if (/^MailApp$/.test(servicio)) return "correo";
  return "otra";
}

/**
 * Adds up the modelled seconds of a run's calls, in order. Sheets writes go into the write cache;
 * the first Sheets read after writes, SpreadsheetApp.flush() and the end of the run commit it (one
 * `vaciado` each). `veces` repeats a call (the per-row baseline's loops) without listing each one.
 */
export class Reloj {
  segundos = 0;
  llamadas = 0;
  readonly porMetodo = new Map<string, number>();
  readonly sinClasificar = new Set<string>();
  private pendiente = false;

  llamada(metodo: string, celdas = 0, veces = 1): void {
    if (veces <= 0) return;
    const clase = claseDe(metodo);
    if (clase === "otra") this.sinClasificar.add(metodo);
    this.llamadas += veces;
    this.porMetodo.set(metodo, (this.porMetodo.get(metodo) ?? 0) + veces);
    if (clase === "vaciado") {
      // A flush with nothing to commit costs what a call without a round trip costs.
      this.segundos += this.pendiente ? COSTOS.vaciado.segundos : COSTOS.navegacion.segundos;
      this.segundos += (veces - 1) * COSTOS.navegacion.segundos;
      this.pendiente = false;
      return;
    }
    if (clase === "lectura" && this.pendiente) {
      this.segundos += COSTOS.vaciado.segundos;
      this.pendiente = false;
    }
    const costo = COSTOS[clase];
    this.segundos += veces * (costo.segundos + costo.porCelda * celdas);
    if (clase === "escritura" || clase === "estructura") this.pendiente = true;
  }

  /** The end of the run: whatever is still in the write cache is committed. */
  fin(): void {
    if (this.pendiente) this.segundos += COSTOS.vaciado.segundos;
    this.pendiente = false;
  }
}
