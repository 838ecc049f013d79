// Named steps with their undo: a step that fails undoes every step before it, in reverse, and names itself.
import { mensajeDeError } from "../errores";

/** A step failed: `paso` says what was being done, in Spanish ("escribir el documento"). */
export class FalloDePaso extends Error {
  readonly paso: string;
  /** What the step threw. */
  readonly causa: unknown;
  constructor(paso: string, causa: unknown) {
    super(mensajeDeError(causa));
    this.paso = paso;
    this.causa = causa;
  }
}

/** Registers how to undo something as soon as it exists (before the rest of the step can fail). */
export type AlDeshacer = (deshacer: () => void) => void;

/** A run of steps that either all stay or are all undone. */
export class Transaccion {
  private readonly pasos: Array<() => void> = [];

  /**
   * Runs one step. The step registers the undo of each thing it changes the moment it changes it;
   * when it throws, the error becomes a FalloDePaso naming the step. Returns the step's result.
   */
  paso<T>(nombre: string, hacer: (alDeshacer: AlDeshacer) => T): T {
    try {
      return hacer((deshacer) => this.pasos.push(deshacer));
    } catch (error) {
      throw error instanceof FalloDePaso ? error : new FalloDePaso(nombre, error);
    }
  }

  /** Undoes every registered change, newest first; one failed undo does not stop the others. */
  deshacer(): void {
    for (const paso of this.pasos.splice(0).reverse()) {
      try {
        paso();
      } catch {
        // Apps Script gives no second chance here: what cannot be undone stays, the others still are.
      }
    }
  }
}
