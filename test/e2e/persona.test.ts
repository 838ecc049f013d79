// End-to-end: the playground as a person sees it, in a 1024×768 window — a reload or a restart opens the spreadsheet afresh, the sheet tabs stay visible and clickable beside the sidebar, and Escape closes the menus.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, type TestBrowser } from "./browser";
import { abrirMenu, celda, marcoCargado } from "./pagina";
import { iniciarPlayground, type PlaygroundDePrueba, rutaArtefacto } from "./playground-proceso";

// The callbacks of evaluate() run in the page or in a frame; these module-local declarations type what they use there.
interface Caja {
  left: number;
  right: number;
  top: number;
  bottom: number;
  width: number;
  height: number;
}
interface Elemento {
  id: string;
  tagName: string;
  className: string;
  textContent: string | null;
  getBoundingClientRect(): Caja;
}
type Runner = Record<string, (...a: unknown[]) => void> & {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
};
declare const window: {
  innerWidth: number;
  innerHeight: number;
  scrollX: number;
  google: { script: { run: Runner } };
};
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  querySelector(selector: string): Elemento | null;
  querySelectorAll(selector: string): ArrayLike<Elemento>;
  elementFromPoint(x: number, y: number): Elemento | null;
};

const VENTANA = { width: 1024, height: 768 };
/** Ten report tabs, as ten months of generated reports leave them. */
const INFORMES = Array.from({ length: 10 }, (_, i) => `Informe 2019-${String(i + 1).padStart(2, "0")}`);

/** The state lives here for the whole file, so a restart resumes it. */
const directorio = mkdtempSync(join(tmpdir(), "informe-persona-"));
let servidor: PlaygroundDePrueba | undefined;
let navegador: TestBrowser | undefined;
let pagina: Page;

beforeAll(async () => {
  servidor = await iniciarPlayground({ directorio });
  navegador = await launchBrowser();
  pagina = await navegador.context.newPage();
  pagina.setDefaultTimeout(15_000);
  await pagina.setViewportSize(VENTANA);
  await pagina.goto(servidor.url);
}, 90_000);

afterAll(async () => {
  await navegador?.close();
  await servidor?.detener();
  rmSync(directorio, { recursive: true, force: true });
}, 30_000);

// Each test starts with no alert, dialog or menu over the page, even if the previous one failed half-way.
afterEach(async () => {
  const alerta = pagina.locator("#alerta-fondo");
  for (let i = 0; i < 5 && (await alerta.isVisible()); i++) {
    const id = await alerta.getAttribute("data-alerta");
    await pagina.locator("#alerta-botones button").first().click();
    // Until this alert is gone (the next one, if any, has another id).
    await expect
      .poll(async () => (await alerta.isVisible()) && (await alerta.getAttribute("data-alerta")) === id)
      .toBe(false);
  }
  if (await pagina.locator("#dialogo-fondo").isVisible()) await pagina.locator("#dialogo-cerrar").click();
  await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
  await pagina.locator("#rejilla").click({ position: { x: 5, y: 5 } });
});

function url(ruta: string): URL {
  if (!servidor) throw new Error("El playground no está en marcha");
  return new URL(ruta, servidor.url);
}

/** A server function of the probe, called through google.script.run from the frame `marco`. */
function llamar(marco: Frame, funcion: string, ...args: unknown[]): Promise<unknown> {
  return marco.evaluate(
    ([f, a]) =>
      new Promise<unknown>((resolve) => {
        const run = window.google.script.run
          .withSuccessHandler((v) => resolve(v))
          .withFailureHandler((e) => resolve(`fallo: ${e.message}`));
        run[f as string]?.(...(a as unknown[]));
      }),
    [funcion, args] as const,
  );
}

/**
 * The page shows the spreadsheet and nothing over it — no sidebar, dialog, alert, toast or error,
 * no frame loaded — and still so after two of the page's polls; the server's view agrees.
 */
async function seVeSoloLaHoja(): Promise<void> {
  await expect.poll(() => pagina.locator("table[data-hoja]").count()).toBe(1);
  await expect.poll(() => pagina.getByRole("button", { name: "Informe mensual" }).isVisible()).toBe(true);
  await pagina.waitForTimeout(2_500);
  expect({
    barra: await pagina.locator("#barra").isVisible(),
    dialogo: await pagina.locator("#dialogo-fondo").isVisible(),
    alerta: await pagina.locator("#alerta-fondo").isVisible(),
    avisos: await pagina.locator(".aviso").count(),
    error: await pagina.locator("#error").isVisible(),
    marcos: pagina
      .frames()
      .map((f) => f.url())
      .filter((u) => u.includes("/ui/")),
  }).toEqual({ barra: false, dialogo: false, alerta: false, avisos: 0, error: false, marcos: [] });
  const vista = (await (await fetch(url("/api/vista"))).json()) as Record<string, unknown>;
  expect(vista).toMatchObject({ barraLateral: null, dialogo: null, alertas: [], avisos: [] });
}

/** The Registrar actividad sidebar, opened from the menu unless it is already showing. */
async function barraDeRegistro(): Promise<Frame> {
  if (!(await pagina.locator("#barra").isVisible())) await abrirMenu(pagina, "Registrar actividad");
  return marcoCargado(pagina, "#barra-marco", "#actividad");
}

/** The name of the menu that is open, or null. */
function menuAbierto(): Promise<string | null> {
  return pagina.evaluate(
    () => document.querySelector('#menus button[aria-expanded="true"]')?.textContent ?? null,
  );
}

/** What has the focus on the page: a menu's button or item by its text, or the element's tag. */
function foco(): Promise<string> {
  return pagina.evaluate(() => {
    const el = document.querySelector(":focus");
    return el ? `${el.tagName.toLowerCase()} ${el.textContent ?? ""}`.trim() : "nada";
  });
}

describe("the playground as a person sees it (1024×768)", () => {
  it("a reload shows the sheet: the last page's sidebar, dialog, alert and toast are gone; onOpen's menu works", async () => {
    await abrirMenu(pagina, "Registrar actividad");
    await marcoCargado(pagina, "#barra-marco", "#actividad");
    await abrirMenu(pagina, "Ayuda");
    const ayuda = await marcoCargado(pagina, "#dialogo-marco");
    await llamar(ayuda, "avisarDePrueba");
    expect(await llamar(ayuda, "alertarDePrueba")).toBe("OK");
    await expect.poll(() => pagina.locator("#alerta-fondo").isVisible()).toBe(true);
    await expect.poll(() => pagina.locator(".aviso").count()).toBe(1);
    expect(await pagina.locator("#barra").isVisible()).toBe(true);
    expect(await pagina.locator("#dialogo-fondo").isVisible()).toBe(true);

    await pagina.reload();
    await seVeSoloLaHoja();
    await pagina.screenshot({ path: rutaArtefacto("persona-recarga.png") });

    // The menu onOpen built for this page opens the sidebar again, with a frame of its own.
    await abrirMenu(pagina, "Registrar actividad");
    const barra = await marcoCargado(pagina, "#barra-marco", "#actividad");
    expect(await barra.locator("#actividad").isVisible()).toBe(true);
  });

  it("a restart on the saved state shows the sheet too, with the workbook as it was left", async () => {
    if (!servidor) throw new Error("El playground no está en marcha");
    await pagina.getByRole("tab", { name: "Actividades" }).click();
    await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe("Actividades");
    await barraDeRegistro();
    await celda(pagina, 2, 10).click();
    await pagina.keyboard.type("antes de reiniciar");
    await pagina.keyboard.press("Enter");
    await expect.poll(() => celda(pagina, 2, 10).textContent()).toBe("antes de reiniciar");
    await abrirMenu(pagina, "Ayuda");
    await marcoCargado(pagina, "#dialogo-marco");

    await servidor.detener();
    // The saved state holds the open sidebar and dialog: the restart is what must not show them.
    const guardado = JSON.parse(readFileSync(servidor.estado, "utf8")) as {
      ui: { sidebar: unknown; dialog: unknown };
    };
    expect(guardado.ui.sidebar).not.toBeNull();
    expect(guardado.ui.dialog).not.toBeNull();
    servidor = await iniciarPlayground({ directorio });
    await pagina.goto(servidor.url);
    await seVeSoloLaHoja();
    expect(await pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe("Actividades");
    expect(await celda(pagina, 2, 10).textContent()).toBe("antes de reiniciar");
  }, 60_000);

  it("with the sidebar open and a toast showing, every one of many tabs is in view, uncovered and clickable", async () => {
    await abrirMenu(pagina, "Ayuda");
    const ayuda = await marcoCargado(pagina, "#dialogo-marco");
    expect(await llamar(ayuda, "agregarHojasDePrueba", INFORMES)).toBe(5 + INFORMES.length);
    await llamar(ayuda, "avisarDePrueba");
    await pagina.locator("#dialogo-cerrar").click();
    await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
    await barraDeRegistro();
    await expect.poll(() => pagina.locator(".aviso").isVisible()).toBe(true);

    const nombres = await pagina.getByRole("tab").allTextContents();
    expect(nombres).toEqual(expect.arrayContaining(["Actividades", ...INFORMES]));
    expect(nombres).toHaveLength(5 + INFORMES.length);
    // The last tabs first: from the active one at the left, the bar must scroll to reach them.
    for (const nombre of [...nombres.slice(5), ...nombres.slice(0, 5).reverse()]) {
      const pestana = pagina.getByRole("tab", { name: nombre, exact: true });
      await pestana.scrollIntoViewIfNeeded();
      const donde = await pagina.evaluate((buscada) => {
        const pestanas = Array.from(document.querySelectorAll('#pestanas [role="tab"]'));
        const tab = pestanas.find((t) => t.textContent === buscada);
        const barra = document.querySelector("#pestanas")?.getBoundingClientRect();
        if (!tab || !barra) return null;
        const c = tab.getBoundingClientRect();
        const x = c.left + c.width / 2;
        const y = c.top + c.height / 2;
        const encima = document.elementFromPoint(x, y);
        return {
          x,
          y,
          enLaVentana:
            c.left >= 0 && c.top >= 0 && c.right <= window.innerWidth && c.bottom <= window.innerHeight,
          enLaBarra: c.left >= barra.left - 0.5 && c.right <= barra.right + 0.5,
          encima:
            encima === tab
              ? "la pestaña"
              : `${encima?.tagName ?? "nada"}#${encima?.id ?? ""}.${encima?.className ?? ""}`,
          // The page itself never scrolls sideways: the tab bar does.
          paginaDesplazada: window.scrollX,
          paginaMasAncha: document.documentElement.scrollWidth > document.documentElement.clientWidth,
        };
      }, nombre);
      expect(donde, nombre).toMatchObject({
        enLaVentana: true,
        enLaBarra: true,
        encima: "la pestaña",
        paginaDesplazada: 0,
        paginaMasAncha: false,
      });
      if (nombre === "Informe 2019-10")
        await pagina.screenshot({ path: rutaArtefacto("persona-pestanas-1024.png") });
      await pagina.mouse.click(donde?.x ?? 0, donde?.y ?? 0);
      await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe(nombre);
      expect(await pestana.getAttribute("aria-selected")).toBe("true");
    }
    expect(await pagina.locator("#barra").isVisible()).toBe(true);
  }, 60_000);

  it("Escape closes an open menu and gives the focus back to its button; without a menu it changes nothing", async () => {
    const boton = pagina.getByRole("button", { name: "Informe mensual" });
    const lista = pagina.getByRole("menu");

    // Opened with the mouse: the focus is on the button.
    await boton.click();
    expect(await menuAbierto()).toBe("Informe mensual");
    await pagina.screenshot({ path: rutaArtefacto("persona-menu-abierto.png") });
    await pagina.keyboard.press("Escape");
    expect(await menuAbierto()).toBeNull();
    expect(await lista.isVisible()).toBe(false);
    expect(await foco()).toBe("button Informe mensual");

    // Opened with the keyboard: Enter focuses the first item, the arrows move, Escape closes.
    await pagina.keyboard.press("Enter");
    expect(await foco()).toBe("button Registrar actividad");
    await pagina.keyboard.press("ArrowDown");
    expect(await foco()).toBe("button Generar informe mensual");
    await pagina.keyboard.press("Escape");
    expect(await menuAbierto()).toBeNull();
    expect(await foco()).toBe("button Informe mensual");

    // A click into the sidebar (an iframe) closes the menu like any click outside it.
    const barra = await barraDeRegistro();
    await boton.click();
    expect(await menuAbierto()).toBe("Informe mensual");
    await barra.locator("#actividad").click();
    await expect.poll(menuAbierto).toBeNull();

    // No menu open: Escape on a cell leaves the cell selected and focused, the sidebar open, no error.
    await celda(pagina, 3, 2).click();
    await pagina.keyboard.press("Escape");
    await pagina.waitForTimeout(300);
    expect(await celda(pagina, 3, 2).getAttribute("aria-selected")).toBe("true");
    expect(await foco()).toBe(`td ${(await celda(pagina, 3, 2).textContent()) ?? ""}`.trim());
    expect(await pagina.locator("#barra").isVisible()).toBe(true);
    expect(await pagina.locator("#error").isVisible()).toBe(false);
    expect(await menuAbierto()).toBeNull();
  });

  it("a keyboard user reaches the menu from the top of the page and runs an item", async () => {
    await pagina.reload();
    await expect.poll(() => pagina.getByRole("button", { name: "Informe mensual" }).isVisible()).toBe(true);
    // Tab: the skip link, then the menu's button.
    await pagina.keyboard.press("Tab");
    expect(await foco()).toBe("a Ir a la hoja");
    await pagina.keyboard.press("Tab");
    expect(await foco()).toBe("button Informe mensual");
    // ArrowUp opens on the last item; ArrowDown wraps round to the first.
    await pagina.keyboard.press("ArrowUp");
    expect(await foco()).toBe("button Ayuda");
    await pagina.keyboard.press("ArrowDown");
    expect(await foco()).toBe("button Registrar actividad");
    await pagina.keyboard.press("Enter");
    expect(await menuAbierto()).toBeNull();
    const barra = await marcoCargado(pagina, "#barra-marco", "#actividad");
    expect(await pagina.locator("#barra-titulo").textContent()).toBe("Registrar actividad");
    expect(await barra.locator("#actividad").isVisible()).toBe(true);
    await pagina.screenshot({ path: rutaArtefacto("persona-teclado.png") });
  });
});
