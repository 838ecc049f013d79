// The Registrar actividad sidebar's embedded data: today in the office's zone, the latest entries whatever their month, bounded entities, ejes by short name.
import { describe, expect, it } from "vitest";
import { FILAS_REVISADAS } from "../../../src/addon/registrar-actividad/barra-lateral";
import type { DatosDelDialogoInforme } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { addonEnPrueba } from "../../support/dist";
import {
  BASE,
  CORREO,
  datosDeLaBarra,
  EJES,
  exito,
  leer,
  llenarActividades,
  registrar,
  registrarCoordinacion,
  registroListo,
} from "./apoyo";

describe("abrirRegistro — the sidebar", () => {
  it("opens from the menu, 300 px, titled, with entities, ejes, today and the latest entries of any month", async () => {
    const { env, harness } = await registroListo();
    exito(
      registrar(harness, { ...BASE, entidad: "JICA", fecha: "2019-05-20", actividad: "Actividad de mayo" }),
    );
    exito(registrar(harness, BASE));
    exito(registrar(harness, { ...BASE, entidad: "unión  europea", actividad: "Segunda de junio" }));
    exito(registrar(harness, { ...BASE, entidad: "<img src=x onerror=alert(1)>", actividad: "Hostil" }));
    exito(registrarCoordinacion(harness, { mes: "2019-06", coordinacion: "Pago anual de membresías." }));
    exito(registrarCoordinacion(harness, { mes: "2019-05", coordinacion: "Del mes pasado." }));
    harness.clickMenu("Registrar actividad");
    const barra = env.state.ui.sidebar;
    expect(barra?.title).toBe("Registrar actividad");
    expect(barra?.width).toBe(300);
    // The hostile entity is embedded escaped: no raw "<img" anywhere in the page.
    expect(barra?.html).not.toContain("<img src=x");
    const datos = datosDeLaBarra(env);
    expect(datos.hoy).toBe("2019-06-03");
    expect(datos.ejes.map((e) => e.nombre)).toEqual([
      "Posicionamiento estratégico",
      expect.stringMatching(/^Promovida y ampliada .*…$/),
    ]);
    expect(datos.ejes.map((e) => e.descripcion)).toEqual(EJES);
    // The latest spelling of an entity is the one offered.
    expect(datos.entidades).toEqual(["<img src=x onerror=alert(1)>", "JICA", "unión europea"]);
    // Early in June, May's entries are still there, under their month.
    expect(datos.actividades.map((a) => [a.titulo, a.mes])).toEqual([
      ["Hostil", "junio 2019"],
      ["Segunda de junio", "junio 2019"],
      [BASE.actividad, "junio 2019"],
      ["Actividad de mayo", "mayo 2019"],
    ]);
    expect(datos.coordinaciones.map((c) => [c.titulo, c.mes])).toEqual([
      ["Del mes pasado.", "mayo 2019"],
      ["Pago anual de membresías.", "junio 2019"],
    ]);
    // Shown only: each save asks Google again.
    expect(datos.correo).toBe(CORREO);
    expect(datos.conocidas.map((c) => c.fila)).toEqual([2, 3, 4, 5]);
  });

  it("embeds the last rows' activities as duplicate keys, hand-typed ones included", async () => {
    const { env, harness } = await registroListo();
    exito(registrar(harness, BASE));
    harness.edit(HOJA.actividades, 3, 1, "Escrita a mano");
    harness.edit(HOJA.actividades, 3, 2, "JICA");
    harness.edit(HOJA.actividades, 3, 4, "07/05/2019");
    harness.edit(HOJA.actividades, 4, 1, "Sin fecha legible");
    harness.edit(HOJA.actividades, 4, 2, "JICA");
    harness.edit(HOJA.actividades, 4, 4, "pronto");
    harness.clickMenu("Registrar actividad");
    const { conocidas } = datosDeLaBarra(env);
    expect(conocidas.map((c) => c.fila)).toEqual([2, 3]);
    expect(conocidas[0]?.clave).toMatch(/^2019-06-03:[0-9a-f]{16}$/);
    expect(conocidas[1]?.clave).toMatch(/^2019-05-07:/);
  });

  it("embeds at most the last FILAS_REVISADAS rows", async () => {
    const { env, harness } = await registroListo();
    llenarActividades(env, 400);
    harness.clickMenu("Registrar actividad");
    const { conocidas } = datosDeLaBarra(env);
    expect(conocidas).toHaveLength(FILAS_REVISADAS);
    expect(conocidas[0]?.fila).toBe(401 - FILAS_REVISADAS + 1);
    expect(conocidas.at(-1)?.fila).toBe(401);
  });

  it("stays under 150 KB at 25,000 rows with 2,000 distinct, long entities", async () => {
    const { env, harness } = await registroListo();
    llenarActividades(
      env,
      25_000,
      (i) => `Embajada de la República número ${i % 2000} ante el Gobierno de Panamá`,
    );
    harness.clickMenu("Registrar actividad");
    const bytes = Buffer.byteLength(env.state.ui.sidebar?.html ?? "");
    console.log(`Registro page at 25,000 rows and 2,000 entities: ${(bytes / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(150 * 1024);
    // The most recently used entities are the ones kept: the last row's (i = 24,999 → 999) down to the 500th.
    const { entidades } = datosDeLaBarra(env);
    const nombre = (n: number) => `Embajada de la República número ${n} ante el Gobierno de Panamá`;
    expect(entidades).toContain(nombre(999));
    expect(entidades).toContain(nombre(500));
    expect(entidades).not.toContain(nombre(499));
  });

  it("is the first item of the menu", async () => {
    const { env } = await addonEnPrueba();
    const items = env.state.ui.menus[0]?.items ?? [];
    expect(items[0]).toMatchObject({ label: "Registrar actividad", functionName: "abrirRegistro" });
  });

  it("sets the registry up when it opens on a new spreadsheet", async () => {
    const { env, harness } = await addonEnPrueba();
    harness.clickMenu("Registrar actividad");
    expect(env.workbook.sheetNames()).toEqual(
      expect.arrayContaining([HOJA.actividades, HOJA.coordinaciones]),
    );
    const datos = datosDeLaBarra(env);
    expect(datos.entidades).toEqual([]);
    expect(datos.actividades).toEqual([]);
  });

  it("a sheet missing a column opens no sidebar: an alert names the column and says how to repair it", async () => {
    const { env, harness } = await registroListo();
    leer(env, HOJA.actividades, (h) => h.deleteColumn(1));
    harness.clickMenu("Registrar actividad");
    expect(env.state.ui.sidebar).toBeNull();
    expect(env.state.ui.alerts.at(-1)?.prompt).toBe(
      "Falta la columna «Actividad/Gestión» en la hoja Actividades: use «Configurar hoja» en el menú Informe mensual para agregarla.",
    );
  });
});

/** The instant of a wall-clock time in Panama (UTC−5 all year). */
const enPanama = (iso: string) => new Date(`${iso}-05:00`);

describe("today is the office's calendar day, all day long", () => {
  const casos: Array<[string, Date, string | undefined, string]> = [
    ["00:01 in Panama", enPanama("2019-06-03T00:01:00"), undefined, "2019-06-03"],
    ["11:59 in Panama", enPanama("2019-06-03T11:59:00"), undefined, "2019-06-03"],
    ["12:01 in Panama", enPanama("2019-06-03T12:01:00"), undefined, "2019-06-03"],
    ["23:59 in Panama", enPanama("2019-06-03T23:59:00"), undefined, "2019-06-03"],
    ["23:59 on the last day of a month", enPanama("2019-05-31T23:59:00"), undefined, "2019-05-31"],
    ["23:59 on New Year's Eve", enPanama("2019-12-31T23:59:00"), undefined, "2019-12-31"],
    ["00:30 in Tokyo (still yesterday in UTC)", new Date("2019-06-02T15:30:00Z"), "Asia/Tokyo", "2019-06-03"],
    ["23:30 in Tokyo", new Date("2019-06-03T14:30:00Z"), "Asia/Tokyo", "2019-06-03"],
  ];
  for (const [nombre, ahora, zona, hoy] of casos) {
    it(`the sidebar's Fecha at ${nombre} is ${hoy}, and the coordination's Mes its month`, async () => {
      const { env, harness } = await registroListo({
        now: () => ahora,
        ...(zona ? { spreadsheet: { timeZone: zona } } : {}),
      });
      harness.clickMenu("Registrar actividad");
      expect(datosDeLaBarra(env).hoy).toBe(hoy);
    });
  }

  /** The month the Generar dialog proposes at `ahora`. */
  async function mesPropuesto(ahora: Date): Promise<string> {
    const { env, harness } = await registroListo({ now: () => ahora });
    harness.clickMenu("Generar informe mensual");
    const html = env.state.ui.dialog?.html ?? "";
    const json = /<script type="application\/json" id="datos-iniciales">([\s\S]*?)<\/script>/.exec(html)?.[1];
    return (JSON.parse(json ?? "{}") as DatosDelDialogoInforme).mes;
  }

  it("the Generar dialog on the 10th after noon still proposes the previous month; on the 11th, the current one", async () => {
    expect(await mesPropuesto(enPanama("2019-06-10T12:01:00"))).toBe("2019-05");
    expect(await mesPropuesto(enPanama("2019-06-10T23:59:00"))).toBe("2019-05");
    expect(await mesPropuesto(enPanama("2019-06-11T00:01:00"))).toBe("2019-06");
    expect(await mesPropuesto(enPanama("2020-01-10T23:00:00"))).toBe("2019-12");
  });
});
