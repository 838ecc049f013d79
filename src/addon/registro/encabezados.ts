// A registry sheet's header and column formats, kept without ever moving or retitling the office's own columns.
import { type Columna, type DisenoDeHoja, ESTILO_DE_ENCABEZADO, FORMATO } from "../../core/registro/hojas";
import { leerEncabezado, letrasDeColumna, type MapaDeColumnas } from "../../core/registro/tabla";
import type { Hoja } from "../tipos";
import { leerFilaDeEncabezado } from "./tabla";

const PROTECCION = "Encabezado de Informe mensual";

/** The sheet's column map once every column of the layout is there, and the titles it had to add. */
export interface ColumnasAseguradas<K extends string> {
  readonly mapa: MapaDeColumnas<K>;
  readonly agregadas: ReadonlyArray<Columna<K>>;
}

/**
 * Finds each column of the layout by its header; a column truly missing is added after the last
 * column that holds anything (title or data), so no title is ever written over a column of the
 * office's. A new sheet gets the whole header in the layout's order.
 */
export function asegurarColumnas<K extends string>(
  hoja: Hoja,
  diseno: DisenoDeHoja<K>,
): ColumnasAseguradas<K> {
  const lectura = leerEncabezado(diseno, leerFilaDeEncabezado(hoja));
  if (lectura.mapa) return { mapa: lectura.mapa, agregadas: [] };
  const desde = Math.max(lectura.usadas, hoja.getLastColumn()) + 1;
  const faltan = lectura.faltantes.length;
  const maximas = hoja.getMaxColumns();
  if (desde + faltan - 1 > maximas) hoja.insertColumnsAfter(maximas, desde + faltan - 1 - maximas);
  const titulos = hoja.getRange(1, desde, 1, faltan);
  // Plain text first, so a title like "Mes" can never be parsed.
  titulos.setNumberFormat("@");
  titulos.setValues([lectura.faltantes.map((c) => c.titulo)]);
  const indice = { ...lectura.posiciones } as Record<K, number>;
  lectura.faltantes.forEach((c, i) => {
    indice[c.clave] = desde - 1 + i;
  });
  const ancho = Math.max(...Object.values<number>(indice)) + 1;
  return { mapa: { diseno, indice, ancho }, agregadas: lectura.faltantes };
}

/** "C2:C1000": a column's body in A1 notation. */
function cuerpo(indice: number, filas: number): string {
  const letra = letrasDeColumna(indice + 1);
  return `${letra}2:${letra}${filas}`;
}

/**
 * Styles the layout's header cells and formats its columns' bodies, column by column wherever they
 * are: a fixed number of calls (one range list per number format), whatever the number of rows.
 */
export function darFormato<K extends string>(hoja: Hoja, mapa: MapaDeColumnas<K>): void {
  const columnas = mapa.diseno.columnas;
  const encabezado = hoja.getRangeList(columnas.map((c) => `${letrasDeColumna(mapa.indice[c.clave] + 1)}1`));
  encabezado.setFontWeight("bold");
  encabezado.setBackground(ESTILO_DE_ENCABEZADO.fondo);
  encabezado.setFontColor(ESTILO_DE_ENCABEZADO.texto);
  encabezado.setVerticalAlignment("middle");
  encabezado.setWrap(true);
  hoja.setFrozenRows(1);

  const filas = hoja.getMaxRows();
  if (filas > 1) {
    const porFormato = new Map<string, string[]>();
    for (const c of columnas) {
      const formato = FORMATO[c.tipo];
      porFormato.set(formato, [...(porFormato.get(formato) ?? []), cuerpo(mapa.indice[c.clave], filas)]);
    }
    for (const [formato, rangos] of porFormato) hoja.getRangeList(rangos).setNumberFormat(formato);
    const todo = hoja.getRangeList(columnas.map((c) => cuerpo(mapa.indice[c.clave], filas)));
    todo.setVerticalAlignment("top");
    todo.setWrap(true);
  }
  for (const c of columnas) hoja.setColumnWidth(mapa.indice[c.clave] + 1, c.ancho);
  protegerEncabezado(hoja);
}

/** Warning only: staff may still edit the header deliberately, but not by accident. */
function protegerEncabezado(hoja: Hoja): void {
  const existe = hoja
    .getProtections(SpreadsheetApp.ProtectionType.RANGE)
    .some((p) => p.getDescription() === PROTECCION);
  if (!existe) hoja.getRange("1:1").protect().setDescription(PROTECCION).setWarningOnly(true);
}
