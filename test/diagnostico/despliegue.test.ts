// npm run deploy:diagnostico: the checks' own script id in its own gitignored file, pushing dist-diagnostico/, and a refusal without one.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  COMPLEMENTO,
  DIAGNOSTICO,
  destinoDe,
  guardarIdDeScript,
  idDeScriptConfigurado,
  proyectoLocal,
  RAIZ,
} from "../../scripts/proyecto-clasp";

const ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-diagnos";

describe("the diagnostic's clasp project", () => {
  it("keeps its id apart from the add-on's, in a file git ignores, pushing dist-diagnostico/", () => {
    expect(destinoDe(["--diagnostico"])).toBe(DIAGNOSTICO);
    expect(destinoDe([])).toBe(COMPLEMENTO);
    expect(proyectoLocal({}, DIAGNOSTICO)).toBe(join(RAIZ, ".clasp.diagnostico.local.json"));
    expect(
      spawnSync("git", ["check-ignore", "-q", ".clasp.diagnostico.local.json"], { cwd: RAIZ }).status,
    ).toBe(0);
    expect(spawnSync("git", ["check-ignore", "-q", "dist-diagnostico/Code.js"], { cwd: RAIZ }).status).toBe(
      0,
    );
    const ruta = join(mkdtempSync(join(tmpdir(), "diagnostico-clasp-")), "local.json");
    guardarIdDeScript(ID, ruta, DIAGNOSTICO);
    expect(JSON.parse(readFileSync(ruta, "utf8"))).toEqual({ rootDir: "dist-diagnostico", scriptId: ID });
    expect(idDeScriptConfigurado({ INFORME_DIAGNOSTICO_CLASP_LOCAL: ruta }, DIAGNOSTICO)).toBe(ID);
    // The add-on's id never stands in for the diagnostic's, nor the other way round.
    expect(
      idDeScriptConfigurado({ INFORME_SCRIPT_ID: ID, INFORME_DIAGNOSTICO_CLASP_LOCAL: "/nada" }, DIAGNOSTICO),
    ).toBe(undefined);
    expect(idDeScriptConfigurado({ INFORME_DIAGNOSTICO_SCRIPT_ID: ID, INFORME_CLASP_LOCAL: "/nada" })).toBe(
      undefined,
    );
  });

  it("without an id, deploy:diagnostico stops with exit code 2 and says how to set one, without calling clasp", () => {
    const entorno: NodeJS.ProcessEnv = {
      ...process.env,
      INFORME_DIAGNOSTICO_CLASP_LOCAL: join(tmpdir(), "no-existe-diagnostico.json"),
    };
    delete entorno.INFORME_DIAGNOSTICO_SCRIPT_ID;
    const r = spawnSync(
      process.execPath,
      ["--import", "tsx", join(RAIZ, "scripts/deploy.ts"), "--diagnostico"],
      {
        cwd: RAIZ,
        env: entorno,
        encoding: "utf8",
      },
    );
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("No hay ID de script para el diagnóstico");
    expect(r.stderr).toContain("npm run setup:clasp -- --diagnostico --spreadsheet <SHEET_ID>");
  });
});
