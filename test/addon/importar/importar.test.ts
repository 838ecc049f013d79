// Importar informe anterior on the emulator: the sample pasted or read from its Doc, previewed,
// imported once (a second time adds nothing), and reported again exactly as the sample.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leerMuestra, rutaMuestra, rutaTextoDeMuestra } from "../../../playground/semilla";
import type { Respuesta, ResultadoDeImportacion, VistaPreviaDeImportacion } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { rootDir } from "../../support/dist";
import { registroListo } from "../registrar-actividad/apoyo";

const TEXTO = readFileSync(rutaTextoDeMuestra(rootDir), "utf8");
const muestra = leerMuestra(rutaMuestra(rootDir));
type Prueba = Awaited<ReturnType<typeof registroListo>>;

const vistaPrevia = (p: Prueba, fuente: unknown, correcciones: unknown = []) =>
  p.harness.run("prepararImportacion", [fuente, correcciones], {
    authMode: "FULL",
  }) as Respuesta<VistaPreviaDeImportacion>;
const importar = (p: Prueba, fuente: unknown, correcciones: unknown = []) =>
  p.harness.run("importarInforme", [fuente, correcciones], {
    authMode: "FULL",
  }) as Respuesta<ResultadoDeImportacion>;
const filasDe = (p: Prueba, hoja: string) =>
  p.env.workbook
    .values(hoja)
    .slice(1)
    .filter((f) => f.some((v) => v !== ""));

describe("Importar informe anterior", () => {
  it("previews the sample: 7 new activities with their dates in words, 4 coordinations; writes nothing", async () => {
    const p = await registroListo();
    const v = vistaPrevia(p, { tipo: "texto", texto: TEXTO });
    if (!v.ok) throw new Error(v.errores[0]?.mensaje);
    expect(v).toMatchObject({
      titulo: "Mayo 2019",
      mes: "2019-05",
      actividadesNuevas: 7,
      coordinacionesNuevas: 4,
    });
    expect(v.actividades.map((a) => a.fecha)).toContain("27 al 30 de mayo de 2019");
    expect(filasDe(p, HOJA.actividades)).toEqual([]);
  });

  it("imports the rows with IDs, Registrado por «importado: …» and Registrado el; a second import adds 0", async () => {
    const p = await registroListo({ now: () => new Date("2026-12-01T15:00:00Z") });
    const r = importar(p, { tipo: "texto", texto: TEXTO });
    expect(r).toMatchObject({ ok: true, actividades: 7, coordinaciones: 4, primeraFila: 2 });
    const filas = filasDe(p, HOJA.actividades);
    expect(filas.map((f) => f[0])).toEqual(muestra.actividades.map((a) => a.actividad));
    expect(new Set(filas.map((f) => f[8])).size).toBe(7);
    expect(filas.every((f) => f[6] === "importado: Mayo 2019")).toBe(true);
    expect(p.env.workbook.displayValue(HOJA.actividades, 2, 8)).toBe("01/12/2026 10:00");
    expect(filasDe(p, HOJA.coordinaciones).map((f) => f[1])).toEqual(muestra.coordinaciones);
    const otra = importar(p, { tipo: "texto", texto: TEXTO });
    expect(otra).toMatchObject({
      ok: true,
      actividades: 0,
      coordinaciones: 0,
      vista: { actividadesYaEstaban: 7, coordinacionesYaEstaban: 4 },
    });
    expect(filasDe(p, HOJA.actividades)).toHaveLength(7);
  });

  it("round trip: imported into an empty registry, May 2019 reports the sample's activities and coordinations", async () => {
    const p = await registroListo();
    importar(p, { tipo: "texto", texto: TEXTO });
    const g = p.harness.run("generarInforme", ["2019-05"], { authMode: "FULL" }) as {
      ok: boolean;
      actividades: number;
      coordinaciones: number;
    };
    expect(g).toMatchObject({ ok: true, actividades: 7, coordinaciones: 4 });
    const tab = p.env.workbook.values("Informe 2019-05").flat().map(String);
    for (const a of muestra.actividades) {
      expect(tab).toContain(a.actividad);
      expect(tab).toContain(a.informacion);
    }
    for (const c of muestra.coordinaciones) expect(tab.some((t) => t.includes(c))).toBe(true);
    expect(tab).toContain("27 al 30 de mayo");
  });

  it("a row with an unreadable date is shown with the reason; corrected in the preview, it is imported", async () => {
    const p = await registroListo();
    const texto = TEXTO.replace("\t23 May.", "\tPor confirmar");
    const v = vistaPrevia(p, { tipo: "texto", texto });
    if (!v.ok) throw new Error("preview");
    expect(v.actividades[1]).toMatchObject({ estado: "problema", fecha: null });
    expect(importar(p, { tipo: "texto", texto })).toMatchObject({ actividades: 6 });
    expect(importar(p, { tipo: "texto", texto }, [{ indice: 1, fecha: "23 de mayo" }])).toMatchObject({
      actividades: 1,
    });
    expect(filasDe(p, HOJA.actividades)).toHaveLength(7);
  });

  it("reads the report from its Doc: the table's cells and the list items", async () => {
    const p = await registroListo();
    const url = p.env.runtime.uncounted(() => {
      const docs = p.env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
      const doc = docs.create("Informe mayo 2019 (oficina)");
      const cuerpo = doc.getBody();
      cuerpo.appendParagraph("OFICINA DE COOPERACIÓN INTERNACIONAL");
      cuerpo.appendParagraph("Mayo 2019");
      cuerpo.appendTable([
        ["Actividad/Gestión", "Entidad", "Información", "Fecha"],
        ...muestra.actividades.map((a) => [a.actividad, a.entidad, a.informacion, a.fechaEscrita]),
      ]);
      cuerpo.appendParagraph("Coordinaciones:");
      for (const c of muestra.coordinaciones) cuerpo.appendListItem(c);
      const enlace = doc.getUrl();
      doc.saveAndClose();
      return enlace;
    });
    const r = importar(p, { tipo: "documento", url });
    expect(r).toMatchObject({ ok: true, actividades: 7, coordinaciones: 4 });
    expect(filasDe(p, HOJA.actividades)[0]?.[6]).toBe("importado: Informe mayo 2019 (oficina)");
  });

  it("refuses what the dialog should never send, and a link that is not a Doc, with Spanish messages", async () => {
    const p = await registroListo();
    for (const fuente of [null, { tipo: "texto" }, { tipo: "texto", texto: 5 }, { tipo: "otro" }, "x"]) {
      expect(vistaPrevia(p, fuente)).toMatchObject({ ok: false, errores: [{ campo: "general" }] });
    }
    expect(vistaPrevia(p, { tipo: "documento", url: "https://example.org/x" })).toMatchObject({
      ok: false,
      errores: [{ campo: "url" }],
    });
    expect(vistaPrevia(p, { tipo: "texto", texto: "   " })).toMatchObject({
      ok: false,
      errores: [{ campo: "texto", mensaje: "Pegue el texto del informe." }],
    });
    expect(vistaPrevia(p, { tipo: "texto", texto: "hola" })).toMatchObject({
      ok: false,
      errores: [{ campo: "texto" }],
    });
    expect(filasDe(p, HOJA.actividades)).toEqual([]);
  });
});
