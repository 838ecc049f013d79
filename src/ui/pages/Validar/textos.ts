// The words of the Validar registros dialog, apart from the page so they can be tested.
import type { ResultadoDeValidacion } from "../../../core/api";
import { plural } from "../../../core/texto";

/** The summary in words: rows checked, what was fixed on the way, what is left to fix. */
export function resumenDeValidacion(r: ResultadoDeValidacion): { resumen: string; detalle: string } {
  const resumen =
    r.totalDeProblemas === 0
      ? `Se revisaron ${plural(r.filas, "fila", "filas")}: todo está en orden.`
      : `Se revisaron ${plural(r.filas, "fila", "filas")}: ${plural(r.filasConProblemas, "fila tiene", "filas tienen")} problemas (marcados en rojo, con una nota en cada celda).`;
  const hechos: string[] = [];
  if (r.fechasConvertidas > 0) {
    hechos.push(
      `${plural(r.fechasConvertidas, "fecha escrita como texto se convirtió", "fechas escritas como texto se convirtieron")} en fecha real (la nota de la celda dice cómo se leyó)`,
    );
  }
  if (r.filasConId > 0)
    hechos.push(
      `${plural(r.filasConId, "fila escrita a mano recibió", "filas escritas a mano recibieron")} su ID`,
    );
  return { resumen, detalle: hechos.length > 0 ? `${hechos.join("; ")}.` : "" };
}
