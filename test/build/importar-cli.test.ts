// `npm run importar`: past reports' text to CSV offline, problems on stderr, a failing exit for an unreadable file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { rutaTextoDeMuestra } from "../../playground/semilla";
import { celdaCsv, filaCsv } from "../../src/core/importar/csv";
import { rootDir } from "../support/dist";

const MUESTRA = rutaTextoDeMuestra(rootDir);

function importar(...archivos: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/importar.ts", ...archivos], {
    cwd: rootDir,
    encoding: "utf8",
  });
}

/** RFC 4180 records of a CSV text (quoted fields, doubled quotes, CRLF). */
function registros(csv: string): string[][] {
  const salida: string[][] = [];
  const re = /"((?:[^"]|"")*)"(,|\r\n|$)/g;
  let fila: string[] = [];
  for (const m of csv.matchAll(re)) {
    fila.push((m[1] ?? "").replace(/""/g, '"'));
    if (m[2] !== ",") {
      salida.push(fila);
      fila = [];
    }
  }
  return salida;
}

describe("CSV cells", () => {
  it("quotes every cell, doubles quotes, defuses what a spreadsheet would run", () => {
    expect(celdaCsv('Dijo "hola", y se fue')).toBe('"Dijo ""hola"", y se fue"');
    for (const peligro of ['=HYPERLINK("x")', "+1", "-2", "@SUM(A1)"])
      expect(celdaCsv(peligro)).toBe(`"'${peligro.replace(/"/g, '""')}"`);
    expect(filaCsv(["a", "línea\nnueva"])).toBe('"a","línea\nnueva"\r\n');
  });
});

describe("npm run importar", () => {
  it("prints the sample's 7 activities and 4 coordinations as CSV, dates as YYYY-MM-DD", () => {
    const r = importar(MUESTRA);
    expect(r.status, r.stderr).toBe(0);
    const filas = registros(r.stdout);
    expect(filas[0]).toEqual(["Actividad/Gestión", "Entidad", "Información", "Fecha", "Fecha fin"]);
    expect(filas.slice(1, 8).map((f) => [f[3], f[4]])).toEqual([
      ["2019-05-07", ""],
      ["2019-05-23", ""],
      ["2019-05-27", "2019-05-30"],
      ["2019-05-30", "2019-05-31"],
      ["2019-05-28", ""],
      ["2019-05-30", ""],
      ["2019-05-31", ""],
    ]);
    expect(filas[8]).toEqual(["Mes", "Coordinación"]);
    expect(filas.slice(9).map((f) => f[0])).toEqual(["2019-05", "2019-05", "2019-05", "2019-05"]);
    expect(r.stderr).toContain("Mayo 2019, 7 actividades, 4 coordinaciones");
  }, 30_000);

  it("exports the readable reports and fails on a file that is no report", () => {
    const dir = mkdtempSync(join(tmpdir(), "importar-"));
    const malo = join(dir, "nota.txt");
    writeFileSync(malo, "Lista de compras\n- pan\n");
    const r = importar(MUESTRA, malo);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nota.txt: No se encontró el mes del informe");
    expect(registros(r.stdout)).toHaveLength(1 + 7 + 1 + 4);
  }, 30_000);
});
