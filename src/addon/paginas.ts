// Builds a sidebar or dialog from its dist/*.html file with its first-paint data embedded as escaped JSON.
import type { Pagina } from "./tipos";

/** The marker each page.html holds inside `<script type="application/json" id="datos-iniciales">`. */
const MARCADOR_DE_DATOS = "/* DATOS */";

/**
 * JSON that is safe inside a <script> element: "<", ">" and "&" are escaped so no user text can close
 * the element or open another; U+2028/2029 are escaped for old parsers.
 */
function jsonParaHtml(datos: unknown): string {
  return JSON.stringify(datos)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * The page `nombre` with `datos` embedded, so its first paint needs no server round trip. No template
 * evaluation: the bundled script could contain "<?" by chance, and data never goes through scriptlets.
 */
export function paginaConDatos(nombre: string, datos: unknown): Pagina {
  const html = HtmlService.createHtmlOutputFromFile(nombre).getContent();
  return HtmlService.createHtmlOutput(html.replace(MARCADOR_DE_DATOS, () => jsonParaHtml(datos)));
}
