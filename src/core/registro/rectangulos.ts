// Blocks of cells: what an edit's A1 notation covers, and scattered cells grouped into the fewest
// rectangles to write (so a check writes a few ranges however many rows it touched).

/** Rows and columns of an A1 rectangle, 1-based and inclusive; null when the notation leaves it open ("D:D" has no rows). */
export interface AreaDeA1 {
  readonly filaDesde: number | null;
  readonly filaHasta: number | null;
  readonly columnaDesde: number | null;
  readonly columnaHasta: number | null;
}

function numeroDeColumna(letras: string): number {
  let n = 0;
  for (const c of letras.toUpperCase()) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

const PUNTA = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/**
 * The rectangle of "D10", "A10:F12", "10:12" (whole rows), "D:F" (whole columns) or "A2:C" (open
 * below), as `Range.getA1Notation()` writes them; null for anything else.
 */
export function areaDeA1(a1: string): AreaDeA1 | null {
  const [a = "", b = a, ...resto] = a1.split(":");
  if (resto.length > 0) return null;
  const p = PUNTA.exec(a);
  const q = PUNTA.exec(b);
  if (!p || !q || (p[1] === "" && p[2] === "") || (q[1] === "" && q[2] === "")) return null;
  const fila = (s: string | undefined) => (s ? Number(s) : null);
  const columna = (s: string | undefined) => (s ? numeroDeColumna(s) : null);
  const r = {
    filaDesde: fila(p[2]),
    filaHasta: fila(q[2]),
    columnaDesde: columna(p[1]),
    columnaHasta: columna(q[1]),
  };
  // "D:F" leaves rows open, "10:12" columns; "A2:C" runs to the sheet's end.
  return {
    filaDesde: r.filaDesde ?? (r.filaHasta === null ? null : 1),
    filaHasta: r.filaHasta,
    columnaDesde: r.columnaDesde ?? (r.columnaHasta === null ? null : 1),
    columnaHasta: r.columnaHasta,
  };
}

/** A cell to write: 0-based row (within a block) and column. */
export interface Posicion {
  readonly fila: number;
  readonly columna: number;
}

/** A rectangle of cells, 0-based origin, every cell of which is to be written. */
export interface Rectangulo {
  readonly fila: number;
  readonly columna: number;
  readonly filas: number;
  readonly columnas: number;
}

/**
 * Groups cells into rectangles that hold only those cells: each column's consecutive rows form runs,
 * and runs with the same rows in adjacent columns are joined. A new row's ID, Registrado el and
 * Registrado por become one rectangle; a paste of 500 rows whose dates were read, one or two.
 */
export function rectangulosDeCeldas(celdas: readonly Posicion[]): Rectangulo[] {
  const porColumna = new Map<number, number[]>();
  for (const { fila, columna } of celdas) {
    const filas = porColumna.get(columna) ?? [];
    filas.push(fila);
    porColumna.set(columna, filas);
  }
  // Runs of each column, keyed by their rows: "desde-hasta" → columns with exactly that run.
  const porTramo = new Map<string, number[]>();
  for (const [columna, filas] of porColumna) {
    const unicas = [...new Set(filas)].sort((a, b) => a - b);
    let inicio = 0;
    for (let i = 1; i <= unicas.length; i++) {
      if (i < unicas.length && (unicas[i] ?? 0) === (unicas[i - 1] ?? 0) + 1) continue;
      const clave = `${unicas[inicio]}-${unicas[i - 1]}`;
      porTramo.set(clave, [...(porTramo.get(clave) ?? []), columna]);
      inicio = i;
    }
  }
  const rectangulos: Rectangulo[] = [];
  for (const [clave, columnas] of porTramo) {
    const [desde = 0, hasta = 0] = clave.split("-").map(Number);
    const ordenadas = columnas.sort((a, b) => a - b);
    let inicio = 0;
    for (let i = 1; i <= ordenadas.length; i++) {
      if (i < ordenadas.length && (ordenadas[i] ?? 0) === (ordenadas[i - 1] ?? 0) + 1) continue;
      const primera = ordenadas[inicio] ?? 0;
      rectangulos.push({ fila: desde, columna: primera, filas: hasta - desde + 1, columnas: i - inicio });
      inicio = i;
    }
  }
  return rectangulos.sort((a, b) => a.fila - b.fila || a.columna - b.columna);
}
