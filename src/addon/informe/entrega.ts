// Delivering the month's Doc on every generation: its folder, its read-only sharing and the optional e-mail, each a warning when it fails, retried next time.
import type { MesCalendario } from "../../core/fechas/calendario";
import { formatearMes } from "../../core/fechas/formato";
import type { InformeMensual } from "../../core/informe/modelo";
import type { Configuracion } from "../../core/registro/configuracion";
import { mensajeDeError } from "../errores";
import type { Archivo, Libro } from "../tipos";

/** What the dialog says of the delivery. */
export interface Entrega {
  /** The sharing the Doc has now, as Configuración names it; null when it could not be checked or set. */
  compartir: string | null;
  enviadoA: string[];
}

const REINTENTO = "se intentará de nuevo en la próxima generación";

/**
 * Runs a step whose failure leaves the report valid: the failure becomes a warning saying what was
 * not done, and the step's result is then null.
 */
export function completar<T>(avisos: string[], que: string, paso: () => T): T | null {
  try {
    return paso();
  } catch (e) {
    avisos.push(`${que}: ${mensajeDeError(e).replace(/\.+$/, "")}.`);
    return null;
  }
}

/** The Doc's Drive file, whose folder and sharing are checked next; null (and a warning) when Drive fails. */
export function archivoDelDocumento(docId: string, avisos: string[]): Archivo | null {
  return completar(avisos, `No se pudo comprobar la carpeta ni el acceso del documento (${REINTENTO})`, () =>
    DriveApp.getFileById(docId),
  );
}

/**
 * Puts the Doc in the configured folder (or the spreadsheet's) unless it is there already, and returns
 * that folder's id. The folder found last time (`recordada`) is looked for first: when the Doc is
 * still there nothing else is read. (Were the spreadsheet moved to another folder since, its Docs stay
 * where they were put; a Carpeta de informes in Configuración is always followed.)
 */
export function ubicarDocumento(
  ss: Libro,
  file: Archivo,
  configuracion: Configuracion,
  recordada: string | undefined,
  avisos: string[],
): string | null {
  return completar(avisos, `El documento no quedó en la carpeta de informes (${REINTENTO})`, () => {
    // A Drive item has a single parent (since 2020): the first is the one.
    const padres = file.getParents();
    const ids = padres.hasNext() ? [padres.next().getId()] : [];
    const buscada = configuracion.carpetaId ?? recordada;
    if (buscada && ids.includes(buscada)) return buscada;
    const carpeta = configuracion.carpetaId
      ? DriveApp.getFolderById(configuracion.carpetaId)
      : DriveApp.getFileById(ss.getId()).getParents().next();
    const destino = carpeta.getId();
    if (!ids.includes(destino)) file.moveTo(carpeta);
    return destino;
  });
}

/**
 * Gives the Doc the configured read-only sharing unless it has it already; a refusal (consumer
 * account, domain policy) is a warning. Returns the sharing it has now, or null.
 */
export function compartirDocumento(
  file: Archivo,
  configuracion: Configuracion,
  avisos: string[],
): string | null {
  const acceso = {
    Restringido: DriveApp.Access.PRIVATE,
    "Dominio con enlace": DriveApp.Access.DOMAIN_WITH_LINK,
    "Cualquiera con enlace": DriveApp.Access.ANYONE_WITH_LINK,
  }[configuracion.compartir];
  const permiso =
    configuracion.compartir === "Restringido" ? DriveApp.Permission.NONE : DriveApp.Permission.VIEW;
  const hecho = completar(
    avisos,
    `No se aplicó el acceso «${configuracion.compartir}» al documento; su acceso no cambió (${REINTENTO})`,
    () => {
      // Enums are compared by name: an Apps Script enum is an object.
      const igual =
        String(file.getSharingAccess()) === String(acceso) &&
        String(file.getSharingPermission()) === String(permiso);
      if (!igual) file.setSharing(acceso, permiso);
      return true;
    },
  );
  return hecho ? configuracion.compartir : null;
}

/** E-mails the link to Configuración's Destinatarios, when there are any; returns whom it went to. */
export function enviarEnlace(
  url: string,
  mes: MesCalendario,
  informe: InformeMensual,
  configuracion: Configuracion,
  avisos: string[],
): string[] {
  if (configuracion.destinatarios.length === 0) return [];
  const enviado = completar(avisos, "No se pudo enviar el enlace por correo", () => {
    MailApp.sendEmail({
      to: configuracion.destinatarios.join(","),
      subject: `Informe mensual — ${informe.titulo}`,
      body: `${configuracion.oficina}\n\nInforme de ${formatearMes(mes)}: ${url}\n\n${informe.pie}`,
    });
    return true;
  });
  return enviado ? [...configuracion.destinatarios] : [];
}
