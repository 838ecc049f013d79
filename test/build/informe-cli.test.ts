// `npm run informe`: Generar informe mensual headless through the built bundle, writing the tab and the Doc as HTML.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ensureBuilt, rootDir } from "../support/dist";

it("writes out/informe-2019-05-documento.html and -pestana.html from the sample state and prints their paths", async () => {
  await ensureBuilt();
  const estado = join(mkdtempSync(join(tmpdir(), "informe-cli-")), "estado.json");
  const r = spawnSync(
    process.execPath,
    ["--import", "tsx", "scripts/informe.ts", "--mes", "2019-05", "--estado", estado],
    {
      cwd: rootDir,
      encoding: "utf8",
    },
  );
  expect(r.status, r.stderr).toBe(0);
  expect(r.stdout).toContain("Informe 2019-05: 7 actividades, 4 coordinaciones");
  const doc = /Documento: (.+\.html)/.exec(r.stdout)?.[1] ?? "";
  const tab = /Pestaña: +(.+\.html)/.exec(r.stdout)?.[1] ?? "";
  const htmlDoc = readFileSync(doc, "utf8");
  expect(htmlDoc).toContain("Mayo 2019");
  expect(htmlDoc).toContain("Foro de Diplomacia Cultural");
  expect(htmlDoc).toContain("27 al 30 de mayo");
  expect(readFileSync(tab, "utf8")).toContain("Firma de Carta de entendimiento");
}, 60_000);

it("refuses a missing or malformed month with its usage line", () => {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/informe.ts", "--mes", "mayo"], {
    cwd: rootDir,
    encoding: "utf8",
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toContain("Uso: npm run informe -- --mes AAAA-MM");
});
