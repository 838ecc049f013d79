// Helpers the browser tests share to drive the playground page: its menu, grid cells and HtmlService iframes.
import type { Frame, Locator, Page } from "playwright-core";
import { expect } from "vitest";
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
