// "Registrar actividad": the sidebar and the two server calls that append a checked activity or coordination to the registry.
import type { DatosDelRegistro, EntradaReciente, RespuestaRegistro } from "../core/api";
import { ejesDesdeValor } from "../core/configuracion";
import {
  esFechaValida,
  type FechaCalendario,
  fechaAIso,
  type MesCalendario,
  mesDeFecha,
  rangoTocaMes,
} from "../core/fechas";
import type { FilaActividad } from "../core/filas";
import { formatearMes, formatearRango } from "../core/formato-fechas";
import {
  CLAVE_CONFIGURACION,
  COLUMNAS_ACTIVIDADES,
  COLUMNAS_COORDINACIONES,
  type Columna,
  HOJA,
} from "../core/hojas";
import {
  type ActividadComparable,
  buscarDuplicado,
  type Coordinacion,
  rangoDeActividad,
  validarActividad,
  validarCoordinacion,
} from "../core/reglas";
import { claveDeComparacion } from "../core/texto";
import type { ErrorDeCampo } from "../core/validacion";
import {
  desfaseDeZona,
  esFecha,
  fechaDeCelda,
  mensajeDeError,
  serialDeFecha,
  serialDeInstante,
  serialDeMes,
} from "./celdas";
import { asegurarHojas, FORMATO } from "./configurar-hoja";
import { paginaConDatos } from "./paginas";
import { filasDeActividades, leerFilas } from "./registro";
import { correoDelUsuario } from "./usuario";

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;
type Libro = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * How many of the last rows a save reads, for the duplicate check and the list of recent entries.
 * Bounded so a save costs the same with 10 or 10,000 rows: a duplicate registered more than this many
 * rows ago is not noticed. The office registers a few dozen rows a month, so this covers several months.
 */
export const FILAS_REVISADAS = 300;

/** How long a save waits for another save to finish before giving up (Apps Script counts milliseconds). */
export const ESPERA_DEL_CANDADO_MS = 10_000;

/** How many recent entries the sidebar lists. */
export const ENTRADAS_RECIENTES = 10;

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
 * The sidebar's data. Reads the Entidad column once (whole, for the autocomplete) and a bounded tail
 * of each registry sheet; creates the registry sheets first if any is missing (first use).
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
  return {
    hoy: fechaAIso(hoy),
    entidades: actividades ? entidadesRegistradas(actividades) : [],
    ejes: leerEjes(ss),
    mes: formatearMes(mes),
    actividades: recientesDeActividades(filasDeActividades(cola.valores, desfase, cola.desde), mes),
    coordinaciones: recientesDeCoordinaciones(colaCoord.desde, colaCoord.valores, desfase, mes),
  };
}

/**
 * google.script.run target: checks the form again (the browser is never trusted), warns about a
 * probable duplicate unless `confirmarDuplicado` is true, and appends the activity under the document
 * lock. Never throws: every outcome is an envelope the sidebar can show.
 */
export function registrarActividad(formulario: unknown, confirmarDuplicado: unknown): RespuestaRegistro {
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    // Configuración is read only when an eje was chosen: that is the only rule that needs it.
    const ejes = tieneEje(formulario) ? leerEjes(ss) : [];
    const validacion = validarActividad(formulario, { ejes });
    if (!validacion.ok) return { ok: false, errores: [...validacion.errores] };
    const actividad = validacion.valor;
    return conCandado(() => {
      const hoja = hojaDelRegistro(ss, HOJA.actividades);
      const ahora = new Date();
      const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
      const cola = leerCola(hoja, COLUMNAS_ACTIVIDADES.length);
      const existentes = filasDeActividades(cola.valores, desfase, cola.desde);
      if (confirmarDuplicado !== true) {
        const aviso = buscarDuplicado(actividad, comparables(existentes));
        if (aviso) return { ok: false, errores: [], duplicado: aviso.mensaje };
      }
      const id = Utilities.getUuid();
      const fila = escribirFila(hoja, cola.ultima, COLUMNAS_ACTIVIDADES, {
        actividad: actividad.actividad,
        entidad: actividad.entidad,
        informacion: actividad.informacion,
        fecha: serialDeFecha(actividad.fecha),
        // A one-day activity leaves Fecha fin empty (guides/product.md, "The spreadsheet").
        fechaFin: actividad.fechaFin ? serialDeFecha(actividad.fechaFin) : "",
        eje: actividad.eje ?? "",
        registradoPor: correoDelUsuario(),
        registradoEl: serialDeInstante(ahora, desfase),
        id,
      });
      const nueva: FilaActividad = { fila, ...actividad };
      const mes = mesDeFecha(fechaDeCelda(ahora, desfase));
      return { ok: true, fila, id, recientes: recientesDeActividades([...existentes, nueva], mes) };
    });
  } catch (error) {
    return falloInesperado(error);
  }
}

/** google.script.run target: checks and appends a coordination under the document lock. Never throws. */
export function registrarCoordinacion(formulario: unknown): RespuestaRegistro {
  try {
    const validacion = validarCoordinacion(formulario);
    if (!validacion.ok) return { ok: false, errores: [...validacion.errores] };
    const coordinacion: Coordinacion = validacion.valor;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    return conCandado(() => {
      const hoja = hojaDelRegistro(ss, HOJA.coordinaciones);
      const ahora = new Date();
      const desfase = desfaseDeZona(ss.getSpreadsheetTimeZone(), ahora);
      const cola = leerCola(hoja, COLUMNAS_COORDINACIONES.length);
      const id = Utilities.getUuid();
      const fila = escribirFila(hoja, cola.ultima, COLUMNAS_COORDINACIONES, {
        mes: serialDeMes(coordinacion.mes.anio, coordinacion.mes.mes),
        coordinacion: coordinacion.coordinacion,
        registradoPor: correoDelUsuario(),
        registradoEl: serialDeInstante(ahora, desfase),
        id,
      });
      const mes = mesDeFecha(fechaDeCelda(ahora, desfase));
      const recientes = recientesDeCoordinaciones(cola.desde, cola.valores, desfase, mes);
      if (coordinacion.mes.anio === mes.anio && coordinacion.mes.mes === mes.mes) {
        recientes.unshift(entradaDeCoordinacion(fila, coordinacion.coordinacion, coordinacion.mes));
      }
      return { ok: true, fila, id, recientes: recientes.slice(0, ENTRADAS_RECIENTES) };
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
  } catch {
    return { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_OCUPADO }] };
  }
  return escribir();
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
function leerCola(hoja: Hoja, columnas: number): { ultima: number; desde: number; valores: unknown[][] } {
  const ultima = hoja.getLastRow();
  const desde = Math.max(2, ultima - FILAS_REVISADAS + 1);
  if (ultima < desde) return { ultima, desde, valores: [] };
  return { ultima, desde, valores: hoja.getRange(desde, 1, ultima - desde + 1, columnas).getValues() };
}

/**
 * Writes one row under the last one with a single setValues. The row's number formats are set first,
 * in one call: plain text ("@") on text columns makes Sheets store the text exactly as given — a
 * leading "=", "+", "-" or "@", "1,000" or "2019-05" stay text, never a formula, number or date.
 * Date columns get their date formats, so the serials written become real date cells.
 */
function escribirFila(
  hoja: Hoja,
  ultima: number,
  columnas: readonly Columna[],
  valores: Record<string, string | number>,
): number {
  // Row 1 is the header even when the sheet was emptied by hand.
  const fila = Math.max(ultima, 1) + 1;
  let rango: GoogleAppsScript.Spreadsheet.Range;
  try {
    rango = hoja.getRange(fila, 1, 1, columnas.length);
  } catch {
    // The sheet is full to its last row: add room (rare, so its extra calls are paid only then).
    hoja.insertRowsAfter(hoja.getMaxRows(), 100);
    rango = hoja.getRange(fila, 1, 1, columnas.length);
  }
  rango.setNumberFormats([columnas.map((c) => FORMATO[c.tipo])]);
  rango.setValues([columnas.map((c) => valores[c.clave] ?? "")]);
  return fila;
}

function tieneEje(formulario: unknown): boolean {
  if (typeof formulario !== "object" || formulario === null) return false;
  const eje = (formulario as Record<string, unknown>).eje;
  return typeof eje === "string" && eje.trim() !== "";
}

/** Configuración's key/value rows read by a save: the add-on writes 7 keys, so 40 rows leave staff plenty of room. */
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

/** The rows a duplicate may be among: those with text in Actividad and Entidad and a real date. */
function comparables(filas: readonly FilaActividad[]): ActividadComparable[] {
  const salida: ActividadComparable[] = [];
  for (const f of filas) {
    if (typeof f.actividad === "string" && typeof f.entidad === "string" && esFechaValida(f.fecha)) {
      salida.push({ actividad: f.actividad, entidad: f.entidad, fecha: f.fecha, fila: f.fila });
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
    const fin: FechaCalendario | null = esFechaValida(f.fechaFin) ? f.fechaFin : null;
    const rango = rangoDeActividad({ fecha: f.fecha, fechaFin: fin });
    if (!rangoTocaMes(rango, mes)) continue;
    const entidad = typeof f.entidad === "string" ? f.entidad : "";
    const cuando = formatearRango(rango);
    salida.push({
      tipo: "actividad",
      fila: f.fila,
      titulo: f.actividad,
      detalle: entidad ? `${entidad} · ${cuando}` : cuando,
    });
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
    const del = mesDeFecha(fechaDeCelda(celdaMes, desfase));
    if (del.anio !== mes.anio || del.mes !== mes.mes) continue;
    salida.push(entradaDeCoordinacion(desde + i, texto, del));
  }
  return salida;
}

function entradaDeCoordinacion(fila: number, texto: string, mes: MesCalendario): EntradaReciente {
  return { tipo: "coordinacion", fila, titulo: texto, detalle: formatearMes(mes) };
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
