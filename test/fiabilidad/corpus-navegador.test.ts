// The hostile text corpus in the playground's pages, in headless Chromium: the grid and its formula bar, the sidebar, the Validar and Generar dialogs, the Doc. Shown as text, exactly; no element, no script, no alert.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Environment } from "../../emulator/index";
import { HOJA } from "../../src/core/registro/hojas";
import { nuevoId } from "../../src/ui/id";
import { conMuestra, generar, idDelDocumento, TAB } from "../addon/informe/apoyo";
import { launchBrowser, type TestBrowser } from "../e2e/browser";
import { abrirMenu, marcoCargado } from "../e2e/pagina";
import { iniciarPlayground, type PlaygroundDePrueba, rutaArtefacto } from "../e2e/playground-proceso";
import { CORPUS, formulariosDe, sembrarCorpus } from "./corpus";

// evaluate() callbacks run in the page; this declares what they read there.
declare const document: { getElementById(id: string): { textContent: string | null } | null };

/** What injected markup would add to a page: none of these is drawn by the pages themselves where text goes. */
const INYECTADO = "img, script, svg, iframe, object, embed, b, a[href^='javascript']";
/** Entries with markup: saved last, so the sidebar's list of recent entries shows them. */
const MARCADO = CORPUS.filter((t) => /[<>]/.test(t));

let dir: string;
let env: Environment;
let docId: string;
let servidor: PlaygroundDePrueba | undefined;
let navegador: TestBrowser | undefined;
let pagina: Page;
const dialogos: string[] = [];

beforeAll(async () => {
  const p = await conMuestra();
  env = p.env;
  sembrarCorpus(env, p.harness);
  for (const [i, texto] of MARCADO.entries()) {
    p.harness.run("registrarActividad", [formulariosDe(texto, i).admitido, { id: nuevoId() }], {
      authMode: "FULL",
    });
  }
  const r = generar(p.harness);
  if (!r.ok) throw new Error(JSON.stringify(r.errores));
  docId = idDelDocumento(r.url);
  dir = mkdtempSync(join(tmpdir(), "informe-corpus-"));
  writeFileSync(join(dir, "estado.json"), JSON.stringify(env.snapshot()));
  servidor = await iniciarPlayground({ sonda: false, directorio: dir });
  navegador = await launchBrowser();
  pagina = await navegador.context.newPage();
  pagina.setDefaultTimeout(20_000);
  pagina.on("dialog", (d) => {
    dialogos.push(d.message());
    void d.dismiss();
  });
  await pagina.goto(servidor.url);
}, 120_000);

afterAll(async () => {
  await navegador?.close();
  await servidor?.detener();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

/** Every drawn cell of the sheet on screen, by "row,column". */
async function rejilla(): Promise<Map<string, string>> {
  const celdas = await pagina.$$eval("#rejilla td[data-fila]", (tds) =>
    tds.map((td) => [
      `${td.getAttribute("data-fila")},${td.getAttribute("data-columna")}`,
      td.textContent ?? "",
    ]),
  );
  return new Map(celdas as Array<[string, string]>);
}

async function verHoja(nombre: string): Promise<void> {
  await pagina.getByRole("tab", { name: nombre }).click();
  await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe(nombre);
}

const normal = (s: string) => s.replace(/\s+/g, " ").trim();

describe(`hostile text corpus in the playground (${CORPUS.length} entries): the grid`, () => {
  it("the grid shows every cell of Actividades, Coordinaciones and the report tab exactly as Sheets would", async () => {
    for (const hoja of [HOJA.actividades, HOJA.coordinaciones, TAB]) {
      await verHoja(hoja);
      const vistas = await rejilla();
      const esperadas = env.workbook.displayValues(hoja);
      let comparadas = 0;
      for (const [r, fila] of esperadas.entries())
        for (const [c, texto] of fila.entries()) {
          const formula = env.workbook.formula(hoja, r + 1, c + 1);
          // Merged cells are drawn once, at their first cell.
          if (!vistas.has(`${r + 1},${c + 1}`)) continue;
          expect(vistas.get(`${r + 1},${c + 1}`), `${hoja} ${r + 1},${c + 1}`).toBe(formula || texto);
          comparadas++;
        }
      expect(comparadas, hoja).toBeGreaterThan(
        { [HOJA.actividades]: 1_500, [HOJA.coordinaciones]: 250, [TAB]: 200 }[hoja] ?? 0,
      );
      expect(await pagina.locator(`#rejilla :is(${INYECTADO})`).count(), hoja).toBe(0);
    }
    await verHoja(HOJA.actividades);
    for (const td of await pagina.locator("#rejilla td", { hasText: "onmouseover" }).all()) await td.hover();
    await pagina.screenshot({ path: rutaArtefacto("corpus-rejilla.png") });
    expect(dialogos).toEqual([]);
  });

  it("the formula bar and a note quote typed hostile text as text", async () => {
    await verHoja(HOJA.actividades);
    const fila =
      env.workbook.values(HOJA.actividades).findIndex((f) => f[3] === "<script>alert(1)</script>") + 1;
    expect(fila).toBeGreaterThan(1);
    await pagina.locator(`#rejilla td[data-fila="${fila}"][data-columna="4"]`).click();
    expect(await pagina.locator("#celda-contenido").textContent()).toBe("<script>alert(1)</script>");
    const nota = env.workbook.cell(HOJA.actividades, fila, 4)?.note ?? "";
    expect(await pagina.locator("#celda-nota").textContent()).toBe(`Nota: ${nota}`);
    expect(
      await pagina.locator(`#barra-formulas :is(${INYECTADO}), #celda-nota :is(${INYECTADO})`).count(),
    ).toBe(0);
  });
});

describe(`hostile text corpus in the playground (${CORPUS.length} entries): sidebar and dialogs`, () => {
  it("the sidebar lists the markup entries and offers every Entidad as text", async () => {
    await abrirMenu(pagina, "Registrar actividad");
    const marco = await marcoCargado(pagina, "#barra-marco", "#actividad");
    const datos = JSON.parse(
      (await marco.evaluate(() => document.getElementById("datos-iniciales")?.textContent)) ?? "{}",
    ) as { actividades: Array<{ titulo: string }>; entidades: string[] };
    const lista = (await marco.locator("#recientes-actividad li:not(.mes-reciente)").allTextContents()).join(
      "\n",
    );
    for (const a of datos.actividades) expect(lista).toContain(a.titulo);
    expect(datos.actividades.map((a) => a.titulo)).toEqual(
      expect.arrayContaining(MARCADO.slice(-5).map((t) => normal(t))),
    );
    const opciones = await marco
      .locator("#entidades option")
      .evaluateAll((os) => os.map((o) => o.getAttribute("value")));
    expect(opciones.sort()).toEqual([...datos.entidades].sort());
    await sinInyectar(marco, "#recientes-actividad, #recientes-coordinacion, #entidades");
    await pagina
      .locator("#barra-cerrar")
      .click()
      .catch(() => undefined);
  });

  it("the Validar registros dialog lists the problems of typed text as text", async () => {
    await abrirMenu(pagina, "Validar registros");
    const marco = await marcoCargado(pagina, "#dialogo-marco", "#revisar:not([disabled])");
    await expect.poll(() => marco.locator("#problemas li").count()).toBeGreaterThan(40);
    expect(await marco.locator("#problemas").textContent()).toContain(
      "No se reconoce el carácter «<» en una fecha",
    );
    await sinInyectar(marco, "#problemas");
    await marco.locator("#cerrar").click();
  });

  it("the Generar dialog lists the rows left out as text", async () => {
    await abrirMenu(pagina, "Generar informe mensual");
    const marco = await marcoCargado(pagina, "#dialogo-marco", "#mes");
    await marco.locator("#mes").fill("2019-05");
    await marco.locator("#mes").dispatchEvent("change");
    await expect.poll(() => marco.locator("#omitidas li").count()).toBeGreaterThan(40);
    await sinInyectar(marco, "#omitidas");
    await pagina.screenshot({ path: rutaArtefacto("corpus-generar.png") });
    await marco.locator("#mes").press("Escape");
  });
});

describe(`hostile text corpus in the playground (${CORPUS.length} entries): the Doc`, () => {
  it("the Doc shows the table's cells as the report holds them, as text", async () => {
    const doc = await navegador?.context.newPage();
    if (!doc || !servidor) throw new Error("no browser");
    doc.on("dialog", (d) => {
      dialogos.push(d.message());
      void d.dismiss();
    });
    await doc.goto(`${servidor.url}documentos/${docId}`);
    const filas = await doc.$$eval("table tr", (trs) =>
      trs.map((tr) =>
        // biome-ignore lint/performance/useDomNodeTextContent: a <br> or a paragraph must read as a line break, as a person sees it.
        [...tr.querySelectorAll("td")].map((td) => (td as { innerText: string }).innerText),
      ),
    );
    const vistas = new Set(filas.map((f) => JSON.stringify(f.map(normal))));
    const esperadas = leerTabla(env, docId);
    for (const f of esperadas) expect(vistas.has(JSON.stringify(f.map(normal))), f[0]).toBe(true);
    expect(esperadas.length).toBeGreaterThan(CORPUS.length);
    expect(await doc.locator(`body :is(${INYECTADO})`).count()).toBe(0);
    await doc.close();
    expect(dialogos).toEqual([]);
  });
});

async function sinInyectar(marco: Frame, donde: string): Promise<void> {
  const selector = donde
    .split(",")
    .map((d) => `${d.trim()} :is(${INYECTADO})`)
    .join(", ");
  expect(await marco.locator(selector).count(), donde).toBe(0);
  expect(dialogos).toEqual([]);
}

/** The report table's rows (header included), read through DocumentApp, uncounted. */
function leerTabla(e: Environment, id: string): string[][] {
  const app = e.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  return e.runtime.uncounted(() => {
    const tabla = app.openById(id).getBody().getTables()[0];
    return Array.from({ length: tabla?.getNumRows() ?? 0 }, (_, r) => {
      const fila = tabla?.getRow(r);
      return Array.from({ length: fila?.getNumCells() ?? 0 }, (_, c) => fila?.getCell(c).getText() ?? "");
    });
  });
}
