// Checks a block of registry rows where they are — the one path of onEdit and Validar registros: each
// row with the form's rules, text dates written as real ones, hand-typed rows given their ID, and every
// cell's mark (note and background) brought up to date in a fixed number of calls.
import type { FechaCalendario } from "../../core/fechas/calendario";
import { serialDeFecha } from "../../core/fechas/serial";
import type { FilaOmitida } from "../../core/informe/modelo";
import {
  ACTIVIDADES,
  type ClaveActividades,
  type ClaveCoordinaciones,
  COORDINACIONES,
  tituloDeCampo,
} from "../../core/registro/hojas";
import { FONDO_DE_PROBLEMA, marcarCelda } from "../../core/registro/marcas";
import { CAMPOS_ACTIVIDAD } from "../../core/registro/reglas";
import {
  type ContextoDeRevision,
  notaDeFechaDudosa,
  type RevisionDeFila,
  revisarFilaActividad,
  revisarFilaCoordinacion,
} from "../../core/registro/revision";
import { leerFila, letrasDeColumna, type MapaDeColumnas } from "../../core/registro/tabla";
import { estaVacio } from "../../core/texto";
import { unaVez } from "../../core/una-vez";
import type { Hoja, Rango } from "../tipos";
import { esFecha, type LectorDeCeldas } from "./celdas";
import { clave, escribirCeldas } from "./escritura";
import { celdasDeFecha, filaDeActividad, filaDeCoordinacion } from "./lectura";
import type { Escribible, FilaLeida } from "./tabla";

/** The two sheets whose rows are entries. */
export type DisenoRevisable = typeof ACTIVIDADES | typeof COORDINACIONES;
type Clave = DisenoRevisable["columnas"][number]["clave"];

/** Consecutive rows as read: the values and notes of columns 1 to the layout's last. */
export interface BloqueLeido {
  readonly hoja: Hoja;
  readonly diseno: DisenoRevisable;
  readonly mapa: MapaDeColumnas<Clave>;
  /** Sheet row of the first row read (1 when the header came along; it is never checked). */
  readonly desde: number;
  readonly rango: Rango;
  readonly valores: unknown[][];
  readonly notas: string[][];
}

/** Rows `desde`…`desde + filas − 1`, columns 1 to the layout's last: one range, its values and its notes. */
export function leerBloque(
  hoja: Hoja,
  diseno: DisenoRevisable,
  mapa: MapaDeColumnas<Clave>,
  desde: number,
  filas: number,
): BloqueLeido {
  const rango = hoja.getRange(desde, 1, filas, mapa.ancho);
  return { hoja, diseno, mapa, desde, rango, valores: rango.getValues(), notas: rango.getNotes() };
}

/** What a row typed by hand gets when it has no ID yet (asked for once per check, and only if needed). */
export interface Sello {
  readonly registradoPor: string;
  readonly registradoEl: Date;
  /** A UUID from Utilities; the block's rows get it with their offset in its last digits. */
  readonly base: string;
}

export interface OpcionesDeRevision {
  /** "edicion": someone is typing (an empty required cell is not flagged yet); "completa": mark everything. */
  readonly modo: "edicion" | "completa";
  /** The cells the edit touched (sheet row, 1-based column); none for Validar registros. */
  readonly editada: (fila: number, columna: number) => boolean;
  /** Built on first use: reading the rows' dates as days costs calls only when there are date cells. */
  readonly lector: (celdasDeFecha: unknown[]) => LectorDeCeldas;
  readonly contexto: ContextoDeRevision;
  readonly sello: () => Sello;
}

/** What a check did, for Validar registros' dialog and the tests. */
export interface ResultadoDeRevision {
  readonly filas: number;
  readonly problemas: FilaOmitida[];
  readonly fechasConvertidas: number;
  readonly filasConId: number;
}

const CAMPOS: Readonly<Record<DisenoRevisable["nombre"], readonly string[]>> = {
  [ACTIVIDADES.nombre]: CAMPOS_ACTIVIDAD,
  [COORDINACIONES.nombre]: ["mes", "coordinacion"],
};

/** The data rows of the block (the header left out) by key. */
function filasLeidas<K extends string>(bloque: BloqueLeido): FilaLeida<K>[] {
  const mapa = bloque.mapa as unknown as MapaDeColumnas<K>;
  const filas: FilaLeida<K>[] = [];
  bloque.valores.forEach((v, i) => {
    if (bloque.desde + i >= 2) filas.push({ fila: bloque.desde + i, celdas: leerFila(mapa, v) });
  });
  return filas;
}

/** A row checked, with the date cells it holds (for the notes on dates someone could misread). */
interface FilaRevisada {
  readonly revision: RevisionDeFila<string>;
  readonly fechas: ReadonlyArray<{ campo: string; fecha: FechaCalendario }>;
}

function fechasDeCeldas(
  celdas: Readonly<Record<string, unknown>>,
  campos: readonly string[],
  lector: LectorDeCeldas,
): FilaRevisada["fechas"] {
  const fechas: { campo: string; fecha: FechaCalendario }[] = [];
  for (const campo of campos) {
    const v = celdas[campo];
    if (esFecha(v)) fechas.push({ campo, fecha: lector.fecha(v) });
  }
  return fechas;
}

/** Each data row of the block as core checks it; date cells are read as days only when there are some. */
function revisarFilas(bloque: BloqueLeido, opciones: OpcionesDeRevision): FilaRevisada[] {
  if (bloque.diseno === ACTIVIDADES) {
    const leidas = filasLeidas<ClaveActividades>(bloque);
    const lector = opciones.lector([...celdasDeFecha(leidas)]);
    return leidas.map((f) => ({
      revision: revisarFilaActividad(filaDeActividad(f, lector), opciones.contexto),
      fechas: fechasDeCeldas(f.celdas, ["fecha", "fechaFin"], lector),
    }));
  }
  const leidas = filasLeidas<ClaveCoordinaciones>(bloque);
  const lector = opciones.lector([...celdasDeFecha([], leidas)]);
  return leidas.map((f) => ({
    revision: revisarFilaCoordinacion(filaDeCoordinacion(f, lector)),
    fechas: [],
  }));
}

/** The values to write, by position in the block: text dates read, ejes respelled, IDs and their stamps. */
interface Escrituras {
  readonly celdas: Map<string, Escribible>;
  fechasConvertidas: number;
  filasConId: number;
}

function anotarCambios(bloque: BloqueLeido, revision: RevisionDeFila<string>, e: Escrituras): void {
  const i = revision.fila - bloque.desde;
  const indice = bloque.mapa.indice as Readonly<Record<string, number>>;
  for (const cambio of revision.cambios) {
    const columna = indice[cambio.campo];
    if (columna === undefined) continue;
    const valor = "fecha" in cambio.valor ? serialDeFecha(cambio.valor.fecha) : cambio.valor.texto;
    e.celdas.set(clave(i, columna), valor);
    if ("fecha" in cambio.valor) e.fechasConvertidas += 1;
  }
}

/** A row typed by hand gets an ID, and Registrado el / Registrado por where those are empty. */
function anotarSello(
  bloque: BloqueLeido,
  revision: RevisionDeFila<string>,
  sello: () => Sello,
  e: Escrituras,
): void {
  const i = revision.fila - bloque.desde;
  const { indice } = bloque.mapa;
  const fila = bloque.valores[i] ?? [];
  if (revision.vacia || !estaVacio(fila[indice.id])) return;
  const s = sello();
  e.celdas.set(clave(i, indice.id), idDeFila(s.base, e.filasConId));
  if (estaVacio(fila[indice.registradoEl])) e.celdas.set(clave(i, indice.registradoEl), s.registradoEl);
  if (estaVacio(fila[indice.registradoPor]) && s.registradoPor !== "") {
    e.celdas.set(clave(i, indice.registradoPor), s.registradoPor);
  }
  e.filasConId += 1;
}

/**
 * The n-th ID of one check: the UUID with n added to its last 12 hex digits — still a version 4 UUID,
 * distinct within the check, and one Utilities call however many rows were pasted.
 */
export function idDeFila(base: string, n: number): string {
  const cola = base.slice(-12);
  const siguiente = ((Number.parseInt(cola, 16) + n) % 0x1000000000000).toString(16).padStart(12, "0");
  return `${base.slice(0, -12)}${siguiente}`;
}

/** The notes after the check, and the cells whose problem background comes or goes. */
interface Marcas {
  readonly notas: string[][];
  cambiaronNotas: boolean;
  readonly marcar: string[];
  readonly desmarcar: string[];
}

function marcarFila(bloque: BloqueLeido, fila: FilaRevisada, opciones: OpcionesDeRevision, m: Marcas): void {
  const { revision } = fila;
  const i = revision.fila - bloque.desde;
  const indice = bloque.mapa.indice as Readonly<Record<string, number>>;
  for (const campo of CAMPOS[bloque.diseno.nombre] ?? []) {
    const columna = indice[campo];
    if (columna === undefined) continue;
    const editada = opciones.editada(revision.fila, columna + 1);
    const fecha = editada ? fila.fechas.find((f) => f.campo === campo) : undefined;
    const previa = bloque.notas[i]?.[columna] ?? "";
    const marca = marcarCelda(
      previa,
      {
        problema: revision.problemas.find((p) => p.campo === campo)?.mensaje ?? null,
        lectura:
          revision.cambios.find((c) => c.campo === campo)?.nota ??
          (fecha ? notaDeFechaDudosa(fecha.fecha, opciones.contexto.orden) : null),
        editada,
        conContenido: !estaVacio(bloque.valores[i]?.[columna]),
      },
      opciones.modo,
    );
    if (marca.nota !== previa) {
      const notas = m.notas[i];
      if (notas) notas[columna] = marca.nota;
      m.cambiaronNotas = true;
    }
    const a1 = `${letrasDeColumna(columna + 1)}${revision.fila}`;
    if (marca.marcadaDespues && !marca.marcadaAntes) m.marcar.push(a1);
    if (!marca.marcadaDespues && marca.marcadaAntes) m.desmarcar.push(a1);
  }
}

/** Each problem of a row as the dialogs list them: sheet, row, the column's title and the message. */
function problemasDe(diseno: DisenoRevisable, revisiones: readonly FilaRevisada[]): FilaOmitida[] {
  return revisiones.flatMap(({ revision }) =>
    revision.problemas.map((p) => ({
      hoja: diseno.nombre,
      fila: revision.fila,
      campo: p.campo,
      columna: tituloDeCampo(diseno, p.campo),
      mensaje: p.mensaje,
    })),
  );
}

/**
 * Checks the block's rows, then writes what changed: values (text dates, ejes, IDs), the notes (one
 * setNotes) and the problem backgrounds (one RangeList each way). Nothing is written when nothing
 * changed; the number of calls does not depend on the number of rows.
 */
export function revisarBloque(bloque: BloqueLeido, opciones: OpcionesDeRevision): ResultadoDeRevision {
  const revisadas = revisarFilas(bloque, opciones);
  const escrituras: Escrituras = { celdas: new Map(), fechasConvertidas: 0, filasConId: 0 };
  const marcas: Marcas = {
    notas: bloque.notas.map((fila) => [...fila]),
    cambiaronNotas: false,
    marcar: [],
    desmarcar: [],
  };
  const sello = unaVez(opciones.sello);
  for (const fila of revisadas) {
    anotarCambios(bloque, fila.revision, escrituras);
    anotarSello(bloque, fila.revision, sello, escrituras);
    marcarFila(bloque, fila, opciones, marcas);
  }
  escribirCeldas(bloque, escrituras.celdas);
  if (marcas.cambiaronNotas) bloque.rango.setNotes(marcas.notas);
  if (marcas.marcar.length > 0) bloque.hoja.getRangeList(marcas.marcar).setBackground(FONDO_DE_PROBLEMA);
  if (marcas.desmarcar.length > 0) bloque.hoja.getRangeList(marcas.desmarcar).setBackground(null);
  return {
    filas: revisadas.filter((f) => !f.revision.vacia).length,
    problemas: problemasDe(bloque.diseno, revisadas),
    fechasConvertidas: escrituras.fechasConvertidas,
    filasConId: escrituras.filasConId,
  };
}
