// The clasp set-up: the committed .clasp.json never holds a script id, the id lives in a gitignored file, deploy refuses without one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  esIdDeScript,
  guardarIdDeScript,
  idDeScriptConfigurado,
  PROYECTO_CLASP,
  proyectoLocal,
  RAIZ,
} from "../../scripts/proyecto-clasp";

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcdef";

describe(".clasp.json", () => {
  it("is tracked, points clasp at dist/ and holds no script id", () => {
    const seguido = spawnSync("git", ["ls-files", "--error-unmatch", ".clasp.json"], { cwd: RAIZ });
    expect(seguido.status).toBe(0);
    const proyecto = JSON.parse(readFileSync(PROYECTO_CLASP, "utf8")) as Record<string, unknown>;
    expect(proyecto.rootDir).toBe("dist");
    expect(proyecto).not.toHaveProperty("scriptId");
  });

  it("keeps the id in a file git ignores", () => {
    const ignorado = spawnSync("git", ["check-ignore", "-q", ".clasp.local.json"], { cwd: RAIZ });
    expect(ignorado.status).toBe(0);
    expect(proyectoLocal({})).toBe(join(RAIZ, ".clasp.local.json"));
  });
});

describe("the script id", () => {
  it("is stored with the committed settings and read back; the environment wins for one deploy", () => {
    const ruta = join(mkdtempSync(join(tmpdir(), "informe-clasp-test-")), "local.json");
    guardarIdDeScript(ID, ruta);
    expect(JSON.parse(readFileSync(ruta, "utf8"))).toEqual({ rootDir: "dist", scriptId: ID });
    expect(idDeScriptConfigurado({ INFORME_CLASP_LOCAL: ruta })).toBe(ID);
    expect(idDeScriptConfigurado({ INFORME_CLASP_LOCAL: ruta, INFORME_SCRIPT_ID: `${ID}x` })).toBe(`${ID}x`);
  });

  it("refuses what is not an Apps Script id (a URL, a placeholder)", () => {
    expect(esIdDeScript(ID)).toBe(true);
    expect(esIdDeScript("https://script.google.com/d/abc/edit")).toBe(false);
    expect(esIdDeScript("<SCRIPT_ID>")).toBe(false);
    expect(() => guardarIdDeScript("TU_ID", join(tmpdir(), "nunca.json"))).toThrow(/no parece un ID/);
  });

  it("missing, deploy stops with exit code 2 and says how to set one, without calling clasp", () => {
    const entorno: NodeJS.ProcessEnv = {
      ...process.env,
      INFORME_CLASP_LOCAL: join(tmpdir(), "no-existe-informe.json"),
    };
    delete entorno.INFORME_SCRIPT_ID;
    const r = spawnSync(process.execPath, ["--import", "tsx", join(RAIZ, "scripts/deploy.ts")], {
      cwd: RAIZ,
      env: entorno,
      encoding: "utf8",
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("No hay ID de script configurado");
    expect(r.stderr).toContain("npm run setup:clasp -- --script-id <ID>");
  });
});
