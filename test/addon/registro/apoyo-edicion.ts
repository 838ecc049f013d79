// What the sheet-check tests share: the Actividades layout, a cell as a person sees it, rows typed or seeded.
import type { Environment } from "../../../emulator/index";
import { HOJA } from "../../../src/core/registro/hojas";
import type { registroListo } from "../registrar-actividad/apoyo";

/** Columns of Actividades as Configurar hoja lays them out. */
export const COL = {
  actividad: 1,
  entidad: 2,
  informacion: 3,
  fecha: 4,
  fechaFin: 5,
  eje: 6,
  por: 7,
  el: 8,
  id: 9,
};

export type Prueba = Awaited<ReturnType<typeof registroListo>>;

/** A cell of `hoja` as a person sees it: its value, the text shown, its note and its background. */
export function celda(env: Environment, fila: number, columna: number, hoja: string = HOJA.actividades) {
  const c = env.workbook.cell(hoja, fila, columna);
  return {
    valor: c?.value,
    texto: env.workbook.displayValue(hoja, fila, columna),
    nota: c?.note ?? "",
    fondo: c?.format?.background ?? null,
  };
}

/** Types each value into its column of row `fila`, one edit (and one onEdit) per cell. */
export function teclear(p: Prueba, fila: number, columnas: Partial<Record<keyof typeof COL, string>>): void {
  for (const [clave, texto] of Object.entries(columnas)) {
    p.harness.edit(HOJA.actividades, fila, COL[clave as keyof typeof COL], texto);
  }
}

export const FILA = {
  actividad: "Reunión con JICA",
  entidad: "JICA",
  informacion: "Seguimiento del proyecto.",
};

/** Local midnight in Panama (UTC−5) of a day: what Sheets holds in a date cell there. */
export const diaEnPanama = (anio: number, mes: number, dia: number) =>
  new Date(Date.UTC(anio, mes - 1, dia, 5));

/** `n` valid registered rows from row 2, written as a script would (no onEdit, no call counted). */
export function sembrar(p: Prueba, n: number, hoja: GoogleAppsScript.Spreadsheet.SpreadsheetApp): void {
  p.env.runtime.uncounted(() => {
    const h = hoja.getActiveSpreadsheet().getSheetByName(HOJA.actividades);
    if (!h) throw new Error("sin Actividades");
    if (h.getMaxRows() < n + 20) h.insertRowsAfter(h.getMaxRows(), n + 20 - h.getMaxRows());
    const filas = Array.from({ length: n }, (_, i) => [
      `Actividad ${i}`,
      `Entidad ${i % 40}`,
      "Información de la actividad.",
      diaEnPanama(2000 + (i % 20), 1 + (i % 12), 1 + (i % 27)),
      "",
      "",
      "usuario@example.org",
      new Date(Date.UTC(2019, 0, 1, 15)),
      `id-${i}`,
    ]);
    h.getRange(2, 1, n, 9).setValues(filas);
  });
}

export function app(env: Environment): GoogleAppsScript.Spreadsheet.SpreadsheetApp {
  return env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
}
