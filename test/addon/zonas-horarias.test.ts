// Dates must not shift with the host's time zone: the spreadsheet is in America/Panama whatever the machine says.
import { afterAll, describe, expect, it } from "vitest";
import { documentText } from "../../emulator/document/index";
import { cargarMuestra, leerMuestra, rutaMuestra } from "../../playground/semilla";
import { HOJA } from "../../src/core/registro/hojas";
import { addonEnPrueba, rootDir } from "../support/dist";

const original = process.env.TZ;
afterAll(() => {
  if (original === undefined) delete process.env.TZ;
  else process.env.TZ = original;
});

describe.each(["UTC", "Asia/Tokyo"])("with the host time zone set to %s", (zona) => {
  it("the sample report prints the same days, and typed dates land on the typed day", async () => {
    process.env.TZ = zona;
    // Node re-reads TZ when it changes: prove the host zone really is the one under test.
    expect(new Date(2019, 4, 7).getTimezoneOffset()).toBe(zona === "UTC" ? 0 : -540);
    const { env, harness } = await addonEnPrueba({ now: () => new Date("2019-06-03T15:00:00Z") });
    cargarMuestra(env, harness, leerMuestra(rutaMuestra(rootDir)));
    harness.edit(HOJA.actividades, 9, 1, "Reunión de cierre");
    harness.edit(HOJA.actividades, 9, 2, "Alcaldía");
    harness.edit(HOJA.actividades, 9, 3, "Cierre del mes.");
    harness.edit(HOJA.actividades, 9, 4, "31/05/2019");
    expect(env.workbook.displayValue(HOJA.actividades, 9, 4)).toBe("31/05/2019");
    const r = harness.run("generarInforme", ["2019-05"], { authMode: "FULL" }) as {
      ok: boolean;
      url: string;
    };
    expect(r.ok).toBe(true);
    const texto = documentText(env.state.docs, /\/d\/([^/]+)/.exec(r.url)?.[1] ?? "");
    for (const fecha of ["7 de mayo", "23 de mayo", "27 al 30 de mayo", "30 al 31 de mayo", "31 de mayo"]) {
      expect(texto).toContain(`\t${fecha}\n`);
    }
    // No table date slipped into the neighbouring months.
    expect(texto).not.toMatch(/\t[^\t\n]*de (abril|junio)\n/);
    expect(texto).toContain("Generado el 3 de junio de 2019 a las 10:00");
    expect(texto).toContain("Reunión de cierre");
  });
});
