// The date tests under five host time zones: each zone is its own Node process (TZ set before it starts), running test/fiabilidad/zonas/vitest.config.ts.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, rootDir } from "../support/dist";

/**
 * UTC; the office's own zone; far east (+9) and the farthest (+14, a day ahead of Panama most of the
 * day); and a half-hour zone with summer time (Newfoundland, −3:30/−2:30). In each, the spreadsheet
 * is in America/Panama and in Pacific/Kiritimati (test/fiabilidad/zonas/fechas.zona.ts).
 */
const ZONAS = ["UTC", "America/Panama", "Asia/Tokyo", "Pacific/Kiritimati", "America/St_Johns"];

const VITEST = join(rootDir, "node_modules", "vitest", "vitest.mjs");
const CONFIGURACION = join(rootDir, "test", "fiabilidad", "zonas", "vitest.config.ts");

beforeAll(async () => {
  await ensureBuilt();
}, 120_000);

describe("the date tests, under each host time zone", () => {
  for (const zona of ZONAS) {
    it(`TZ=${zona}: every date test passes`, () => {
      const hijo = spawnSync(process.execPath, [VITEST, "run", "--config", CONFIGURACION], {
        cwd: rootDir,
        env: { ...process.env, TZ: zona, FORCE_COLOR: "0", NO_COLOR: "1" },
        encoding: "utf8",
        timeout: 110_000,
      });
      const salida = `${hijo.stdout}\n${hijo.stderr}`;
      const resumen = /Tests\s+(\d+) passed(?:\s*\|\s*(\d+) \w+)?\s*\((\d+)\)/.exec(salida);
      expect(hijo.status, salida.slice(-4000)).toBe(0);
      // The zone's own checks ran, and so did the add-on's other date tests (over 250 in all).
      expect(salida).toContain("fechas.zona.ts");
      expect(Number(resumen?.[1]), salida.slice(-2000)).toBeGreaterThan(250);
      console.log(`TZ=${zona}: ${resumen?.[1]} date tests passed`);
    }, 120_000);
  }
});
