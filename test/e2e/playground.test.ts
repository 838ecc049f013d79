// End-to-end: the playground in real headless Chromium — sample data in the grid, the menu, the Ayuda dialog, typing into cells with onEdit, and google.script.run's rules inside the dialog's iframe.
import type { Frame, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { abrirMenu, abrirPlayground, celda, marcoCargado, type SesionDePrueba } from "./pagina";
import { type PlaygroundDePrueba, rutaArtefacto } from "./playground-proceso";

// The callbacks of evaluate() run in the page; these module-local declarations type what they use there.
declare const window: { google: { script: { run: unknown } } };
declare function getComputedStyle(el: unknown): {
  fontWeight: string;
  backgroundColor: string;
  position: string;
  textAlign: string;
};

let sesion: SesionDePrueba | undefined;
let servidor: PlaygroundDePrueba | undefined;
let pagina: Page;

beforeAll(async () => {
  sesion = await abrirPlayground();
  servidor = sesion.servidor;
  pagina = sesion.pagina;
}, 90_000);

afterAll(async () => {
  await sesion?.cerrar();
}, 30_000);

// Each test starts on a clear page even if the previous one failed half-way.
afterEach(async () => {
  if (await pagina.locator("#alerta-fondo").isVisible())
    await pagina.locator("#alerta-botones button").first().click();
  if (await pagina.locator("#dialogo-fondo").isVisible()) await pagina.locator("#dialogo-cerrar").click();
  await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
});

function marcoDe(selector: string): Promise<Frame> {
  return marcoCargado(pagina, selector);
}

function marcoDeAyuda(): Promise<Frame> {
  return marcoDe("#dialogo-marco");
}

async function estado(): Promise<{
  workbook: {
    sheets: Array<{
      name: string;
      rows: Record<string, Record<string, { note?: string; formula?: string }>>;
    }>;
  };
}> {
  const res = await fetch(new URL("/api/estado", servidor?.url));
  return (await res.json()) as Awaited<ReturnType<typeof estado>>;
}

describe("playground in headless Chromium", () => {
  it("shows the sample May 2019 activities in the Actividades grid", async () => {
    await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe("Actividades");
    await expect.poll(() => celda(pagina, 1, 1).textContent()).toBe("Actividad/Gestión");
    expect(await celda(pagina, 2, 1).textContent()).toBe("Recepción Día de Europa");
    // Fecha is a real date cell, displayed with the column's dd/mm/yyyy format.
    expect(await celda(pagina, 2, 4).textContent()).toBe("07/05/2019");
    expect(await celda(pagina, 2, 4).getAttribute("data-tipo")).toBe("numero");
    expect(await celda(pagina, 4, 5).textContent()).toBe("30/05/2019");
    // The header as configurarHoja formats it: bold on a dark background, frozen (sticky).
    const encabezado = await celda(pagina, 1, 1).evaluate((td) => {
      const s = getComputedStyle(td);
      return { peso: s.fontWeight, fondo: s.backgroundColor, posicion: s.position };
    });
    expect(encabezado).toEqual({ peso: "700", fondo: "rgb(31, 78, 121)", posicion: "sticky" });
    await expect.poll(() => pagina.getByRole("tab", { name: "Coordinaciones" }).isVisible()).toBe(true);
    await pagina.screenshot({ path: rutaArtefacto("playground-actividades.png") });
  });

  it("switches sheets with the tabs", async () => {
    await pagina.getByRole("tab", { name: "Coordinaciones" }).click();
    await expect
      .poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja"))
      .toBe("Coordinaciones");
    expect(await celda(pagina, 2, 1).textContent()).toMatch(/mayo.*2019/i);
    expect(await celda(pagina, 2, 2).textContent()).toBe("Pago anual de membresías a Redes.");
    await pagina.getByRole("tab", { name: "Actividades" }).click();
    await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe("Actividades");
  });

  it("runs Configurar hoja from the menu and shows its toast", async () => {
    await abrirMenu(pagina, "Configurar hoja");
    const aviso = pagina.locator(".aviso");
    await expect.poll(() => aviso.first().textContent()).toMatch(/configuradas/);
    await pagina.screenshot({ path: rutaArtefacto("playground-configurar-hoja.png") });
  });

  it("opens Ayuda in a dialog iframe whose close button closes it", async () => {
    await abrirMenu(pagina, "Ayuda");
    const marco = await marcoDeAyuda();
    expect(await pagina.locator("#dialogo-titulo").textContent()).toBe("Ayuda — Informe mensual");
    await expect.poll(() => marco.locator("body").textContent()).toMatch(/Registre las actividades del mes/);
    expect(await pagina.locator("#dialogo-marco").getAttribute("sandbox")).toBe(
      "allow-scripts allow-popups allow-forms allow-modals",
    );
    await pagina.screenshot({ path: rutaArtefacto("playground-ayuda.png") });
    await marco.locator("#cerrar").click();
    await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
  });

  it("applies google.script.run's rules inside the dialog: a Date fails as on Google", async () => {
    await abrirMenu(pagina, "Ayuda");
    const marco = await marcoDeAyuda();
    const resultado = await marco.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, CallableFunction> } } })
            .google.script.run;
          const conFallo = run.withFailureHandler as (f: (e: unknown, u: unknown) => void) => typeof run;
          const r = conFallo((e, u) =>
            resolve({ esError: e instanceof Error, mensaje: (e as Error).message, objeto: u }),
          );
          const conExito = r.withSuccessHandler as (f: (v: unknown) => void) => typeof run;
          const conObjeto = conExito(() => resolve({ exito: true })).withUserObject as (
            o: unknown,
          ) => typeof run;
          (conObjeto("mi objeto").mostrarAyuda as (d: Date) => void)(new Date());
        }),
    );
    expect(resultado).toEqual({
      esError: true,
      mensaje: expect.stringMatching(/illegal value/) as unknown,
      objeto: "mi objeto",
    });
  });

  it("returns values, reports server exceptions, hides private functions", async () => {
    await abrirMenu(pagina, "Ayuda");
    const marco = await marcoDeAyuda();
    const resultados = await marco.evaluate(async () => {
      type Runner = Record<string, (...a: unknown[]) => unknown> & {
        withSuccessHandler(f: (v: unknown) => void): Runner;
        withFailureHandler(f: (e: Error) => void): Runner;
      };
      const run = (window as unknown as { google: { script: { run: Runner } } }).google.script.run;
      const llamar = (nombre: string, ...args: unknown[]) =>
        new Promise<unknown>((resolve) => {
          const f = run
            .withSuccessHandler((v) => resolve({ valor: v }))
            .withFailureHandler((e) => resolve({ error: e.message, esError: e instanceof Error }))[nombre];
          if (typeof f !== "function") resolve({ noEsFuncion: typeof f });
          else f(...args);
        });
      return {
        eco: await llamar("eco", { a: [1, undefined], b: undefined, c: "x" }),
        excepcion: await llamar("fallarAdrede"),
        fechaDevuelta: await llamar("devolverFecha"),
        privada: await llamar("privada_"),
        circular: await llamar(
          "eco",
          (() => {
            const o: Record<string, unknown> = {};
            o.o = o;
            return o;
          })(),
        ),
      };
    });
    expect(resultados).toEqual({
      eco: { valor: { a: [1, null], c: "x" } },
      excepcion: { error: "Fallo adrede del servidor", esError: true },
      fechaDevuelta: { error: expect.stringMatching(/illegal value/) as unknown, esError: true },
      privada: { noEsFuncion: "undefined" },
      circular: { error: expect.stringMatching(/circular/) as unknown, esError: true },
    });

    // Without a failure handler, a failure surfaces as an uncaught error in the frame, as on Google.
    const errorNoCapturado = pagina.waitForEvent("pageerror", { timeout: 10_000 });
    await marco.evaluate(() => {
      (window.google.script.run as Record<string, () => void>).fallarAdrede?.();
    });
    expect((await errorNoCapturado).message).toBe("Fallo adrede del servidor");
  });

  it("shows a sidebar (300 px), an alert and a created Doc", async () => {
    await abrirMenu(pagina, "Ayuda");
    const marco = await marcoDeAyuda();
    const resultados = await marco.evaluate(async () => {
      type Runner = Record<string, (...a: unknown[]) => unknown> & {
        withSuccessHandler(f: (v: unknown) => void): Runner;
        withFailureHandler(f: (e: Error) => void): Runner;
      };
      const run = (window as { google: { script: { run: Runner } } }).google.script.run;
      const llamar = (nombre: string) =>
        new Promise<unknown>((resolve) => {
          run
            .withSuccessHandler((v) => resolve(v))
            .withFailureHandler((e) => resolve(`fallo: ${e.message}`))
            [nombre]?.();
        });
      return {
        barra: await llamar("abrirBarraDePrueba"),
        alerta: await llamar("alertarDePrueba"),
        documento: await llamar("crearDocumentoDePrueba"),
      };
    });
    expect(resultados).toMatchObject({
      barra: undefined,
      alerta: "OK",
      documento: expect.any(String) as unknown,
    });
    await expect.poll(() => pagina.locator("#alerta-fondo").isVisible()).toBe(true);
    expect(await pagina.locator("#alerta-mensaje").textContent()).toBe("Mensaje de prueba");
    await pagina.screenshot({ path: rutaArtefacto("playground-alerta.png") });
    await pagina.getByRole("button", { name: "Aceptar" }).click();
    await expect.poll(() => pagina.locator("#alerta-fondo").isVisible()).toBe(false);
    await pagina.locator("#dialogo-cerrar").click();

    await expect.poll(() => pagina.locator("#barra").isVisible()).toBe(true);
    expect(await pagina.locator("#barra-titulo").textContent()).toBe("Barra de prueba");
    expect(
      await pagina.locator("#barra-marco").evaluate((f) => (f as { offsetWidth: number }).offsetWidth),
    ).toBe(300);
    const barra = await marcoDe("#barra-marco");
    expect(await barra.locator("#hola").textContent()).toBe("Hola desde la barra");
    await pagina.screenshot({ path: rutaArtefacto("playground-barra.png") });
    await barra.locator("#cerrar").click();
    await expect.poll(() => pagina.locator("#barra").isVisible()).toBe(false);

    const enlace = pagina.getByRole("link", { name: "Documento de prueba" });
    await expect.poll(() => enlace.isVisible()).toBe(true);
    const href = await enlace.getAttribute("href");
    const doc = await fetch(new URL(href ?? "", servidor?.url));
    expect(await doc.text()).toContain("Hola documento");
  });

  it("typing into cells follows Sheets' parsing and fires onEdit (LIMITED) with a faithful event", async () => {
    // A plain-text column (Actividad/Gestión): "=1+1" stays text. Keyboard: select, Enter to edit, type, Enter.
    await celda(pagina, 2, 1).click();
    await pagina.keyboard.press("Enter");
    const editor = pagina.locator("textarea.editor");
    await editor.fill("=1+1");
    await editor.press("Enter");
    await expect.poll(() => celda(pagina, 2, 1).textContent()).toBe("=1+1");
    expect(await celda(pagina, 2, 1).getAttribute("data-tipo")).toBe("texto");
    const nota = JSON.parse((await celda(pagina, 2, 1).getAttribute("data-nota")) ?? "{}") as Record<
      string,
      unknown
    >;
    expect(nota).toEqual({
      a1: "A2",
      hoja: "Actividades",
      value: "=1+1",
      oldValue: "Recepción Día de Europa",
      authMode: "LIMITED",
      user: "",
      mismaHoja: true,
    });
    expect(await celda(pagina, 2, 1).getAttribute("title")).toBe(
      await celda(pagina, 2, 1).getAttribute("data-nota"),
    );

    // A column without the plain-text format (J): the same text becomes a formula; double-click to edit.
    await celda(pagina, 3, 10).dblclick();
    await pagina.locator("textarea.editor").fill("=1+1");
    await pagina.locator("textarea.editor").press("Enter");
    await expect.poll(() => celda(pagina, 3, 10).getAttribute("data-tipo")).toBe("formula");
    expect(await celda(pagina, 3, 10).textContent()).toBe("=1+1");
    const hoja = (await estado()).workbook.sheets.find((s) => s.name === "Actividades");
    expect(hoja?.rows["3"]?.["10"]?.formula).toBe("=1+1");

    // A number typed into a plain cell is a number (right-aligned); Escape cancels an edit.
    await celda(pagina, 4, 10).click();
    await pagina.keyboard.type("42");
    await pagina.keyboard.press("Enter");
    await expect.poll(() => celda(pagina, 4, 10).getAttribute("data-tipo")).toBe("numero");
    // Polled: the grid is redrawn whenever the view changes, which detaches the old cells.
    await expect
      .poll(() => celda(pagina, 4, 10).evaluate((td) => getComputedStyle(td).textAlign))
      .toBe("right");
    await celda(pagina, 5, 10).click();
    await pagina.keyboard.press("F2");
    await pagina.keyboard.type("no se guarda");
    await pagina.keyboard.press("Escape");
    expect(await pagina.locator("textarea.editor").count()).toBe(0);
    expect(await celda(pagina, 5, 10).textContent()).toBe("");
    await pagina.screenshot({ path: rutaArtefacto("playground-edicion.png") });
  });
});
