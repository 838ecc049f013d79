// The platform checks (src/diagnostico), built as their own script, all pass on the emulator: what they assert of Google is what the emulator does.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { Harness } from "../../emulator/harness";
import { Environment, type EnvironmentOptions } from "../../emulator/index";
import { construirDiagnostico } from "../../scripts/build";

const HOJA = "Diagnóstico";
const EDICION = "Diagnóstico: edición";
const TOTAL = 21;
let codigo = "";
let manifiesto: EnvironmentOptions["manifest"];

beforeAll(async () => {
  const destino = mkdtempSync(join(tmpdir(), "diagnostico-"));
  await construirDiagnostico({ destino, silencioso: true });
  codigo = readFileSync(join(destino, "Code.js"), "utf8");
  manifiesto = JSON.parse(readFileSync(join(destino, "appsscript.json"), "utf8"));
});

function preparar(opciones: Partial<EnvironmentOptions> = {}) {
  const env = new Environment({
    manifest: manifiesto,
    spreadsheet: { name: "Diagnóstico (se puede borrar)", locale: "es_PA" },
    now: () => new Date("2026-06-15T15:00:00Z"),
    ...opciones,
  });
  const harness = new Harness(env, codigo);
  const ejecutar = () => harness.run("ejecutarDiagnostico", [], { authMode: "FULL" }) as string;
  /** The person's part on Google: reload (onOpen) and the three edits the sheet asks for. */
  const persona = () => {
    harness.open("LIMITED");
    harness.edit(EDICION, 2, 2, "hola");
    harness.edit(EDICION, 3, 2, "12");
    harness.edit(EDICION, 4, 2, "2019-05-28");
  };
  const resultados = (): Record<string, { estado: string; detalle: string }> => {
    const filas = env.workbook.values(HOJA).slice(1, TOTAL + 1);
    return Object.fromEntries(
      filas.map((f) => [String(f[0]), { estado: String(f[1]), detalle: String(f[2]) }]),
    );
  };
  return { env, harness, ejecutar, persona, resultados };
}

describe("the diagnostic on the emulator", () => {
  it("leaves the person's checks pending on a first run, then every check passes after the reload and the three edits", () => {
    const { env, ejecutar, persona, resultados } = preparar();
    const primera = ejecutar();
    expect(primera).toContain("pendiente: sesion-limited, edicion-valor");
    expect(resultados()["edicion-valor"]?.detalle).toContain(`En la hoja «${EDICION}» escriba hola en B2`);
    persona();
    const resumen = ejecutar();
    const todos = resultados();
    expect(Object.keys(todos)).toHaveLength(TOTAL);
    for (const [id, r] of Object.entries(todos)) expect({ id, ...r }).toMatchObject({ id, estado: "cumple" });
    expect(resumen).toMatch(
      /^Diagnóstico Informe mensual · 2026-06-15 10:00 · es_PA, America\/Panama · 21 cumple · 0 no cumple · 0 pendiente$/,
    );
    // The summary is the sheet's last line and the log's, each check is logged, nothing is left behind.
    expect(env.workbook.values(HOJA)[TOTAL + 2]?.[0]).toBe(resumen);
    const registro = env.state.logger.entries;
    expect(registro[registro.length - 1]).toBe(resumen);
    expect(registro.filter((l) => l.startsWith("CUMPLE · ")).length).toBeGreaterThanOrEqual(TOTAL);
    expect(env.workbook.sheetNames().filter((n) => n.startsWith("Diagnóstico: prueba"))).toEqual([]);
    const documentos = Object.values(env.state.drive.files).filter((f) =>
      f.name.startsWith("Diagnóstico Informe"),
    );
    // Each of the two runs made its throw-away Doc and the Docs API check's own.
    expect(documentos.length).toBe(4);
    expect(documentos.every((f) => f.trashed)).toBe(true);
    // The office's locale and zone are put back.
    expect(env.workbook.locale).toBe("es_PA");
    expect(env.workbook.timeZone).toBe("America/Panama");
  });

  it("names what the emulator cannot know yet: es_PA read month first, the date form of e.value, the e-mail revealed", () => {
    const { env, ejecutar, persona, resultados } = preparar({
      spreadsheet: { locale: "es_PA", esPaDateOrder: "month-first" },
      editEventDates: "display",
      revealUserInSimpleTriggers: true,
    });
    ejecutar();
    persona();
    ejecutar();
    const r = resultados();
    expect(r["fechas-es-pa"]).toMatchObject({ estado: "cumple" });
    expect(r["fechas-es-pa"]?.detalle).toContain("es_PA lee el mes primero");
    expect(r["edicion-valor"]?.detalle).toContain("forma «display»");
    expect(r["sesion-limited"]?.detalle).toContain(`vio «${env.runtime.activeUserEmail}»`);
    expect(Object.values(r).every((x) => x.estado === "cumple")).toBe(true);
    for (const forma of ["typed", "serial"] as const) {
      const otro = preparar({ editEventDates: forma });
      otro.ejecutar();
      otro.persona();
      otro.ejecutar();
      expect(otro.resultados()["edicion-valor"]?.detalle).toContain(`forma «${forma}»`);
    }
  });

  it("a check that throws is its own «no cumple» with the message, and the others still run", () => {
    const { ejecutar, resultados } = preparar({
      manifest: {
        ...manifiesto,
        oauthScopes: manifiesto.oauthScopes.filter((s) => !s.endsWith("/documents")),
      },
    });
    const resumen = ejecutar();
    const r = resultados();
    for (const id of [
      "docs-vineta",
      "docs-insertar-al-final",
      "docs-texto-tabla",
      "docs-clear-lista",
      "drive-papelera",
      "docs-limite-caracteres",
      "docs-api-lista",
    ]) {
      expect(r[id]?.estado).toBe("no cumple");
      expect(r[id]?.detalle).toContain("Specified permissions are not sufficient to call DocumentApp.create");
    }
    expect(r["texto-arroba"]?.estado).toBe("cumple");
    expect(resumen).toContain(
      "7 no cumple: docs-vineta, docs-insertar-al-final, docs-texto-tabla, docs-clear-lista, drive-papelera, docs-limite-caracteres, docs-api-lista",
    );
  });
  it("without the Docs service in its manifest, docs-api-lista is «no cumple» and says why", () => {
    const { dependencies: _, ...sinDocs } = manifiesto as typeof manifiesto & { dependencies?: unknown };
    const { ejecutar, resultados } = preparar({ manifest: sinDocs });
    ejecutar();
    const r = resultados();
    expect(r["docs-api-lista"]).toEqual({
      estado: "no cumple",
      detalle: "el servicio avanzado Docs no está activado (appsscript.json, dependencies)",
    });
    expect(r["docs-vineta"]?.estado).toBe("cumple");
  });
});
