// Starts the playground server as `npm start` would (its own Node process), on a free port with a temporary state file, for the browser tests.
import { type ChildProcess, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { distDir, ensureBuilt, rootDir } from "../support/dist";

/** A running playground process. `detener()` stops it and removes its temporary files. */
export interface PlaygroundDePrueba {
  url: string;
  estado: string;
  salida(): string;
  detener(): Promise<void>;
}

/** Where screenshots of the browser tests are kept (gitignored). */
export const ARTEFACTOS = join(rootDir, "test-artifacts");

export function rutaArtefacto(nombre: string): string {
  mkdirSync(ARTEFACTOS, { recursive: true });
  return join(ARTEFACTOS, nombre);
}

/** The screenshots the README shows, kept in the repository. */
export const CAPTURAS_DEL_README = join(rootDir, "docs", "capturas");

/**
 * Marks a screenshot already taken into test-artifacts/ as one the README shows: with
 * INFORME_CAPTURAS=1 (`npm run capturas`) it is copied to docs/capturas/, so a plain `npm test`
 * never rewrites files of the repository.
 */
export function publicarCaptura(nombre: string): void {
  if (process.env.INFORME_CAPTURAS !== "1") return;
  mkdirSync(CAPTURAS_DEL_README, { recursive: true });
  copyFileSync(join(ARTEFACTOS, nombre), join(CAPTURAS_DEL_README, nombre));
}

/**
 * Test-only additions to the built script, appended as top-level functions (what Apps Script would
 * see): an onEdit that records its event in the edited cell's note (it replaces the add-on's own),
 * and server functions to exercise google.script.run's return and failure paths, sidebars, alerts,
 * toasts, extra sheets, Docs, notes, backgrounds and validation rules.
 */
export const SONDA = `
function onEdit(e) {
  var r = e.range;
  r.setNote(JSON.stringify({
    a1: r.getA1Notation(),
    hoja: r.getSheet().getName(),
    value: e.value,
    oldValue: e.oldValue === undefined ? "(sin oldValue)" : e.oldValue,
    authMode: String(e.authMode),
    user: e.user.getEmail(),
    mismaHoja: e.source.getId() === SpreadsheetApp.getActiveSpreadsheet().getId()
  }));
}
function eco(x) { return x; }
function fallarAdrede() { throw new Error("Fallo adrede del servidor"); }
function devolverFecha() { return new Date(); }
function privada_() { return "no debería llegar"; }
function abrirBarraDePrueba() {
  var html = HtmlService.createHtmlOutput(
    '<p id="hola">Hola desde la barra</p><button id="cerrar" onclick="google.script.host.close()">Cerrar</button>'
  ).setTitle("Barra de prueba");
  SpreadsheetApp.getUi().showSidebar(html);
}
function alertarDePrueba() {
  var ui = SpreadsheetApp.getUi();
  return String(ui.alert("Atención", "Mensaje de prueba", ui.ButtonSet.OK));
}
function agregarHojasDePrueba(nombres) {
  var libro = SpreadsheetApp.getActiveSpreadsheet();
  var activa = libro.getActiveSheet();
  nombres.forEach(function (nombre) { libro.insertSheet(nombre, libro.getNumSheets()); });
  libro.setActiveSheet(activa);
  return libro.getNumSheets();
}
function avisarDePrueba() {
  SpreadsheetApp.getActiveSpreadsheet().toast("Aviso de prueba", "Prueba", -1);
}
function marcarCeldaDePrueba(a1, nota, fondo) {
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actividades").getRange(a1).setNote(nota).setBackground(fondo);
}
function validarCeldaDePrueba(a1, texto, rechazar) {
  var regla = SpreadsheetApp.newDataValidation().requireDate().setAllowInvalid(!rechazar)
    .setHelpText("Escriba una fecha, por ejemplo 28/05/2019").build();
  SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Actividades").getRange(a1)
    .setNumberFormat("dd/MM/yyyy").setDataValidation(regla).setValue(texto);
}
function crearDocumentoDePrueba() {
  var doc = DocumentApp.create("Documento de prueba");
  doc.getBody().appendParagraph("Hola documento");
  doc.saveAndClose();
  return doc.getId();
}
`;

/**
 * Starts `playground/server.ts` with `--reset`, a temp `--estado` and (by default) the probe bundle.
 * With `directorio` (the caller's), the state is `directorio/estado.json`: a restart resumes it (no
 * `--reset`), and `detener()` leaves the directory in place.
 */
export async function iniciarPlayground(
  opciones: { sonda?: boolean; directorio?: string } = {},
): Promise<PlaygroundDePrueba> {
  await ensureBuilt();
  const dir = opciones.directorio ?? mkdtempSync(join(tmpdir(), "informe-playground-"));
  const estado = join(dir, "estado.json");
  const args = ["--import", "tsx", join(rootDir, "playground", "server.ts"), "--estado", estado];
  if (opciones.directorio === undefined) args.push("--reset");
  if (opciones.sonda !== false) {
    const codigo = join(dir, "Code.js");
    writeFileSync(codigo, readFileSync(join(distDir, "Code.js"), "utf8") + SONDA);
    args.push("--codigo", codigo);
  }
  const hijo: ChildProcess = spawn(process.execPath, args, {
    cwd: rootDir,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let salida = "";
  hijo.stdout?.on("data", (d: Buffer) => {
    salida += d.toString();
  });
  hijo.stderr?.on("data", (d: Buffer) => {
    salida += d.toString();
  });
  const detener = async () => {
    if (hijo.exitCode === null && hijo.signalCode === null) {
      const fin = new Promise<void>((ok) => hijo.once("exit", () => ok()));
      hijo.kill("SIGTERM");
      await Promise.race([fin, new Promise((ok) => setTimeout(ok, 5000))]);
      if (hijo.exitCode === null && hijo.signalCode === null) hijo.kill("SIGKILL");
    }
    if (opciones.directorio === undefined) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const url = await new Promise<string>((ok, mal) => {
      const limite = setTimeout(() => mal(new Error(`El playground no arrancó en 30 s:\n${salida}`)), 30_000);
      const mirar = () => {
        const m = /entorno local: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(salida);
        if (m?.[1]) {
          clearTimeout(limite);
          ok(m[1]);
        }
      };
      hijo.stdout?.on("data", mirar);
      hijo.once("exit", (code) => {
        clearTimeout(limite);
        mal(new Error(`El playground terminó (código ${code}):\n${salida}`));
      });
    });
    return { url, estado, salida: () => salida, detener };
  } catch (error) {
    await detener();
    throw error;
  }
}
