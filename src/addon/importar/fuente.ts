// A past report's content from where the user points: the text they pasted, or the Doc itself read
// element by element (its table's cells and its list items as Docs holds them, not a text export).
import type { FuenteDeImportacion } from "../../core/api";
import { interpretarFecha } from "../../core/fechas/lectura";
import {
  esTituloDeCoordinaciones,
  type InformeLeido,
  leerTextoDeInforme,
  sinVineta,
} from "../../core/importar/documento";
import { idDeDocumento } from "../../core/importar/entrada";
import { mensajeDeError } from "../errores";

/** The report's content, and what to call it in Registrado por ("importado: <nombre>"). */
export interface FuenteLeida {
  readonly leido: InformeLeido;
  /** The Doc's name, or null for pasted text (then the report's title names it). */
  readonly nombre: string | null;
}

/** The Doc could not be opened: the message says why and what to do. */
export class DocumentoIlegible extends Error {}

/** A cell that reads as a date in some year: where a row ends when the export has no blank line after it. */
function pareceFecha(texto: string): boolean {
  return interpretarFecha(texto, { referencia: { anio: 2020, mes: 6, dia: 15 } }).ok;
}

type Tabla = GoogleAppsScript.Document.Table;

/** A table's rows of cell texts: two calls per cell and two per row (Docs has no batch read). */
function filasDeTabla(tabla: Tabla): string[][] {
  const filas: string[][] = [];
  for (let r = 0; r < tabla.getNumRows(); r++) {
    const fila = tabla.getRow(r);
    const celdas: string[] = [];
    for (let c = 0; c < fila.getNumCells(); c++) celdas.push(fila.getCell(c).getText().trim());
    filas.push(celdas);
  }
  return filas;
}

/** Reads a Doc's body: paragraphs up to the table, the table's rows, then list items and paragraphs as items. */
function leerDocumento(documento: GoogleAppsScript.Document.Document): InformeLeido {
  const T = DocumentApp.ElementType;
  const cuerpo = documento.getBody();
  const parrafos: string[] = [];
  const filas: string[][] = [];
  const items: string[] = [];
  let despuesDeLaTabla = false;
  for (let i = 0; i < cuerpo.getNumChildren(); i++) {
    const hijo = cuerpo.getChild(i);
    const tipo = hijo.getType();
    if (tipo === T.TABLE && filas.length === 0) {
      filas.push(...filasDeTabla(hijo.asTable()));
      despuesDeLaTabla = true;
      continue;
    }
    const texto =
      tipo === T.LIST_ITEM
        ? hijo.asListItem().getText()
        : tipo === T.PARAGRAPH
          ? hijo.asParagraph().getText()
          : "";
    if (texto.trim() === "") continue;
    if (tipo === T.LIST_ITEM || despuesDeLaTabla) {
      if (items.length === 0 && esTituloDeCoordinaciones(texto)) continue;
      items.push(sinVineta(texto));
    } else parrafos.push(texto.trim());
  }
  return { parrafos, filas, items };
}

/** The content of the source; throws DocumentoIlegible with a Spanish message when the Doc cannot be read. */
export function leerFuente(fuente: FuenteDeImportacion): FuenteLeida {
  if (fuente.tipo === "texto") return { leido: leerTextoDeInforme(fuente.texto, pareceFecha), nombre: null };
  const id = idDeDocumento(fuente.url);
  let documento: GoogleAppsScript.Document.Document;
  try {
    documento = DocumentApp.openById(id ?? "");
  } catch (error) {
    throw new DocumentoIlegible(
      `No se pudo abrir el documento (${mensajeDeError(error)}): revise el enlace y que usted pueda verlo.`,
    );
  }
  return { leido: leerDocumento(documento), nombre: documento.getName() };
}
