// src/core stays pure: no Apps Script, DOM or Node global, no import from outside src/core, small in the bundle.
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parse } from "acorn";
import { build, transformSync } from "esbuild";
import { describe, expect, it } from "vitest";
import { OPCIONES_DEL_SERVIDOR, PRESUPUESTO_DE_TAMANO } from "../../scripts/build";

const raiz = resolve(__dirname, "../..");
const dirCore = join(raiz, "src/core");
/** Every file of core, as paths relative to src/core ("fechas/lectura.ts"), folders included. */
const archivos = (readdirSync(dirCore, { recursive: true }) as string[])
  .map((f) => f.split("\\").join("/"))
  .filter((f) => f.endsWith(".ts"))
  .sort();

/** Names that only exist in Apps Script, the browser or Node: core must work in all three hosts. */
const PROHIBIDOS = new Set([
  "SpreadsheetApp",
  "DocumentApp",
  "DriveApp",
  "HtmlService",
  "PropertiesService",
  "LockService",
  "Session",
  "Utilities",
  "Logger",
  "ScriptApp",
  "MailApp",
  "GmailApp",
  "UrlFetchApp",
  "CacheService",
  "CardService",
  "google",
  "window",
  "document",
  "globalThis",
  "process",
  "require",
  "Buffer",
  "__dirname",
  "setTimeout",
  "Intl",
]);

/** Packages core may import: zod's small build only (full "zod" would break the server bundle budget). */
const PAQUETES_PERMITIDOS = new Set(["zod/mini"]);

type Nodo = { type: string; [clave: string]: unknown };

function esNodo(v: unknown): v is Nodo {
  return typeof v === "object" && v !== null && typeof (v as { type?: unknown }).type === "string";
}

/** Identifiers used as names (not property names after a dot, not object keys), with the import sources. */
function analizar(codigo: string): { nombres: Set<string>; importaciones: string[] } {
  const js = transformSync(codigo, { loader: "ts", format: "esm", target: "es2022" }).code;
  const programa = parse(js, { ecmaVersion: "latest", sourceType: "module" }) as unknown as Nodo;
  const nombres = new Set<string>();
  const importaciones: string[] = [];
  const visitar = (nodo: Nodo): void => {
    if (nodo.type === "Identifier") nombres.add(String(nodo.name));
    if (
      (nodo.type === "ImportDeclaration" || nodo.type.startsWith("Export")) &&
      esNodo(nodo.source) &&
      typeof nodo.source.value === "string"
    ) {
      importaciones.push(nodo.source.value);
    }
    if (nodo.type === "ImportExpression") importaciones.push("(import dinámico)");
    for (const [clave, valor] of Object.entries(nodo)) {
      // `x.document` and `{ window: 1 }` name properties, not globals.
      if (clave === "property" && nodo.type === "MemberExpression" && !nodo.computed) continue;
      if (
        clave === "key" &&
        (nodo.type === "Property" || nodo.type === "PropertyDefinition") &&
        !nodo.computed
      )
        continue;
      const hijos = Array.isArray(valor) ? valor : [valor];
      for (const hijo of hijos) if (esNodo(hijo)) visitar(hijo);
    }
  };
  visitar(programa);
  return { nombres, importaciones };
}

describe("src/core is pure", () => {
  it("has the files of the core (the scan is not vacuous)", () => {
    expect(archivos).toEqual(
      expect.arrayContaining([
        "fechas/calendario.ts",
        "fechas/lectura.ts",
        "registro/reglas.ts",
        "informe/modelo.ts",
      ]),
    );
  });

  it("the scan finds a forbidden global when one is used, and ignores property names", () => {
    const { nombres } = analizar(
      "const a = { window: 1 }; a.document; // SpreadsheetApp\nconst s = 'Logger'; export const f = () => Session.getActiveUser();",
    );
    expect(nombres.has("Session")).toBe(true);
    expect(nombres.has("window")).toBe(false);
    expect(nombres.has("document")).toBe(false);
    expect(nombres.has("SpreadsheetApp")).toBe(false);
    expect(nombres.has("Logger")).toBe(false);
  });

  for (const archivo of archivos) {
    describe(archivo, () => {
      const codigo = readFileSync(join(dirCore, archivo), "utf8");
      const { nombres, importaciones } = analizar(codigo);

      it("references no Apps Script, DOM or Node global", () => {
        expect([...nombres].filter((n) => PROHIBIDOS.has(n))).toEqual([]);
      });

      it("imports only from src/core and zod/mini", () => {
        for (const fuente of importaciones) {
          if (fuente.startsWith(".")) {
            const destino = relative(dirCore, resolve(dirname(join(dirCore, archivo)), fuente));
            expect(destino.startsWith(".."), `${archivo} importa ${fuente}`).toBe(false);
          } else {
            expect(PAQUETES_PERMITIDOS.has(fuente), `${archivo} importa ${fuente}`).toBe(true);
          }
        }
      });

      it("starts with one line saying what it is for", () => {
        expect(codigo.split("\n")[0]).toMatch(/^\/\/ \S.{10,}/);
      });
    });
  }

  it("bundles for the server (ES2019, as scripts/build.ts does) well within the server budget", async () => {
    const entrada = archivos.map((f) => `export * from "./src/core/${f.replace(/\.ts$/, "")}";`).join("\n");
    const r = await build({
      ...OPCIONES_DEL_SERVIDOR,
      stdin: { contents: entrada, resolveDir: raiz, loader: "ts" },
      globalName: "Core",
      write: false,
    });
    const bytes = r.outputFiles[0]?.contents.byteLength ?? Number.POSITIVE_INFINITY;
    console.log(`core bundled as the server is: ${(bytes / 1024).toFixed(1)} KB`);
    // Core is most of Code.js; 60% of the budget leaves the Apps Script side room to grow.
    expect(bytes).toBeLessThan(PRESUPUESTO_DE_TAMANO.servidor * 0.6);
    const js = r.outputFiles[0]?.text ?? "";
    // ES2019 parses it: no syntax the Apps Script runtime lacks slipped in through core or zod.
    expect(() => parse(js, { ecmaVersion: 2019, sourceType: "script" })).not.toThrow();
  });
});
