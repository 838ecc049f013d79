// The month's report Doc as the add-on remembers it (document properties) and finds it again in Drive.
import { mensajeDeError } from "../errores";
import type { Archivo, Documento } from "../tipos";
import type { AlDeshacer } from "./transaccion";

/** Our own saves move the Doc's last-updated time a little after we record it. */
const MARGEN_DE_EDICION_MS = 60_000;

/** Drive's answer for an id that no longer exists (deleted for good, or access removed). */
const SIN_ARCHIVO = /No item with the given ID could be found/i;

/** What the add-on remembers of a month's Doc (document properties, key `informe:AAAA-MM`). */
export interface DocumentoRegistrado {
  docId: string;
  /** The link given to the office (kept so the preflight shows the very same one). */
  url: string;
  /** The Doc's last-updated time right after our last write: later means someone edited it by hand. */
  escritoMs: number;
  /**
   * The month's Historial row as last written: Configurar hoja rebuilds a deleted Historial from these,
   * and the count of generations survives a Veces generado cell retyped by hand.
   */
  historial?: FilaDeHistorialGuardada;
}

/** A copy of one Historial row, as plain JSON. */
export interface FilaDeHistorialGuardada {
  pestana: string;
  actividades: number;
  coordinaciones: number;
  generadoPor: string;
  generadoElMs: number;
  veces: number;
}

/** The month's Doc as found in Drive. */
export interface DocumentoExistente {
  file: Archivo;
  url: string;
  editadoDespues: boolean;
}

function claveDelDocumento(mes: string): string {
  return `informe:${mes}`;
}

/** The record of the month's Doc, or null when none was generated (or the record is unreadable). */
export function leerDocumentoRegistrado(mes: string): DocumentoRegistrado | null {
  const texto = PropertiesService.getDocumentProperties().getProperty(claveDelDocumento(mes));
  if (!texto) return null;
  try {
    const valor = JSON.parse(texto) as Partial<DocumentoRegistrado>;
    if (typeof valor.docId !== "string") return null;
    const registro: DocumentoRegistrado = {
      docId: valor.docId,
      url: String(valor.url ?? ""),
      escritoMs: Number(valor.escritoMs) || 0,
    };
    if (valor.historial && typeof valor.historial === "object") registro.historial = valor.historial;
    return registro;
  } catch {
    return null;
  }
}

/**
 * Records the month's Doc (its undo puts the previous record back). Written before the Doc is, so a
 * Doc this run creates is never left unrecorded.
 */
export function registrarDocumento(mes: string, registro: DocumentoRegistrado, alDeshacer: AlDeshacer): void {
  const props = PropertiesService.getDocumentProperties();
  const clave = claveDelDocumento(mes);
  const previo = props.getProperty(clave);
  props.setProperty(clave, JSON.stringify(registro));
  alDeshacer(() => (previo === null ? props.deleteProperty(clave) : props.setProperty(clave, previo)));
}

/**
 * The month's Doc if it still exists (not trashed), with whether it was edited after our last write.
 * Only a Doc that is really gone counts as missing: any other failure is thrown, so a passing error
 * can never make a second Doc and break the link already shared.
 */
export function documentoExistente(registrado: DocumentoRegistrado | null): DocumentoExistente | null {
  if (!registrado) return null;
  let file: Archivo;
  try {
    file = DriveApp.getFileById(registrado.docId);
  } catch (e) {
    if (SIN_ARCHIVO.test(mensajeDeError(e))) return null;
    throw e;
  }
  if (file.isTrashed()) return null;
  return {
    file,
    url: registrado.url || file.getUrl(),
    editadoDespues: file.getLastUpdated().getTime() > registrado.escritoMs + MARGEN_DE_EDICION_MS,
  };
}

/** The month's Doc to write into: the existing one (same link), or a new one whose undo trashes it. */
export function abrirDocumentoDelMes(
  existente: DocumentoExistente | null,
  titulo: string,
  alDeshacer: AlDeshacer,
): Documento {
  if (existente) return DocumentApp.openById(existente.file.getId());
  const documento = DocumentApp.create(titulo);
  const id = documento.getId();
  alDeshacer(() => DriveApp.getFileById(id).setTrashed(true));
  return documento;
}

/**
 * Records the Doc's last-updated time right after our write, so that the next preflight can tell a
 * hand edit. Returns the Doc's Drive file, which delivery needs next.
 */
export function anotarEscritura(mes: string, escrito: DocumentoRegistrado): Archivo {
  const file = DriveApp.getFileById(escrito.docId);
  const registro: DocumentoRegistrado = { ...escrito, escritoMs: file.getLastUpdated().getTime() };
  PropertiesService.getDocumentProperties().setProperty(claveDelDocumento(mes), JSON.stringify(registro));
  return file;
}

/** Every month's record that holds its Historial row, in month order (to rebuild a deleted Historial). */
export function historialGuardado(): Array<{ mes: string; url: string; historial: FilaDeHistorialGuardada }> {
  const todas = PropertiesService.getDocumentProperties().getProperties();
  const filas: Array<{ mes: string; url: string; historial: FilaDeHistorialGuardada }> = [];
  for (const [clave, texto] of Object.entries(todas)) {
    const mes = /^informe:(\d{4}-\d{2})$/.exec(clave)?.[1];
    if (!mes) continue;
    try {
      const valor = JSON.parse(texto) as Partial<DocumentoRegistrado>;
      if (valor.historial && typeof valor.url === "string")
        filas.push({ mes, url: valor.url, historial: valor.historial });
    } catch {
      // An unreadable record is skipped: the month's row comes back at its next generation.
    }
  }
  return filas.sort((a, b) => a.mes.localeCompare(b.mes));
}
