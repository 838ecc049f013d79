// The two server calls that append a checked activity or coordination to the registry, under the document lock.
import type { RespuestaRegistro } from "../../core/api";
import { serialDeFecha, serialDeMes } from "../../core/fechas/serial";
import type { ErrorDeCampo, Validacion } from "../../core/registro/campos";
import { ACTIVIDADES, COORDINACIONES, type DisenoDeHoja } from "../../core/registro/hojas";
import { validarActividad, validarCoordinacion } from "../../core/registro/reglas";
import { registradoPorDeSesion, validarSello } from "../../core/registro/sello";
import type { FilaConClaves } from "../../core/registro/tabla";
import { SinCandado, tomarCandado } from "../candado";
import { mensajeDeError } from "../errores";
import { ejesDePares, guardarCopia, leerCopia, leerPares } from "../registro/configuracion";
import { mensajeDeRegistro } from "../registro/faltantes";
import { type Escribible, escribirFilaNueva, mapaDeHoja } from "../registro/tabla";
import { correoDelUsuario } from "../usuario";
import { hojaDelRegistro } from "./barra-lateral";
import { filaYaGuardada } from "./idempotencia";

/** How long a save waits for the registry (another save holds it a fraction of a second). */
export const ESPERA_DEL_CANDADO_MS = 10_000;

/*
 * A save's service calls, the same at 10 rows as at 10,000: Session for Registrado por (2); with an
 * Eje, the add-on's copy of Configuración's ejes (2); the document lock (2); the spreadsheet and the
 * sheet (2); the header row, so every column is found by its title (2); the ID looked up on Google's
 * side, so a save sent again after its answer was lost finds its row instead of writing a second (2);
 * the last row (1); the new row's range, number formats and values (3 per run of adjacent columns,
 * one run in a sheet as Configurar hoja lays it out). 14 calls, 16 with an Eje.
 * The lock is not released by hand: Apps Script releases it when the execution ends, after its
 * writes are applied, which is what the next save needs to see them.
 */

/** The columns every registry sheet has that the form does not fill: the stamp and Registrado el. */
type ColumnaDelSello = "registradoPor" | "registradoEl" | "id";

/** google.script.run target: checks and appends an activity. Never throws. */
export function registrarActividad(formulario: unknown, sello: unknown): RespuestaRegistro {
  return guardar(
    () => validarActividadConEjes(formulario),
    sello,
    ACTIVIDADES,
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
    ({ mes, coordinacion }) => ({ mes: serialDeMes(mes.anio, mes.mes), coordinacion }),
  );
}

/**
 * The activity's rules with Configuración's ejes. Without an Eje nothing is read; with one, the
 * add-on's copy of the list is checked first, and only an Eje it lacks makes the sheet be read (the
 * list may have changed since the copy): a save never refuses an Eje that Configuración has.
 */
function validarActividadConEjes(formulario: unknown) {
  const sinEje = validarActividad(formulario, { ejes: null });
  if (!sinEje.ok || sinEje.valor.eje === null) return sinEje;
  const copia = leerCopia();
  const conCopia = copia ? validarActividad(formulario, { ejes: copia.ejes }) : null;
  if (conCopia?.ok) return conCopia;
  const pares = leerPares(SpreadsheetApp.getActiveSpreadsheet());
  if (pares) guardarCopia(pares);
  const ejes = pares ? ejesDePares(pares).map((e) => e.nombre) : [];
  return validarActividad(formulario, { ejes });
}

/**
 * A save, whatever the sheet: checks the form and the stamp again (the browser is never trusted with
 * the rules), asks Google who is saving, then appends the row — the form's cells plus the ID,
 * Registrado por and Registrado el — under the document lock. Every outcome is an envelope the
 * sidebar can show.
 */
function guardar<T, K extends string>(
  validar: () => Validacion<T>,
  sello: unknown,
  diseno: DisenoDeHoja<K | ColumnaDelSello>,
  celdas: (valor: T) => FilaConClaves<K, Escribible>,
): RespuestaRegistro {
  try {
    const selloValido = validarSello(sello);
    const validacion = validar();
    if (!validacion.ok) return { ok: false, errores: [...validacion.errores] };
    if (!selloValido.ok) return selloValido;
    const { id } = selloValido.valor;
    const registradoPor = registradoPorDeSesion(correoDelUsuario());
    const delFormulario = celdas(validacion.valor);
    tomarCandado(ESPERA_DEL_CANDADO_MS);
    const hoja = hojaDelRegistro(SpreadsheetApp.getActiveSpreadsheet(), diseno);
    const mapa = mapaDeHoja(hoja, diseno);
    const ya = filaYaGuardada(hoja, mapa, id, delFormulario);
    if (ya.fila !== null) return { ok: true, fila: ya.fila, id };
    // Row 1 is the header even when the sheet was emptied by hand. Under the lock, the last row read
    // here is still the last when the row is written.
    const numero = Math.max(hoja.getLastRow(), 1) + 1;
    const fila: FilaConClaves<K | ColumnaDelSello, Escribible> = {
      ...delFormulario,
      registradoPor,
      id: ya.id,
      registradoEl: new Date(),
    };
    escribirFilaNueva(hoja, numero, mapa, fila);
    return { ok: true, fila: numero, id: ya.id };
  } catch (error) {
    return falloInesperado(error);
  }
}

/** A failure said plainly: the registry's own problems as they are, Google's errors as Google's. Nothing half-written is possible. */
function falloInesperado(error: unknown): RespuestaRegistro {
  const propio = error instanceof SinCandado ? error.message : mensajeDeRegistro(error);
  const mensaje =
    propio ??
    `No se pudo guardar por un error de Google (${mensajeDeError(error)}). No se guardó nada: vuelva a intentarlo en unos segundos.`;
  const errores: ErrorDeCampo[] = [{ campo: "general", mensaje }];
  return { ok: false, errores };
}
