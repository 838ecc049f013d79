// onOpen in each auth mode, as Apps Script runs it: the menu and its items, and nothing else touched in NONE.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Harness } from "../../emulator/harness";
import { construirTodo } from "../../scripts/build";
import { MENU } from "../../src/addon/menu-items";
import { addonEnPrueba } from "../support/dist";

const etiquetas = MENU.items.flatMap((i) => (i === "separador" ? [] : [i.etiqueta]));

describe("onOpen", () => {
  for (const modo of ["NONE", "LIMITED", "FULL"] as const) {
    it(`builds the "Informe mensual" menu in AuthMode.${modo}`, async () => {
      const { env, harness } = await addonEnPrueba({ abrir: false });
      harness.open(modo);
      const menus = env.state.ui.menus;
      expect(menus).toHaveLength(1);
      expect(menus[0]?.title).toBe("Informe mensual");
      expect(menus[0]?.kind).toBe("menu");
      const items = JSON.stringify(menus[0]?.items);
      for (const etiqueta of etiquetas) expect(items).toContain(etiqueta);
      expect(items).toContain("Generar informe mensual");
    });
  }

  it("in AuthMode.NONE touches nothing but the menu (no document, no properties)", async () => {
    const { env, harness } = await addonEnPrueba({ abrir: false });
    const antes = JSON.stringify(env.snapshot().workbook);
    env.runtime.resetCalls();
    harness.open("NONE");
    const servicios = Object.keys(env.runtime.callCounts()).map((llamada) => llamada.split(".")[0]);
    expect(new Set(servicios)).toEqual(new Set(["SpreadsheetApp", "Ui", "Menu"]));
    expect(env.runtime.callCounts()["SpreadsheetApp.getUi"]).toBe(1);
    expect(JSON.stringify(env.snapshot().workbook)).toBe(antes);
    expect(env.snapshot().properties).toEqual(env.state.properties);
  });

  it("every menu item runs a top-level function of the built script", async () => {
    const { harness } = await addonEnPrueba({ abrir: false });
    const funciones = harness.topLevelFunctions();
    for (const item of MENU.items) if (item !== "separador") expect(funciones).toContain(item.funcion);
  });

  it("a menu item naming a missing function fails as Apps Script does", async () => {
    const { env, harness } = await addonEnPrueba({ abrir: false });
    harness.open("LIMITED");
    env.state.ui.menus[0]?.items.push({ type: "item", label: "Rota", functionName: "noExiste" });
    expect(() => harness.clickMenu("Rota")).toThrow("Script function not found: noExiste");
  });

  it("the published add-on build puts the same items under Extensions (createAddonMenu)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "complemento-"));
    await construirTodo({ destino: dir, distribucion: "complemento", silencioso: true });
    const { env } = await addonEnPrueba({ abrir: false });
    const harness = new Harness(env, readFileSync(join(dir, "Code.js"), "utf8"));
    harness.open("NONE");
    expect(env.state.ui.menus).toHaveLength(1);
    expect(env.state.ui.menus[0]?.kind).toBe("addon");
    expect(JSON.stringify(env.state.ui.menus[0]?.items)).toContain("Generar informe mensual");
  });

  it("onInstall builds the same menu (FULL)", async () => {
    const { env, harness } = await addonEnPrueba({ abrir: false });
    harness.run("onInstall", [{ authMode: "FULL" }], { authMode: "FULL" });
    expect(env.state.ui.menus[0]?.title).toBe("Informe mensual");
  });
});
