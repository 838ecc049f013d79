// The marks the add-on leaves on registry cells: a note that says what is wrong (with a background) or
// what a typed date was read as. The office's own notes on the same cell are kept, always.

/** Starts the add-on's note about a problem; the cell also gets `FONDO_DE_PROBLEMA`. */
export const MARCA_DE_PROBLEMA = "⚠ Informe mensual: ";
/** Starts the add-on's note about how a typed value was read (no background: nothing is wrong). */
export const MARCA_DE_LECTURA = "ℹ Informe mensual: ";
/** The background of a cell with a problem (a light red, readable under black text). */
export const FONDO_DE_PROBLEMA = "#fce8e6";

/** The add-on's part of a note. */
export interface NotaPropia {
  readonly tipo: "problema" | "lectura";
  readonly texto: string;
}

/** A cell's note split into the office's text (kept as it is) and the add-on's part, if any. */
export interface NotaSeparada {
  readonly usuario: string;
  readonly propia: NotaPropia | null;
}

const MARCAS = [
  { tipo: "problema", marca: MARCA_DE_PROBLEMA },
  { tipo: "lectura", marca: MARCA_DE_LECTURA },
] as const;

/** Where the add-on's part starts: at the start of the note or of one of its lines; -1 when absent. */
function posicionDe(nota: string, marca: string): number {
  if (nota.startsWith(marca)) return 0;
  const i = nota.indexOf(`\n${marca}`);
  return i < 0 ? -1 : i + 1;
}

/** The office's text and the add-on's part of a note (the part runs to the end: it is always written last). */
export function separarNota(nota: string): NotaSeparada {
  let primera: { indice: number; tipo: NotaPropia["tipo"]; marca: string } | null = null;
  for (const { tipo, marca } of MARCAS) {
    const indice = posicionDe(nota, marca);
    if (indice >= 0 && (primera === null || indice < primera.indice)) primera = { indice, tipo, marca };
  }
  if (!primera) return { usuario: nota, propia: null };
  return {
    usuario: nota.slice(0, primera.indice).replace(/\s+$/, ""),
    propia: { tipo: primera.tipo, texto: nota.slice(primera.indice + primera.marca.length) },
  };
}

/** The note to write: the office's text first, then the add-on's part after a blank line. */
export function unirNota(usuario: string, propia: NotaPropia | null): string {
  if (!propia) return usuario;
  const marca = propia.tipo === "problema" ? MARCA_DE_PROBLEMA : MARCA_DE_LECTURA;
  return usuario === "" ? `${marca}${propia.texto}` : `${usuario}\n\n${marca}${propia.texto}`;
}

/** What the check says about one cell now. */
export interface EstadoDeCelda {
  /** The problem of the field, or null. */
  readonly problema: string | null;
  /** How its typed value was read (a note to keep), or null. */
  readonly lectura: string | null;
  /** The cell is part of the edit being checked (its old reading note no longer applies). */
  readonly editada: boolean;
  /** The cell holds something. */
  readonly conContenido: boolean;
}

/** The note and background state of one cell after a check. */
export interface MarcaDeCelda {
  readonly nota: string;
  /** Had the problem background before / has it after. */
  readonly marcadaAntes: boolean;
  readonly marcadaDespues: boolean;
}

/**
 * How a cell is marked after a check. `completa` (Validar registros, the preflight) marks every
 * problem; while someone types (`edicion`), an empty required cell is marked only once it was marked
 * before or is the one just cleared — a row being filled in left to right is not flagged cell by cell.
 * A reading note stays until its cell is edited again; a fixed problem loses its note and background.
 */
export function marcarCelda(
  previa: string,
  estado: EstadoDeCelda,
  modo: "edicion" | "completa",
): MarcaDeCelda {
  const { usuario, propia } = separarNota(previa);
  const marcadaAntes = propia?.tipo === "problema";
  const senalar =
    estado.problema !== null &&
    (modo === "completa" || estado.conContenido || marcadaAntes || estado.editada);
  let nueva: NotaPropia | null = null;
  if (senalar && estado.problema !== null) nueva = { tipo: "problema", texto: estado.problema };
  else if (estado.lectura !== null) nueva = { tipo: "lectura", texto: estado.lectura };
  else if (propia?.tipo === "lectura" && !estado.editada) nueva = propia;
  return { nota: unirNota(usuario, nueva), marcadaAntes, marcadaDespues: nueva?.tipo === "problema" };
}
