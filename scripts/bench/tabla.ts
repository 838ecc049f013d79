// The bench's report on stdout: one table per scenario, the calls by service and method, the bundle, the targets met or missed.
import { COSTOS } from "./costos";
import type { Paquete } from "./paquete";
import type { Escenario } from "./registro";

/** One row of the JSON output (the field names, plus the scenario and the calls by method). */
export interface Fila {
  operacion: string;
  escenario: Escenario;
  filas: number;
  llamadas: number | null;
  segundosModelados: number | null;
  cpuMs: number | null;
  llamadasIngenuas: number | null;
  segundosIngenuos: number | null;
  porMetodo: Record<string, number> | null;
  nota: string;
}

/** A target of issue #16 and whether the figures meet it. */
export interface Meta {
  meta: string;
  cumplida: boolean;
  medido: string;
}

const n = (x: number) => x.toLocaleString("en-US");
const s = (x: number) => (x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : n(Math.round(x)));
const veces = (a: number, b: number) => (a > 0 ? `${(b / a).toFixed(b / a < 10 ? 1 : 0)}×` : "—");

/** What a figure breaks: the targets and the platform's caps (30 s for a simple trigger, 6 min a run). */
export function notaDe(f: Omit<Fila, "nota">): string {
  if (f.llamadas === null || f.segundosModelados === null) return "";
  const notas: string[] = [];
  const disparador = f.operacion === "onEdit" || f.operacion === "pegar500";
  if (f.operacion === "onEdit" && f.llamadas >= 6)
    notas.push(`⚠ ${f.llamadas} llamadas: el issue pide menos de 6`);
  if (disparador && f.segundosModelados > 30) notas.push("⚠ pasa los 30 s de un disparador simple");
  else if (f.segundosModelados > 360) notas.push("⚠ pasa los 6 min de una ejecución");
  else if (f.segundosModelados > 60) notas.push("⚠ más de 60 s");
  if (f.operacion === "generar" && f.filas === 1000) {
    if (f.segundosModelados >= 15) notas.push("⚠ 15 s o más a 1,000");
    if (f.llamadasIngenuas !== null && f.llamadasIngenuas < 20 * f.llamadas)
      notas.push("⚠ menos de 20× menos llamadas");
  }
  return notas.join("; ");
}

function columnas(celdas: string[][]): string {
  const anchos = celdas[0]?.map((_, i) => Math.max(...celdas.map((c) => (c[i] ?? "").length))) ?? [];
  return celdas
    .map((c, j) =>
      c
        .map((x, i) => (i < 2 || i === c.length - 1 ? x.padEnd(anchos[i] ?? 0) : x.padStart(anchos[i] ?? 0)))
        .join("  ")
        .trimEnd()
        .concat(j === 0 ? `\n${"-".repeat(anchos.reduce((a, b) => a + b + 2, -2))}` : ""),
    )
    .join("\n");
}

/** The table of one scenario: one line per operation and registry size. */
export function tablaDe(filas: readonly Fila[], escenario: Escenario): string {
  const cabecera = [
    "operación",
    "registro",
    "llamadas",
    "s modelados",
    "CPU ms",
    "base llamadas",
    "base s",
    "× llamadas",
    "× tiempo",
    "nota",
  ];
  const cuerpo = filas
    .filter((f) => f.escenario === escenario)
    .map((f) =>
      f.llamadas === null ||
      f.segundosModelados === null ||
      f.llamadasIngenuas === null ||
      f.segundosIngenuos === null
        ? [f.operacion, n(f.filas), "—", "—", "—", "—", "—", "—", "—", f.nota]
        : [
            f.operacion,
            n(f.filas),
            n(f.llamadas),
            s(f.segundosModelados),
            (f.cpuMs ?? 0).toFixed(0),
            n(f.llamadasIngenuas),
            s(f.segundosIngenuos),
            veces(f.llamadas, f.llamadasIngenuas),
            veces(f.segundosModelados, f.segundosIngenuos),
            f.nota,
          ],
    );
  return columnas([cabecera, ...cuerpo]);
}

/** Calls of each operation grouped by service, with each method's count. */
export function porServicio(filas: readonly Fila[]): string {
  return filas
    .filter((f) => f.porMetodo)
    .map((f) => {
      const grupos = new Map<string, string[]>();
      for (const [metodo, cuantas] of Object.entries(f.porMetodo ?? {})) {
        // "Docs.Documents.get": the service is everything before the last dot.
        const punto = metodo.lastIndexOf(".");
        const servicio = metodo.slice(0, punto);
        const nombre = metodo.slice(punto + 1);
        grupos.set(servicio, [...(grupos.get(servicio) ?? []), `${nombre} ${cuantas}`]);
      }
      const lineas = [...grupos].map(([servicio, metodos]) => `    ${servicio}: ${metodos.join(", ")}`);
      return `  ${f.operacion} (${n(f.llamadas ?? 0)} llamadas)\n${lineas.join("\n")}`;
    })
    .join("\n");
}

export function textoDelPaquete(p: Paquete): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const paginas = Object.entries(p.paginas).map(([f, b]) => `${f} ${kb(b)}`);
  return [
    `  dist/Code.js ${kb(p.codeJsBytes)} (${n(p.codeJsBytes)} bytes); compilar y evaluar en un contexto nuevo: ${p.cargaMs.toFixed(1)} ms (mediana)`,
    `  páginas: ${paginas.join(" · ")}`,
  ].join("\n");
}

export function textoDeMetas(metas: readonly Meta[]): string {
  return metas.map((m) => `  ${m.cumplida ? "✓" : "✗"} ${m.meta}: ${m.medido}`).join("\n");
}

/** The cost model in one line per kind of call: what the modelled seconds are made of. */
export function textoDelModelo(): string {
  return Object.entries(COSTOS)
    .map(([clase, c]) => {
      const celda = c.porCelda > 0 ? ` + ${(c.porCelda * 1e6).toFixed(0)} µs/celda` : "";
      return `  ${clase.padEnd(12)} ${String(c.segundos).padStart(5)} s${celda}${c.supuesto ? " (supuesto)" : ""} — ${c.fuente}`;
    })
    .join("\n");
}
