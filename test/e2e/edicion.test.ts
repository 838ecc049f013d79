// End-to-end: a person types a row straight into Actividades on the playground page; the add-on's
// onEdit turns «27 al 30 de mayo» into two real dates and leaves a note saying how it read them.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { abrirMenu, celda, escribirEnCelda, marcoCargado, sesionDelArchivo } from "./pagina";
import { publicarCaptura, rutaArtefacto } from "./playground-proceso";

// No probe: the add-on's own onEdit runs, as in the office's spreadsheet.
const laPagina = sesionDelArchivo({ sonda: false, espera: 20_000 });
let pagina: Page;
beforeEach(() => {
  pagina = laPagina();
});

describe("a row typed into Actividades in headless Chromium", () => {
  it("«27 al 30 de mayo» typed in Fecha fills Fecha and Fecha fin and shows the note", async () => {
    await expect.poll(() => celda(pagina, 1, 4).textContent()).toBe("Fecha");
    const fila = 12;
    await escribirEnCelda(pagina, fila, 1, "Visita de la Embajada de Corea");
    await escribirEnCelda(pagina, fila, 2, "Embajada de Corea");
    await escribirEnCelda(pagina, fila, 3, "Reunión de cortesía con el Alcalde.");
    await escribirEnCelda(pagina, fila, 4, "27 al 30 de mayo");
    await expect.poll(() => celda(pagina, fila, 4).textContent()).toMatch(/^27\/05\/20\d\d$/);
    await expect.poll(() => celda(pagina, fila, 5).textContent()).toMatch(/^30\/05\/20\d\d$/);
    const nota = await celda(pagina, fila, 4).getAttribute("data-nota");
    expect(nota).toMatch(/^ℹ Informe mensual: Se leyó «27 al 30 de mayo» como 27 al 30 de mayo de 20\d\d\./);
    // The row got its ID, and nothing is marked as wrong.
    await expect.poll(() => celda(pagina, fila, 9).textContent()).toMatch(/^[0-9a-f-]{36}$/);
    expect(await celda(pagina, fila, 2).getAttribute("data-nota")).toBeNull();
    await celda(pagina, fila, 4).click();
    await expect.poll(() => pagina.locator("#celda-nota").isVisible()).toBe(true);
    expect(await pagina.locator("#celda-nota").textContent()).toContain("Se leyó «27 al 30 de mayo»");
    await pagina.screenshot({ path: rutaArtefacto("edicion-fecha-leida.png") });
    publicarCaptura("edicion-fecha-leida.png");
  });

  it("a bad cell is marked red with its message, and the mark goes when it is fixed", async () => {
    const fila = 13;
    await escribirEnCelda(pagina, fila, 1, "Foro de ciudades");
    await escribirEnCelda(pagina, fila, 2, "X");
    await expect
      .poll(() => celda(pagina, fila, 2).getAttribute("data-nota"))
      .toContain("La Entidad es muy corta");
    await escribirEnCelda(pagina, fila, 2, "Alcaldía de Lima");
    await expect.poll(() => celda(pagina, fila, 2).getAttribute("data-nota")).toBeNull();
  });
});

describe("Validar registros in headless Chromium", () => {
  it("lists the problems, and «Ir a la fila» selects the cell to fix", async () => {
    const fila = 14;
    await escribirEnCelda(pagina, fila, 1, "Taller de protocolo");
    await escribirEnCelda(pagina, fila, 2, "Y");
    await abrirMenu(pagina, "Validar registros");
    const marco = await marcoCargado(pagina, "#dialogo-marco", "#revisar:not([disabled])");
    const item = marco.locator("#problemas li", { hasText: `Actividades, fila ${fila} · Entidad` });
    await expect.poll(() => item.count()).toBe(1);
    expect(await item.textContent()).toContain("La Entidad es muy corta");
    await pagina.screenshot({ path: rutaArtefacto("validar-registros.png") });
    await item.locator("button").click();
    await expect.poll(() => pagina.locator("#celda-ref").textContent()).toBe(`B${fila}`);
  });
});
