// The fault sweep of Generar informe mensual: every service call failing in turn, or an outage from call k on, then a clean rerun.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { Harness } from "../../../emulator/harness";
import type { Environment, EnvironmentState } from "../../../emulator/index";
import { HOJA } from "../../../src/core/registro/hojas";
import { distDir, entornoDeOficina } from "../../support/dist";
import { conMuestra, docsVivos, generar, idDelDocumento } from "./apoyo";

const codigo = () => readFileSync(join(distDir, "Code.js"), "utf8");

/** What must hold after any failure and a clean rerun. */
function comprobarFinal(e: Environment, registro: unknown, donde: string): void {
  const vivos = docsVivos(e);
  expect(vivos, donde).toHaveLength(1);
  const doc = vivos[0];
  const historial = e.workbook.values(HOJA.historial);
  const delMes = historial.slice(1).filter((f) => f[1] !== "");
  expect(delMes, donde).toHaveLength(1);
  expect(idDelDocumento(String(delMes[0]?.[1])), donde).toBe(doc?.id);
  const hoja = Object.values(e.state.drive.files).find((f) => f.id === e.workbook.id);
  expect(doc?.parents, donde).toEqual(hoja?.parents);
  expect(doc?.sharing, donde).toEqual({ access: "ANYONE_WITH_LINK", permission: "VIEW" });
  expect(registroDe(e), donde).toEqual(registro);
}

function registroDe(e: Environment): unknown {
  return [HOJA.actividades, HOJA.coordinaciones, HOJA.configuracion].map((h) => e.workbook.values(h));
}

/** A state to sweep from: the sample, sharing "Cualquiera con enlace", and what the scenario adds. */
async function estadoInicial(escenario: "primera" | "regeneracion" | "papelera"): Promise<EnvironmentState> {
  const { env, harness } = await conMuestra();
  const fila = env.workbook.values(HOJA.configuracion).findIndex(([k]) => k === "Compartir informe") + 1;
  harness.edit(HOJA.configuracion, fila, 2, "Cualquiera con enlace");
  if (escenario !== "primera") {
    const r = generar(harness);
    if (!r.ok) throw new Error("first generation failed");
    harness.edit(HOJA.actividades, 9, 1, "Reunión con la embajada de Corea");
    harness.edit(HOJA.actividades, 9, 2, "Embajada de Corea");
    harness.edit(HOJA.actividades, 9, 3, "Seguimiento de becas.");
    harness.edit(HOJA.actividades, 9, 4, "29/05/2019");
    if (escenario === "papelera") {
      const file = env.state.drive.files[idDelDocumento(r.url)];
      if (file) file.trashed = true;
    }
  }
  return JSON.parse(JSON.stringify(env.snapshot())) as EnvironmentState;
}

export function barrer(escenario: "primera" | "regeneracion" | "papelera", modo: "una" | "desde"): void {
  it(`${escenario}: ${modo === "una" ? "each call failing in turn" : "an outage from each call on"}, then a clean rerun`, async () => {
    const inicial = await estadoInicial(escenario);
    const js = codigo();
    const nuevo = () => {
      const e = entornoDeOficina({
        state: JSON.parse(JSON.stringify(inicial)),
        now: () => new Date("2019-06-03T15:00:00Z"),
      });
      return { e, h: new Harness(e, js) };
    };
    const base = nuevo();
    const registro = registroDe(base.e);
    base.e.runtime.resetCalls();
    base.e.runtime.recordCalls = true;
    const referencia = generar(base.h);
    expect(referencia.ok).toBe(true);
    const llamadas = [...base.e.runtime.callLog];
    comprobarFinal(base.e, registro, "reference run");
    let fallidas = 0;
    for (let k = 0; k < llamadas.length; k++) {
      const { e, h } = nuevo();
      e.runtime.resetCalls();
      if (modo === "una") e.runtime.failAtCall = k;
      else e.runtime.failFromCall = k;
      const r = generar(h);
      e.runtime.failAtCall = undefined;
      e.runtime.failFromCall = undefined;
      const donde = `${escenario}, ${modo} at call ${k} (${llamadas[k]})`;
      expect(registroDe(e), donde).toEqual(registro);
      if (!r.ok) {
        fallidas++;
        expect(r.errores[0]?.mensaje, donde).toMatch(
          /^(No se pudo .+: .+|El registro estuvo ocupado|Apps Script no dio)/,
        );
      } else {
        // Only what cannot spoil the report may fail softly, and then it is said.
        for (const aviso of r.avisos) expect(aviso, donde).toMatch(/[a-záéíóúñ]/i);
      }
      // Later, once services answer again, the same generation is run once more.
      e.runtime.now = () => new Date("2019-06-03T15:10:00Z");
      const otra = generar(h);
      expect(otra.ok, `${donde}: rerun ${JSON.stringify(otra)}`).toBe(true);
      comprobarFinal(e, registro, `${donde}, after the rerun`);
    }
    console.log(
      `${escenario} / ${modo}: ${llamadas.length} calls swept, ${fallidas} runs failed and were undone`,
    );
    expect(fallidas).toBeGreaterThan(0);
  }, 240_000);
}
