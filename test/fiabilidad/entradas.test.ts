// Every function a page can reach through google.script.run, fed random input through the bridge's own rules: a Spanish refusal in an envelope and nothing written, or (Dates, functions…) a call the bridge refuses before the server runs.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Harness } from "../../emulator/harness";
import type { Environment } from "../../emulator/index";
import { publicFunctionNames, runServerCall } from "../../emulator/script-run";
import { rutaTextoDeMuestra } from "../../playground/semilla";
import { ANIO_MAXIMO, ANIO_MINIMO, mesDesdeClave } from "../../src/core/fechas/calendario";
import { validarEntradaDeImportacion } from "../../src/core/importar/entrada";
import { HOJA } from "../../src/core/registro/hojas";
import { validarActividad, validarCoordinacion } from "../../src/core/registro/reglas";
import { validarSello } from "../../src/core/registro/sello";
import { conMuestra } from "../addon/informe/apoyo";
import { BASE, EJE, sello } from "../addon/registrar-actividad/apoyo";
import { rootDir } from "../support/dist";
import { datosDelRegistro, enEspanol } from "./apoyo";
import { argumentosIlegales, casiValido, textoEnorme, valorLegal } from "./arbitrarios";

/** A call that changes what is stored (the sheets, a Doc, Drive, properties, mail); reads and the selection are not. */
const ESCRITURA =
  /^(?!Sheet\.createTextFinder|Range\.createTextFinder|HtmlService\.)[A-Za-z]+\.(set|insert|delete|append|clear|merge|remove|move|create|send|protect|add|replace|copy|make)/;

let env: Environment;
let harness: Harness;
let funciones: string[];
let antes: string;
const probados = new Map<string, number>();

/** What is stored, for the before/after comparison (the log, the menus and dialogs, the locks are not data). */
const almacenado = (e: Environment) => {
  const { workbook, properties, drive, docs, mail } = e.snapshot();
  // The selection (Ir a la fila moves it) is not data.
  return JSON.stringify({ ...workbook, activeSheetId: 0, activeRange: null, properties, drive, docs, mail });
};

beforeAll(async () => {
  ({ env, harness } = await conMuestra());
  harness.run("generarInforme", ["2019-05"], { authMode: "FULL" });
  // The harness lists its context's clock `Date` among the script's functions (reported); Apps Script's
  // own Date is a builtin no page can call.
  funciones = publicFunctionNames(harness.topLevelFunctions()).filter((f) => f !== "Date");
  antes = almacenado(env);
}, 60_000);

afterAll(() => {
  const total = [...probados.values()].reduce((a, b) => a + b, 0);
  console.log(`bridge fuzz: ${total} calls — ${[...probados].map(([f, n]) => `${f} ${n}`).join(", ")}`);
});

/** One call as a page makes it: the bridge's checks, the server function in FULL, its answer checked back. */
function llamar(funcion: string, args: unknown[]) {
  probados.set(funcion, (probados.get(funcion) ?? 0) + 1);
  env.runtime.resetCalls();
  env.runtime.recordCalls = true;
  const salida = runServerCall(funcion, args, funciones, (n, a) => harness.run(n, a, { authMode: "FULL" }));
  const escrituras = env.runtime.callLog.filter((m) => ESCRITURA.test(m) && m !== "Range.activate");
  return { salida, escrituras, llamadas: env.runtime.totalCalls() };
}

/** A refusal as the pages expect it: an envelope with one Spanish message per field, and no write. */
function esRechazo(funcion: string, args: unknown[]): void {
  const { salida, escrituras } = llamar(funcion, args);
  expect(salida.ok, JSON.stringify(salida)).toBe(true);
  const r = salida.ok
    ? (salida.value as { ok?: unknown; errores?: Array<{ campo: unknown; mensaje: unknown }> })
    : {};
  expect(r.ok).toBe(false);
  expect(r.errores?.length).toBeGreaterThan(0);
  for (const e of r.errores ?? []) {
    expect(typeof e.campo).toBe("string");
    expect(enEspanol(e.mensaje), String(e.mensaje)).toBe(true);
  }
  expect(escrituras).toEqual([]);
}

const mesValido = (m: unknown) => {
  const mes = typeof m === "string" ? mesDesdeClave(m) : null;
  return mes !== null && mes.anio >= ANIO_MINIMO && mes.anio <= ANIO_MAXIMO;
};
const mes = fc.oneof(
  valorLegal,
  fc.string({ maxLength: 10 }),
  fc.constantFrom("2019-5", "1999-12", "2101-01", " 2019-05"),
);
const RUNS = { numRuns: 300 };

// Whatever was sent, nothing stored changed.
afterAll(() => expect(almacenado(env)).toBe(antes));

describe("bridge fuzz — the server API: saves", () => {
  it("registrarActividad: any form or stamp it does not accept is refused in Spanish, nothing written", () => {
    const formulario = fc.oneof(casiValido({ ...BASE, eje: EJE }), valorLegal);
    const selloCualquiera = fc.oneof(fc.constant(sello()), valorLegal);
    fc.assert(
      fc.property(formulario, selloCualquiera, fc.array(valorLegal, { maxLength: 2 }), (f, s, extra) => {
        fc.pre(!(validarActividad(f, { ejes: [EJE] }).ok && validarSello(s).ok));
        esRechazo("registrarActividad", [f, s, ...extra]);
      }),
      RUNS,
    );
  });

  it("registrarCoordinacion: the same", () => {
    const formulario = fc.oneof(
      casiValido({ mes: "2019-05", coordinacion: "Pago de membresías." }),
      valorLegal,
    );
    fc.assert(
      fc.property(formulario, fc.oneof(fc.constant(sello()), valorLegal), (f, s) => {
        fc.pre(!(validarCoordinacion(f).ok && validarSello(s).ok));
        esRechazo("registrarCoordinacion", [f, s]);
      }),
      RUNS,
    );
  });
});

describe("bridge fuzz — the server API: reports and rows", () => {
  it("prepararInforme and generarInforme: any month that is not one of 2000–2100 is refused, nothing written", () => {
    fc.assert(
      fc.property(mes, fc.option(valorLegal), (m, opciones) => {
        fc.pre(!mesValido(m));
        esRechazo("prepararInforme", [m]);
        esRechazo("generarInforme", opciones === null ? [m] : [m, opciones]);
      }),
      RUNS,
    );
  });

  it("a valid month with options of any shape reads as no option: the preflight answers, nothing written", () => {
    fc.assert(
      fc.property(valorLegal, (junk) => {
        const { salida, escrituras } = llamar("prepararInforme", ["2019-05", junk]);
        expect(salida.ok && (salida.value as { ok: boolean }).ok).toBe(true);
        expect(escrituras).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });

  it("irARegistro: anything but a registry sheet and a row number is refused; a good one only moves the selection", () => {
    const hoja = fc.oneof(
      fc.constantFrom(HOJA.actividades, HOJA.coordinaciones, HOJA.historial, "Informe 2019-05"),
      valorLegal,
    );
    const fila = fc.oneof(fc.integer({ min: -5, max: 2_000 }), valorLegal, fc.constantFrom(1e9, 2.5, "3"));
    fc.assert(
      fc.property(
        hoja,
        fila,
        fc.oneof(fc.constantFrom("fecha", "entidad", "__proto__", "toString"), valorLegal),
        (h, f, c) => {
          const valida =
            (h === HOJA.actividades || h === HOJA.coordinaciones) &&
            Number.isInteger(f) &&
            (f as number) >= 2;
          if (!valida) return esRechazo("irARegistro", [h, f, c]);
          const { salida, escrituras } = llamar("irARegistro", [h, f, c]);
          const r = salida.ok
            ? (salida.value as { ok: boolean; errores?: Array<{ mensaje: string }> })
            : null;
          expect(r?.ok || enEspanol(r?.errores?.[0]?.mensaje)).toBe(true);
          expect(escrituras).toEqual([]);
        },
      ),
      RUNS,
    );
  });

  it("validarRegistros ignores whatever it is sent: the same check as with nothing", () => {
    const referencia = llamar("validarRegistros", []).salida;
    fc.assert(
      fc.property(fc.array(valorLegal, { minLength: 1, maxLength: 3 }), (args) => {
        const { salida, escrituras } = llamar("validarRegistros", args);
        expect(salida).toEqual(referencia);
        expect(escrituras).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("bridge fuzz — menu actions and triggers reached by hand", () => {
  it("extra arguments change nothing: no error, the registry's data as before", () => {
    const datos = JSON.stringify(datosDelRegistro(env));
    const otras = funciones.filter((f) => !API.includes(f));
    expect(otras.sort()).toEqual([...MENU_Y_DISPARADORES].sort());
    fc.assert(
      fc.property(
        fc.constantFrom(...otras),
        fc.array(fc.oneof(valorLegal, textoEnorme), { maxLength: 3 }),
        (f, args) => {
          const { salida } = llamar(f, args);
          expect(salida.ok, `${f}: ${JSON.stringify(salida).slice(0, 300)}`).toBe(true);
          expect(JSON.stringify(datosDelRegistro(env))).toBe(datos);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("bridge fuzz — the server API: Importar informe anterior", () => {
  const MUESTRA = readFileSync(rutaTextoDeMuestra(rootDir), "utf8");
  const fuente = fc.oneof(
    valorLegal,
    casiValido({ tipo: "texto", texto: MUESTRA }),
    casiValido({
      tipo: "documento",
      url: "https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz/edit",
    }),
    fc.record({ tipo: fc.constant("texto"), texto: fc.oneof(fc.string(), textoEnorme) }),
    fc.record({ tipo: fc.constant("documento"), url: fc.oneof(fc.string(), fc.webUrl(), textoEnorme) }),
  );
  const correcciones = fc.oneof(
    valorLegal,
    fc.array(casiValido({ indice: 0, fecha: "27 al 30 de mayo" }), { maxLength: 3 }),
  );

  it("prepararImportacion: whatever it is sent, an envelope (a preview or a Spanish refusal) and no write", () => {
    fc.assert(
      fc.property(fuente, correcciones, (f, c) => {
        const { salida, escrituras } = llamar("prepararImportacion", [f, c]);
        expect(salida.ok, JSON.stringify(salida).slice(0, 300)).toBe(true);
        const r = salida.ok ? (salida.value as { ok: boolean; errores?: Array<{ mensaje: string }> }) : null;
        if (!r?.ok)
          for (const e of r?.errores ?? [{ mensaje: "" }]) expect(enEspanol(e.mensaje), e.mensaje).toBe(true);
        expect(escrituras).toEqual([]);
      }),
      RUNS,
    );
  });

  it("importarInforme: any source or correction it does not accept is refused in Spanish, nothing written", () => {
    fc.assert(
      fc.property(fuente, correcciones, (f, c) => {
        // The sample itself (May 2019, already in this registry) would add nothing; anything else is refused.
        fc.pre(!validarEntradaDeImportacion(f, c).ok || (f as { texto?: unknown }).texto !== MUESTRA);
        const { salida, escrituras } = llamar("importarInforme", [f, c]);
        expect(salida.ok, JSON.stringify(salida).slice(0, 300)).toBe(true);
        const r = salida.ok
          ? (salida.value as { ok: boolean; actividades?: number; coordinaciones?: number })
          : null;
        if (r?.ok) {
          // A random text that still reads as a report (a month title and nothing else) adds nothing.
          expect([r.actividades, r.coordinaciones]).toEqual([0, 0]);
        } else {
          esRechazo("importarInforme", [f, c]);
        }
        expect(escrituras.filter((m) => !/^Lock\./.test(m))).toEqual([]);
      }),
      RUNS,
    );
  });
});

describe("bridge fuzz — what google.script.run refuses before the server runs", () => {
  it("a Date, a function, a Map, NaN, a cycle… anywhere in the arguments: the call fails, the server never runs", () => {
    fc.assert(
      fc.property(fc.constantFrom(...API), argumentosIlegales, (f, args) => {
        const { salida, llamadas } = llamar(f, args);
        expect(salida.ok).toBe(false);
        if (!salida.ok) expect(salida.error.message).toMatch(/^Failed due to illegal value in property: /);
        expect(llamadas).toBe(0);
      }),
      { numRuns: 300 },
    );
    expect(almacenado(env)).toBe(antes);
  });
});

const API = [
  "registrarActividad",
  "registrarCoordinacion",
  "prepararInforme",
  "generarInforme",
  "validarRegistros",
  "irARegistro",
  "prepararImportacion",
  "importarInforme",
];
const MENU_Y_DISPARADORES = [
  "onOpen",
  "onInstall",
  "onEdit",
  "abrirRegistro",
  "abrirGenerarInforme",
  "abrirValidarRegistros",
  "abrirImportarInforme",
  "configurarHoja",
  "mostrarAyuda",
];
