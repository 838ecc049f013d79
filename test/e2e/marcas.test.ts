// End-to-end: what a script marks on cells shows on the playground page as in Sheets — a background, a note's corner and its text on hover and in the formula bar, a broken validation rule's red corner — and the Delete key and a rejecting rule behave as a person meets them.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { abrirMenu, abrirPlayground, celda, marcoCargado, type SesionDePrueba } from "./pagina";
import { rutaArtefacto } from "./playground-proceso";

// The callbacks of evaluate() run in the page or in a frame; these module-local declarations type what they use there.
type Runner = Record<string, (...a: unknown[]) => void> & {
  withSuccessHandler(f: (v: unknown) => void): Runner;
  withFailureHandler(f: (e: Error) => void): Runner;
};
declare const window: { google: { script: { run: Runner } } };
declare function getComputedStyle(
  el: unknown,
  pseudo?: string,
): { backgroundColor: string; borderRightColor: string; content: string };

let sesion: SesionDePrueba | undefined;
let pagina: Page;

beforeAll(async () => {
  sesion = await abrirPlayground();
  pagina = sesion.pagina;
}, 90_000);

afterAll(async () => {
  await sesion?.cerrar();
}, 30_000);

/** Runs a probe function of the script through google.script.run from the Ayuda dialog, then closes it. */
async function llamarDesdeAyuda(funcion: string, ...args: unknown[]): Promise<unknown> {
  await abrirMenu(pagina, "Ayuda");
  const marco = await marcoCargado(pagina, "#dialogo-marco");
  const resultado = await marco.evaluate(
    ([nombre, argumentos]) =>
      new Promise<unknown>((resolve) => {
        const run = window.google.script.run
          .withSuccessHandler(() => resolve("ok"))
          .withFailureHandler((e) => resolve(`fallo: ${e.message}`));
        run[nombre as string]?.(...(argumentos as unknown[]));
      }),
    [funcion, args] as const,
  );
  await pagina.locator("#dialogo-cerrar").click();
  await expect.poll(() => pagina.locator("#dialogo-fondo").isVisible()).toBe(false);
  return resultado;
}

/** The colour of a cell's corner mark (the ::after of a note, the ::before of a broken rule). */
function esquina(fila: number, columna: number, pseudo: "::after" | "::before"): Promise<string> {
  return celda(pagina, fila, columna).evaluate((td, p) => {
    const s = getComputedStyle(td, p);
    return s.content === "none" ? "none" : s.borderRightColor;
  }, pseudo);
}

describe("marks on cells in headless Chromium", () => {
  it("a note and a background set through the emulator show: colour, black corner, hover text and the formula bar", async () => {
    await expect.poll(() => celda(pagina, 1, 1).textContent()).toBe("Actividad/Gestión");
    expect(await llamarDesdeAyuda("marcarCeldaDePrueba", "L20", "Falta la fecha", "#fce8e6")).toBe("ok");
    const td = celda(pagina, 20, 12);
    await expect.poll(() => td.getAttribute("data-nota")).toBe("Falta la fecha");
    expect(await td.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(252, 232, 230)");
    expect(await td.getAttribute("title")).toBe("Falta la fecha");
    expect(await esquina(20, 12, "::after")).toBe("rgb(32, 33, 36)");
    expect(await esquina(20, 12, "::before")).toBe("none");
    // A cell without a note has no corner.
    expect(await esquina(20, 11, "::after")).toBe("none");
    await td.click();
    expect(await pagina.locator("#celda-ref").textContent()).toBe("L20");
    await expect.poll(() => pagina.locator("#celda-nota").isVisible()).toBe(true);
    expect(await pagina.locator("#celda-nota").textContent()).toBe("Nota: Falta la fecha");
    await pagina.screenshot({ path: rutaArtefacto("playground-nota-y-fondo.png") });
    // Another cell: the bar follows the selection.
    await celda(pagina, 21, 12).click();
    expect(await pagina.locator("#celda-nota").isVisible()).toBe(false);
  });

  it("content that breaks a warning-only rule gets Sheets' red corner and the help text; a valid date clears it", async () => {
    expect(await llamarDesdeAyuda("validarCeldaDePrueba", "L22", "27 al 30 de mayo", false)).toBe("ok");
    const td = celda(pagina, 22, 12);
    await expect
      .poll(() => td.getAttribute("data-no-valida"))
      .toBe("Escriba una fecha, por ejemplo 28/05/2019");
    expect(await esquina(22, 12, "::before")).toBe("rgb(217, 48, 37)");
    expect(await td.getAttribute("title")).toBe(
      "Datos no válidos: Escriba una fecha, por ejemplo 28/05/2019",
    );
    await td.click();
    expect(await pagina.locator("#celda-no-valida").textContent()).toBe(
      "Datos no válidos: Escriba una fecha, por ejemplo 28/05/2019",
    );
    expect(await pagina.locator("#celda-contenido").textContent()).toBe("27 al 30 de mayo");
    await pagina.screenshot({ path: rutaArtefacto("playground-validacion.png") });
    await pagina.keyboard.press("Enter");
    await pagina.locator("textarea.editor").fill("28/05/2019");
    await pagina.locator("textarea.editor").press("Enter");
    await expect.poll(() => celda(pagina, 22, 12).textContent()).toBe("28/05/2019");
    expect(await celda(pagina, 22, 12).getAttribute("data-no-valida")).toBeNull();
    expect(await esquina(22, 12, "::before")).toBe("none");
  });

  it("a rule that rejects input refuses a typed value with its help text and leaves the cell as it was", async () => {
    expect(await llamarDesdeAyuda("validarCeldaDePrueba", "L24", "28/05/2019", true)).toBe("ok");
    await expect.poll(() => celda(pagina, 24, 12).textContent()).toBe("28/05/2019");
    await celda(pagina, 24, 12).click();
    await pagina.keyboard.type("pronto");
    await pagina.keyboard.press("Enter");
    await expect.poll(() => pagina.locator("#error").isVisible()).toBe(true);
    expect(await pagina.locator("#error-texto").textContent()).toBe(
      "La celda no acepta ese valor: Escriba una fecha, por ejemplo 28/05/2019",
    );
    expect(await celda(pagina, 24, 12).textContent()).toBe("28/05/2019");
    await pagina.locator("#error-cerrar").click();
  });

  it("the Delete key clears the contents, keeps the background, and onEdit gets oldValue and no value", async () => {
    await celda(pagina, 20, 12).click();
    await pagina.keyboard.type("borrame");
    await pagina.keyboard.press("Enter");
    await expect.poll(() => celda(pagina, 20, 12).textContent()).toBe("borrame");
    await celda(pagina, 20, 12).click();
    await pagina.keyboard.press("Delete");
    await expect.poll(() => celda(pagina, 20, 12).textContent()).toBe("");
    const td = celda(pagina, 20, 12);
    const nota = JSON.parse((await td.getAttribute("data-nota")) ?? "{}") as Record<string, unknown>;
    expect(nota).toMatchObject({ a1: "L20", oldValue: "borrame", authMode: "LIMITED", user: "" });
    expect("value" in nota).toBe(false);
    expect(await td.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(252, 232, 230)");
  });
});
