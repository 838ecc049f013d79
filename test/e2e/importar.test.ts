// End-to-end: a person pastes a past report into Importar informe anterior, checks the preview,
// confirms, and finds its rows in Actividades.
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { beforeEach, describe, expect, it } from "vitest";
import { rutaTextoDeMuestra } from "../../playground/semilla";
import { rootDir } from "../support/dist";
import { abrirMenu, celda, enfocarMarcoDesdeElAnfitrion, marcoCargado, sesionDelArchivo } from "./pagina";
import { publicarCaptura, rutaArtefacto } from "./playground-proceso";

// The sample is May 2019 and already in the playground's registry: the same report a year earlier is new.
const TEXTO = readFileSync(rutaTextoDeMuestra(rootDir), "utf8").replace("Mayo 2019", "Mayo 2018");

// evaluate() callbacks run in the iframe; this declares what they read there.
declare const document: { activeElement: { id: string } | null };

// No probe: the add-on's own onEdit runs, as in the office's spreadsheet.
const laPagina = sesionDelArchivo({ sonda: false, espera: 20_000 });
let pagina: Page;
beforeEach(() => {
  pagina = laPagina();
});

describe("Importar informe anterior in headless Chromium", () => {
  it("paste, preview, confirm: the rows are in the sheet, and a second import adds nothing", async () => {
    await expect.poll(() => celda(pagina, 1, 1).textContent()).toBe("Actividad/Gestión");
    await abrirMenu(pagina, "Importar informe anterior");
    const marco = await marcoCargado(pagina, "#dialogo-marco", "#texto");
    // The text box has the focus, even when the host focuses the dialog only after it loaded.
    await enfocarMarcoDesdeElAnfitrion(pagina, "#dialogo-marco");
    await expect.poll(() => marco.evaluate(() => document.activeElement?.id)).toBe("texto");
    await marco.locator("#texto").fill(TEXTO);
    await marco.locator("#ver").click();
    await expect
      .poll(() => marco.locator("#resumen").textContent())
      .toBe("Mayo 2018: 7 actividades nuevas, 4 coordinaciones nuevas.");
    expect(await marco.locator("#filas-vista tr").count()).toBe(7);
    expect(await marco.locator("#filas-vista tr").nth(2).textContent()).toContain("27 al 30 de mayo de 2018");
    await pagina.screenshot({ path: rutaArtefacto("importar-vista-previa.png") });
    publicarCaptura("importar-vista-previa.png");
    await marco.locator("#importar").click();
    await expect
      .poll(() => marco.locator("#resultado").textContent())
      .toBe("Se importaron 7 actividades (Actividades, filas 9 a 15) y 4 coordinaciones de Mayo 2018.");
    await marco.locator("#ver").click();
    await expect
      .poll(() => marco.locator("#resumen").textContent())
      .toBe("Mayo 2018: 0 actividades nuevas, 7 ya estaban en el registro, 0 coordinaciones nuevas.");
    expect(await marco.locator("#importar").isDisabled()).toBe(true);
    await marco.locator("#cerrar").click();
    await expect.poll(() => celda(pagina, 9, 1).textContent()).toBe("Recepción Día de Europa");
    expect(await celda(pagina, 9, 4).textContent()).toBe("07/05/2018");
    expect(await celda(pagina, 11, 5).textContent()).toBe("30/05/2018");
  });
});
