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
function leerDocumentoRegistrado(mes: string): DocumentoRegistrado | null {
  const texto = PropertiesService.getDocumentProperties().getProperty(claveDelDocumento(mes));
  if (!texto) return null;
  try {
    const valor = JSON.parse(texto) as Partial<DocumentoRegistrado>;
    return typeof valor.docId === "string"
      ? { docId: valor.docId, url: String(valor.url ?? ""), escritoMs: Number(valor.escritoMs) || 0 }
      : null;
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
export function documentoExistente(mes: string): DocumentoExistente | null {
  const registrado = leerDocumentoRegistrado(mes);
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
export function anotarEscritura(mes: string, docId: string, url: string): Archivo {
  const file = DriveApp.getFileById(docId);
  const registro: DocumentoRegistrado = { docId, url, escritoMs: file.getLastUpdated().getTime() };
  PropertiesService.getDocumentProperties().setProperty(claveDelDocumento(mes), JSON.stringify(registro));
  return file;
}
