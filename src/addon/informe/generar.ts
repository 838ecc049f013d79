// "Generar informe mensual" on the server: a short list of named steps under the document lock, each with its undo.
import type { Respuesta, ResultadoInforme } from "../../core/api";
import { bloquesDelInforme } from "../../core/informe/presentacion";
import { nombrePestanaInforme } from "../../core/registro/hojas";
import { mensajeDeError } from "../errores";
import type { Candado, Documento, Hoja, Libro } from "../tipos";
import { reemplazarContenido } from "./documento";
import {
  abrirDocumentoDelMes,
  anotarEscritura,
  type DocumentoExistente,
  documentoExistente,
  registrarDocumento,
} from "./documento-del-mes";
import { compartirDocumento, completar, enviarEnlace, ubicarDocumento } from "./entrega";
import { registrarEnHistorial } from "./historial";
import { escribirPestanaNueva, quitarPestanaAnterior, reemplazarPestana } from "./pestana";
import { error, MENSAJE_MES_NO_VALIDO, type Modelo, prepararModelo } from "./preparar";
import { FalloDePaso, Transaccion } from "./transaccion";

/** How long a second generation waits for the first before saying so. */
const ESPERA_DEL_CANDADO_MS = 5_000;

/** The Doc being written this run. */
interface DocumentoDelMes {
  existente: DocumentoExistente | null;
  documento: Documento;
  docId: string;
  url: string;
}

/** What the finished steps leave for delivery: the month, its model, the tab and the Doc. */
interface Escrito {
  mes: string;
  modelo: Modelo;
  pestana: string;
  hoja: Hoja;
  respaldo: string;
  doc: DocumentoDelMes;
  veces: number;
}

/**
 * Server API: generates the month's report tab and Doc. Under the document lock; the registry is only
 * read. On failure the previous tab, Doc and Historial are left as they were and no unrecorded Doc
 * remains; sharing, folder and e-mail problems are warnings, not failures.
 */
export function generarInforme(mes: string): Respuesta<ResultadoInforme> {
  if (typeof mes !== "string") return error(MENSAJE_MES_NO_VALIDO, "mes");
  const transaccion = new Transaccion();
  let candado: Candado | null = null;
  try {
    candado = transaccion.paso("obtener el acceso exclusivo a la hoja", tomarCandado);
    if (!candado) {
      return error(
        "Ya se está generando un informe en esta hoja. Espere a que termine e inténtelo de nuevo.",
      );
    }
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const modelo = transaccion.paso("leer el registro", () => prepararModelo(ss, mes, new Date()));
    if (!modelo.ok) return error(modelo.mensaje, "mes");
    const escrito = escribirInforme(ss, mes, modelo, transaccion);
    return { ok: true, ...resultado(escrito, entregar(ss, escrito)) };
  } catch (e) {
    transaccion.deshacer();
    const paso = e instanceof FalloDePaso ? e.paso : "generar el informe";
    const motivo = mensajeDeError(e).replace(/\.+$/, "");
    return error(`No se pudo ${paso}: ${motivo}. No se cambió nada; inténtelo de nuevo.`);
  } finally {
    try {
      candado?.releaseLock();
    } catch {
      // Apps Script releases the lock when the execution ends anyway.
    }
  }
}

/** The document lock, or null when another generation holds it beyond the wait. */
function tomarCandado(): Candado | null {
  const candado = LockService.getDocumentLock();
  return candado.tryLock(ESPERA_DEL_CANDADO_MS) ? candado : null;
}

/**
 * The steps that must all happen or none: the new tab, the tab swap, the Doc opened or created, its
 * record and Historial, the Doc's content. Writing the Doc is last: until then the Doc is untouched, so
 * every earlier failure leaves it as it was.
 */
function escribirInforme(ss: Libro, mes: string, modelo: Modelo, t: Transaccion): Escrito {
  const { informe, configuracion, registro, mesCalendario, usuario, ahora } = modelo;
  const bloques = bloquesDelInforme(informe);
  const pestana = nombrePestanaInforme(mesCalendario.anio, mesCalendario.mes);
  const nueva = t.paso("escribir la pestaña del informe", (d) =>
    escribirPestanaNueva(ss, pestana, bloques, d),
  );
  const respaldo = t.paso("reemplazar la pestaña anterior", (d) => reemplazarPestana(ss, nueva, pestana, d));
  const doc = t.paso("abrir el documento", (d): DocumentoDelMes => {
    const existente = documentoExistente(mes);
    const titulo = `Informe ${informe.titulo} — ${configuracion.oficina}`;
    const documento = abrirDocumentoDelMes(existente, titulo, d);
    return { existente, documento, docId: documento.getId(), url: documento.getUrl() };
  });
  const veces = t.paso("registrar el documento", (d) => {
    registrarDocumento(mes, { docId: doc.docId, url: doc.url, escritoMs: 0 }, d);
    const { desfase } = registro;
    return registrarEnHistorial(
      ss,
      { mes: mesCalendario, url: doc.url, pestana, informe, usuario, desfase, ahora },
      d,
    );
  });
  t.paso("escribir el documento", () => reemplazarContenido(doc.documento.getBody(), bloques));
  return { mes, modelo, pestana, hoja: nueva, respaldo, doc, veces };
}

/**
 * What follows a written report; any failure here is a warning, not a failure (Docs saves at the end
 * of the execution anyway when saveAndClose does not get to).
 */
function entregar(ss: Libro, { mes, modelo, hoja, respaldo, doc }: Escrito): string[] {
  const { configuracion, informe, mesCalendario } = modelo;
  const avisos: string[] = [];
  completar(avisos, "No se pudo cerrar el documento", () => doc.documento.saveAndClose());
  completar(avisos, "No se pudo borrar la pestaña anterior", () => quitarPestanaAnterior(ss, respaldo));
  const file = completar(avisos, "No se pudo anotar la hora de escritura del documento", () =>
    anotarEscritura(mes, doc.docId, doc.url),
  );
  if (file) {
    if (!doc.existente) ubicarDocumento(ss, file, configuracion, avisos);
    compartirDocumento(file, configuracion, avisos);
  }
  enviarEnlace(doc.url, mesCalendario, informe, configuracion, avisos);
  completar(avisos, "No se pudo mostrar la pestaña", () => hoja.activate());
  return avisos;
}

/** The dialog's answer: link, tab, counts and every warning. */
function resultado({ mes, modelo, pestana, doc, veces }: Escrito, avisos: string[]): ResultadoInforme {
  const { conteos } = modelo.informe;
  return {
    mes,
    url: doc.url,
    pestana,
    actividades: conteos.actividades,
    coordinaciones: conteos.coordinaciones,
    avisos: [
      ...avisos,
      ...(conteos.omitidas > 0
        ? [`${conteos.omitidas} fila(s) con errores quedaron fuera del informe.`]
        : []),
      ...(veces > 1 ? [`Informe regenerado (vez ${veces}): el enlace es el mismo.`] : []),
    ],
  };
}
