// The diagnostic's output: the sheet «Diagnóstico», one row per check, and the one-line summary to paste into an issue.
import type { Libro } from "../addon/tipos";
import type { Comprobacion, Estado, Resultado } from "./comprobacion";

export const HOJA_DE_DIAGNOSTICO = "Diagnóstico";
const ENCABEZADO = [
  "Comprobación",
  "Resultado",
  "Detalle",
  "Hecho",
  "Fuente",
  "De qué depende el complemento",
];

export interface Fila {
  readonly comprobacion: Comprobacion;
  readonly resultado: Resultado;
}

/** "Diagnóstico Informe mensual · 2026-12-02 14:05 · es_PA, America/Panama · 17 cumple · 1 no cumple: fechas-es-pa · 0 pendiente". */
export function resumir(filas: readonly Fila[], libro: Libro): string {
  const zona = libro.getSpreadsheetTimeZone();
  const cuando = Utilities.formatDate(new Date(), zona, "yyyy-MM-dd HH:mm");
  const por = (estado: Estado): string => {
    const ids = filas.filter((f) => f.resultado.estado === estado).map((f) => f.comprobacion.id);
    return ids.length === 0 || estado === "cumple"
      ? `${ids.length} ${estado}`
      : `${ids.length} ${estado}: ${ids.join(", ")}`;
  };
  const partes = [`Diagnóstico Informe mensual · ${cuando}`, `${libro.getSpreadsheetLocale()}, ${zona}`];
  return [...partes, por("cumple"), por("no cumple"), por("pendiente")].join(" · ");
}

/**
 * Writes the sheet afresh: header, one row per check, and the summary two rows below. Every cell is
 * plain text («@») first, so a detail that starts with "=" or looks like a date stays as written.
 */
export function escribirInforme(libro: Libro, filas: readonly Fila[], resumen: string): void {
  const anterior = libro.getSheetByName(HOJA_DE_DIAGNOSTICO);
  const hoja = anterior ?? libro.insertSheet(HOJA_DE_DIAGNOSTICO, 0);
  if (anterior) hoja.clear();
  const valores = [
    ENCABEZADO,
    ...filas.map(({ comprobacion: c, resultado: r }) => [
      c.id,
      r.estado,
      r.detalle,
      c.hecho,
      c.fuente,
      c.dependeDe,
    ]),
    ["", "", "", "", "", ""],
    [resumen, "", "", "", "", ""],
  ];
  const rango = hoja.getRange(1, 1, valores.length, ENCABEZADO.length);
  rango.setNumberFormat("@");
  rango.setValues(valores);
  hoja.getRange(1, 1, 1, ENCABEZADO.length).setFontWeight("bold");
  hoja.setFrozenRows(1);
  hoja.activate();
}
