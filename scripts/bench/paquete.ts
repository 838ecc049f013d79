// What Apps Script loads on every invocation: the size of dist/Code.js and of each page, and the time to compile and run Code.js in a fresh context.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";

export interface Paquete {
  codeJsBytes: number;
  /** Median milliseconds to compile and evaluate Code.js in a fresh vm context, as each invocation does. */
  cargaMs: number;
  /** Each dist/*.html page, in bytes. */
  paginas: Record<string, number>;
}

function mediana(valores: number[]): number {
  const orden = [...valores].sort((a, b) => a - b);
  const medio = Math.floor(orden.length / 2);
  return orden.length % 2 ? (orden[medio] ?? 0) : ((orden[medio - 1] ?? 0) + (orden[medio] ?? 0)) / 2;
}

/**
 * Sizes from dist/, and the median of `veces` loads of Code.js: a new context, the script compiled
 * and its top level run (no cached compilation: each load starts from the source text).
 */
export function medirPaquete(dist: string, veces = 31): Paquete {
  const codigo = readFileSync(join(dist, "Code.js"), "utf8");
  const tiempos: number[] = [];
  for (let i = 0; i < veces; i++) {
    const inicio = performance.now();
    const contexto = vm.createContext({});
    new vm.Script(codigo, { filename: `Code-${i}.js` }).runInContext(contexto);
    tiempos.push(performance.now() - inicio);
  }
  const paginas: Record<string, number> = {};
  for (const f of readdirSync(dist).sort())
    if (f.endsWith(".html")) paginas[f] = statSync(join(dist, f)).size;
  return {
    codeJsBytes: statSync(join(dist, "Code.js")).size,
    cargaMs: Math.round(mediana(tiempos) * 100) / 100,
    paginas,
  };
}
