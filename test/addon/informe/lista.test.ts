// The report's coordinations after the first are written in one Docs API request; DocumentApp writes them when that fails or the service is off.
import { describe, expect, it } from "vitest";
import type { ListItemNode } from "../../../emulator/document/model";
import { paragraphText } from "../../../emulator/document/model";
import type { Environment } from "../../../emulator/index";
import { HOJA } from "../../../src/core/registro/hojas";
import { manifest } from "../../support/dist";
import { conMuestra, generar, idDelDocumento } from "./apoyo";

/** The sample's 4 May coordinations, then `n` more typed under them (`texto(i)`), in one uncounted write. */
function coordinacionesDeMayo(env: Environment, n: number, texto: (i: number) => string): void {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  env.runtime.uncounted(() => {
    const hoja = app.getActiveSpreadsheet().getSheetByName(HOJA.coordinaciones);
    if (!hoja) throw new Error("no Coordinaciones");
    hoja.insertRowsAfter(hoja.getMaxRows(), n);
    hoja
      .getRange(6, 1, n, 2)
      .setValues(Array.from({ length: n }, (_, i) => [new Date(Date.UTC(2019, 4, 1, 5)), texto(i)]));
  });
}

/** The month's Doc's bullets as stored, read without a call. */
function vinetas(env: Environment, url: string): ListItemNode[] {
  const doc = env.state.docs.documents[idDelDocumento(url)];
  if (!doc) throw new Error("no Doc");
  return doc.body.children.filter((b): b is ListItemNode => b.type === "LIST_ITEM");
}

function llamadasA(env: Environment, metodo: string): number {
  return env.runtime.callLog.filter((m) => m === metodo).length;
}

const texto = (i: number) => `Coordinación número ${i} con la embajada`;

/** Every bullet as the report writes it: the bullet glyph, one list, the indents and the body text's style. */
function comprobarVinetas(items: readonly ListItemNode[], textos: readonly string[]): void {
  expect(items.map((i) => paragraphText(i))).toEqual(textos);
  const lista = items[0]?.attrs.LIST_ID;
  for (const item of items) {
    expect(item.attrs).toMatchObject({
      GLYPH_TYPE: "BULLET",
      LIST_ID: lista,
      INDENT_FIRST_LINE: 18,
      INDENT_START: 36,
    });
    for (const inline of item.inlines) {
      if (inline.type !== "TEXT") continue;
      for (const run of inline.runs)
        expect(run.attrs).toMatchObject({ FONT_FAMILY: "Arial", FONT_SIZE: 10, FOREGROUND_COLOR: "#1f2328" });
    }
  }
}

/** The report generated, its Doc holding the sample's 4 bullets and then the `n` typed, each once, as the report writes them. */
function informeConVinetas(env: Environment, r: ReturnType<typeof generar>, n: number): void {
  if (!r.ok) throw new Error(JSON.stringify(r));
  const items = vinetas(env, r.url);
  expect(items).toHaveLength(4 + n);
  comprobarVinetas(
    items.slice(4),
    Array.from({ length: n }, (_, i) => texto(i)),
  );
}

describe("Generar informe mensual — the coordinations in one request", () => {
  it("504 coordinations: the first with DocumentApp, the other 503 in one batch, each a bullet of one list, in order", async () => {
    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 500, texto);
    env.runtime.resetCalls();
    env.runtime.recordCalls = true;
    const r = generar(harness);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.coordinaciones).toBe(504);
    const items = vinetas(env, r.url);
    expect(items).toHaveLength(504);
    comprobarVinetas(
      items.slice(4),
      Array.from({ length: 500 }, (_, i) => texto(i)),
    );
    comprobarVinetas(
      items,
      items.map((i) => paragraphText(i)),
    );
    expect(llamadasA(env, "Body.insertListItem")).toBe(1);
    expect(llamadasA(env, "Docs.Documents.get")).toBe(1);
    expect(llamadasA(env, "Docs.Documents.batchUpdate")).toBe(1);
    expect(env.runtime.totalCalls()).toBeLessThan(140);
  });

  it("a coordination typed on several lines stays one bullet, its line breaks inside it", async () => {
    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 2, (i) => `Primera línea ${i}\nsegunda línea ${i}`);
    const r = generar(harness);
    if (!r.ok) throw new Error(JSON.stringify(r));
    const items = vinetas(env, r.url);
    expect(items).toHaveLength(6);
    expect(items.slice(4).map((i) => paragraphText(i))).toEqual([
      "Primera línea 0\nsegunda línea 0",
      "Primera línea 1\nsegunda línea 1",
    ]);
  });

  it("a regeneration replaces the list: as many bullets as coordinations, never the old ones twice", async () => {
    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 20, texto);
    const primera = generar(harness);
    if (!primera.ok) throw new Error(JSON.stringify(primera));
    const r = generar(harness);
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(r.url).toBe(primera.url);
    expect(vinetas(env, r.url)).toHaveLength(24);
  });

  it("the request fails: DocumentApp writes the rest after the save, and the report is whole, each bullet once", async () => {
    const referencia = await conMuestra();
    coordinacionesDeMayo(referencia.env, 30, texto);
    referencia.env.runtime.resetCalls();
    referencia.env.runtime.recordCalls = true;
    expect(generar(referencia.harness).ok).toBe(true);
    const indice = referencia.env.runtime.callLog.indexOf("Docs.Documents.batchUpdate");
    expect(indice).toBeGreaterThan(0);

    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 30, texto);
    env.runtime.resetCalls();
    env.runtime.failAtCall = indice;
    const r = generar(harness);
    env.runtime.failAtCall = undefined;
    informeConVinetas(env, r, 30);
  });

  it("the request went through but its answer was lost: nothing is written twice", async () => {
    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 30, texto);
    const docs = env.globals.Docs as { Documents: { batchUpdate: (...a: unknown[]) => unknown } };
    const original = docs.Documents.batchUpdate;
    docs.Documents.batchUpdate = (...a: unknown[]) => {
      original(...a);
      throw new Error(
        "API call to docs.documents.batchUpdate failed with error: Internal error encountered.",
      );
    };
    const r = generar(harness);
    informeConVinetas(env, r, 30);
  });

  it("the request names the revision it read, so a Doc changed in between refuses it whole", async () => {
    const { env, harness } = await conMuestra();
    coordinacionesDeMayo(env, 3, texto);
    const docs = env.globals.Docs as {
      Documents: {
        get: (...a: unknown[]) => { revisionId?: string };
        batchUpdate: (...a: unknown[]) => unknown;
      };
    };
    const { get, batchUpdate } = docs.Documents;
    const leidas: Array<string | undefined> = [];
    const pedidas: unknown[] = [];
    docs.Documents.get = (...a) => {
      const d = get(...a);
      leidas.push(d.revisionId);
      return d;
    };
    docs.Documents.batchUpdate = (...a) => {
      pedidas.push(a[0]);
      return batchUpdate(...a);
    };
    expect(generar(harness).ok).toBe(true);
    expect(leidas).toHaveLength(1);
    expect(leidas[0]).toEqual(expect.any(String));
    expect(pedidas).toEqual([expect.objectContaining({ writeControl: { requiredRevisionId: leidas[0] } })]);
  });

  it("without the Docs service in the manifest, DocumentApp writes every bullet (two calls each)", async () => {
    const { dependencies: _, ...sinDocs } = manifest() as ReturnType<typeof manifest> & {
      dependencies?: unknown;
    };
    const { env, harness } = await conMuestra({ manifest: sinDocs });
    expect(env.globals.Docs).toBeUndefined();
    coordinacionesDeMayo(env, 10, texto);
    env.runtime.resetCalls();
    env.runtime.recordCalls = true;
    informeConVinetas(env, generar(harness), 10);
    expect(llamadasA(env, "Body.insertListItem")).toBe(14);
    expect(llamadasA(env, "ListItem.setAttributes")).toBe(14);
  });
});
