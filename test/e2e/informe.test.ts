// End-to-end in real Chromium: menu → "Generar informe mensual" dialog → Generar → open the link → the Doc shows the report.
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { abrirMenu, marcoCargado, sesionDelArchivo } from "./pagina";
import { publicarCaptura, rutaArtefacto } from "./playground-proceso";

// No probe: the add-on's own onEdit runs, as in the office's spreadsheet.
const laPagina = sesionDelArchivo({ sonda: false, espera: 20_000 });
let pagina: Page;
beforeEach(() => {
  pagina = laPagina();
});

describe("Generar informe mensual in the playground", () => {
  it("generates May 2019 from the menu and the link opens the Doc with the report", async () => {
    await abrirMenu(pagina, "Generar informe mensual");
    const marco = await marcoCargado(pagina, "#dialogo-marco");

    await marco.locator("#mes").fill("2019-05");
    await marco.locator("#mes").dispatchEvent("change");
    await expect
      .poll(() => marco.locator("#conteos").textContent())
      .toBe("Mayo 2019: 7 actividades y 4 coordinaciones.");

    await marco.getByRole("button", { name: "Generar" }).click();
    await expect.poll(() => marco.locator("#resultado").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await marco.locator("#pestana").textContent()).toBe("Pestaña: Informe 2019-05");
    const url = await marco.locator("#url").inputValue();
    expect(url).toMatch(/^https:\/\/docs\.google\.com\/document\/d\/[\w-]+\/edit$/);
    expect(await marco.locator("#abrir").getAttribute("target")).toBe("_blank");
    await pagina.screenshot({ path: rutaArtefacto("informe-dialogo.png") });
    publicarCaptura("informe-dialogo.png");

    const [documento] = await Promise.all([
      pagina.context().waitForEvent("page"),
      marco.getByRole("link", { name: "Abrir el informe" }).click(),
    ]);
    await documento.waitForLoadState();
    expect(new URL(documento.url()).pathname).toBe(new URL(url).pathname);
    const texto = (await documento.locator("body").textContent()) ?? "";
    expect(texto).toContain("OFICINA DE COOPERACIÓN INTERNACIONAL");
    expect(texto).toContain("Mayo 2019");
    expect(texto).toContain("Recepción Día de Europa");
    expect(texto).toContain("27 al 30 de mayo");
    expect(texto).toContain("Pago anual de membresías a Redes.");
    expect(await documento.locator("table").count()).toBeGreaterThan(0);
    expect(await documento.locator("li").count()).toBe(4);
    await documento.screenshot({ path: rutaArtefacto("informe-documento.png"), fullPage: true });
    publicarCaptura("informe-documento.png");
    await documento.close();

    await marco.getByRole("button", { name: "Cerrar" }).click();
    await pagina.getByRole("tab", { name: "Informe 2019-05" }).click();
    await expect
      .poll(() => pagina.locator("#rejilla").textContent())
      .toContain("Viisita de delegación de Chengdu");
    await pagina.screenshot({ path: rutaArtefacto("informe-pestana.png"), fullPage: true });
    publicarCaptura("informe-pestana.png");
  }, 120_000);
});
