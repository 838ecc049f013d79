// `npm run bench [-- --json]`: the add-on's operations on registries of 10 to 25,000 activities — calls, modelled Apps Script time, CPU — beside a per-row baseline, and the bundle's size and load time.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COSTOS } from "./bench/costos";
import { lineaBase } from "./bench/ingenuo";
import { medir } from "./bench/medicion";
import { ejecutar, OPERACIONES, SIN_MEDIR } from "./bench/operaciones";
import { medirPaquete } from "./bench/paquete";
import { delMes, type Escenario, registro } from "./bench/registro";
import {
  type Fila,
  type Meta,
  notaDe,
  porServicio,
  tablaDe,
  textoDelModelo,
  textoDelPaquete,
  textoDeMetas,
} from "./bench/tabla";
import { construirTodo } from "./build";
import { RAIZ } from "./proyecto-clasp";

/** Registry sizes in activities; coordinations are half as many. */
export const TAMANOS = [10, 100, 1_000, 5_000, 25_000] as const;
const ESCENARIOS: readonly Escenario[] = ["realista", "peor"];

const redondear = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** Every operation on one registry, in OPERACIONES' order (each leaves the registry fit for the next). */
function medirRegistro(
  codigo: string,
  filas: number,
  escenario: Escenario,
  sinClasificar: Set<string>,
): Fila[] {
  const p = registro(codigo, filas, escenario);
  const esperado = delMes(filas, escenario);
  return OPERACIONES.map((operacion): Fila => {
    const motivo = SIN_MEDIR[operacion];
    if (motivo !== undefined) {
      const vacia = { llamadas: null, segundosModelados: null, cpuMs: null, llamadasIngenuas: null };
      return {
        operacion,
        escenario,
        filas,
        ...vacia,
        segundosIngenuos: null,
        porMetodo: null,
        nota: motivo ?? "",
      };
    }
    let rechazo: string | null = null;
    const medida = medir(p.env, () => {
      rechazo = ejecutar(p, operacion, esperado);
    });
    const base = lineaBase(medida.llamadas);
    for (const m of [...medida.sinClasificar, ...base.sinClasificar]) sinClasificar.add(m);
    const fila = {
      operacion,
      escenario,
      filas,
      llamadas: medida.llamadas.length,
      segundosModelados: redondear(medida.segundosModelados, 2),
      cpuMs: redondear(medida.cpuMs, 1),
      llamadasIngenuas: base.llamadas,
      segundosIngenuos: redondear(base.segundos, 2),
      porMetodo: medida.porMetodo,
    };
    return { ...fila, nota: [rechazo, notaDe(fila)].filter((x) => x).join("; ") };
  });
}

function buscar(
  filas: readonly Fila[],
  operacion: string,
  tamano: number,
  escenario: Escenario,
): Fila | undefined {
  return filas.find((f) => f.operacion === operacion && f.filas === tamano && f.escenario === escenario);
}

/** The acceptance figures, met or missed, as measured. */
function metas(filas: readonly Fila[], segundos: number): Meta[] {
  const lista: Meta[] = [
    {
      meta: "npm run bench en menos de 2 minutos",
      cumplida: segundos < 120,
      medido: `${segundos.toFixed(0)} s`,
    },
  ];
  for (const escenario of ESCENARIOS) {
    const g = buscar(filas, "generar", 1_000, escenario);
    if (g?.llamadas && g.segundosModelados !== null && g.llamadasIngenuas !== null) {
      lista.push({
        meta: `generar a 1,000 (${escenario}): menos de 15 s modelados`,
        cumplida: g.segundosModelados < 15,
        medido: `${g.segundosModelados} s`,
      });
      lista.push({
        meta: `generar a 1,000 (${escenario}): 20× menos llamadas que la línea base por fila`,
        cumplida: g.llamadasIngenuas >= 20 * g.llamadas,
        medido: `${g.llamadas} frente a ${g.llamadasIngenuas} (${(g.llamadasIngenuas / g.llamadas).toFixed(1)}×)`,
      });
    }
    const grandes = filas.filter(
      (f) => f.filas === 25_000 && f.escenario === escenario && f.segundosModelados !== null,
    );
    const pasadas = grandes.filter((f) => (f.segundosModelados ?? 0) > 60);
    lista.push({
      meta: `a 25,000 (${escenario}): ninguna operación pasa de 60 s modelados`,
      cumplida: pasadas.length === 0,
      medido:
        pasadas.length === 0
          ? `la más lenta, ${Math.max(...grandes.map((f) => f.segundosModelados ?? 0))} s`
          : pasadas.map((f) => `${f.operacion} ${f.segundosModelados} s`).join(", "),
    });
    const e = buscar(filas, "onEdit", 25_000, escenario);
    if (e?.llamadas)
      lista.push({
        meta: `onEdit a 25,000 (${escenario}): menos de 6 llamadas`,
        cumplida: e.llamadas < 6,
        medido: `${e.llamadas} llamadas`,
      });
  }
  const sinMedir = OPERACIONES.filter((o) => SIN_MEDIR[o] !== undefined);
  if (sinMedir.length > 0)
    lista.push({
      meta: "todas las operaciones medidas",
      cumplida: false,
      medido: `sin medir: ${sinMedir.join(", ")}`,
    });
  return lista;
}

async function principal(): Promise<void> {
  const json = process.argv.includes("--json");
  const inicio = performance.now();
  const progreso = (texto: string) => process.stderr.write(`${texto}\n`);
  await construirTodo({ silencioso: true });
  const dist = join(RAIZ, "dist");
  const codigo = readFileSync(join(dist, "Code.js"), "utf8");
  const paquete = medirPaquete(dist);
  const filas: Fila[] = [];
  const sinClasificar = new Set<string>();
  for (const escenario of ESCENARIOS)
    for (const tamano of TAMANOS) {
      const desde = performance.now();
      filas.push(...medirRegistro(codigo, tamano, escenario, sinClasificar));
      progreso(
        `bench: ${escenario}, ${tamano} actividades — ${((performance.now() - desde) / 1000).toFixed(1)} s`,
      );
    }
  const segundos = (performance.now() - inicio) / 1000;
  const resultado = metas(filas, segundos);
  if (json) {
    const salida = {
      operaciones: filas,
      paquete,
      metas: resultado,
      modelo: COSTOS,
      segundos: redondear(segundos, 1),
    };
    process.stdout.write(`${JSON.stringify(salida)}\n`);
    return;
  }
  const secciones = [
    "Meses realistas (40 actividades y 20 coordinaciones por mes; se informa uno de ellos)",
    tablaDe(filas, "realista"),
    "",
    "Peor caso (todo el registro en el mes que se informa)",
    tablaDe(filas, "peor"),
    "",
    "Llamadas por servicio y método (registro de 25,000, meses realistas)",
    porServicio(filas.filter((f) => f.filas === 25_000 && f.escenario === "realista")),
    "",
    "Paquete",
    textoDelPaquete(paquete),
    "",
    "Metas del issue #16",
    textoDeMetas(resultado),
    "",
    "Modelo de costos (scripts/bench/costos.ts; fuentes en el README). «base»: la misma operación como la hacen los guiones típicos — una lectura por fila, una escritura por celda, una fila de tabla del Doc por llamada — con el mismo modelo.",
    textoDelModelo(),
  ];
  if (sinClasificar.size > 0)
    secciones.push(`Sin clasificar (costo «otra»): ${[...sinClasificar].join(", ")}`);
  secciones.push(`Tiempo del bench: ${segundos.toFixed(0)} s`);
  process.stdout.write(`${secciones.join("\n")}\n`);
}

principal().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
