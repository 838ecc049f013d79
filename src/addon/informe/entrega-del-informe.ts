// What follows a written report: the Doc saved, the old tab removed, the write's time noted, the Doc placed and shared, the link sent.

import { guardarCopia } from "../registro/configuracion";
import type { Libro } from "../tipos";
import { anotarEscritura } from "./documento-del-mes";
import {
  archivoDelDocumento,
  compartirDocumento,
  completar,
  type Entrega,
  enviarEnlace,
  ubicarDocumento,
} from "./entrega";
import type { Escrito } from "./generar";
import { quitarPestanaAnterior } from "./pestana";

/**
 * Every step here may fail without failing the report (Docs saves at the end of the execution anyway
 * when saveAndClose does not get to): each failure is a warning saying what was not done. Folder and
 * sharing are checked and re-applied on every generation, so a passing Drive error heals next time.
 */
export function entregar(ss: Libro, e: Escrito): Entrega & { avisos: string[] } {
  const { configuracion, informe, mesCalendario, registro } = e.modelo;
  const avisos: string[] = [];
  const { abierto } = e;
  if (abierto) completar(avisos, "No se pudo cerrar el documento", () => abierto.saveAndClose());
  completar(avisos, "No se pudo borrar la pestaña anterior", () => quitarPestanaAnterior(ss, e.respaldo));
  const file = e.doc.file ?? archivoDelDocumento(e.doc.docId, avisos);
  let compartir: string | null = null;
  if (file) {
    const carpetaId =
      ubicarDocumento(ss, file, configuracion, e.registro.carpetaId, avisos) ?? e.registro.carpetaId;
    const conCarpeta = carpetaId ? { ...e.registro, carpetaId } : e.registro;
    completar(avisos, "No se pudo anotar la hora de escritura del documento", () =>
      anotarEscritura(e.mes, conCarpeta, file),
    );
    compartir = compartirDocumento(file, configuracion, avisos);
  }
  const enviadoA = enviarEnlace(e.doc.url, mesCalendario, informe, configuracion, avisos);
  // The Configuración this report was made with is the add-on's copy from now on.
  completar(avisos, "No se pudo guardar la copia de Configuración", () =>
    guardarCopia(registro.paresDeConfiguracion),
  );
  completar(avisos, "No se pudo mostrar la pestaña", () => e.hoja.activate());
  return { compartir, enviadoA, avisos };
}
