// The dialog's answer after a generation: link and how it changed, tab, counts, sharing, e-mail and every warning.
import type { ResultadoInforme } from "../../core/api";
import { plural } from "../../core/texto";
import type { Entrega } from "./entrega";
import type { Escrito } from "./generar";

/** What the link's fate means for the office, said plainly: "the same link" only when it is. */
function avisoDeEnlace(e: Escrito): string | null {
  switch (e.doc.enlace) {
    case "mismo":
      return e.veces > 1 ? `Informe regenerado (vez ${e.veces}): el enlace es el mismo.` : null;
    case "restaurado":
      return "El documento de este mes estaba en la papelera y se restauró: el enlace es el mismo.";
    case "cambiado":
      return `El enlace CAMBIÓ: el documento anterior ya no se puede usar. Comparta el enlace nuevo (${e.doc.url}); el anterior${e.enlaceAnterior ? ` (${e.enlaceAnterior})` : ""} ya no muestra este informe.`;
    case "nuevo":
      return null;
  }
}

export function resultado(e: Escrito, entrega: Entrega & { avisos: string[] }): ResultadoInforme {
  const { conteos } = e.modelo.informe;
  const enlace = avisoDeEnlace(e);
  const omitidas =
    conteos.omitidas > 0
      ? [
          `${plural(conteos.omitidas, "fila con errores quedó", "filas con errores quedaron")} fuera del informe.`,
        ]
      : [];
  return {
    mes: e.mes,
    url: e.doc.url,
    pestana: e.pestana,
    actividades: conteos.actividades,
    coordinaciones: conteos.coordinaciones,
    enlace: e.doc.enlace,
    enlaceAnterior: e.enlaceAnterior,
    compartir: entrega.compartir,
    enviadoA: entrega.enviadoA,
    avisos: [...(enlace ? [enlace] : []), ...e.avisos, ...entrega.avisos, ...omitidas],
  };
}
