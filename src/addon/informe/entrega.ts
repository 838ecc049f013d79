// Delivering the month's Doc: its folder, its read-only sharing and the optional e-mail, each a warning when it fails.
import type { MesCalendario } from "../../core/fechas/calendario";
import { formatearMes } from "../../core/fechas/formato";
import type { InformeMensual } from "../../core/informe/modelo";
import type { Configuracion } from "../../core/registro/configuracion";
import { mensajeDeError } from "../errores";
import type { Archivo, Libro } from "../tipos";

/**
 * Runs a step whose failure leaves the report valid: the failure becomes a warning saying what was
 * not done, and the step's result is then null.
 */
export function completar<T>(avisos: string[], que: string, paso: () => T): T | null {
  try {
    return paso();
  } catch (e) {
    avisos.push(`${que}: ${mensajeDeError(e)}`);
    return null;
  }
}

/** Moves a new Doc to the configured folder, or next to the spreadsheet. */
export function ubicarDocumento(
  ss: Libro,
  file: Archivo,
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
export function compartirDocumento(file: Archivo, configuracion: Configuracion, avisos: string[]): void {
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

/** E-mails the link to Configuración's Destinatarios, when there are any. */
export function enviarEnlace(
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
