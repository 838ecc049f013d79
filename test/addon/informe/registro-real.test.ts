// Generar informe mensual on registries as offices keep them: moved columns, deleted sheets, Historial edited by hand, saves and generations at once.
import { describe, expect, it } from "vitest";
import { documentText } from "../../../emulator/document/index";
import type { Environment } from "../../../emulator/index";
import type { Preflight, Respuesta, RespuestaRegistro } from "../../../src/core/api";
import { HOJA } from "../../../src/core/registro/hojas";
import { nuevoId } from "../../../src/ui/id";
import { conMuestra, generar, idDelDocumento, sinPie, TAB } from "./apoyo";

type Hoja = GoogleAppsScript.Spreadsheet.Sheet;

/** Works on a sheet as a person would, outside the script: no call is counted. */
function aMano<T>(
  env: Environment,
  nombre: string,
  f: (hoja: Hoja, ss: GoogleAppsScript.Spreadsheet.Spreadsheet) => T,
): T {
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return env.runtime.uncounted(() => {
    const ss = app.getActiveSpreadsheet();
    const hoja = ss.getSheetByName(nombre);
    if (!hoja) throw new Error(`no sheet ${nombre}`);
    return f(hoja, ss);
  });
}

function preflight(harness: Parameters<typeof generar>[0], mes = "2019-05"): Respuesta<Preflight> {
  return harness.run("prepararInforme", [mes], { authMode: "FULL" }) as Respuesta<Preflight>;
}

function docDe(env: Environment, url: string): string {
  return documentText(env.state.docs, idDelDocumento(url));
}

describe("columns found by their header", () => {
  it("a reordered Actividades with an office column reports exactly as the canonical one, and keeps that column", async () => {
    const canonico = await conMuestra();
    const esperado = generar(canonico.harness);
    if (!esperado.ok) throw new Error("canonical generation failed");

    const { env, harness } = await conMuestra();
    const observaciones = aMano(env, HOJA.actividades, (h) => {
      const valores = h.getRange(1, 1, h.getLastRow(), 9).getValues();
      // Entidad and Información swapped, Fecha first, an "Observaciones" column of the office's in the middle.
      const orden = [3, 0, 2, 1, 4, 5, 6, 7, 8];
      const nuevos = valores.map((fila, i) => {
        const movida = orden.map((c) => fila[c]);
        return [...movida.slice(0, 2), i === 0 ? "Observaciones" : `nota ${i}`, ...movida.slice(2)];
      });
      h.insertColumnAfter(9);
      h.getRange(1, 1, nuevos.length, 10).setValues(nuevos);
      return nuevos.map((f) => f[2]);
    });
    const r = generar(harness);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.actividades).toBe(esperado.actividades);
    expect(sinPie(docDe(env, r.url))).toBe(sinPie(docDe(canonico.env, esperado.url)));
    expect(sinPie(env.workbook.displayValues(TAB))).toBe(sinPie(canonico.env.workbook.displayValues(TAB)));
    expect(
      aMano(env, HOJA.actividades, (h) =>
        h
          .getRange(1, 3, observaciones.length, 1)
          .getValues()
          .map(([v]) => v),
      ),
    ).toEqual(observaciones);
  });

  it("a missing column stops the preflight and the generation with one message naming it", async () => {
    const { env, harness } = await conMuestra();
    aMano(env, HOJA.actividades, (h) => h.deleteColumn(4));
    const mensaje =
      "Falta la columna «Fecha» en la hoja Actividades: use «Configurar hoja» en el menú Informe mensual para agregarla.";
    expect(preflight(harness)).toEqual({ ok: false, errores: [{ campo: "general", mensaje }] });
    expect(generar(harness)).toEqual({ ok: false, errores: [{ campo: "general", mensaje }] });
    expect(env.workbook.sheetNames()).not.toContain(TAB);
  });
});

describe("settings and history never reset silently", () => {
  it("a deleted Configuración stops generation; Configurar hoja brings back the office's values, not the defaults", async () => {
    const { env, harness } = await conMuestra();
    aMano(env, HOJA.configuracion, (h) => {
      const filas = h.getRange(2, 1, h.getLastRow() - 1, 2).getValues();
      const fila = (clave: string) => filas.findIndex(([k]) => k === clave) + 2;
      h.getRange(fila("Teléfonos"), 2).setValue("506-1234");
      h.getRange(fila("Compartir informe"), 2).setValue("Cualquiera con enlace");
    });
    expect(generar(harness).ok).toBe(true);
    aMano(env, HOJA.configuracion, (h, ss) => ss.deleteSheet(h));
    const r = generar(harness);
    expect(r).toEqual({
      ok: false,
      errores: [
        {
          campo: "general",
          mensaje: "Falta la hoja Configuración: use «Configurar hoja» en el menú Informe mensual.",
        },
      ],
    });
    harness.clickMenu("Configurar hoja");
    expect(env.state.ui.toasts.at(-1)?.message).toContain(
      "Configuración (restaurada de la última copia del complemento)",
    );
    const valores = Object.fromEntries(
      env.workbook
        .values(HOJA.configuracion)
        .slice(1)
        .map(([k, v]) => [k, v]),
    );
    expect(valores.Teléfonos).toBe("506-1234");
    expect(valores["Compartir informe"]).toBe("Cualquiera con enlace");
    const otra = generar(harness);
    expect(otra.ok).toBe(true);
    if (otra.ok) expect(docDe(env, otra.url)).toContain("506-1234");
  });

  it("a deleted Historial stops generation; Configurar hoja rebuilds it, and the count goes on", async () => {
    const { env, harness } = await conMuestra();
    expect(generar(harness).ok).toBe(true);
    aMano(env, HOJA.historial, (h, ss) => ss.deleteSheet(h));
    const r = generar(harness);
    expect(r.ok ? "" : r.errores[0]?.mensaje).toBe(
      "Falta la hoja Historial de informes: use «Configurar hoja» en el menú Informe mensual.",
    );
    harness.clickMenu("Configurar hoja");
    const filas = env.workbook.displayValues(HOJA.historial);
    expect(filas).toHaveLength(2);
    expect(filas[1]?.[0]).toBe("mayo 2019");
    expect(filas[1]?.[7]).toBe("1");
    const otra = generar(harness);
    expect(otra.ok && otra.avisos).toContain("Informe regenerado (vez 2): el enlace es el mismo.");
    expect(env.workbook.displayValues(HOJA.historial)).toHaveLength(2);
  });

  it("a Historial row whose Mes was retyped as text is found, not duplicated; «dos» in Veces is said and corrected", async () => {
    const { env, harness } = await conMuestra();
    expect(generar(harness).ok).toBe(true);
    expect(generar(harness).ok).toBe(true);
    harness.edit(HOJA.historial, 2, 1, "mayo 2019");
    harness.edit(HOJA.historial, 2, 8, "dos");
    const r = generar(harness);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.avisos).toContain(
      "Historial de informes, fila 2: «dos» en Veces generado no es un número; se corrigió con la cuenta del complemento.",
    );
    expect(r.avisos).toContain("Informe regenerado (vez 3): el enlace es el mismo.");
    const filas = env.workbook.displayValues(HOJA.historial);
    expect(filas).toHaveLength(2);
    expect(filas[1]?.[7]).toBe("3");
  });

  it("Veces left blank by hand does not restart the count", async () => {
    const { env, harness } = await conMuestra();
    expect(generar(harness).ok).toBe(true);
    expect(generar(harness).ok).toBe(true);
    harness.edit(HOJA.historial, 2, 8, "");
    const r = generar(harness);
    expect(r.ok && r.avisos).toContain("Informe regenerado (vez 3): el enlace es el mismo.");
    expect(env.workbook.displayValues(HOJA.historial)[1]?.[7]).toBe("3");
  });
});

describe("locks that fit the platform", () => {
  it("a save started in the middle of a generation (while its Doc is written) lands", async () => {
    const { env, harness } = await conMuestra();
    let guardado: RespuestaRegistro | null = null;
    env.runtime.onCall = (metodo) => {
      if (metodo !== "DocumentApp.create" || guardado) return;
      guardado = harness.run(
        "registrarActividad",
        [
          {
            actividad: "Registrada durante el informe",
            entidad: "JICA",
            informacion: "Mientras se escribía el documento.",
            fecha: "2019-06-03",
            fechaFin: "",
            eje: "",
          },
          { id: nuevoId() },
        ],
        { authMode: "FULL" },
      ) as RespuestaRegistro;
    };
    const r = generar(harness);
    env.runtime.onCall = undefined;
    expect(r.ok).toBe(true);
    expect(guardado).toMatchObject({ ok: true, fila: 9 });
    expect(env.workbook.value(HOJA.actividades, 9, 1)).toBe("Registrada durante el informe");
  });

  it("a second generation of the same month meanwhile is refused, naming who is generating; another month proceeds", async () => {
    const { env, harness } = await conMuestra();
    let mismo: ReturnType<typeof generar> | null = null;
    let otro: ReturnType<typeof generar> | null = null;
    env.runtime.onCall = (metodo) => {
      if (metodo !== "DocumentApp.create" || mismo) return;
      mismo = generar(harness, "2019-05");
      otro = harness.run("generarInforme", ["2019-06", { confirmarVacio: true }], {
        authMode: "FULL",
      }) as ReturnType<typeof generar>;
    };
    const r = generar(harness);
    env.runtime.onCall = undefined;
    expect(r.ok).toBe(true);
    expect(mismo).toEqual({
      ok: false,
      errores: [
        {
          campo: "general",
          mensaje:
            "Ya se está generando el informe de Mayo 2019 (lo empezó usuario@example.org hace 1 minuto). Espere a que termine e inténtelo de nuevo.",
        },
      ],
    });
    expect(otro).toMatchObject({ ok: true, pestana: "Informe 2019-06" });
    // The marker is gone once the generation ended: the month can be generated again.
    expect(generar(harness).ok).toBe(true);
  });

  it("commits its writes before every release of the lock (SpreadsheetApp.flush, then Lock.releaseLock)", async () => {
    const { env, harness } = await conMuestra();
    env.runtime.resetCalls();
    env.runtime.recordCalls = true;
    expect(generar(harness).ok).toBe(true);
    const log = env.runtime.callLog;
    const liberaciones = log.flatMap((m, i) => (m === "Lock.releaseLock" ? [i] : []));
    expect(liberaciones.length).toBeGreaterThanOrEqual(2);
    for (const i of liberaciones) expect(log[i - 1]).toBe("SpreadsheetApp.flush");
  });

  it("no document lock from Apps Script (outside a containing document): a plain message, nothing written", async () => {
    const { env, harness } = await conMuestra();
    const lock = env.globals.LockService as { getDocumentLock: () => unknown };
    const original = lock.getDocumentLock;
    lock.getDocumentLock = () => null;
    const antes = JSON.stringify(env.workbook.toState());
    const r = generar(harness);
    const s = harness.run(
      "registrarActividad",
      [
        {
          actividad: "Sin candado",
          entidad: "JICA",
          informacion: "x",
          fecha: "2019-06-03",
          fechaFin: "",
          eje: "",
        },
        { id: nuevoId() },
      ],
      { authMode: "FULL" },
    ) as RespuestaRegistro;
    lock.getDocumentLock = original;
    for (const respuesta of [r, s])
      expect(respuesta.ok ? "" : respuesta.errores[0]?.mensaje).toMatch(
        /^Apps Script no dio acceso exclusivo/,
      );
    expect(JSON.stringify(env.workbook.toState())).toBe(antes);
  });
});

describe("dates read with their own date's offset", () => {
  it("in Pacific/Apia, an activity of June 2010 (before the zone skipped a day) is reported on its day", async () => {
    const { env, harness } = await conMuestra({ spreadsheet: { timeZone: "Pacific/Apia" } });
    harness.edit(HOJA.actividades, 9, 1, "Visita de 2010");
    harness.edit(HOJA.actividades, 9, 2, "Embajada");
    harness.edit(HOJA.actividades, 9, 3, "Antes del cambio de zona.");
    harness.edit(HOJA.actividades, 9, 4, "15/06/2010");
    const r = generar(harness, "2010-06");
    expect(r.ok).toBe(true);
    if (r.ok) expect(docDe(env, r.url)).toMatch(/Visita de 2010[\s\S]*15 de junio/);
  });
});
