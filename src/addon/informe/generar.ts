// "Generar informe mensual" on the server: the registry read under the lock, then a short list of named steps, each with its undo.
import type { OpcionesDeGeneracion, Respuesta, ResultadoInforme } from "../../core/api";
import { nombrePestanaInforme } from "../../core/registro/hojas";
import { conCandado, SinCandado } from "../candado";
import { mensajeDeError } from "../errores";
import { leerTodas } from "../propiedades";
import type { Documento, Hoja, Libro } from "../tipos";
import {
  abrirDocumentoDelMes,
  creacionTerminada,
  type DocumentoAbierto,
  DocumentoAjeno,
  type DocumentoRegistrado,
  estadoDelDocumento,
  limpiarCreacionInterrumpida,
  registrarDocumento,
  todosLosRegistros,
} from "./documento-del-mes";
import { entregar } from "./entrega-del-informe";
import { registrarEnHistorial } from "./historial";
import { escribirDocumento } from "./lista";
import { marcaEnCurso, mensajeDeMarca, ponerMarca, quitarMarca } from "./marca";
import { escribirPestanaNueva, posicionDeLaPestana, reemplazarPestana } from "./pestana";
import { error, MENSAJE_MES_NO_VALIDO, type Modelo, prepararModelo } from "./preparar";
import { resultado } from "./resultado";
import { FalloDePaso, Transaccion } from "./transaccion";

/** How long a generation waits for the registry (a save holds it a fraction of a second). */
const ESPERA_DEL_CANDADO_MS = 10_000;

/** What the finished steps leave for delivery and for the dialog. */
export interface Escrito {
  mes: string;
  modelo: Modelo;
  pestana: string;
  hoja: Hoja;
  respaldo: Hoja | null;
  doc: DocumentoAbierto;
  /** The Doc's session when it still has to be saved (null: saved while writing). */
  abierto: Documento | null;
  registro: DocumentoRegistrado;
  /** The link shared before, when this run changed it. */
  enlaceAnterior: string | null;
  veces: number;
  avisos: string[];
}

/** A refusal that is not a failure: the user has a choice to make, or someone else is generating the month. */
class Rechazo extends Error {
  constructor(
    mensaje: string,
    readonly campo = "general",
  ) {
    super(mensaje);
  }
}

/** The options only the dialog's explicit choices turn on; anything else sent reads as none. */
function leerOpciones(opciones: unknown): Required<OpcionesDeGeneracion> {
  const o = typeof opciones === "object" && opciones !== null ? (opciones as Record<string, unknown>) : {};
  return { confirmarVacio: o.confirmarVacio === true, documentoAparte: o.documentoAparte === true };
}

/**
 * Server API: generates the month's report tab and Doc. The document lock is held only while the
 * registry is read and while Historial is written, so saves never wait for the Doc (15–75 s on
 * Google); a per-month marker keeps two generations of the same month apart. On failure the previous
 * tab, Doc and Historial are left as they were and no unrecorded Doc remains; folder, sharing and
 * e-mail problems are warnings, retried at the next generation. The registry is only read.
 */
export function generarInforme(mes: string, opciones?: unknown): Respuesta<ResultadoInforme> {
  if (typeof mes !== "string") return error(MENSAJE_MES_NO_VALIDO, "mes");
  const elegidas = leerOpciones(opciones);
  const transaccion = new Transaccion();
  let marcado = false;
  try {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const modelo = transaccion.paso("leer el registro", () => leerYMarcar(ss, mes, elegidas));
    if (!modelo.ok) return error(modelo.mensaje, modelo.campo);
    marcado = true;
    const escrito = escribirInforme(ss, mes, modelo, elegidas, transaccion);
    return { ok: true, ...resultado(escrito, entregar(ss, escrito)) };
  } catch (e) {
    transaccion.deshacer();
    const causa = e instanceof FalloDePaso ? e.causa : e;
    if (causa instanceof Rechazo) return error(causa.message, causa.campo);
    if (causa instanceof SinCandado) return error(causa.message);
    const paso = e instanceof FalloDePaso ? e.paso : "generar el informe";
    const motivo = mensajeDeError(e).replace(/\.+$/, "");
    return error(`No se pudo ${paso}: ${motivo}. No se cambió nada; inténtelo de nuevo.`);
  } finally {
    if (marcado) quitarMarcaSinFallar(mes);
  }
}

/** Clears the month's marker, once more if a passing error refuses it; one left behind lapses after one run's longest time. */
function quitarMarcaSinFallar(mes: string): void {
  for (let intento = 0; intento < 2; intento++) {
    try {
      quitarMarca(mes);
      return;
    } catch {
      // Tried again below, then left to lapse.
    }
  }
}

/**
 * Under the lock: reads the registry, builds the model, and marks the month as being generated. Refuses
 * an empty month the user did not confirm, and a month someone else is generating now.
 */
function leerYMarcar(ss: Libro, mes: string, opciones: Required<OpcionesDeGeneracion>) {
  return conCandado(ESPERA_DEL_CANDADO_MS, () => {
    const modelo = prepararModelo(ss, mes, new Date());
    if (!modelo.ok) return modelo;
    // Read whole under the lock: the marker below is then checked and set with nobody in between.
    leerTodas();
    const { informe } = modelo;
    if (
      informe.conteos.actividades === 0 &&
      informe.conteos.coordinaciones === 0 &&
      !opciones.confirmarVacio
    ) {
      throw new Rechazo(
        `${informe.titulo} no tiene actividades ni coordinaciones registradas. ¿Generar el informe vacío de todos modos?`,
        "vacio",
      );
    }
    const ahoraMs = modelo.ahora.getTime();
    const enCurso = marcaEnCurso(mes, ahoraMs);
    if (enCurso) throw new Rechazo(mensajeDeMarca(informe.titulo, enCurso, ahoraMs));
    ponerMarca(mes, { usuario: modelo.usuario, desdeMs: ahoraMs });
    return modelo;
  });
}

/** The refusal for a Doc the user may not open or change: whose it is, and what the user can do. */
function rechazoAjeno(titulo: string, propietario: string): Rechazo {
  const quien = propietario || "otra persona";
  return new Rechazo(
    `El documento de ${titulo} es de ${quien} y usted no puede modificarlo. Pida a ${quien} acceso de edición y vuelva a generar, o cree un documento aparte (tendrá otro enlace, que habrá que compartir).`,
    "documento",
  );
}

/**
 * The steps that must all happen or none: the month's Doc found, the new tab, the tab swap, the Doc
 * opened (or restored, or created), its record and Historial, the Doc's content. Writing the Doc is
 * last: until then the Doc is untouched, so every earlier failure leaves it as it was.
 */
function escribirInforme(
  ss: Libro,
  mes: string,
  modelo: Modelo,
  opciones: Required<OpcionesDeGeneracion>,
  t: Transaccion,
): Escrito {
  const { informe, bloques, configuracion, mesCalendario, usuario } = modelo;
  const registros = todosLosRegistros();
  const anterior = registros.get(mes) ?? null;
  const estado = t.paso("comprobar el documento del mes", () => {
    limpiarCreacionInterrumpida(mes, anterior?.docId ?? null);
    return estadoDelDocumento(anterior, usuario, false);
  });
  if (estado?.estado === "sinAcceso" && !opciones.documentoAparte)
    throw rechazoAjeno(informe.titulo, estado.propietario);
  const nombre = nombrePestanaInforme(mesCalendario.anio, mesCalendario.mes);
  const pestanas = new Map(
    [...registros].flatMap(([m, r]) => (r.pestanaId === undefined ? [] : [[m, r.pestanaId] as const])),
  );
  const previa = anterior?.pestanaId === undefined ? null : ss.getSheetById(anterior.pestanaId);
  const posicion = posicionDeLaPestana(ss, mes, previa, pestanas);
  const temporal = t.paso("escribir la pestaña del informe", (d) =>
    escribirPestanaNueva(ss, nombre, bloques, posicion, d),
  );
  const nueva = temporal.hoja;
  const cambio = t.paso("reemplazar la pestaña anterior", (d) =>
    reemplazarPestana(ss, temporal, nombre, previa, d),
  );
  const doc = t.paso("abrir el documento", (d) => {
    try {
      return abrirDocumentoDelMes(
        mes,
        estado,
        `Informe ${informe.titulo} — ${configuracion.oficina}`,
        usuario,
        opciones.documentoAparte,
        d,
      );
    } catch (e) {
      throw e instanceof DocumentoAjeno ? rechazoAjeno(informe.titulo, e.propietario) : e;
    }
  });
  const escrito = t.paso("registrar el documento", (d) =>
    registrar(mes, modelo, doc, anterior, nueva, cambio.nombre, d),
  );
  const abierto = t.paso("escribir el documento", () => escribirDocumento(doc.documento, doc.docId, bloques));
  const avisos = [...(cambio.aviso ? [cambio.aviso] : []), ...escrito.avisos];
  const enlaceAnterior = doc.enlace === "cambiado" ? (anterior?.url ?? null) : null;
  return {
    mes,
    modelo,
    pestana: cambio.nombre,
    hoja: nueva,
    respaldo: cambio.respaldo,
    doc,
    abierto,
    registro: escrito.registro,
    enlaceAnterior,
    veces: escrito.veces,
    avisos,
  };
}

/** Historial's row (under the lock) and the month's record: the Doc, its tab, its owner and the row. */
function registrar(
  mes: string,
  modelo: Modelo,
  doc: DocumentoAbierto,
  anterior: DocumentoRegistrado | null,
  nueva: Hoja,
  pestana: string,
  d: Parameters<Parameters<Transaccion["paso"]>[1]>[0],
): { registro: DocumentoRegistrado; veces: number; avisos: string[] } {
  const { informe, mesCalendario, usuario, ahora, registro: leido } = modelo;
  const generacion = {
    mes: mesCalendario,
    url: doc.url,
    pestana,
    informe,
    usuario,
    desfase: leido.ahora.desfase,
    ahora,
    vecesRegistradas: anterior?.historial?.veces ?? null,
  };
  const h = conCandado(ESPERA_DEL_CANDADO_MS, () => registrarEnHistorial(leido.historial, generacion, d));
  const registro: DocumentoRegistrado = {
    docId: doc.docId,
    url: doc.url,
    escritoMs: null,
    generadoMs: ahora.getTime(),
    propietario: doc.propietario ?? anterior?.propietario ?? "",
    pestanaId: nueva.getSheetId(),
    ...(anterior?.carpetaId ? { carpetaId: anterior.carpetaId } : {}),
    historial: {
      pestana,
      actividades: informe.conteos.actividades,
      coordinaciones: informe.conteos.coordinaciones,
      generadoPor: usuario,
      generadoElMs: ahora.getTime(),
      veces: h.veces,
    },
  };
  registrarDocumento(mes, registro, d);
  if (doc.propietario !== null) creacionTerminada(mes);
  return { registro, ...h };
}
