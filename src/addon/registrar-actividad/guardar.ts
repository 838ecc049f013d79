// The two server calls that append a checked activity or coordination to the registry, under the document lock.
import type { RespuestaRegistro } from "../../core/api";
import { serialDeFecha, serialDeMes } from "../../core/fechas/serial";
import type { ErrorDeCampo, Validacion } from "../../core/registro/campos";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja } from "../../core/registro/hojas";
import { validarActividad, validarCoordinacion } from "../../core/registro/reglas";
import { validarSello } from "../../core/registro/sello";
import type { FilaConClaves, MapaDeColumnas } from "../../core/registro/tabla";
import { mensajeDeError } from "../errores";
import { MAPA_ACTIVIDADES, MAPA_COORDINACIONES } from "../registro/lectura";
import { type Escribible, escribirFilaNueva } from "../registro/tabla";
import { hojaDelRegistro } from "./barra-lateral";

/** How long a save waits for another save to finish before giving up (Apps Script counts milliseconds). */
export const ESPERA_DEL_CANDADO_MS = 10_000;

/** What a save answers when another save held the registry for too long. Nothing was written. */
export const MENSAJE_OCUPADO =
  "Otra persona está guardando en este momento y no se pudo registrar. No se guardó nada: espere unos segundos y pulse Guardar de nuevo.";

/*
 * A save costs 8 service calls, at 10 rows as at 10,000: the document lock (2 calls), the
 * spreadsheet and the registry sheet (2), its last row (1), and the new row's range, number formats
 * and values (3). That is all that must happen at the moment of saving. What else a row needs came
 * with the sidebar or costs nothing:
 * - the ID is drawn in the sidebar and Registrado por is the e-mail read when the sidebar was built
 *   (the stamp, src/core/registro/sello.ts), so neither Utilities nor Session is called;
 * - Registrado el is written as the instant itself: Sheets shows it in the spreadsheet's zone, so no
 *   zone is read;
 * - the duplicate warning and the list of recent entries are the sidebar's, from the last rows embedded
 *   in it plus what it saved since, so the registry is not reread;
 * - the Eje is checked for its form only; the sidebar offers Configuración's ejes. The report does not
 *   use the eje, and an eje renamed in Configuración while a sidebar was open is not worth two calls
 *   on every save.
 */

/** The columns every registry sheet has that the form does not fill: the stamp and Registrado el. */
type ColumnaDelSello = "registradoPor" | "registradoEl" | "id";

/** google.script.run target: checks and appends an activity. Never throws. */
export function registrarActividad(formulario: unknown, sello: unknown): RespuestaRegistro {
  return guardar(
    () => validarActividad(formulario, { ejes: null }),
    sello,
    ACTIVIDADES,
    MAPA_ACTIVIDADES,
    (a) => ({
      actividad: a.actividad,
      entidad: a.entidad,
      informacion: a.informacion,
      fecha: serialDeFecha(a.fecha),
      // A one-day activity leaves Fecha fin empty (guides/product.md, "The spreadsheet").
      fechaFin: a.fechaFin ? serialDeFecha(a.fechaFin) : "",
      eje: a.eje ?? "",
    }),
  );
}

/** google.script.run target: checks and appends a coordination. Never throws. */
export function registrarCoordinacion(formulario: unknown, sello: unknown): RespuestaRegistro {
  return guardar(
    () => validarCoordinacion(formulario),
    sello,
    COORDINACIONES,
    MAPA_COORDINACIONES,
    ({ mes, coordinacion }) => ({ mes: serialDeMes(mes.anio, mes.mes), coordinacion }),
  );
}

/**
 * A save, whatever the sheet: checks the form and the stamp again (the browser is never trusted with
 * the rules), then appends the row — the form's cells plus the stamp and Registrado el — under the
 * document lock. Every outcome is an envelope the sidebar can show.
 */
function guardar<T, K extends string>(
  validar: () => Validacion<T>,
  sello: unknown,
  diseno: DisenoDeHoja<K | ColumnaDelSello>,
  mapa: MapaDeColumnas<K | ColumnaDelSello>,
  celdas: (valor: T) => FilaConClaves<K, Escribible>,
): RespuestaRegistro {
  try {
    const validacion = validar();
    if (!validacion.ok) return { ok: false, errores: [...validacion.errores] };
    const selloValido = validarSello(sello);
    if (!selloValido.ok) return selloValido;
    const { id, registradoPor } = selloValido.valor;
    const delFormulario = celdas(validacion.valor);
    return conCandado(() => {
      const hoja = hojaDelRegistro(SpreadsheetApp.getActiveSpreadsheet(), diseno);
      // Row 1 is the header even when the sheet was emptied by hand. Under the lock, the last row read
      // here is still the last when the row is written.
      const numero = Math.max(hoja.getLastRow(), 1) + 1;
      const fila: FilaConClaves<K | ColumnaDelSello, Escribible> = {
        ...delFormulario,
        registradoPor,
        id,
        registradoEl: new Date(),
      };
      escribirFilaNueva(hoja, numero, mapa, fila);
      return { ok: true, fila: numero, id };
    });
  } catch (error) {
    return falloInesperado(error);
  }
}

/**
 * Runs `escribir` holding the document lock, so two saves never pick the same row. A bounded wait:
 * when the lock does not come within ESPERA_DEL_CANDADO_MS the save answers MENSAJE_OCUPADO having
 * written nothing. The lock is not released explicitly: Apps Script releases it when the execution
 * ends, after its writes are applied, which is what the next save needs to see them (and saves the
 * flush + release calls).
 */
function conCandado(escribir: () => RespuestaRegistro): RespuestaRegistro {
  const candado = LockService.getDocumentLock();
  try {
    candado.waitLock(ESPERA_DEL_CANDADO_MS);
  } catch (error) {
    // Only the documented timeout means "someone else is saving"; any other failure is said as such.
    if (!/^Lock timeout/.test(mensajeDeError(error))) throw error;
    return { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_OCUPADO }] };
  }
  return escribir();
}

/** An unexpected service failure, said plainly; nothing half-written is possible (one setValues per save). */
function falloInesperado(error: unknown): RespuestaRegistro {
  const errores: ErrorDeCampo[] = [
    {
      campo: "general",
      mensaje: `No se pudo guardar por un error de Google Sheets (${mensajeDeError(error)}). Vuelva a intentarlo en unos segundos.`,
    },
  ];
  return { ok: false, errores };
}
