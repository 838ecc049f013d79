// `npm run informe -- --mes AAAA-MM [--estado archivo]`: Generar informe mensual without a browser, on the playground's state; writes the tab and the Doc as HTML under out/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { renderDocumentHtml } from "../emulator/document/index";
import { escapeHtml } from "../emulator/document/render";
import { Playground } from "../playground/playground";
import { leerMuestra, rutaMuestra } from "../playground/semilla";
import { RAIZ } from "./proyecto-clasp";

function opcion(nombre: string): string | undefined {
  const i = process.argv.indexOf(nombre);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const mes = opcion("--mes");
if (!mes || !/^\d{4}-\d{2}$/.test(mes)) {
  console.error("Uso: npm run informe -- --mes AAAA-MM [--estado .playground/estado.json]");
  process.exit(2);
}
const estado = opcion("--estado") ?? join(RAIZ, ".playground", "estado.json");
const playground = new Playground({
  dist: join(RAIZ, "dist"),
  estado,
  muestra: () => leerMuestra(rutaMuestra(RAIZ)),
});

// As the dialog's Generar button does: google.script.run → generarInforme, in FULL auth mode.
const r = playground.harness.run("generarInforme", [mes], { authMode: "FULL" }) as
  | { ok: true; url: string; pestana: string; actividades: number; coordinaciones: number; avisos: string[] }
  | { ok: false; errores: { mensaje: string }[] };
if (!r.ok) {
  console.error(r.errores.map((e) => e.mensaje).join("\n"));
  process.exit(1);
}
playground.guardar();

const salida = join(RAIZ, "out");
mkdirSync(salida, { recursive: true });
const docId = /\/document\/d\/([^/]+)/.exec(r.url)?.[1] ?? "";
const rutaDoc = join(salida, `informe-${mes}-documento.html`);
writeFileSync(rutaDoc, renderDocumentHtml(playground.env.state.docs, docId, playground.env.state.drive));

// The tab as a plain table of what Sheets displays (merged header rows span the four columns).
const filas = playground.env.workbook.displayValues(r.pestana);
const cuerpo = filas
  .map((fila) => {
    const celdas = fila.slice(0, 4);
    const soloPrimera = celdas.slice(1).every((c) => c === "");
    return soloPrimera
      ? `<tr><td colspan="4">${escapeHtml(celdas[0] ?? "").replace(/\n/g, "<br>")}</td></tr>`
      : `<tr>${celdas.map((c) => `<td>${escapeHtml(c).replace(/\n/g, "<br>")}</td>`).join("")}</tr>`;
  })
  .join("\n");
const rutaPestana = join(salida, `informe-${mes}-pestana.html`);
writeFileSync(
  rutaPestana,
  `<!DOCTYPE html><html lang="es"><meta charset="utf-8"><title>${escapeHtml(r.pestana)}</title>` +
    `<style>body{font-family:Arial,sans-serif;font-size:13px}table{border-collapse:collapse;max-width:960px}td{border:1px solid #ccc;padding:4px;vertical-align:top}</style>` +
    `<table>${cuerpo}</table></html>\n`,
);

console.log(`${r.pestana}: ${r.actividades} actividades, ${r.coordinaciones} coordinaciones`);
for (const aviso of r.avisos) console.log(`aviso: ${aviso}`);
console.log(`Documento: ${rutaDoc}`);
console.log(`Pestaña:   ${rutaPestana}`);
