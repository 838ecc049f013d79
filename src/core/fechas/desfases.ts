// A zone's UTC offset at each date cell, from as few probes as the zone's history needs.

/**
 * Rounding a date cell to its day is exact while the offset used is within 12 h of the true one.
 * Two probes whose offsets differ by less than 3 h are taken as one rule with daylight saving
 * (shifts of 1–2 h, well inside the rounding margin); more means the zone changed its base offset in
 * between (Pacific/Apia skipped 30 December 2011) and the interval is split.
 */
const SALTO_MINUTOS = 3 * 60;

/**
 * The offset (minutes) to read each of `instantes` with: for every instant, an offset within 12 h of
 * the zone's real offset at that instant. `desfaseEn` asks the platform (one service call each); it is
 * called for the earliest and the latest instant, and between two probes only where their offsets
 * jump, by bisection — two calls for a zone like America/Panama whatever the number of cells.
 */
export function desfasesDeInstantes(
  instantes: readonly number[],
  desfaseEn: (ms: number) => number,
): (ms: number) => number {
  const unicos = [...new Set(instantes.filter((ms) => Number.isFinite(ms)))].sort((a, b) => a - b);
  const sondeados = new Map<number, number>();
  const sondear = (i: number): number => {
    const ms = unicos[i] ?? 0;
    let d = sondeados.get(ms);
    if (d === undefined) {
      d = desfaseEn(ms);
      sondeados.set(ms, d);
    }
    return d;
  };
  /** Offset chosen for each index of `unicos`. */
  const elegido = new Array<number>(unicos.length);
  const repartir = (desde: number, hasta: number): void => {
    const a = sondear(desde);
    const b = sondear(hasta);
    if (Math.abs(a - b) < SALTO_MINUTOS || hasta - desde <= 1) {
      // One rule over the interval: each instant takes the probe nearer to it.
      const medio = ((unicos[desde] ?? 0) + (unicos[hasta] ?? 0)) / 2;
      for (let i = desde; i <= hasta; i++) elegido[i] = (unicos[i] ?? 0) <= medio ? a : b;
      if (hasta - desde <= 1) {
        elegido[desde] = a;
        elegido[hasta] = b;
      }
      return;
    }
    const mitad = Math.floor((desde + hasta) / 2);
    repartir(desde, mitad);
    repartir(mitad, hasta);
  };
  if (unicos.length > 0) repartir(0, unicos.length - 1);
  const porInstante = new Map(unicos.map((ms, i) => [ms, elegido[i] ?? 0] as const));
  const cualquiera = unicos.length > 0 ? sondear(0) : 0;
  return (ms) => porInstante.get(ms) ?? cualquiera;
}
