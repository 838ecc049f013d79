// "Importar informe anterior": a past report's activities and coordinations become registry rows,
// after a preview the user confirms; importing the same report again adds nothing.
import type { Respuesta, ResultadoDeImportacion, VistaPreviaDeImportacion } from "../../core/api";
import { mesDeFecha } from "../../core/fechas/calendario";
import { ordenDeLocale } from "../../core/fechas/locale";
import { serialDeFecha, serialDeMes } from "../../core/fechas/serial";
import { validarEntradaDeImportacion } from "../../core/importar/entrada";
import { interpretarInforme } from "../../core/importar/informe";
import {
  type ClavesDelRegistro,
  claveDeCoordinacion,
  type PlanDeImportacion,
  planDeImportacion,
} from "../../core/importar/vista-previa";
import { claveDeDuplicado } from "../../core/registro/duplicados";
import { ACTIVIDADES, COORDINACIONES } from "../../core/registro/hojas";
import { conCandado, SinCandado } from "../candado";
import { mensajeDeError } from "../errores";
import { paginaConDatos } from "../paginas";
import { esFecha, lectorDeCeldas } from "../registro/celdas";
import { hojaRequerida, mensajeDeRegistro } from "../registro/faltantes";
import { celdasDeFecha } from "../registro/lectura";
import { idDeFila } from "../registro/revision";
import { agregarFilas, leerHoja, mapaDeHoja } from "../registro/tabla";
import type { Libro } from "../tipos";
import { DocumentoIlegible, leerFuente } from "./fuente";

const ESPERA_MS = 20_000;

/** Menu item: the dialog where the user pastes a report's text or its Doc's link. */
export function abrirImportarInforme(): void {
  const pagina = paginaConDatos("Importar", {}).setWidth(760).setHeight(600);
  SpreadsheetApp.getUi().showModalDialog(pagina, "Importar informe anterior");
}

/** The registry's duplicate keys: one read of each sheet, whatever its size. */
function clavesDelRegistro(ss: Libro): ClavesDelRegistro {
  const act = leerHoja(hojaRequerida(ss, ACTIVIDADES), ACTIVIDADES);
  const coo = leerHoja(hojaRequerida(ss, COORDINACIONES), COORDINACIONES);
  const lector = lectorDeCeldas(() => ss.getSpreadsheetTimeZone(), celdasDeFecha(act.filas, coo.filas));
  const actividades = new Set<string>();
  for (const { celdas } of act.filas) {
    if (!esFecha(celdas.fecha)) continue;
    const fecha = lector.fecha(celdas.fecha);
    actividades.add(
      claveDeDuplicado({ actividad: String(celdas.actividad), entidad: String(celdas.entidad), fecha }),
    );
  }
  const coordinaciones = new Set<string>();
  for (const { celdas } of coo.filas) {
    if (esFecha(celdas.mes)) {
      coordinaciones.add(
        claveDeCoordinacion(mesDeFecha(lector.fecha(celdas.mes)), String(celdas.coordinacion)),
      );
    }
  }
  return { actividades, coordinaciones };
}

type Preparado =
  | { ok: true; plan: PlanDeImportacion; nombre: string }
  | { ok: false; mensaje: string; campo: string };

/** Reads the source and compares it with the registry; the page's input is checked first. */
function preparar(ss: Libro, fuente: unknown, correcciones: unknown): Preparado {
  const entrada = validarEntradaDeImportacion(fuente, correcciones);
  if (!entrada.ok)
    return {
      ok: false,
      mensaje: entrada.errores[0]?.mensaje ?? "",
      campo: entrada.errores[0]?.campo ?? "general",
    };
  const { leido, nombre } = leerFuente(entrada.fuente);
  const informe = interpretarInforme(leido, ordenDeLocale(ss.getSpreadsheetLocale()), entrada.correcciones);
  if (!informe.ok)
    return { ok: false, mensaje: informe.motivo, campo: entrada.fuente.tipo === "texto" ? "texto" : "url" };
  return {
    ok: true,
    plan: planDeImportacion(informe, clavesDelRegistro(ss)),
    nombre: nombre ?? informe.titulo,
  };
}

/** Any failure as the dialog shows it: the registry's own messages, the Doc's, the lock's, or a plain one. */
function fallo(error: unknown): { ok: false; errores: { campo: string; mensaje: string }[] } {
  const mensaje =
    error instanceof DocumentoIlegible || error instanceof SinCandado
      ? error.message
      : (mensajeDeRegistro(error) ??
        `No se pudo leer el informe (${mensajeDeError(error)}). No se importó nada.`);
  return { ok: false, errores: [{ campo: error instanceof DocumentoIlegible ? "url" : "general", mensaje }] };
}

/** google.script.run: the preview of what would be imported. Writes nothing. */
export function prepararImportacion(
  fuente: unknown,
  correcciones: unknown,
): Respuesta<VistaPreviaDeImportacion> {
  try {
    const r = preparar(SpreadsheetApp.getActiveSpreadsheet(), fuente, correcciones);
    return r.ok
      ? { ok: true, ...r.plan.vista }
      : { ok: false, errores: [{ campo: r.campo, mensaje: r.mensaje }] };
  } catch (error) {
    return fallo(error);
  }
}

/**
 * google.script.run: imports what the preview showed, read again from the source (the server decides,
 * not the page) and compared with the registry under the document lock, so two imports at once add
 * each row once. New rows get an ID, Registrado el now and Registrado por «importado: <nombre>».
 */
export function importarInforme(fuente: unknown, correcciones: unknown): Respuesta<ResultadoDeImportacion> {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  try {
    return conCandado(ESPERA_MS, () => {
      const r = preparar(ss, fuente, correcciones);
      if (!r.ok) return { ok: false, errores: [{ campo: r.campo, mensaje: r.mensaje }] };
      const { plan } = r;
      const ahora = new Date();
      const base = plan.actividades.length + plan.coordinaciones.length > 0 ? Utilities.getUuid() : "";
      const registradoPor = `importado: ${r.nombre}`.slice(0, 200);
      const actividades = plan.actividades.map((a, i) => ({
        actividad: a.actividad,
        entidad: a.entidad,
        informacion: a.informacion,
        fecha: serialDeFecha(a.fecha),
        fechaFin: a.fechaFin ? serialDeFecha(a.fechaFin) : "",
        eje: "",
        registradoPor,
        registradoEl: ahora,
        id: idDeFila(base, i),
      }));
      const [anio, mes] = plan.vista.mes.split("-").map(Number);
      const coordinaciones = plan.coordinaciones.map((texto, i) => ({
        mes: serialDeMes(anio ?? 0, mes ?? 0),
        coordinacion: texto,
        registradoPor,
        registradoEl: ahora,
        id: idDeFila(base, actividades.length + i),
      }));
      const hojaA = hojaRequerida(ss, ACTIVIDADES);
      const primeraFila =
        actividades.length > 0 ? agregarFilas(hojaA, mapaDeHoja(hojaA, ACTIVIDADES), actividades) : null;
      if (coordinaciones.length > 0) {
        const hojaC = hojaRequerida(ss, COORDINACIONES);
        agregarFilas(hojaC, mapaDeHoja(hojaC, COORDINACIONES), coordinaciones);
      }
      return {
        ok: true,
        vista: plan.vista,
        actividades: actividades.length,
        coordinaciones: coordinaciones.length,
        primeraFila,
      };
    });
  } catch (error) {
    return fallo(error);
  }
}
