// "Generar informe mensual" on the server: preflight and generation under a document lock, with every failure undone.
import type { Preflight, Respuesta, ResultadoInforme } from "../../core/api";
import type { Configuracion } from "../../core/configuracion";
import { fechaDesdeNumeroDeDia, type MesCalendario, mesDesdeClave } from "../../core/fechas";
import { formatearMes } from "../../core/formato-fechas";
import { COLUMNAS_HISTORIAL, HOJA, nombrePestanaInforme } from "../../core/hojas";
import { construirInforme, type FechaHora, type InformeMensual } from "../../core/informe";
import { bloquesDelInforme } from "../../core/presentacion";
import { esFecha, fechaDeCelda, mensajeDeError, serialDeInstante, serialDeMes } from "../celdas";
import { leerFilas, leerRegistro, primerError, type Registro } from "../registro";
import { correoDelUsuario } from "../usuario";
import { reemplazarContenido } from "./documento";
import { escribirPestana } from "./pestana";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** How long a second generation waits for the first before saying so. */
const ESPERA_DEL_CANDADO_MS = 5_000;
/** Our own saves move the Doc's last-updated time a little after we record it. */
const MARGEN_DE_EDICION_MS = 60_000;

/** What the add-on remembers of a month's Doc (document properties, key `informe:AAAA-MM`). */
interface DocumentoRegistrado {
  docId: string;
  /** The link given to the office (kept so the preflight shows the very same one). */
  url: string;
  /** The Doc's last-updated time right after our last write: later means someone edited it by hand. */
  escritoMs: number;
}

function claveDelDocumento(mes: string): string {
  return `informe:${mes}`;
}

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

function error<T>(mensaje: string, campo = "general"): Respuesta<T> {
  return { ok: false, errores: [{ campo, mensaje }] };
}

function fechaHora(instante: Date, desfase: number): FechaHora {
  const minutos = Math.floor((instante.getTime() + desfase * 60_000) / 60_000);
  const dia = fechaDesdeNumeroDeDia(Math.floor(minutos / 1440));
  const delDia = minutos - Math.floor(minutos / 1440) * 1440;
  return { ...dia, hora: Math.floor(delDia / 60), minuto: delDia % 60 };
}

/** The month's report and what generating it needs besides. */
interface Modelo {
  informe: InformeMensual;
  registro: Registro;
  configuracion: Configuracion;
  mesCalendario: MesCalendario;
  /** Who generates it ("" when Google does not say), read once for the footer and Historial. */
  usuario: string;
}

/** Reads the registry and builds the month's report, or says why it cannot. */
function prepararModelo(
  ss: Spreadsheet,
  mes: string,
  ahora: Date,
): ({ ok: true } & Modelo) | { ok: false; mensaje: string } {
  const mesCalendario = mesDesdeClave(mes);
  if (!mesCalendario) return { ok: false, mensaje: "Elija un mes válido (AAAA-MM)." };
  const registro = leerRegistro(ss, ahora);
  if (registro.faltantes.length > 0) {
    return {
      ok: false,
      mensaje: `Falta la hoja ${registro.faltantes.join(", ")}: use «Configurar hoja» en el menú Informe mensual.`,
    };
  }
  if (!registro.configuracion.ok) {
    return {
      ok: false,
      mensaje: `Revise la hoja Configuración: ${primerError(registro.configuracion.errores)}`,
    };
  }
  const usuario = correoDelUsuario();
  const informe = construirInforme({
    actividades: registro.actividades,
    coordinaciones: registro.coordinaciones,
    configuracion: registro.configuracion.valor,
    mes,
    generadoEl: fechaHora(ahora, registro.desfase),
    generadoPor: usuario,
  });
  return { ok: true, informe, registro, configuracion: registro.configuracion.valor, mesCalendario, usuario };
}

/** Drive's answer for an id that no longer exists (deleted for good, or access removed). */
const SIN_ARCHIVO = /No item with the given ID could be found/i;

/**
 * The month's Doc if it still exists (not trashed), with whether it was edited after our last write.
 * Only a Doc that is really gone counts as missing: any other failure is thrown, so a passing error
 * can never make a second Doc and break the link already shared.
 */
function documentoExistente(
  mes: string,
): { file: GoogleAppsScript.Drive.File; url: string; editadoDespues: boolean } | null {
  const registrado = leerDocumentoRegistrado(mes);
  if (!registrado) return null;
  let file: GoogleAppsScript.Drive.File;
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

/** Server API: what generating `mes` would do. Reads only. */
export function prepararInforme(mes: string): Respuesta<Preflight> {
  if (typeof mes !== "string") return error("Elija un mes válido (AAAA-MM).", "mes");
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const modelo = prepararModelo(ss, mes, new Date());
  if (!modelo.ok) return error(modelo.mensaje, "mes");
  const existente = documentoExistente(mes);
  return {
    ok: true,
    mes,
    titulo: modelo.informe.titulo,
    actividades: modelo.informe.conteos.actividades,
    coordinaciones: modelo.informe.conteos.coordinaciones,
    omitidas: [...modelo.informe.omitidas],
    documento: existente ? { url: existente.url, editadoDespues: existente.editadoDespues } : null,
  };
}

/** Undo steps collected while generating; run in reverse when a later step fails. */
class Deshacer {
  private readonly pasos: Array<() => void> = [];
  agregar(paso: () => void): void {
    this.pasos.push(paso);
  }
  ejecutar(): void {
    for (const paso of this.pasos.reverse()) {
      try {
        paso();
      } catch {
        // One failed undo must not stop the others.
      }
    }
  }
}

/**
 * Server API: generates the month's report tab and Doc. Under the document lock; the registry is only
 * read. On failure the previous tab, Doc and Historial are left as they were and no unrecorded Doc
 * remains; sharing, folder and e-mail problems are warnings, not failures.
 */
export function generarInforme(mes: string): Respuesta<ResultadoInforme> {
  if (typeof mes !== "string") return error("Elija un mes válido (AAAA-MM).", "mes");
  const deshacer = new Deshacer();
  let paso = "obtener el acceso exclusivo a la hoja";
  let candado: GoogleAppsScript.Lock.Lock | null = null;
  try {
    const candidato = LockService.getDocumentLock();
    if (!candidato.tryLock(ESPERA_DEL_CANDADO_MS)) {
      return error(
        "Ya se está generando un informe en esta hoja. Espere a que termine e inténtelo de nuevo.",
      );
    }
    candado = candidato;
    paso = "leer el registro";
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const ahora = new Date();
    const modelo = prepararModelo(ss, mes, ahora);
    if (!modelo.ok) return error(modelo.mensaje, "mes");
    const { informe, configuracion, registro, mesCalendario, usuario } = modelo;
    const bloques = bloquesDelInforme(informe);
    const nombre = nombrePestanaInforme(mesCalendario.anio, mesCalendario.mes);

    paso = "escribir la pestaña del informe";
    const nueva = prepararPestanaNueva(ss, nombre);
    deshacer.agregar(() => ss.deleteSheet(nueva));
    escribirPestana(nueva, bloques);

    paso = "reemplazar la pestaña anterior";
    const anterior = ss.getSheetByName(nombre);
    const respaldo = `${nombre} (anterior)`;
    if (anterior) {
      const viejoRespaldo = ss.getSheetByName(respaldo);
      if (viejoRespaldo) ss.deleteSheet(viejoRespaldo);
      anterior.setName(respaldo);
      deshacer.agregar(() => anterior.setName(nombre));
    }
    nueva.setName(nombre);
    deshacer.agregar(() => nueva.setName(`${nombre} (generando)`));

    paso = "abrir el documento";
    const existente = documentoExistente(mes);
    const avisos: string[] = [];
    let documento: GoogleAppsScript.Document.Document;
    if (existente) {
      documento = DocumentApp.openById(existente.file.getId());
    } else {
      documento = DocumentApp.create(`Informe ${informe.titulo} — ${configuracion.oficina}`);
      const id = documento.getId();
      deshacer.agregar(() => DriveApp.getFileById(id).setTrashed(true));
    }
    const docId = documento.getId();
    const url = documento.getUrl();

    paso = "registrar el documento";
    const props = PropertiesService.getDocumentProperties();
    const clave = claveDelDocumento(mes);
    const previo = props.getProperty(clave);
    props.setProperty(clave, JSON.stringify({ docId, url, escritoMs: 0 } satisfies DocumentoRegistrado));
    deshacer.agregar(() =>
      previo === null ? props.deleteProperty(clave) : props.setProperty(clave, previo),
    );
    const veces = registrarEnHistorial(
      ss,
      { mes: mesCalendario, url, pestana: nombre, informe, usuario, desfase: registro.desfase, ahora },
      deshacer,
    );

    paso = "escribir el documento";
    // Last fallible step: until here the Doc is untouched, so every earlier failure leaves it as it was.
    reemplazarContenido(documento.getBody(), bloques);

    // From here on the report exists: what fails is reported as a warning (Docs saves at the end of
    // the execution anyway when saveAndClose does not get to).
    completar(avisos, "No se pudo cerrar el documento", () => documento.saveAndClose());
    completar(avisos, "No se pudo borrar la pestaña anterior", () => {
      const viejo = ss.getSheetByName(respaldo);
      if (viejo) ss.deleteSheet(viejo);
    });
    let file: GoogleAppsScript.Drive.File | null = null;
    completar(avisos, "No se pudo anotar la hora de escritura del documento", () => {
      const enDrive = DriveApp.getFileById(docId);
      file = enDrive;
      const escrito: DocumentoRegistrado = { docId, url, escritoMs: enDrive.getLastUpdated().getTime() };
      props.setProperty(clave, JSON.stringify(escrito));
    });
    if (file) {
      if (!existente) ubicarDocumento(ss, file, configuracion, avisos);
      compartirDocumento(file, configuracion, avisos);
    }
    enviarEnlace(url, mesCalendario, informe, configuracion, avisos);
    completar(avisos, "No se pudo mostrar la pestaña", () => nueva.activate());

    return {
      ok: true,
      mes,
      url,
      pestana: nombre,
      actividades: informe.conteos.actividades,
      coordinaciones: informe.conteos.coordinaciones,
      avisos: [
        ...avisos,
        ...(informe.conteos.omitidas > 0
          ? [`${informe.conteos.omitidas} fila(s) con errores quedaron fuera del informe.`]
          : []),
        ...(veces > 1 ? [`Informe regenerado (vez ${veces}): el enlace es el mismo.`] : []),
      ],
    };
  } catch (e) {
    deshacer.ejecutar();
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

/** A fresh, empty sheet for the new tab (a leftover from an interrupted run is removed first). */
function prepararPestanaNueva(ss: Spreadsheet, nombre: string): Sheet {
  const temporal = `${nombre} (generando)`;
  const sobrante = ss.getSheetByName(temporal);
  if (sobrante) ss.deleteSheet(sobrante);
  return ss.insertSheet(temporal, ss.getNumSheets());
}

/** What a Historial row records of one generation. */
interface Generacion {
  mes: MesCalendario;
  url: string;
  pestana: string;
  informe: InformeMensual;
  usuario: string;
  desfase: number;
  ahora: Date;
}

/** Appends or updates the month's Historial row; returns how many times it has been generated. */
function registrarEnHistorial(ss: Spreadsheet, g: Generacion, deshacer: Deshacer): number {
  const hoja = ss.getSheetByName(HOJA.historial);
  if (!hoja) throw new Error(`falta la hoja ${HOJA.historial}`);
  const n = COLUMNAS_HISTORIAL.length;
  const filas = leerFilas(hoja, n);
  const indice = filas.findIndex((f) => {
    const celda = f[0];
    if (!esFecha(celda)) return false;
    const d = fechaDeCelda(celda, g.desfase);
    return d.anio === g.mes.anio && d.mes === g.mes.mes;
  });
  const previa = indice >= 0 ? filas[indice] : undefined;
  const veces = (previa && typeof previa[n - 1] === "number" ? (previa[n - 1] as number) : 0) + 1;
  const fila = [
    serialDeMes(g.mes.anio, g.mes.mes),
    g.url,
    g.pestana,
    g.informe.conteos.actividades,
    g.informe.conteos.coordinaciones,
    g.usuario,
    serialDeInstante(g.ahora, g.desfase),
    veces,
  ];
  const numero = indice >= 0 ? indice + 2 : filas.length + 2;
  const rango = hoja.getRange(numero, 1, 1, n);
  rango.setValues([fila]);
  deshacer.agregar(() => {
    if (previa) rango.setValues([previa]);
    else rango.clearContent();
  });
  return veces;
}

function completar(avisos: string[], que: string, paso: () => void): void {
  try {
    paso();
  } catch (e) {
    avisos.push(`${que}: ${mensajeDeError(e)}`);
  }
}

/** Moves a new Doc to the configured folder, or next to the spreadsheet. */
function ubicarDocumento(
  ss: Spreadsheet,
  file: GoogleAppsScript.Drive.File,
  configuracion: Configuracion,
  avisos: string[],
): void {
  completar(avisos, "El documento quedó en «Mi unidad» porque no se pudo mover a la carpeta", () => {
    const carpeta = configuracion.carpetaId
      ? DriveApp.getFolderById(configuracion.carpetaId)
      : DriveApp.getFileById(ss.getId()).getParents().next();
    file.moveTo(carpeta);
  });
}

/** Applies the configured read-only sharing; a refusal (consumer account, domain policy) is a warning. */
function compartirDocumento(
  file: GoogleAppsScript.Drive.File,
  configuracion: Configuracion,
  avisos: string[],
): void {
  const acceso = {
    Restringido: DriveApp.Access.PRIVATE,
    "Dominio con enlace": DriveApp.Access.DOMAIN_WITH_LINK,
    "Cualquiera con enlace": DriveApp.Access.ANYONE_WITH_LINK,
  }[configuracion.compartir];
  const permiso =
    configuracion.compartir === "Restringido" ? DriveApp.Permission.NONE : DriveApp.Permission.VIEW;
  completar(avisos, `No se cambió el acceso al documento («${configuracion.compartir}»)`, () =>
    file.setSharing(acceso, permiso),
  );
}

function enviarEnlace(
  url: string,
  mes: MesCalendario,
  informe: InformeMensual,
  configuracion: Configuracion,
  avisos: string[],
): void {
  if (configuracion.destinatarios.length === 0) return;
  completar(avisos, "No se pudo enviar el enlace por correo", () =>
    MailApp.sendEmail({
      to: configuracion.destinatarios.join(","),
      subject: `Informe mensual — ${informe.titulo}`,
      body: `${configuracion.oficina}\n\nInforme de ${formatearMes(mes)}: ${url}\n\n${informe.pie}`,
    }),
  );
}
