// The Generar dialog as a person uses it: the result where the eye is, choices the server asks for, problems where they belong, Escape.
import type { Frame, Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import {
  abrirMenu,
  enfocarMarcoDesdeElAnfitrion,
  escribirEnCelda,
  marcoCargado,
  sesionDelArchivo,
} from "./pagina";
import { publicarCaptura, rutaArtefacto } from "./playground-proceso";

// evaluate() callbacks run in the page or the iframe; these declare what they read there.
declare const document: { activeElement: { id: string } | null };
declare const window: { innerHeight: number };

// No probe: the add-on's own onEdit runs, as in the office's spreadsheet.
const laPagina = sesionDelArchivo({ sonda: false, espera: 20_000 });
let pagina: Page;
beforeEach(() => {
  pagina = laPagina();
});

async function dialogo(): Promise<Frame> {
  await abrirMenu(pagina, "Generar informe mensual");
  return marcoCargado(pagina, "#dialogo-marco", "#mes");
}

async function elegirMes(marco: Frame, mes: string): Promise<void> {
  await marco.locator("#mes").fill(mes);
  await marco.locator("#mes").dispatchEvent("change");
}

describe("the Generar informe mensual dialog", () => {
  it("starts on the month field, and Escape closes it", async () => {
    const marco = await dialogo();
    expect(await marco.evaluate(() => document.activeElement?.id)).toBe("mes");
    await marco.locator("#mes").press("Escape");
    await expect.poll(() => pagina.locator("#dialogo-marco").isVisible()).toBe(false);
  });

  it("keeps the month field focused when the host focuses the dialog only after it loaded", async () => {
    // Google focuses a dialog's iframe when it chooses; focusing an iframe puts its document's focus
    // on the body, undoing a focus() the page made while loading. Here the host does it late.
    const marco = await dialogo();
    await enfocarMarcoDesdeElAnfitrion(pagina, "#dialogo-marco");
    await expect.poll(() => marco.evaluate(() => document.activeElement?.id)).toBe("mes");
    await marco.locator("#mes").press("Escape");
    await expect.poll(() => pagina.locator("#dialogo-marco").isVisible()).toBe(false);
  });

  it("after a generation with 7 rows left out, the link and the copy button are visible without scrolling", async () => {
    await pagina.getByRole("tab", { name: "Actividades" }).click();
    for (let fila = 9; fila <= 15; fila++) await escribirEnCelda(pagina, fila, 1, `Taller sin fecha ${fila}`);
    const marco = await dialogo();
    await elegirMes(marco, "2019-05");
    await expect.poll(() => marco.locator("#omitidas li").count()).toBeGreaterThanOrEqual(7);
    await marco.getByRole("button", { name: "Generar" }).click();
    await expect.poll(() => marco.locator("#resultado").isVisible(), { timeout: 30_000 }).toBe(true);
    const altura = await marco.evaluate(() => window.innerHeight);
    for (const selector of ["#resumen", "#url", "#copiar", "#abrir", "#estado-enlace"]) {
      const caja = await marco.locator(selector).boundingBox();
      expect(caja, selector).not.toBeNull();
      expect((caja?.y ?? 0) + (caja?.height ?? 0), selector).toBeLessThanOrEqual(altura);
      expect(caja?.y ?? -1, selector).toBeGreaterThanOrEqual(0);
    }
    expect(await marco.locator("#estado-enlace").textContent()).toBe(
      "Es el primer documento de este mes: comparta este enlace.",
    );
    expect(await marco.locator("#entrega").textContent()).toBe(
      "Acceso: restringido (solo las personas con acceso). No se envió por correo.",
    );
    expect(await marco.locator("#avisos").textContent()).toContain(
      "7 filas con errores quedaron fuera del informe.",
    );
    await pagina.screenshot({ path: rutaArtefacto("informe-resultado-con-omitidas.png") });
    publicarCaptura("informe-resultado-con-omitidas.png");
    await marco.getByRole("button", { name: "Cerrar" }).click();
  }, 120_000);

  it("an empty month asks first; «Generar el informe vacío» then generates it", async () => {
    const marco = await dialogo();
    await elegirMes(marco, "2019-08");
    await expect
      .poll(() => marco.locator("#conteos").textContent())
      .toBe("Agosto 2019: no hay actividades ni coordinaciones registradas.");
    await marco.getByRole("button", { name: "Generar", exact: true }).click();
    await expect.poll(() => marco.locator("#vacio").isVisible()).toBe(true);
    expect(await marco.locator("#vacio-mensaje").textContent()).toBe(
      "Agosto 2019 no tiene actividades ni coordinaciones registradas. ¿Generar el informe vacío de todos modos?",
    );
    expect(await pagina.getByRole("tab", { name: "Informe 2019-08" }).count()).toBe(0);
    await marco.getByRole("button", { name: "Generar el informe vacío" }).click();
    await expect.poll(() => marco.locator("#resultado").isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await marco.locator("#pestana").textContent()).toBe("Pestaña: Informe 2019-08");
    await marco.getByRole("button", { name: "Cerrar" }).click();
  }, 60_000);

  it("a Configuración problem is shown as one, naming the key, not under the month", async () => {
    await pagina.getByRole("tab", { name: "Configuración" }).click();
    const fila = await pagina
      .locator('#rejilla td[data-columna="1"]', { hasText: "Compartir informe" })
      .getAttribute("data-fila");
    await escribirEnCelda(pagina, Number(fila), 2, "A todo el mundo");
    const marco = await dialogo();
    await elegirMes(marco, "2019-05");
    await expect.poll(() => marco.locator("#configuracion").isVisible()).toBe(true);
    expect(await marco.locator("#configuracion-mensaje").textContent()).toMatch(
      /^Revise la hoja Configuración, clave «Compartir informe»: Compartir informe debe ser una de estas opciones/,
    );
    expect(await marco.locator("#mes-error").textContent()).toBe("");
    await marco.locator("#mes").press("Escape");
    await escribirEnCelda(pagina, Number(fila), 2, "Restringido");
  }, 60_000);
});
