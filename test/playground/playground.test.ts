// The playground without a browser: the sample workbook, saved state across restarts, --reset, the server side of google.script.run and the HTTP routes.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { Playground } from "../../playground/playground";
import { leerMuestra, rutaMuestra } from "../../playground/semilla";
import { iniciar, inyectarPuente, leerOpciones, SANDBOX } from "../../playground/server";
import { distDir, ensureBuilt, rootDir } from "../support/dist";

const muestra = leerMuestra(rutaMuestra(rootDir));
const temporales: string[] = [];

function archivoTemporal(): string {
  const dir = mkdtempSync(join(tmpdir(), "informe-pg-test-"));
  temporales.push(dir);
  return join(dir, "estado.json");
}

function nuevo(estado: string, reiniciar = false): Playground {
  return new Playground({
    dist: distDir,
    estado,
    muestra: () => muestra,
    ...(reiniciar ? { reiniciar } : {}),
  });
}

beforeAll(async () => {
  await ensureBuilt();
}, 60_000);

afterEach(() => {
  for (const dir of temporales.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("the sample workbook (first start)", () => {
  it("holds the sheets configurarHoja creates, the sample's activities and coordinations, and its header", () => {
    const pg = nuevo(archivoTemporal());
    const wb = pg.env.workbook;
    expect(wb.sheetNames()).toEqual(
      expect.arrayContaining(["Actividades", "Coordinaciones", "Configuración", "Historial de informes"]),
    );
    expect(wb.lastRow("Actividades")).toBe(1 + muestra.actividades.length);
    expect(wb.lastRow("Coordinaciones")).toBe(1 + muestra.coordinaciones.length);
    const primera = muestra.actividades[0];
    expect(wb.value("Actividades", 2, 1)).toBe(primera?.actividad);
    expect(wb.value("Actividades", 2, 3)).toBe(primera?.informacion);
    // Fecha and Fecha fin are real date cells holding the calendar date in the spreadsheet's zone.
    const fecha = wb.value("Actividades", 2, 4);
    expect(fecha).toBeInstanceOf(Date);
    expect(wb.displayValue("Actividades", 2, 4)).toBe("07/05/2019");
    expect(wb.value("Actividades", 2, 5)).toBe("");
    expect(wb.displayValue("Actividades", 4, 5)).toBe("30/05/2019");
    // Text columns keep the plain-text format configurarHoja set.
    expect(wb.numberFormat("Actividades", 2, 1)).toBe("@");
    expect(wb.numberFormat("Actividades", 2, 9)).toBe("@");
    // Mes: the first day of the month.
    expect(wb.displayValue("Coordinaciones", 2, 1)).toMatch(/mayo.*2019/i);
    expect(wb.value("Coordinaciones", 2, 2)).toBe(muestra.coordinaciones[0]);
    const ids = Array.from({ length: muestra.actividades.length }, (_, i) =>
      wb.value("Actividades", i + 2, 9),
    );
    expect(new Set(ids).size).toBe(ids.length);
    const configuracion = Object.fromEntries(wb.values("Configuración").map(([k, v]) => [String(k), v]));
    expect(configuracion.Oficina).toBe(muestra.encabezado.oficina);
    expect(configuracion.Teléfonos).toBe(muestra.encabezado.telefonos);
    expect(configuracion["Sitio web"]).toBe(muestra.encabezado.sitioWeb);
    expect(configuracion["Ejes de trabajo"]).toBe(muestra.encabezado.ejesDeTrabajo.join("\n"));
  });

  it("runs onOpen (LIMITED) so the menu exists, and shows Actividades", () => {
    const vista = nuevo(archivoTemporal()).vista();
    expect(vista.menus.map((m) => m.titulo)).toEqual(["Informe mensual"]);
    expect(vista.menus[0]?.items.filter((i) => i !== null).map((i) => i?.etiqueta)).toEqual(
      expect.arrayContaining(["Configurar hoja", "Ayuda"]),
    );
    expect(vista.hojaActiva).toBe("Actividades");
    expect(vista.hoja.filasCongeladas).toBe(1);
    expect(vista.hoja.celdas[0]?.[0]).toMatchObject({
      texto: "Actividad/Gestión",
      negrita: true,
      fondo: "#1f4e79",
    });
  });
});

describe("saved state", () => {
  it("is written after every change and survives a restart", () => {
    const archivo = archivoTemporal();
    const pg = nuevo(archivo);
    expect(pg.editar("Actividades", 2, 2, "Unión Europea")).toBeUndefined();
    const guardado = JSON.parse(readFileSync(archivo, "utf8")) as { workbook: unknown };
    expect(JSON.stringify(guardado.workbook)).toContain("Unión Europea");
    const otra = nuevo(archivo);
    expect(otra.env.workbook.value("Actividades", 2, 2)).toBe("Unión Europea");
    expect(otra.vista().menus).toHaveLength(1);
  });

  it("--reset starts again from the sample", () => {
    const archivo = archivoTemporal();
    nuevo(archivo).editar("Actividades", 2, 2, "Unión Europea");
    expect(nuevo(archivo, true).env.workbook.value("Actividades", 2, 2)).toBe(
      muestra.actividades[0]?.entidad,
    );
  });
});

describe("actions", () => {
  it("a menu click runs its function in FULL and collects the toast", () => {
    const pg = nuevo(archivoTemporal());
    expect(pg.clicMenu("Informe mensual > Configurar hoja")).toBeUndefined();
    expect(pg.vista().avisos.map((a) => a.mensaje)).toEqual(["Las hojas ya estaban configuradas."]);
  });

  it("Ayuda opens a dialog served with the bridge; closing it clears the Ui", () => {
    const pg = nuevo(archivoTemporal());
    pg.clicMenu("Informe mensual > Ayuda");
    const dialogo = pg.vista().dialogo;
    expect(dialogo).toMatchObject({
      titulo: "Ayuda — Informe mensual",
      ancho: 560,
      alto: 520,
      tipo: "modal",
    });
    expect(pg.htmlDeMarco(dialogo?.id ?? "")?.html).toContain("Registre las actividades del mes");
    pg.cerrarMarco(dialogo?.id ?? "");
    expect(pg.vista().dialogo).toBeNull();
    expect(pg.env.state.ui.dialog).toBeNull();
  });

  it("opening again (a page load) closes what the last page showed and runs onOpen again", () => {
    const pg = nuevo(archivoTemporal());
    pg.clicMenu("Informe mensual > Registrar actividad");
    pg.clicMenu("Informe mensual > Configurar hoja");
    // An alert the script showed, collected with the next action.
    pg.env.state.ui.alerts.push({
      kind: "alert",
      title: "",
      prompt: "Atención",
      buttons: "OK",
      answer: "OK",
    });
    pg.clicMenu("Informe mensual > Ayuda");
    const antes = pg.vista();
    expect(antes.barraLateral).not.toBeNull();
    expect(antes.dialogo).not.toBeNull();
    expect(antes.avisos).toHaveLength(1);
    expect(antes.alertas).toHaveLength(1);
    // Gone from the Ui, so only onOpen can bring the menu back.
    pg.env.state.ui.menus = [];
    expect(pg.abrir()).toBeUndefined();
    const despues = pg.vista();
    expect(despues).toMatchObject({ barraLateral: null, dialogo: null, alertas: [], avisos: [] });
    expect(despues.version).toBeGreaterThan(antes.version);
    expect(despues.menus.map((m) => m.titulo)).toEqual(["Informe mensual"]);
    expect(pg.env.state.ui).toMatchObject({ sidebar: null, dialog: null, alerts: [], toasts: [] });
    // The old frames are gone: they can neither load nor call.
    expect(pg.htmlDeMarco(antes.barraLateral?.id ?? "")).toBeUndefined();
    expect(pg.llamar(antes.dialogo?.id ?? "", "onOpen", "[]")).toMatchObject({ ok: false });
  });

  it("an error of the add-on comes back as text, as Apps Script prints it", () => {
    const pg = nuevo(archivoTemporal());
    expect(() => pg.clicMenu("No existe")).not.toThrow();
    expect(pg.clicMenu("Informe mensual > No existe")).toMatch(/No menu item/);
  });

  it("google.script.run on the server: only an open frame may call, never a private or unknown function", () => {
    const pg = nuevo(archivoTemporal());
    expect(pg.llamar("dialogo-99", "onOpen", "[]")).toMatchObject({ ok: false });
    pg.clicMenu("Informe mensual > Ayuda");
    const id = pg.vista().dialogo?.id ?? "";
    expect(pg.llamar(id, "onOpen", "[]")).toEqual({ ok: true, value: undefined });
    expect(pg.llamar(id, "noExiste_", "[]")).toEqual({
      ok: false,
      error: { name: "ScriptError", message: "Script function not found: noExiste_" },
    });
    expect(pg.funcionesPublicas()).toEqual(
      expect.arrayContaining(["configurarHoja", "mostrarAyuda", "onOpen"]),
    );
  });
});

describe("server", () => {
  it("reads PORT, --estado, --codigo and --reset", () => {
    const o = leerOpciones(["--reset", "--estado", "/tmp/x.json", "--codigo", "/tmp/c.js"], { PORT: "8123" });
    expect(o).toMatchObject({ reiniciar: true, estado: "/tmp/x.json", codigo: "/tmp/c.js", puerto: 8123 });
    expect(leerOpciones([], {}).puerto).toBe(0);
    expect(() => leerOpciones(["--estado"], {})).toThrow(/--estado/);
  });

  it("injects the bridge before the page's own scripts", () => {
    const html = inyectarPuente(
      "<html><head><script>mio()</script></head></html>",
      ["f"],
      "puente()</script>",
    );
    expect(html.indexOf("puente()")).toBeLessThan(html.indexOf("mio()"));
    expect(html).toContain('var __INFORME_FUNCIONES__ = ["f"]');
    expect(html).toContain("puente()<\\/script>");
  });

  it("serves the page, the view, the state and sandboxed frames over HTTP", async () => {
    const enMarcha = await iniciar({ reiniciar: true, estado: archivoTemporal(), dist: distDir, puerto: 0 });
    try {
      const get = (ruta: string) => fetch(new URL(ruta, enMarcha.url));
      expect(await (await get("/")).text()).toContain('<script src="/app.js">');
      expect((await get("/app.js")).status).toBe(200);
      const vista = (await (await get("/api/vista")).json()) as { version: number };
      expect((await get(`/api/vista?desde=${vista.version}`)).status).toBe(204);
      const estado = (await (await get("/api/estado")).json()) as { workbook: { timeZone: string } };
      expect(estado.workbook.timeZone).toBe("America/Panama");
      const menu = await fetch(new URL("/api/menu", enMarcha.url), {
        method: "POST",
        body: JSON.stringify({ ruta: "Informe mensual > Ayuda" }),
      });
      const { vista: despues } = (await menu.json()) as { vista: { dialogo: { id: string } } };
      const marco = await get(`/ui/${despues.dialogo.id}`);
      expect(marco.headers.get("content-security-policy")).toBe(`sandbox ${SANDBOX}`);
      expect(await marco.text()).toContain("__INFORME_FUNCIONES__");
      // The page's load opens the spreadsheet again: the dialog is gone, its frame too.
      const abrir = await fetch(new URL("/api/abrir", enMarcha.url), { method: "POST", body: "{}" });
      const abierto = (await abrir.json()) as { ok: boolean; vista: { dialogo: unknown; menus: unknown[] } };
      expect(abierto).toMatchObject({ ok: true, vista: { dialogo: null } });
      expect(abierto.vista.menus).toHaveLength(1);
      expect((await get(`/ui/${despues.dialogo.id}`)).status).toBe(404);
      expect((await get("/ui/otro-1")).status).toBe(404);
      expect((await get("/documentos/no-existe")).status).toBe(404);
      const malo = await fetch(new URL("/api/editar", enMarcha.url), { method: "POST", body: "{" });
      expect(malo.status).toBe(400);
    } finally {
      await enMarcha.detener();
    }
  }, 30_000);
});
