// The built Apps Script file: a plain ES2019 script whose entry points are real top-level functions.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import { beforeAll, describe, expect, it } from "vitest";
import { PRESUPUESTO_DE_TAMANO } from "../../scripts/build";
import { MENU } from "../../src/addon/menu-items";
import { distDir, ensureBuilt } from "../support/dist";

let code = "";
let program: ReturnType<typeof parse>;

beforeAll(async () => {
  await ensureBuilt();
  code = readFileSync(join(distDir, "Code.js"), "utf8");
  // ecmaVersion 2019 and sourceType "script": any module syntax, class field or newer syntax fails to parse.
  program = parse(code, { ecmaVersion: 2019, sourceType: "script" });
});

function topLevelFunctionNames(): string[] {
  return program.body.flatMap((node) =>
    node.type === "FunctionDeclaration" && node.id ? [node.id.name] : [],
  );
}

describe("dist/Code.js", () => {
  it("parses as an ES2019 script (no import/export, no class fields)", () => {
    expect(program.sourceType).toBe("script");
    expect(program.body.some((n) => n.type.startsWith("Import") || n.type.startsWith("Export"))).toBe(false);
  });

  it("declares a top-level function for every entry point of src/main.ts", async () => {
    const { entryPoints } = await import("../../src/main");
    const declared = topLevelFunctionNames();
    for (const name of Object.keys(entryPoints)) expect(declared).toContain(name);
    expect(declared.sort()).toEqual(Object.keys(entryPoints).sort());
  });

  it("has a top-level function for every menu item", () => {
    const declared = topLevelFunctionNames();
    for (const item of MENU.items) if (item !== "separador") expect(declared).toContain(item.funcion);
  });

  it("stays within the size budget (loaded afresh on every invocation)", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(PRESUPUESTO_DE_TAMANO.servidor);
  });

  it("ships the manifest with the time zone, V8 and explicit scopes", () => {
    const manifest = JSON.parse(readFileSync(join(distDir, "appsscript.json"), "utf8"));
    expect(manifest.timeZone).toBe("America/Panama");
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.exceptionLogging).toBe("STACKDRIVER");
    expect(manifest.oauthScopes.length).toBeGreaterThan(0);
    expect(manifest.oauthScopes).not.toContain("https://www.googleapis.com/auth/spreadsheets");
  });
});
