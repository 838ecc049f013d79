// "Registrar actividad": the sidebar and the two server calls that append a checked activity or coordination to the registry.
import type { ActividadConocida, DatosDelRegistro, EntradaReciente, RespuestaRegistro } from "../core/api";
import { ejesDesdeValor } from "../core/configuracion";
import { esFechaValida, fechaAIso, type MesCalendario, mesDeFecha } from "../core/fechas";
import type { FilaActividad } from "../core/filas";
import { formatearMes } from "../core/formato-fechas";
import {
  CLAVE_CONFIGURACION,
  COLUMNAS_ACTIVIDADES,
  COLUMNAS_COORDINACIONES,
  type Columna,
  HOJA,
} from "../core/hojas";
import {
  actividadConocida,
  ENTRADAS_RECIENTES,
  entradaDeActividad,
  entradaDeCoordinacion,
} from "../core/recientes";
import { validarActividad, validarCoordinacion } from "../core/reglas";
import { validarSello } from "../core/sello";
import { claveDeComparacion } from "../core/texto";
import type { ErrorDeCampo, Validacion } from "../core/validacion";
import { desfaseDeZona, esFecha, fechaDeCelda, mensajeDeError, serialDeFecha, serialDeMes } from "./celdas";
import { asegurarHojas, FORMATO } from "./configurar-hoja";
import { paginaConDatos } from "./paginas";
import { filasDeActividades, leerFilas } from "./registro";
import { correoDelUsuario } from "./usuario";

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;
type Libro = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * How many of the last rows the sidebar is built from: its list of this month's entries and the
 * activities a new one is compared with for the duplicate warning. Bounded so opening the sidebar
 * costs the same with 10 or 10,000 rows; a duplicate registered more than this many rows ago is not
 * noticed. The office registers a few dozen rows a month, so this covers several months.
 */
export const FILAS_REVISADAS = 300;

/** How long a save waits for another save to finish before giving up (Apps Script counts milliseconds). */
export const ESPERA_DEL_CANDADO_MS = 10_000;

/** Entities offered by the autocomplete at most: more would only make the page heavy. */
const ENTIDADES_MAXIMAS = 2000;

/** What a save answers when another save held the registry for too long. Nothing was written. */
export const MENSAJE_OCUPADO =
  "Otra persona está guardando en este momento y no se pudo registrar. No se guardó nada: espere unos segundos y pulse Guardar de nuevo.";

/** Menu item: opens the sidebar with its first-paint data embedded (entities, ejes, recent entries, today). */
export function abrirRegistro(): void {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const datos = datosDelRegistro(ss, new Date());
  const pagina = paginaConDatos("Registro", datos).setTitle("Registrar actividad");
  SpreadsheetApp.getUi().showSidebar(pagina);
}

/**
 * The sidebar's data. Reads the Entidad column once (whole, for the autocomplete), a bounded tail of
 * each registry sheet, Configuración's block and the user's e-mail; creates the registry sheets first
 * if any is missing (first use). Everything a save would otherwise reread is read here, once per
 * sidebar, so that a save costs only what must happen at that moment (see `registrarActividad`).
 */
export function datosDelRegistro(ss: Libro, ahora: Date): DatosDelRegistro {
  let actividades = ss.getSheetByName(HOJA.actividades);
  let coordinaciones = ss.getSheetByName(HOJA.coordinaciones);
  if (!actividades || !coordinaciones) {
    asegurarHojas(ss);
    actividades = ss.getSheetByName(HOJA.actividades);
    coordinaciones = ss.getSheetByName(HOJA.coordinaciones);
  }
  const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
  const hoy = fechaDeCelda(ahora, desfase);
  const mes = mesDeFecha(hoy);
  const cola = actividades ? leerCola(actividades, COLUMNAS_ACTIVIDADES.length) : { desde: 2, valores: [] };
  const colaCoord = coordinaciones
    ? leerCola(coordinaciones, COLUMNAS_COORDINACIONES.length)
    : { desde: 2, valores: [] };
  const filasDeCola = filasDeActividades(cola.valores, desfase, cola.desde);
  return {
    hoy: fechaAIso(hoy),
    entidades: actividades ? entidadesRegistradas(actividades) : [],
    ejes: leerEjes(ss),
    mes: formatearMes(mes),
    actividades: recientesDeActividades(filasDeCola, mes),
    coordinaciones: recientesDeCoordinaciones(colaCoord.desde, colaCoord.valores, desfase, mes),
    conocidas: conocidas(filasDeCola),
    correo: correoDelUsuario(),
  };
}

/*
 * A save costs 8 service calls, the same with 10 or 10,000 rows: the document lock (2), the
 * spreadsheet and the registry sheet (2), its last row (1), and the new row's range, number formats
 * and values (3). That is all that must happen at the moment of saving. What else a row needs came
 * with the sidebar or costs nothing:
 * - the ID is drawn in the sidebar and Registrado por is the e-mail read when the sidebar was built
 *   (the stamp, src/core/sello.ts), so neither Utilities nor Session is called;
 * - Registrado el is written as the instant itself: Sheets shows it in the spreadsheet's zone, so no
 *   zone is read;
 * - the duplicate warning and the list of recent entries are the sidebar's, from the last rows embedded
 *   in it plus what it saved since, so the registry is not reread;
 * - the Eje is checked for its form only; the sidebar offers Configuración's ejes. The report does not
 *   use the eje, and an eje renamed in Configuración while a sidebar was open is not worth two calls
 *   on every save.
 */

/** google.script.run target: checks and appends an activity. Never throws. */
export function registrarActividad(formulario: unknown, sello: unknown): RespuestaRegistro {
  return guardar(
    () => validarActividad(formulario, { ejes: null }),
    sello,
    HOJA.actividades,
    COLUMNAS_ACTIVIDADES,
    (a) => ({
      actividad: a.actividad,
      entidad: a.entidad,
      informacion: a.informacion,
      fecha: serialDeFecha(a.fecha),
      // A one-day activity leaves Fecha fin empty (guides/product.md, "The spreadsheet").
      fechaFin: a.fechaFin ? serialDeFecha(a.fechaFin) : "",
      eje: a.eje ?? "",
    }),
  );
}

/** google.script.run target: checks and appends a coordination. Never throws. */
export function registrarCoordinacion(formulario: unknown, sello: unknown): RespuestaRegistro {
  return guardar(
    () => validarCoordinacion(formulario),
    sello,
    HOJA.coordinaciones,
    COLUMNAS_COORDINACIONES,
    ({ mes, coordinacion }) => ({ mes: serialDeMes(mes.anio, mes.mes), coordinacion }),
  );
}

/**
 * A save, whatever the sheet: checks the form and the stamp again (the browser is never trusted with
 * the rules), then appends the row — the form's cells plus the stamp and Registrado el — under the
 * document lock. Every outcome is an envelope the sidebar can show.
 */
function guardar<T>(
  validar: () => Validacion<T>,
  sello: unknown,
  nombre: string,
  columnas: readonly Columna[],
  celdas: (valor: T) => Record<string, Escribible>,
): RespuestaRegistro {
  try {
    const validacion = validar();
    if (!validacion.ok) return { ok: false, errores: [...validacion.errores] };
    const selloValido = validarSello(sello);
    if (!selloValido.ok) return selloValido;
    const { id, registradoPor } = selloValido.valor;
    const valores = { ...celdas(validacion.valor), registradoPor, id };
    return conCandado(() => {
      const fila = agregarFila(nombre, columnas, { ...valores, registradoEl: new Date() });
      return { ok: true, fila, id };
    });
  } catch (error) {
    return falloInesperado(error);
  }
}

/**
 * Runs `escribir` holding the document lock, so two saves never pick the same row. A bounded wait:
 * when the lock does not come within ESPERA_DEL_CANDADO_MS the save answers MENSAJE_OCUPADO having
 * written nothing. The lock is not released explicitly: Apps Script releases it when the execution
 * ends, after its writes are applied, which is what the next save needs to see them (and saves the
 * flush + release calls).
 */
function conCandado(escribir: () => RespuestaRegistro): RespuestaRegistro {
  const candado = LockService.getDocumentLock();
  try {
    candado.waitLock(ESPERA_DEL_CANDADO_MS);
  } catch (error) {
    // Only the documented timeout means "someone else is saving"; any other failure is said as such.
    if (!/^Lock timeout/.test(mensajeDeError(error))) throw error;
    return { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_OCUPADO }] };
  }
  return escribir();
}

/**
 * Writes one row under the last one of a registry sheet and returns its number. Must run under the
 * lock: the last row read here is still the last when the row is written.
 */
function agregarFila(
  nombre: string,
  columnas: readonly Columna[],
  valores: Record<string, Escribible>,
): number {
  const hoja = hojaDelRegistro(SpreadsheetApp.getActiveSpreadsheet(), nombre);
  // Row 1 is the header even when the sheet was emptied by hand.
  const fila = Math.max(hoja.getLastRow(), 1) + 1;
  escribirFila(hoja, fila, columnas, valores);
  return fila;
}

/** The registry sheet, created with the others on first use (a cheap check: one getSheetByName). */
function hojaDelRegistro(ss: Libro, nombre: string): Hoja {
  const hoja = ss.getSheetByName(nombre);
  if (hoja) return hoja;
  asegurarHojas(ss);
  const creada = ss.getSheetByName(nombre);
  if (!creada) throw new Error(`No se pudo crear la hoja ${nombre}.`);
  return creada;
}

/** The last FILAS_REVISADAS data rows of a sheet: one getLastRow and at most one getValues. */
function leerCola(hoja: Hoja, columnas: number): { desde: number; valores: unknown[][] } {
  const ultima = hoja.getLastRow();
  const desde = Math.max(2, ultima - FILAS_REVISADAS + 1);
  if (ultima < desde) return { desde, valores: [] };
  return { desde, valores: hoja.getRange(desde, 1, ultima - desde + 1, columnas).getValues() };
}

/** What a registry cell is given: text, a date serial, or the instant of Registrado el. */
type Escribible = string | number | Date;

/**
 * Writes row `fila` with one setValues. The row's number formats are set first, in one call: plain
 * text ("@") on text columns makes Sheets store the text exactly as given — a leading "=", "+", "-" or
 * "@", "1,000" or "2019-05" stay text, never a formula, number or date. Date columns get their date
 * formats, so the serials written become real date cells, and Registrado el its date-and-time format.
 */
function escribirFila(
  hoja: Hoja,
  fila: number,
  columnas: readonly Columna[],
  valores: Record<string, Escribible>,
): void {
  let rango: GoogleAppsScript.Spreadsheet.Range;
  try {
    rango = hoja.getRange(fila, 1, 1, columnas.length);
  } catch (error) {
    // The sheet is full to its last row: add room (rare, so its extra calls are paid only then).
    // Any other failure is not ours to work around.
    const filas = hoja.getMaxRows();
    if (fila <= filas) throw error;
    hoja.insertRowsAfter(filas, 100);
    rango = hoja.getRange(fila, 1, 1, columnas.length);
  }
  rango.setNumberFormats([columnas.map((c) => FORMATO[c.tipo])]);
  rango.setValues([columnas.map((c) => valores[c.clave] ?? "")]);
}

/** Configuración's key/value rows the sidebar reads: the add-on writes 7 keys, so 40 rows leave staff plenty of room. */
const FILAS_DE_CONFIGURACION = 40;

/**
 * The configured Ejes de trabajo; [] when the sheet or the key is missing. Reads a fixed block by its
 * A1 address (two calls); a sheet cut shorter than the block by hand is read whole instead.
 */
function leerEjes(ss: Libro): string[] {
  let pares: unknown[][];
  try {
    pares = ss.getRange(`'${HOJA.configuracion}'!A2:B${FILAS_DE_CONFIGURACION + 1}`).getValues();
  } catch {
    const hoja = ss.getSheetByName(HOJA.configuracion);
    if (!hoja) return [];
    pares = leerFilas(hoja, 2);
  }
  const clave = claveDeComparacion(CLAVE_CONFIGURACION.ejesDeTrabajo);
  const par = pares.find(([k]) => typeof k === "string" && claveDeComparacion(k) === clave);
  return par ? (ejesDesdeValor(par[1]) ?? []) : [];
}

/** Unique entities of the Entidad column (one getValues of that column), sorted the Spanish way. */
function entidadesRegistradas(hoja: Hoja): string[] {
  const ultima = hoja.getLastRow();
  if (ultima < 2) return [];
  const columna = COLUMNAS_ACTIVIDADES.findIndex((c) => c.clave === "entidad") + 1;
  const porClave = new Map<string, string>();
  for (const [valor] of hoja.getRange(2, columna, ultima - 1, 1).getValues()) {
    if (typeof valor !== "string") continue;
    const texto = valor.trim().replace(/\s+/g, " ");
    const clave = claveDeComparacion(texto);
    // The first spelling met is kept; "Unión Europea" and "union  europea" are one entity.
    if (clave !== "" && !porClave.has(clave)) porClave.set(clave, texto);
  }
  return [...porClave.values()].sort((a, b) => a.localeCompare(b, "es")).slice(0, ENTIDADES_MAXIMAS);
}

/** The rows a duplicate may be among, as the page carries them: text in Actividad and Entidad and a real date. */
function conocidas(filas: readonly FilaActividad[]): ActividadConocida[] {
  const salida: ActividadConocida[] = [];
  for (const f of filas) {
    if (typeof f.actividad === "string" && typeof f.entidad === "string" && esFechaValida(f.fecha)) {
      salida.push(actividadConocida(f.fila, { actividad: f.actividad, entidad: f.entidad, fecha: f.fecha }));
    }
  }
  return salida;
}

/** The activities among `filas` whose dates touch `mes`, newest row first, as plain text for the list. */
function recientesDeActividades(filas: readonly FilaActividad[], mes: MesCalendario): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = filas.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const f = filas[i];
    if (!f || typeof f.actividad !== "string" || !esFechaValida(f.fecha)) continue;
    const entrada = entradaDeActividad(
      f.fila,
      {
        actividad: f.actividad,
        entidad: typeof f.entidad === "string" ? f.entidad : "",
        fecha: f.fecha,
        fechaFin: esFechaValida(f.fechaFin) ? f.fechaFin : null,
      },
      mes,
    );
    if (entrada) salida.push(entrada);
  }
  return salida;
}

/** The coordinations of `mes` among the tail rows (values from row `desde`), newest first. */
function recientesDeCoordinaciones(
  desde: number,
  valores: readonly unknown[][],
  desfase: number,
  mes: MesCalendario,
): EntradaReciente[] {
  const salida: EntradaReciente[] = [];
  for (let i = valores.length - 1; i >= 0 && salida.length < ENTRADAS_RECIENTES; i--) {
    const [celdaMes, texto] = valores[i] ?? [];
    if (!esFecha(celdaMes) || typeof texto !== "string" || texto.trim() === "") continue;
    const entrada = entradaDeCoordinacion(desde + i, texto, mesDeFecha(fechaDeCelda(celdaMes, desfase)), mes);
    if (entrada) salida.push(entrada);
  }
  return salida;
}

/** An unexpected service failure, said plainly; nothing half-written is possible (one setValues per save). */
function falloInesperado(error: unknown): RespuestaRegistro {
  const errores: ErrorDeCampo[] = [
    {
      campo: "general",
      mensaje: `No se pudo guardar por un error de Google Sheets (${mensajeDeError(error)}). Vuelva a intentarlo en unos segundos.`,
    },
  ];
  return { ok: false, errores };
}
