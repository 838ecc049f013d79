// A typed promise wrapper over google.script.run: one call per server function of the Api, failing loudly if it is missing.
import type { Api } from "../core/api";

interface ScriptRun {
  withSuccessHandler(f: (valor: unknown) => void): ScriptRun;
  withFailureHandler(f: (error: Error) => void): ScriptRun;
  [funcion: string]: unknown;
}

declare const google: { script: { run: ScriptRun } };

/**
 * Calls a server function. Arguments must survive google.script.run (no Date, no functions): the Api
 * types only use strings, numbers, booleans and plain objects, so the compiler keeps it so.
 */
export function llamar<K extends keyof Api>(
  funcion: K,
  ...args: Parameters<Api[K]>
): Promise<ReturnType<Api[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((valor) => resolve(valor as ReturnType<Api[K]>))
      .withFailureHandler(reject);
    const destino = runner[funcion];
    if (typeof destino !== "function") {
      reject(new Error(`La función del servidor «${funcion}» no existe.`));
      return;
    }
    (destino as (...a: unknown[]) => void).apply(runner, args);
  });
}
