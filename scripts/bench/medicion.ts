// Measures one operation of the add-on on the emulator: its calls in order with the rows and cells each one moved, the modelled time, local CPU time.
import { Section } from "../../emulator/document/body";
import type { Environment } from "../../emulator/index";
import { RangeImpl } from "../../emulator/spreadsheet/range";
import { RangeListImpl } from "../../emulator/spreadsheet/range-list";
import { SheetImpl } from "../../emulator/spreadsheet/sheet";
import { TextFinderImpl } from "../../emulator/spreadsheet/text-finder";
import { Reloj } from "./costos";

/** One counted call: its "Service.method" name and, for calls that move data, how much. */
export interface LlamadaMedida {
  metodo: string;
  /** Rows read or written (a range's rows, a table's rows, the rows a TextFinder searches, row heights set, the paragraphs a Docs API batch inserts). */
  filas?: number;
  /** Cells carrying one value each (getValues, setValues, setNotes, setBackgrounds…). */
  celdas?: number;
  /** Ranges of a RangeList call. */
  rangos?: number;
}

/** What one operation cost. */
export interface Medida {
  llamadas: LlamadaMedida[];
  porMetodo: Record<string, number>;
  segundosModelados: number;
  cpuMs: number;
  sinClasificar: string[];
}

type Tamano = Omit<LlamadaMedida, "metodo">;

/** The run being measured: the sizes of its calls by their ordinal in the runtime. */
let grabacion: { env: Environment; tamanos: Map<number, LlamadaMedida> } | null = null;

/** Range methods that read or write one value per cell. */
export const LECTURAS_POR_CELDA = [
  "getValues",
  "getDisplayValues",
  "getFormulas",
  "getNotes",
  "getBackgrounds",
  "getNumberFormats",
  "getFontWeights",
  "getFontColors",
  "getWraps",
  "getDataValidations",
];
export const ESCRITURAS_POR_CELDA = [
  "setValues",
  "setFormulas",
  "setNotes",
  "setBackgrounds",
  "setNumberFormats",
  "setFontWeights",
  "setFontStyles",
  "setFontSizes",
  "setFontColors",
  "setFontFamilies",
  "setHorizontalAlignments",
  "setVerticalAlignments",
  "setWraps",
  "setWrapStrategies",
  "setDataValidations",
];
const RANGE_LIST = [
  "setValue",
  "setBackground",
  "setFontWeight",
  "setFontColor",
  "setNumberFormat",
  "setNote",
];

/** Wraps methods of an emulator class so each call notes its size first (the runtime then counts it). */
function envolver(
  proto: object,
  servicio: string,
  metodos: readonly string[],
  tamano: (objeto: unknown, args: unknown[]) => Tamano,
): void {
  const p = proto as Record<string, unknown>;
  for (const metodo of metodos) {
    const original = p[metodo];
    if (typeof original !== "function" || (original as { medido?: boolean }).medido) continue;
    const envuelta = function (this: unknown, ...args: unknown[]) {
      if (grabacion)
        grabacion.tamanos.set(grabacion.env.runtime.callIndex, {
          metodo: `${servicio}.${metodo}`,
          ...tamano(this, args),
        });
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
    Object.assign(envuelta, { medido: true });
    p[metodo] = envuelta;
  }
}

function deRango(objeto: unknown): Tamano {
  const { numRows, numColumns } = (objeto as RangeImpl).rect;
  return { filas: numRows, celdas: numRows * numColumns };
}

/** Rows a TextFinder searches: its range's, or its sheet's last row (the rows a script would read one by one). */
function filasBuscadas(objeto: unknown): Tamano {
  const alcance = (
    objeto as unknown as { scope: { kind: string; sheetId?: number; rect?: { numRows: number } } }
  ).scope;
  if (alcance.rect) return { filas: alcance.rect.numRows };
  const libro = grabacion?.env.workbook;
  const hojas = libro?.state.sheets.filter(
    (s) => alcance.kind === "spreadsheet" || s.sheetId === alcance.sheetId,
  );
  return { filas: (hojas ?? []).reduce((n, s) => n + (libro?.lastRow(s.name) ?? 0), 0) };
}

let sondaPuesta = false;

/** Puts the size probes on the emulator's classes, once per process. Counting itself is the emulator's. */
export function ponerSonda(): void {
  if (sondaPuesta) return;
  sondaPuesta = true;
  envolver(RangeImpl.prototype, "Range", [...LECTURAS_POR_CELDA, ...ESCRITURAS_POR_CELDA], deRango);
  // One format or value for every range of the list: priced as one call (no value per cell to carry).
  envolver(RangeListImpl.prototype, "RangeList", RANGE_LIST, (objeto) => ({
    rangos: (objeto as unknown as { ranges: RangeImpl[] }).ranges.length,
  }));
  envolver(SheetImpl.prototype, "Sheet", ["setRowHeights", "setColumnWidths"], (_o, args) => ({
    filas: Number(args[1]) || 1,
  }));
  envolver(TextFinderImpl.prototype, "TextFinder", ["findNext", "findAll"], filasBuscadas);
  envolver(Section.prototype, "Body", ["insertTable", "appendTable"], (_o, args) => {
    const celdas = args.find(Array.isArray) as unknown[][] | undefined;
    return { filas: celdas?.length ?? 1 };
  });
}

/** Paragraphs a Docs API batch inserts: the line breaks of its insertText requests. */
function parrafosInsertados(_objeto: unknown, args: unknown[]): Tamano {
  const peticiones = (args[0] as { requests?: Array<{ insertText?: { text?: unknown } }> } | undefined)
    ?.requests;
  let filas = 0;
  for (const p of peticiones ?? []) {
    const texto = p.insertText?.text;
    if (typeof texto === "string") filas += texto.split("\n").length - 1;
  }
  return { filas };
}

/** The Docs advanced service is one object per project: its batches note the paragraphs they insert. */
function sondearDocs(env: Environment): void {
  const docs = env.globals.Docs as { Documents?: object } | undefined;
  if (docs?.Documents) envolver(docs.Documents, "Docs.Documents", ["batchUpdate"], parrafosInsertados);
}

/** Milliseconds of CPU (user and system) this process spent since `desde`. */
function cpuDesde(desde: NodeJS.CpuUsage): number {
  const u = process.cpuUsage(desde);
  return (u.user + u.system) / 1000;
}

/** Runs `operacion` with every call recorded, and prices the record with the cost model. */
export function medir(env: Environment, operacion: () => void): Medida {
  ponerSonda();
  sondearDocs(env);
  const rt = env.runtime;
  rt.resetCalls();
  rt.recordCalls = true;
  const tamanos = new Map<number, LlamadaMedida>();
  grabacion = { env, tamanos };
  const inicio = process.cpuUsage();
  try {
    operacion();
  } finally {
    grabacion = null;
  }
  const cpuMs = cpuDesde(inicio);
  // A size noted for a call the runtime did not count under that name (an uncounted helper) is dropped.
  const llamadas = rt.callLog.map((metodo, i): LlamadaMedida => {
    const t = tamanos.get(i);
    return t?.metodo === metodo ? t : { metodo };
  });
  rt.recordCalls = false;
  const reloj = new Reloj();
  for (const l of llamadas) reloj.llamada(l.metodo, l.celdas ?? 0);
  reloj.fin();
  return {
    llamadas,
    porMetodo: rt.callCounts(),
    segundosModelados: reloj.segundos,
    cpuMs,
    sinClasificar: [...reloj.sinClasificar],
  };
}
