// The month's report Doc as the add-on remembers it (document properties) and finds it again in Drive: alive, in the trash, gone or someone else's.
import { mensajeDeError } from "../errores";
import { borrar, escribir, leer, todas } from "../propiedades";
import type { Archivo, Documento } from "../tipos";
import type { AlDeshacer } from "./transaccion";

/** Our own saves move the Doc's last-updated time a little after we record it. */
const MARGEN_DE_EDICION_MS = 60_000;
/** Without the time of our last write, only an edit after the longest run (6 minutes) is surely by hand. */
const MARGEN_SIN_ESCRITURA_MS = 7 * 60_000;

/** Drive's answer for an id it cannot give: deleted for good, or not shared with this user. */
const SIN_ARCHIVO = /No item with the given ID could be found/i;

/** A copy of one Historial row, as plain JSON. */
export interface FilaDeHistorialGuardada {
  pestana: string;
  actividades: number;
  coordinaciones: number;
  generadoPor: string;
  generadoElMs: number;
  veces: number;
}

/** What the add-on remembers of a month's report (document properties, key `informe:AAAA-MM`). */
export interface DocumentoRegistrado {
  docId: string;
  /** The link given to the office (kept so the preflight shows the very same one). */
  url: string;
  /** The Doc's last-updated time right after our last write; null when it could not be read. */
  escritoMs: number | null;
  /** When the last generation started: bounds the hand-edit check when `escritoMs` is unknown. */
  generadoMs?: number;
  /** Who created the Doc, so another editor is told whom to ask for access. */
  propietario?: string;
  /** The report tab's sheet id: the only tab the add-on replaces. */
  pestanaId?: number;
  /** The folder the Doc was last placed in: if it is still there, nothing is looked up. */
  carpetaId?: string;
  /**
   * The month's Historial row as last written: Configurar hoja rebuilds a deleted Historial from these,
   * and the count of generations survives a Veces generado cell retyped by hand.
   */
  historial?: FilaDeHistorialGuardada;
}

/** The month's Doc as found in Drive. */
export type EstadoDelDocumento =
  | { estado: "vivo"; file: Archivo; url: string; editadoDespues: boolean; registro: DocumentoRegistrado }
  | { estado: "papelera"; file: Archivo; url: string; registro: DocumentoRegistrado }
  | { estado: "borrado"; url: string; registro: DocumentoRegistrado }
  | { estado: "sinAcceso"; url: string; propietario: string; registro: DocumentoRegistrado };

export function claveDelDocumento(mes: string): string {
  return `informe:${mes}`;
}

/** A stored record, or null when it is not one. */
export function registroDesdeTexto(texto: string | null): DocumentoRegistrado | null {
  if (!texto) return null;
  try {
    const v = JSON.parse(texto) as Partial<DocumentoRegistrado>;
    if (typeof v.docId !== "string") return null;
    return {
      ...v,
      docId: v.docId,
      url: String(v.url ?? ""),
      escritoMs: typeof v.escritoMs === "number" && v.escritoMs > 0 ? v.escritoMs : null,
    };
  } catch {
    return null;
  }
}

/** The record of the month's Doc, or null when none was generated (or the record is unreadable). */
export function leerDocumentoRegistrado(mes: string): DocumentoRegistrado | null {
  return registroDesdeTexto(leer(claveDelDocumento(mes)));
}

/** Records the month's report (its undo puts the previous record back). */
export function registrarDocumento(mes: string, registro: DocumentoRegistrado, alDeshacer: AlDeshacer): void {
  const clave = claveDelDocumento(mes);
  const previo = leer(clave);
  escribir(clave, JSON.stringify(registro));
  alDeshacer(() => (previo === null ? borrar(clave) : escribir(clave, previo)));
}

/** Edited after our last write, as far as can be known: never claimed from a time we failed to record. */
function editadoDespues(file: Archivo, r: DocumentoRegistrado): boolean {
  const editado = file.getLastUpdated().getTime();
  if (r.escritoMs !== null) return editado > r.escritoMs + MARGEN_DE_EDICION_MS;
  return r.generadoMs !== undefined && editado > r.generadoMs + MARGEN_SIN_ESCRITURA_MS;
}

/**
 * Where the month's Doc stands. Drive gives no Doc it cannot show: deleted for good, or another
 * user's not shared with this one. The record's owner tells them apart: the owner's own Doc is gone;
 * anybody else's is not theirs to replace. Any other failure is thrown, so a passing error can never
 * make a second Doc and break the link already shared. `conEdicion` false skips the hand-edit check
 * (generation needs no answer to it).
 */
export function estadoDelDocumento(
  r: DocumentoRegistrado | null,
  usuario: string,
  conEdicion = true,
): EstadoDelDocumento | null {
  if (!r) return null;
  let file: Archivo;
  try {
    file = DriveApp.getFileById(r.docId);
  } catch (e) {
    if (!SIN_ARCHIVO.test(mensajeDeError(e))) throw e;
    const propietario = r.propietario ?? "";
    if (propietario !== "" && propietario !== usuario)
      return { estado: "sinAcceso", url: r.url, propietario, registro: r };
    return { estado: "borrado", url: r.url, registro: r };
  }
  const url = r.url || file.getUrl();
  // Someone else's Doc (its creator is not this user): may this user change it, or only see it?
  if (usuario !== "" && (r.propietario ?? "") !== usuario && !puedeEditar(file, usuario)) {
    return {
      estado: "sinAcceso",
      url,
      propietario: file.getOwner()?.getEmail() ?? r.propietario ?? "",
      registro: r,
    };
  }
  if (file.isTrashed()) return { estado: "papelera", file, url, registro: r };
  return { estado: "vivo", file, url, editadoDespues: conEdicion && editadoDespues(file, r), registro: r };
}

/** Drive's own answer to "may this user change the file?" (reference/drive/file#getAccess). */
function puedeEditar(file: Archivo, usuario: string): boolean {
  const acceso = String(file.getAccess(usuario));
  return acceso === String(DriveApp.Permission.OWNER) || acceso === String(DriveApp.Permission.EDIT);
}

/** How the Doc written this run relates to the link shared before. */
export type Enlace = "mismo" | "restaurado" | "nuevo" | "cambiado";

/** The month's Doc to write into, and how its link relates to the one shared before. */
export interface DocumentoAbierto {
  documento: Documento;
  /** The Doc's Drive file when it was found already (delivery needs it; a new Doc has none yet). */
  file: Archivo | null;
  docId: string;
  url: string;
  enlace: Enlace;
  /** A new Doc: its creator, for the record. */
  propietario: string | null;
}

/**
 * Opens the Doc to write: the existing one (same link); one in the trash, restored (same link; its
 * undo trashes it again); otherwise — or when the user asked for a Doc of their own (`aparte`) — a
 * new one, whose undo, registered the moment it exists, trashes it: a failure later in the run
 * leaves no Doc behind.
 */
export function abrirDocumentoDelMes(
  mes: string,
  estado: EstadoDelDocumento | null,
  titulo: string,
  usuario: string,
  aparte: boolean,
  alDeshacer: AlDeshacer,
): DocumentoAbierto {
  if (estado?.estado === "vivo" && !aparte) {
    const { docId } = estado.registro;
    return abierto(abrirEditable(docId, estado.file), estado.url, "mismo", { file: estado.file, docId });
  }
  if (estado?.estado === "papelera" && !aparte && restaurar(estado.file, alDeshacer)) {
    const { docId } = estado.registro;
    return abierto(DocumentApp.openById(docId), estado.url, "restaurado", { file: estado.file, docId });
  }
  marcarCreacion(mes, titulo, alDeshacer);
  const documento = DocumentApp.create(titulo);
  alDeshacer(() => {
    // One retry: a passing failure of getId must not leave the new Doc alive.
    const id = (() => {
      try {
        return documento.getId();
      } catch {
        return documento.getId();
      }
    })();
    DriveApp.getFileById(id).setTrashed(true);
  });
  const nuevo = abierto(documento, documento.getUrl(), estado ? "cambiado" : "nuevo");
  return { ...nuevo, propietario: usuario };
}

/** The month's Doc belongs to someone who did not let this user edit it. */
export class DocumentoAjeno extends Error {
  constructor(readonly propietario: string) {
    super(`el documento es de ${propietario || "otra persona"}`);
  }
}

/** Drive's and Docs' refusals of a file the user may see but not change. */
const SIN_PERMISO = /Access denied|permission/i;

/** Opens the Doc for writing; a Doc the user may only view is someone else's to update (DocumentoAjeno). */
function abrirEditable(docId: string, file: Archivo): Documento {
  try {
    return DocumentApp.openById(docId);
  } catch (e) {
    if (!SIN_PERMISO.test(mensajeDeError(e))) throw e;
    throw new DocumentoAjeno(file.getOwner()?.getEmail() ?? "");
  }
}

function abierto(
  documento: Documento,
  url: string,
  enlace: Enlace,
  conocido: { file: Archivo; docId: string } | null = null,
): DocumentoAbierto {
  const docId = conocido ? conocido.docId : documento.getId();
  return { documento, file: conocido?.file ?? null, docId, url, enlace, propietario: null };
}

/** Takes the Doc out of the trash, keeping its link; false when this user may not (only its owner can). */
function restaurar(file: Archivo, alDeshacer: AlDeshacer): boolean {
  try {
    file.setTrashed(false);
  } catch {
    return false;
  }
  alDeshacer(() => file.setTrashed(true));
  return true;
}

/**
 * Records the Doc's last-updated time right after our write, so that the next preflight can tell a
 * hand edit. When this fails, the record keeps no time and no hand edit is claimed from it.
 */
export function anotarEscritura(mes: string, escrito: DocumentoRegistrado, file: Archivo): void {
  const registro: DocumentoRegistrado = { ...escrito, escritoMs: file.getLastUpdated().getTime() };
  escribir(claveDelDocumento(mes), JSON.stringify(registro));
}

/** Every month's record, from one read of the properties. */
export function todosLosRegistros(): Map<string, DocumentoRegistrado> {
  const leidas = todas();
  const registros = new Map<string, DocumentoRegistrado>();
  for (const [clave, texto] of Object.entries(leidas)) {
    const mes = /^informe:(\d{4}-\d{2})$/.exec(clave)?.[1];
    const registro = mes ? registroDesdeTexto(texto) : null;
    if (mes && registro) registros.set(mes, registro);
  }
  return registros;
}

/** Every month's record that holds its Historial row, in month order (to rebuild a deleted Historial). */
export function historialGuardado(): Array<{ mes: string; url: string; historial: FilaDeHistorialGuardada }> {
  return [...todosLosRegistros()]
    .flatMap(([mes, r]) => (r.historial ? [{ mes, url: r.url, historial: r.historial }] : []))
    .sort((a, b) => a.mes.localeCompare(b.mes));
}

/** A Doc being created: if the run dies before recording it, the next run knows to look for it. */
function claveDeCreacion(mes: string): string {
  return `creando:${mes}`;
}

interface Creacion {
  titulo: string;
  desdeMs: number;
}

/** Notes a creation about to happen (its undo clears the note, after the new Doc is trashed). */
function marcarCreacion(mes: string, titulo: string, alDeshacer: AlDeshacer): void {
  escribir(claveDeCreacion(mes), JSON.stringify({ titulo, desdeMs: Date.now() } satisfies Creacion));
  alDeshacer(() => borrar(claveDeCreacion(mes)));
}

/** The creation is recorded: nothing to look for any more. */
export function creacionTerminada(mes: string): void {
  borrar(claveDeCreacion(mes));
}

/**
 * A Doc created by a run that could not record it nor trash it (an outage from that moment on): the
 * next run trashes it, so the month keeps one live Doc. Costs one property read when there is none.
 */
export function limpiarCreacionInterrumpida(mes: string, docIdVigente: string | null): void {
  const texto = leer(claveDeCreacion(mes));
  if (!texto) return;
  let creacion: Creacion | null = null;
  try {
    creacion = JSON.parse(texto) as Creacion;
  } catch {
    creacion = null;
  }
  if (creacion && typeof creacion.titulo === "string") {
    const archivos = DriveApp.getFilesByName(creacion.titulo);
    while (archivos.hasNext()) {
      const f = archivos.next();
      const reciente = f.getDateCreated().getTime() >= Number(creacion.desdeMs) - MARGEN_DE_EDICION_MS;
      if (reciente && f.getId() !== docIdVigente && !f.isTrashed()) f.setTrashed(true);
    }
  }
  borrar(claveDeCreacion(mes));
}
