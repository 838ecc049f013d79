// What stops an operation on a registry that cannot be read as it is: a missing sheet or missing columns.
import type { Columna, DisenoDeHoja } from "../../core/registro/hojas";
import { mensajeDeColumnasFaltantes } from "../../core/registro/tabla";
import type { Hoja, Libro } from "../tipos";

/** A sheet lacks columns of its layout: the message names them and says to run Configurar hoja. */
export class FaltanColumnas extends Error {
  constructor(diseno: DisenoDeHoja, faltantes: ReadonlyArray<Columna>) {
    super(mensajeDeColumnasFaltantes(diseno, faltantes));
  }
}

/** A sheet of the registry is missing: the message names it and says to run Configurar hoja. */
export class FaltaHoja extends Error {
  constructor(nombre: string) {
    super(`Falta la hoja ${nombre}: use «Configurar hoja» en el menú Informe mensual.`);
  }
}

/** The registry sheet `diseno`, or FaltaHoja. */
export function hojaRequerida(ss: Libro, diseno: DisenoDeHoja): Hoja {
  const hoja = ss.getSheetByName(diseno.nombre);
  if (!hoja) throw new FaltaHoja(diseno.nombre);
  return hoja;
}

/** The message of a registry that cannot be read as it is, or null for any other error. */
export function mensajeDeRegistro(error: unknown): string | null {
  return error instanceof FaltaHoja || error instanceof FaltanColumnas ? error.message : null;
}
