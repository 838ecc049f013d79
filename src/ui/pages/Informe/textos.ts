// What the Generar dialog says about the month's Doc and the delivery, in plain Spanish from the server's facts.
import type { DocumentoDelPreflight, ResultadoInforme } from "../../../core/api";

/** The preflight's sentences about the month's Doc, and whether the hand-edit warning applies. */
export function textosDelDocumento(d: DocumentoDelPreflight): string[] {
  switch (d.estado) {
    case "vivo":
      return [
        "Ya existe un documento para este mes: se actualizará en el mismo enlace.",
        ...(d.editadoDespues
          ? [
              "El documento se editó a mano después de la última generación: esos cambios se reemplazarán. Puede recuperarlos en Docs con Archivo › Historial de versiones.",
            ]
          : []),
      ];
    case "papelera":
      return ["El documento de este mes está en la papelera: al generar se restaurará, con el mismo enlace."];
    case "borrado":
      return [
        "El documento de este mes ya no existe: se creará uno nuevo, con otro enlace que habrá que volver a compartir.",
      ];
    case "sinAcceso":
      return [
        `El documento de este mes es de ${d.propietario || "otra persona"} y usted no puede modificarlo: pídale acceso de edición, o cree un documento aparte (con otro enlace).`,
      ];
  }
}

/** The result's sentence about the link. */
export function textoDelEnlace(r: ResultadoInforme): string {
  switch (r.enlace) {
    case "mismo":
      return "El enlace es el mismo de antes: quienes ya lo tienen verán el informe actualizado.";
    case "restaurado":
      return "El documento estaba en la papelera y se restauró: el enlace es el mismo de antes.";
    case "nuevo":
      return "Es el primer documento de este mes: comparta este enlace.";
    case "cambiado":
      return `ATENCIÓN: el enlace CAMBIÓ. Comparta el enlace nuevo${r.enlaceAnterior ? `; el anterior (${r.enlaceAnterior}) ya no muestra este informe` : ""}.`;
  }
}

/** The result's sentence about sharing and e-mail. */
export function textoDeEntrega(r: ResultadoInforme): string {
  const acceso =
    r.compartir === null
      ? "No se pudo comprobar el acceso al documento (ver avisos)."
      : `Acceso: ${r.compartir === "Restringido" ? "restringido (solo las personas con acceso)" : `${r.compartir.toLowerCase()}, solo lectura`}.`;
  const correo =
    r.enviadoA.length > 0
      ? `Se envió el enlace por correo a ${r.enviadoA.join(", ")}.`
      : "No se envió por correo.";
  return `${acceso} ${correo}`;
}
