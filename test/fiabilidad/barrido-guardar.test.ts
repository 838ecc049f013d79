// Fault sweep of saves: every service call of a save failing in turn, and an outage from each call on; then the sidebar's retry. One row, whole, never two.
import { describe, expect, it } from "vitest";
import type { Environment } from "../../emulator/index";
import { MENSAJE_REGISTRO_OCUPADO } from "../../src/addon/candado";
import type { RespuestaRegistro } from "../../src/core/api";
import { HOJA } from "../../src/core/registro/hojas";
import {
  BASE,
  CORREO,
  EJE,
  exito,
  registrar,
  registroListo,
  sello,
} from "../addon/registrar-actividad/apoyo";
import { addonEnPrueba } from "../support/dist";
import { congelar, descongelar, enEspanol, filasDe } from "./apoyo";

interface Escenario {
  nombre: string;
  /** The project before the save, frozen. */
  preparar: () => Promise<Environment>;
  funcion: "registrarActividad" | "registrarCoordinacion";
  formulario: Record<string, string>;
  hoja: string;
  /** Columns of the sheet: Registrado por and ID (the rest must equal the reference run's row). */
  columnas: { por: number; id: number };
}

const ESCENARIOS: Escenario[] = [
  {
    nombre: "an activity with an Eje and a Fecha fin, under a registered row",
    preparar: async () => {
      const { env, harness } = await registroListo();
      exito(registrar(harness, BASE));
      return env;
    },
    funcion: "registrarActividad",
    formulario: { ...BASE, actividad: "Visita de la JICA", eje: EJE, fechaFin: "2019-06-05" },
    hoja: HOJA.actividades,
    columnas: { por: 6, id: 8 },
  },
  {
    nombre: "a coordination",
    preparar: async () => (await registroListo()).env,
    funcion: "registrarCoordinacion",
    formulario: { mes: "2019-06", coordinacion: "Pago anual de membresías a Redes de ciudades." },
    hoja: HOJA.coordinaciones,
    columnas: { por: 2, id: 4 },
  },
  {
    nombre: "the first save of a new spreadsheet (the registry's sheets are made on the way)",
    preparar: async () => (await addonEnPrueba()).env,
    funcion: "registrarActividad",
    formulario: { ...BASE },
    hoja: HOJA.actividades,
    columnas: { por: 6, id: 8 },
  },
];

/** A registry sheet left without its header: the message names the columns and sends the user to Configurar hoja. */
const FALTAN_COLUMNAS = /^Faltan? (la|las) columnas? .+ use «Configurar hoja» en el menú Informe mensual/;

/** What a refused save may say: Google's failure said plainly, a busy registry, or a registry to repair. */
const RECHAZO =
  /^(No se pudo guardar por un error de Google \(.+\)\. No se guardó nada|Falta (la|una) (hoja|columna))/;

function sinId(fila: unknown[] | undefined, c: Escenario["columnas"]): unknown[] {
  return (fila ?? []).filter((_, i) => i !== c.id && i !== c.por);
}

function barrer(e: Escenario, modo: "una" | "desde"): void {
  it(`${e.nombre}: ${modo === "una" ? "each call failing in turn" : "an outage from each call on"}`, async () => {
    const estado = congelar(await e.preparar());
    const guardar = (p: ReturnType<typeof descongelar>, s: unknown) =>
      p.harness.run(e.funcion, [e.formulario, s], { authMode: "FULL" }) as RespuestaRegistro;
    // The reference: the same save with every service answering.
    const ref = descongelar(estado);
    const antes = filasDe(ref.env, e.hoja);
    ref.env.runtime.recordCalls = true;
    exito(guardar(ref, sello()));
    const llamadas = [...ref.env.runtime.callLog];
    const esperada = filasDe(ref.env, e.hoja).at(-1);
    let rechazadas = 0;
    let aReparar = 0;
    for (let k = 0; k < llamadas.length; k++) {
      const donde = `${e.nombre}, ${modo} at call ${k} (${llamadas[k]})`;
      const p = descongelar(estado);
      p.env.runtime.resetCalls();
      if (modo === "una") p.env.runtime.failAtCall = k;
      else p.env.runtime.failFromCall = k;
      const primero = sello();
      const r = guardar(p, primero);
      p.env.runtime.failAtCall = undefined;
      p.env.runtime.failFromCall = undefined;
      // A failing Session call means Google gave no e-mail: the row is saved, Registrado por empty.
      const sinCorreo = r.ok && /^(Session|User)\./.test(llamadas[k] ?? "");
      if (r.ok) {
        // Its answer lost on the way, the sidebar sends the same stamp again: the same row, not a second.
        expect(guardar(p, primero), donde).toEqual(r);
      } else {
        rechazadas++;
        const mensaje = r.errores[0]?.mensaje ?? "";
        expect(enEspanol(mensaje), donde).toBe(true);
        expect(mensaje === MENSAJE_REGISTRO_OCUPADO || RECHAZO.test(mensaje), `${donde}: ${mensaje}`).toBe(
          true,
        );
        expect(filasDe(p.env, e.hoja), `${donde}: nothing half-written`).toEqual(antes);
        // A refusal clears the sidebar's pending stamp: Guardar again sends a new one.
        let otra = guardar(p, sello());
        if (!otra.ok && FALTAN_COLUMNAS.test(otra.errores[0]?.mensaje ?? "")) {
          // Known weakness (reported): a first save cut off between creating Actividades and writing
          // its header leaves the sheet headerless, and saves then ask for Configurar hoja. They say
          // so plainly; doing what the message says must be enough.
          aReparar++;
          p.harness.clickMenu("Configurar hoja");
          otra = guardar(p, sello());
        }
        expect(otra.ok, `${donde}: retry ${JSON.stringify(otra)}`).toBe(true);
      }
      const despues = filasDe(p.env, e.hoja);
      expect(despues.length, donde).toBe(antes.length + 1);
      expect(despues.slice(0, antes.length), donde).toEqual(antes);
      const nueva = despues.at(-1);
      expect(sinId(nueva, e.columnas), donde).toEqual(sinId(esperada, e.columnas));
      expect(nueva?.[e.columnas.por], donde).toBe(sinCorreo ? "" : CORREO);
      expect(new Set(despues.map((f) => f[e.columnas.id])).size, donde).toBe(despues.length);
    }
    console.log(
      `save sweep, ${e.nombre} / ${modo}: ${llamadas.length} calls swept, ${rechazadas} saves refused, ${aReparar} needed Configurar hoja`,
    );
    expect(rechazadas).toBeGreaterThan(0);
  }, 120_000);
}

describe("fault sweep — saves from the sidebar", () => {
  for (const e of ESCENARIOS) {
    barrer(e, "una");
    barrer(e, "desde");
  }
});
