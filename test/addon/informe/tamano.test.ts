// A month whose report cannot be one Google Doc: refused in the preflight and by Generar before anything is made.
import { describe, expect, it } from "vitest";
import { documentCharacters, MAX_DOCUMENT_CHARS } from "../../../emulator/document/index";
import type { Preflight, Respuesta } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { actividadesDeMayo, conMuestra, docsVivos, generar, idDelDocumento, TAB } from "./apoyo";

/** An Información of 2,900 characters (the rules allow 3,000). */
const LARGA = "Informe de la misión técnica. ".repeat(100).slice(0, 2900);

describe("a report too long for one Google Doc", () => {
  it("is refused under the month, in the preflight and by Generar, with no tab, Doc or Historial row made", async () => {
    const { env, harness } = await conMuestra();
    actividadesDeMayo(env, 360, () => LARGA);
    const preflight = harness.run("prepararInforme", ["2019-05"], {
      authMode: "FULL",
    }) as Respuesta<Preflight>;
    const esperado = {
      ok: false,
      errores: [
        {
          campo: "mes",
          mensaje: expect.stringMatching(
            /^Mayo 2019 no cabe en un documento de Google: con 367 actividades y 4 coordinaciones, el informe tendría unos 1\d{3} mil caracteres, y un documento admite hasta 1020 mil\. Revise las filas de este mes/,
          ),
        },
      ],
    };
    expect(preflight).toEqual(esperado);
    const historial = env.workbook.values(HOJA.historial);
    expect(generar(harness)).toEqual(esperado);
    expect(env.workbook.sheetNames()).not.toContain(TAB);
    expect(docsVivos(env)).toHaveLength(0);
    expect(env.workbook.values(HOJA.historial)).toEqual(historial);
  }, 60_000);

  it("just under the limit, the report is generated and the Doc holds it all", async () => {
    const { env, harness } = await conMuestra();
    actividadesDeMayo(env, 330, () => LARGA);
    const r = generar(harness);
    expect(r.ok && r.actividades).toBe(337);
    const contenido = env.state.docs.documents[idDelDocumento(r.ok ? r.url : "")];
    if (!contenido) throw new Error("no Doc");
    const caracteres = documentCharacters(contenido);
    expect(caracteres).toBeGreaterThan(0.9 * MAX_DOCUMENT_CHARS);
    expect(caracteres).toBeLessThanOrEqual(MAX_DOCUMENT_CHARS);
  }, 60_000);
});
