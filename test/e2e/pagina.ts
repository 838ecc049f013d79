// Helpers the browser tests share to drive the playground page: its menu, grid cells and HtmlService iframes.
import type { Frame, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser";
import { iniciarPlayground, type PlaygroundDePrueba } from "./playground-proceso";

// evaluate() callbacks run in the iframe; this declares what they read there.
declare const window: { google?: unknown };

/** A cell of the grid (1-based, as in the sheet). */
export function celda(pagina: Page, fila: number, columna: number): Locator {
  return pagina.locator(`#rejilla td[data-fila="${fila}"][data-columna="${columna}"]`);
}

/** Clicks an item of the "Informe mensual" menu. */
export async function abrirMenu(pagina: Page, item: string): Promise<void> {
  await pagina.getByRole("button", { name: "Informe mensual" }).click();
  await pagina.getByRole("menuitem", { name: item }).click();
}

/**
 * The frame loaded in an iframe of the page (#dialogo-marco, #barra-marco), once its page and the
 * google.script bridge have loaded — and, when given, once `listo` is visible inside it.
 */
export async function marcoCargado(pagina: Page, selector: string, listo?: string): Promise<Frame> {
  await expect.poll(() => pagina.locator(selector).isVisible()).toBe(true);
  let marco: Frame | undefined;
  await expect
    .poll(async () => {
      const id = await pagina.locator(selector).getAttribute("data-marco");
      marco = pagina.frames().find((f) => id !== null && f.url().endsWith(`/ui/${id}`));
      return (
        marco !== undefined &&
        (await marco.evaluate(() => typeof window.google === "object")) &&
        (listo === undefined || (await marco.locator(listo).isVisible()))
      );
    })
    .toBe(true);
  if (!marco) throw new Error(`No se encontró el iframe ${selector}`);
  return marco;
}

/**
 * Focuses an iframe of the page from the host, as Google may do after the page inside has loaded
 * (focusing an iframe puts its document's focus on the body).
 */
export async function enfocarMarcoDesdeElAnfitrion(pagina: Page, selector: string): Promise<void> {
  const marco = pagina.locator(selector);
  await marco.evaluate((e) => e.blur());
  await marco.evaluate((e) => e.focus());
}

/** The playground server, a browser and one page on it, for a test file's lifetime. */
export interface SesionDePrueba {
  servidor: PlaygroundDePrueba;
  pagina: Page;
  cerrar(): Promise<void>;
}

/**
 * Starts the playground (see iniciarPlayground), launches Chromium and opens the page. `espera` is
 * the page's default timeout for locators and polls.
 */
export async function abrirPlayground(
  opciones: { sonda?: boolean; espera?: number } = {},
): Promise<SesionDePrueba> {
  const servidor = await iniciarPlayground({ sonda: opciones.sonda ?? true });
  let navegador: TestBrowser | undefined;
  const cerrar = async () => {
    await navegador?.close();
    await servidor.detener();
  };
  try {
    navegador = await launchBrowser();
    const pagina = await navegador.context.newPage();
    pagina.setDefaultTimeout(opciones.espera ?? 15_000);
    await pagina.goto(servidor.url);
    return { servidor, pagina, cerrar };
  } catch (error) {
    await cerrar();
    throw error;
  }
}

/**
 * One playground session for the test file that calls this at its top: started before its tests,
 * closed after them. Returns the page (read it inside the tests, once the session is up).
 */
export function sesionDelArchivo(opciones: { sonda?: boolean; espera?: number } = {}): () => Page {
  let sesion: SesionDePrueba | undefined;
  beforeAll(async () => {
    sesion = await abrirPlayground(opciones);
  }, 90_000);
  // A test that failed with a dialog open must not fail the next ones through it: each starts without.
  afterEach(async () => {
    const pagina = sesion?.pagina;
    if (!pagina || !(await pagina.locator("#dialogo-fondo").isVisible())) return;
    await pagina.locator("#dialogo-cerrar").click();
    await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
  }, 30_000);
  afterAll(async () => {
    await sesion?.cerrar();
  }, 30_000);
  return () => {
    if (!sesion) throw new Error("La sesión del playground no llegó a abrirse.");
    return sesion.pagina;
  };
}

/**
 * Types into a cell as a person does: select it, Enter, type, Enter — then waits until the page moved
 * the selection down, which it does once the edit (and the add-on's onEdit) came back.
 */
export async function escribirEnCelda(
  pagina: Page,
  fila: number,
  columna: number,
  texto: string,
): Promise<void> {
  const letra = String.fromCharCode(64 + columna);
  await celda(pagina, fila, columna).click();
  await expect.poll(() => pagina.locator("#celda-ref").textContent()).toBe(`${letra}${fila}`);
  await pagina.keyboard.press("Enter");
  const editor = pagina.locator("textarea.editor");
  await editor.fill(texto);
  await editor.press("Enter");
  await expect.poll(() => pagina.locator("#celda-ref").textContent()).toBe(`${letra}${fila + 1}`);
}
