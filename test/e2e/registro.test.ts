// End-to-end: the Registrar actividad sidebar in the playground, in real headless Chromium — saves seen in the grid, field errors, keyboard-only use, duplicates and hostile text shown as text.
import type { Frame, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  abrirMenu,
  abrirPlayground,
  celda,
  enfocarMarcoDesdeElAnfitrion,
  marcoCargado,
  type SesionDePrueba,
} from "./pagina";
import { publicarCaptura, rutaArtefacto } from "./playground-proceso";

// The callbacks of evaluate() run in the page; these module-local declarations type what they use there.
declare const document: { activeElement: { id: string } | null };

let sesion: SesionDePrueba | undefined;
let pagina: Page;
/** Any alert()/confirm() the page opens: injected markup running `alert(1)` would land here. */
const dialogos: string[] = [];

beforeAll(async () => {
  // The real bundle, without the test probe: what the office would run.
  sesion = await abrirPlayground({ sonda: false });
  pagina = sesion.pagina;
  pagina.on("dialog", (d) => {
    dialogos.push(d.message());
    void d.dismiss();
  });
}, 90_000);

afterAll(async () => {
  await sesion?.cerrar();
}, 30_000);

async function verHoja(nombre: string): Promise<void> {
  await pagina.getByRole("tab", { name: nombre }).click();
  await expect.poll(() => pagina.locator("table[data-hoja]").getAttribute("data-hoja")).toBe(nombre);
}

/** The sidebar's frame once its page, the google.script bridge and its form have loaded. */
function barra(): Promise<Frame> {
  return marcoCargado(pagina, "#barra-marco", "#actividad");
}

/** "Registrado en la fila N." → N, once the save has answered. */
async function filaRegistrada(marco: Frame, modo: "actividad" | "coordinacion"): Promise<number> {
  const estado = marco.locator(`#${modo}-estado`);
  await expect.poll(() => estado.textContent(), { timeout: 15_000 }).toMatch(/^Registrado en la fila \d+\.$/);
  const texto = (await estado.textContent()) ?? "";
  return Number(/fila (\d+)/.exec(texto)?.[1]);
}

/** dd/mm/yyyy of a "YYYY-MM-DD" value, as the grid shows Fecha. */
function comoCelda(iso: string): string {
  const [a, m, d] = iso.split("-");
  return `${d}/${m}/${a}`;
}

describe("Registrar actividad sidebar in headless Chromium", () => {
  let marco: Frame;
  let hoy: string;

  it("opens from the menu as a 300 px sidebar, date set to today, first field focused", async () => {
    await abrirMenu(pagina, "Registrar actividad");
    marco = await barra();
    expect(await pagina.locator("#barra-titulo").textContent()).toBe("Registrar actividad");
    hoy = await marco.locator("#fecha").inputValue();
    expect(hoy).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await marco.locator("#eje option").count()).toBeGreaterThan(1);
    expect(await marco.evaluate(() => document.activeElement?.id)).toBe("actividad");
    // Focused by the host only after it loaded, the sidebar still starts on its first field.
    await enfocarMarcoDesdeElAnfitrion(pagina, "#barra-marco");
    await expect.poll(() => marco.evaluate(() => document.activeElement?.id)).toBe("actividad");
    await pagina.screenshot({ path: rutaArtefacto("registro-abierto.png") });
  });

  it("shows field errors under each field with aria-invalid, and writes nothing", async () => {
    const antes = await pagina.locator("#rejilla tr").count();
    await marco.locator("#guardar-actividad").click();
    // Guardar shows every field's message at once, not only those of fields already visited.
    await expect.poll(() => marco.locator("#entidad-error").textContent()).toBe("Escriba la Entidad.");
    expect(await marco.locator("#actividad-error").textContent()).toBe("Escriba la Actividad/Gestión.");
    expect(await marco.locator("#actividad").getAttribute("aria-invalid")).toBe("true");
    expect(await marco.locator("#actividad").getAttribute("aria-describedby")).toBe("actividad-error");
    expect(await marco.locator("#informacion-error").textContent()).toBe("Escriba la Información.");
    // The first bad field gets the focus.
    expect(await marco.evaluate(() => document.activeElement?.id)).toBe("actividad");
    // Instant: fixing a field clears its message while typing.
    await marco.locator("#actividad").fill("ab");
    await expect.poll(() => marco.locator("#actividad-error").textContent()).toMatch(/muy corta/);
    await marco.locator("#actividad").fill("Reunión de prueba");
    await expect.poll(() => marco.locator("#actividad-error").textContent()).toBe("");
    expect(await marco.locator("#actividad").getAttribute("aria-invalid")).toBeNull();
    // Varios días reveals Fecha fin; an end before the start is refused on the spot.
    await marco.locator("#varios-dias").check();
    await marco.locator("#fechaFin").fill("2000-01-01");
    await marco.locator("#fechaFin").blur();
    await expect
      .poll(() => marco.locator("#fechaFin-error").textContent())
      .toBe("La fecha de fin no puede ser anterior a la fecha de inicio.");
    await pagina.screenshot({ path: rutaArtefacto("registro-errores.png") });
    await marco.locator("#varios-dias").uncheck();
    expect(await marco.locator("#bloque-fecha-fin").isHidden()).toBe(true);
    expect(await pagina.locator("#rejilla tr").count()).toBe(antes);
  });

  it("saves an activity, shows the row number, clears the form but keeps the date; the row is in the grid", async () => {
    await marco.locator("#actividad").fill("Visita de la delegación de Corea");
    await marco.locator("#entidad").fill("KOICA");
    await marco.locator("#informacion").fill("Reunión con el Alcalde.\nSegunda línea.");
    await marco.locator("#varios-dias").check();
    const dosDiasDespues = new Date(`${hoy}T12:00:00Z`);
    dosDiasDespues.setUTCDate(dosDiasDespues.getUTCDate() + 2);
    const fin = dosDiasDespues.toISOString().slice(0, 10);
    await marco.locator("#fechaFin").fill(fin);
    await marco.locator("#eje").selectOption({ index: 1 });
    await marco.locator("#guardar-actividad").click();
    const fila = await filaRegistrada(marco, "actividad");
    expect(await marco.locator("#actividad").inputValue()).toBe("");
    expect(await marco.locator("#entidad").inputValue()).toBe("");
    expect(await marco.locator("#fecha").inputValue()).toBe(hoy);
    expect(await marco.locator("#varios-dias").isChecked()).toBe(false);
    await verHoja("Actividades");
    await expect.poll(() => celda(pagina, fila, 1).textContent()).toBe("Visita de la delegación de Corea");
    expect(await celda(pagina, fila, 2).textContent()).toBe("KOICA");
    expect(await celda(pagina, fila, 4).textContent()).toBe(comoCelda(hoy));
    expect(await celda(pagina, fila, 5).textContent()).toBe(comoCelda(fin));
    // The stamp: the e-mail the server read when it built the sidebar, and an ID drawn in the sidebar.
    expect(await celda(pagina, fila, 7).textContent()).toBe("usuario@example.org");
    expect(await celda(pagina, fila, 9).textContent()).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // The list of this month's entries shows it first, as text.
    expect(await marco.locator("#recientes-actividad li:not(.mes-reciente)").first().textContent()).toContain(
      "Visita de la delegación de Corea",
    );
    // The new entity joins the autocomplete.
    expect(await marco.locator('#entidades option[value="KOICA"]').count()).toBe(1);
    await pagina.screenshot({ path: rutaArtefacto("registro-actividad-guardada.png") });
    publicarCaptura("registro-actividad-guardada.png");
  });

  it("warns about a probable duplicate and saves it when confirmed", async () => {
    await marco.locator("#actividad").fill("Visita de la delegación de Corea");
    await marco.locator("#entidad").fill("koica");
    await marco.locator("#informacion").fill("Otra nota.");
    await marco.locator("#guardar-actividad").click();
    await expect.poll(() => marco.locator("#duplicado").isVisible()).toBe(true);
    expect(await marco.locator("#duplicado-mensaje").textContent()).toMatch(/Ya hay una actividad/);
    expect(await marco.evaluate(() => document.activeElement?.id)).toBe("guardar-igual");
    await pagina.screenshot({ path: rutaArtefacto("registro-duplicado.png") });
    await marco.locator("#guardar-igual").click();
    const fila = await filaRegistrada(marco, "actividad");
    await expect.poll(() => celda(pagina, fila, 3).textContent()).toBe("Otra nota.");
    expect(await marco.locator("#duplicado").isHidden()).toBe(true);
  });

  it("warns about a row that was in the sheet when the sidebar opened; Cancelar keeps what was typed", async () => {
    await verHoja("Actividades");
    const actividad = (await celda(pagina, 2, 1).textContent()) ?? "";
    const entidad = (await celda(pagina, 2, 2).textContent()) ?? "";
    const [d, m, a] = ((await celda(pagina, 2, 4).textContent()) ?? "").split("/");
    const filas = await pagina.locator("#rejilla tr").count();
    await marco.locator("#actividad").fill(actividad.toUpperCase());
    await marco.locator("#entidad").fill(entidad);
    await marco.locator("#informacion").fill("Nota nueva.");
    await marco.locator("#fecha").fill(`${a}-${m}-${d}`);
    await marco.locator("#guardar-actividad").click();
    await expect.poll(() => marco.locator("#duplicado").isVisible()).toBe(true);
    expect(await marco.locator("#duplicado-mensaje").textContent()).toMatch(/\(fila 2\)/);
    await marco.locator("#cancelar-duplicado").click();
    expect(await marco.locator("#duplicado").isHidden()).toBe(true);
    expect(await marco.locator("#actividad").inputValue()).toBe(actividad.toUpperCase());
    expect(await marco.locator("#informacion").inputValue()).toBe("Nota nueva.");
    expect(await pagina.locator("#rejilla tr").count()).toBe(filas);
    // Back to today for the next tests, the fields emptied by hand.
    await marco.locator("#fecha").fill(hoy);
    for (const id of ["#actividad", "#entidad", "#informacion"]) await marco.locator(id).fill("");
  });

  it("works with the keyboard only: Tab between fields, Enter saves", async () => {
    await marco.locator("#actividad").focus();
    await pagina.keyboard.type("Reunión por teclado");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.type("Embajada de España");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.type("Coordinación de agenda.");
    // Back to Entidad (Shift+Tab) and Enter: a one-line field submits the form.
    await pagina.keyboard.press("Shift+Tab");
    expect(await marco.evaluate(() => document.activeElement?.id)).toBe("entidad");
    await pagina.keyboard.press("Enter");
    const fila = await filaRegistrada(marco, "actividad");
    await expect.poll(() => celda(pagina, fila, 1).textContent()).toBe("Reunión por teclado");
    // From the text area, Ctrl+Enter saves (Enter there is a line break).
    await marco.locator("#actividad").focus();
    await pagina.keyboard.type("Segunda por teclado");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.type("JICA");
    await pagina.keyboard.press("Tab");
    await pagina.keyboard.type("Línea uno");
    await pagina.keyboard.press("Enter");
    await pagina.keyboard.type("Línea dos");
    await pagina.keyboard.press("Control+Enter");
    const segunda = await filaRegistrada(marco, "actividad");
    expect(segunda).toBe(fila + 1);
    await expect.poll(() => celda(pagina, segunda, 3).textContent()).toBe("Línea uno\nLínea dos");
    // Each Guardar draws its own ID.
    expect(await celda(pagina, segunda, 9).textContent()).not.toBe(
      await celda(pagina, fila, 9).textContent(),
    );
    await pagina.screenshot({ path: rutaArtefacto("registro-teclado.png") });
  });

  it("saves a coordination; it appears in the Coordinaciones grid", async () => {
    await marco.locator("label", { hasText: "Coordinación" }).first().click();
    await expect.poll(() => marco.locator("#coordinacion").isVisible()).toBe(true);
    expect(await marco.locator("#mes").inputValue()).toBe(hoy.slice(0, 7));
    await marco.locator("#coordinacion").fill("Pago anual de membresías a Redes de ciudades.");
    await marco.locator("#guardar-coordinacion").click();
    const fila = await filaRegistrada(marco, "coordinacion");
    await verHoja("Coordinaciones");
    await expect
      .poll(() => celda(pagina, fila, 2).textContent())
      .toBe("Pago anual de membresías a Redes de ciudades.");
    expect(
      await marco.locator("#recientes-coordinacion li:not(.mes-reciente)").first().textContent(),
    ).toContain("Pago anual");
    await pagina.screenshot({ path: rutaArtefacto("registro-coordinacion.png") });
    await marco.locator("label", { hasText: "Actividad" }).first().click();
    await verHoja("Actividades");
  });

  const HOSTILES = [
    "<img src=x onerror=alert(1)>",
    "<script>alert(2)</script>",
    '=IMPORTXML("http://x","//a")',
    '=HYPERLINK("http://x","y")',
    "<b onmouseover=alert(3)>negrita</b>",
  ];

  it("shows hostile text as text: in the sidebar list and in the grid, no element or script injected", async () => {
    const filas: number[] = [];
    for (const [i, texto] of HOSTILES.entries()) {
      await marco.locator("#actividad").fill(texto);
      await marco.locator("#entidad").fill(i % 2 === 0 ? "+1" : "@x");
      await marco.locator("#informacion").fill(`${texto} 1,000 2019-05 -2`);
      await marco.locator("#guardar-actividad").click();
      filas.push(await filaRegistrada(marco, "actividad"));
      await expect.poll(() => marco.locator("#actividad").inputValue()).toBe("");
    }
    const lista = marco.locator("#recientes-actividad");
    const textoDeLista = (await lista.textContent()) ?? "";
    for (const texto of HOSTILES) expect(textoDeLista).toContain(texto);
    expect(await lista.locator("img, script, b, a").count()).toBe(0);
    expect(await marco.locator("img").count()).toBe(0);
    for (const [i, texto] of HOSTILES.entries()) {
      const fila = filas[i] ?? 0;
      await expect.poll(() => celda(pagina, fila, 1).textContent()).toBe(texto);
      expect(await celda(pagina, fila, 2).textContent()).toBe(i % 2 === 0 ? "+1" : "@x");
      expect(await celda(pagina, fila, 3).textContent()).toBe(`${texto} 1,000 2019-05 -2`);
    }
    expect(await pagina.locator("#rejilla img, #rejilla script, #rejilla b").count()).toBe(0);
    // Hover the list and the cells: an injected onmouseover/onerror would have opened an alert.
    await lista.hover();
    await celda(pagina, filas[4] ?? 0, 1).hover();
    expect(dialogos).toEqual([]);
    await pagina.screenshot({ path: rutaArtefacto("registro-hostil.png"), fullPage: true });
  });

  it("the first click after typing lands: a message appears only after it, and moves nothing before", async () => {
    await marco.locator("#actividad").fill("ab");
    // Leaving Actividad (too short) by clicking the Varios días box: the box must tick.
    await marco.locator("#varios-dias").click();
    expect(await marco.locator("#varios-dias").isChecked()).toBe(true);
    await expect.poll(() => marco.locator("#actividad-error").textContent()).toMatch(/muy corta/);
    // A field only passed through says nothing before Guardar.
    await marco.locator("#entidad").focus();
    await marco.locator("#informacion").focus();
    expect(await marco.locator("#entidad-error").textContent()).toBe("");
  });

  it("Varios días ticked with no Fecha fin asks for it instead of saving a one-day row", async () => {
    const antes = await pagina.locator("table[data-hoja] tbody tr").count();
    await marco.locator("#actividad").fill("Taller de varios días");
    await marco.locator("#entidad").fill("JICA");
    await marco.locator("#informacion").fill("Sin fecha de fin todavía.");
    await marco.locator("#fechaFin").fill("");
    await marco.locator("#guardar-actividad").click();
    await expect
      .poll(() => marco.locator("#fechaFin-error").textContent())
      .toBe("Escriba la Fecha fin, o desmarque «Varios días» si la actividad es de un solo día.");
    expect(await marco.locator("#actividad-estado").textContent()).toBe("");
    expect(await pagina.locator("table[data-hoja] tbody tr").count()).toBe(antes);
    await marco.locator("#varios-dias").uncheck();
    for (const campo of ["#actividad", "#entidad", "#informacion"]) await marco.locator(campo).fill("");
  });

  it("offers each eje by its short name, the paragraph as its title; lists recent entries under their month", async () => {
    const opcion = marco.locator("#eje option").nth(1);
    expect(await opcion.textContent()).toBe("Posicionamiento estratégico");
    expect(await opcion.getAttribute("value")).toBe("Posicionamiento estratégico");
    expect(await opcion.getAttribute("title")).toMatch(/^Posicionamiento estratégico: Posicionar, gestionar/);
    const cabeceras = await marco.locator("#recientes-actividad li.mes-reciente").allTextContents();
    expect(cabeceras.length).toBeGreaterThanOrEqual(1);
    for (const c of cabeceras) expect(c).toMatch(/^[a-z]+ \d{4}$/);
  });
});
