// The diagnostic's build (npm run build:diagnostico): one plain ES2019 script with a top-level function per entry point, and its own manifest.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "acorn";
import { beforeAll, describe, expect, it } from "vitest";
import { construirDiagnostico, PRESUPUESTO_DE_TAMANO } from "../../scripts/build";

let code = "";
let manifest: { timeZone: string; runtimeVersion: string; oauthScopes: string[] };
let program: ReturnType<typeof parse>;

beforeAll(async () => {
  const destino = mkdtempSync(join(tmpdir(), "diagnostico-paquete-"));
  await construirDiagnostico({ destino, silencioso: true });
  code = readFileSync(join(destino, "Code.js"), "utf8");
  manifest = JSON.parse(readFileSync(join(destino, "appsscript.json"), "utf8"));
  // The same parse as test/build/bundle.test.ts: module syntax, class fields or newer syntax fail.
  program = parse(code, { ecmaVersion: 2019, sourceType: "script" });
});

describe("dist-diagnostico/Code.js", () => {
  it("parses as an ES2019 script with no import or export", () => {
    expect(program.sourceType).toBe("script");
    expect(program.body.some((n) => n.type.startsWith("Import") || n.type.startsWith("Export"))).toBe(false);
  });

  it("declares exactly one top-level function per entry point of src/diagnostico/main.ts", async () => {
    const { entryPoints } = await import("../../src/diagnostico/main");
    const declared = program.body.flatMap((n) =>
      n.type === "FunctionDeclaration" && n.id ? [n.id.name] : [],
    );
    expect(declared.sort()).toEqual(Object.keys(entryPoints).sort());
    expect(declared).toEqual(expect.arrayContaining(["ejecutarDiagnostico", "onEdit", "onOpen"]));
  });

  it("stays within the server's size budget and ships its own manifest with only the scopes its checks need", () => {
    expect(Buffer.byteLength(code)).toBeLessThan(PRESUPUESTO_DE_TAMANO.servidor);
    expect(manifest.timeZone).toBe("America/Panama");
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes.sort()).toEqual(
      [
        "https://www.googleapis.com/auth/documents",
        "https://www.googleapis.com/auth/drive",
        "https://www.googleapis.com/auth/spreadsheets.currentonly",
        "https://www.googleapis.com/auth/userinfo.email",
      ].sort(),
    );
  });
});
