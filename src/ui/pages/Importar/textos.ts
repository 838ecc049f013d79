// The words of the import dialog, apart from the page so they can be tested.
import type { FilaDeVistaPrevia, ResultadoDeImportacion, VistaPreviaDeImportacion } from "../../../core/api";
import { plural } from "../../../core/texto";

export function resumenDeVistaPrevia(v: VistaPreviaDeImportacion): string {
  const partes = [
    `${plural(v.actividadesNuevas, "actividad nueva", "actividades nuevas")}`,
    ...(v.actividadesYaEstaban > 0
      ? [`${plural(v.actividadesYaEstaban, "ya estaba", "ya estaban")} en el registro`]
      : []),
    ...(v.actividadesConProblemas > 0
      ? [
          `${plural(v.actividadesConProblemas, "con un problema", "con problemas")} (no se importan si no las corrige)`,
        ]
      : []),
    `${plural(v.coordinacionesNuevas, "coordinación nueva", "coordinaciones nuevas")}`,
  ];
  return `${v.titulo}: ${partes.join(", ")}.`;
}

export function textoDeEstado(f: FilaDeVistaPrevia): string {
  if (f.estado === "nueva") return "Se importará";
  if (f.estado === "yaEsta") return "Ya está en el registro";
  return f.problemas.join(" ");
}

export function textoDeResultado(r: ResultadoDeImportacion): string {
  if (r.actividades === 0 && r.coordinaciones === 0) {
    return `No se agregó nada: lo que se podía importar de ${r.vista.titulo} ya estaba en el registro.`;
  }
  const filas =
    r.primeraFila !== null && r.actividades > 0
      ? ` (Actividades, filas ${r.primeraFila} a ${r.primeraFila + r.actividades - 1})`
      : "";
  return `Se importaron ${plural(r.actividades, "actividad", "actividades")}${filas} y ${plural(r.coordinaciones, "coordinación", "coordinaciones")} de ${r.vista.titulo}.`;
}
