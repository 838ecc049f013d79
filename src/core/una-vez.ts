// A value computed on first use and kept: for what costs a service call and may not be needed at all.

/** `calcular` runs at the first call of the result, never again; later calls return the same value. */
export function unaVez<T>(calcular: () => T): () => T {
  let hecho = false;
  let valor: T | undefined;
  return () => {
    if (!hecho) {
      valor = calcular();
      hecho = true;
    }
    return valor as T;
  };
}
