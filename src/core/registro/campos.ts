// The building blocks of the entry rules: field schemas with Spanish messages and the never-throwing validator.
import * as z from "zod/mini";
import { ANIO_MAXIMO, ANIO_MINIMO, type FechaCalendario, fechaDesdeIso } from "../fechas/calendario";
import { soloPropias } from "../propias";
import {
  estaVacio,
  normalizarTextoCorto,
  normalizarTextoLargo,
  tieneControlDeDireccion,
  tieneControlEnTextoCorto,
  tieneControlEnTextoLargo,
} from "../texto";

/** One problem of one field, in Spanish, naming the field and saying what to do. */
export interface ErrorDeCampo<C extends string = string> {
  readonly campo: C;
  readonly mensaje: string;
}

/** The normalized value, or the errors (at most one per field, in the order of the form). */
export type Validacion<T, C extends string = string> =
  | { readonly ok: true; readonly valor: T }
  | { readonly ok: false; readonly errores: ReadonlyArray<ErrorDeCampo<C>> };

/** How a field is named in messages: its label and the article that goes with it ("la Entidad", "el Mes"). */
export interface NombreDeCampo {
  readonly etiqueta: string;
  readonly articulo: "la" | "el";
}

function conArticulo(n: NombreDeCampo): string {
  return `${n.articulo} ${n.etiqueta}`;
}

function conArticuloMayuscula(n: NombreDeCampo): string {
  return `${n.articulo === "la" ? "La" : "El"} ${n.etiqueta}`;
}

/** The required-or-wrong-type message of a text field. */
function errorDeTipoTexto(n: NombreDeCampo) {
  return (issue: { input?: unknown }) =>
    estaVacio(issue.input) ? `Escriba ${conArticulo(n)}.` : `${conArticuloMayuscula(n)} debe ser texto.`;
}

function caracteres(n: number): string {
  return n === 1 ? "1 carácter" : `${n} caracteres`;
}

function longitud(issue: { input?: unknown }): number {
  return typeof issue.input === "string" ? issue.input.length : 0;
}

/** Checks shared by every text field once normalized: required, then length bounds (counted after normalizing). */
function checksDeLongitud(n: NombreDeCampo, min: number, max: number): z.core.$ZodCheck<string>[] {
  const femenino = n.articulo === "la";
  const checks: z.core.$ZodCheck<string>[] = [z.minLength(1, `Escriba ${conArticulo(n)}.`)];
  if (min > 1) {
    const corto = femenino ? "corta" : "corto";
    checks.push(
      z.minLength(min, `${conArticuloMayuscula(n)} es muy ${corto}: escriba al menos ${caracteres(min)}.`),
    );
  }
  const acortar = femenino ? "acórtela" : "acórtelo";
  checks.push(
    z.maxLength(max, {
      error: (i) =>
        `${conArticuloMayuscula(n)} admite como máximo ${caracteres(max)} y tiene ${longitud(i)}: ${acortar}.`,
    }),
  );
  return checks;
}

/**
 * The rules every text field shares, in the order their messages come: text made only of invisible
 * characters is no text; direction controls are refused, since they can make the text read in another
 * order than it is stored.
 */
function reglasComunes(n: NombreDeCampo): z.core.$ZodCheck<string>[] {
  return [
    z.refine((s: string) => s === "" || !estaVacio(s), `Escriba ${conArticulo(n)}.`),
    z.refine(
      (s: string) => !tieneControlDeDireccion(s),
      `${conArticuloMayuscula(n)} contiene caracteres invisibles que cambian la dirección del texto (pueden hacer que se lea en otro orden): bórrelos o vuelva a escribir el texto.`,
    ),
  ];
}

/**
 * A one-line text field (Actividad/Gestión, Entidad): trimmed, inner runs of spaces collapsed to one,
 * no line breaks or other control characters, `min`–`max` characters after normalizing.
 */
export function textoCorto(n: NombreDeCampo, min: number, max: number) {
  return z.string({ error: errorDeTipoTexto(n) }).check(
    z.trim(),
    ...reglasComunes(n),
    z.refine(
      (s: string) => !/[\n\r\t]/.test(s),
      `${conArticuloMayuscula(n)} debe ir en una sola línea: quite los saltos de línea y tabulaciones.`,
    ),
    z.refine(
      (s: string) => !tieneControlEnTextoCorto(s.replace(/[\n\r\t]/g, " ")),
      `${conArticuloMayuscula(n)} contiene caracteres de control invisibles: bórrelos o vuelva a escribir el texto.`,
    ),
    z.overwrite(normalizarTextoCorto),
    ...checksDeLongitud(n, min, max),
  );
}

/**
 * A free-text field (Información, Coordinación): trimmed only, inner spaces and line breaks kept as
 * typed (see `normalizarTextoLargo`); control characters other than line break and tab rejected.
 */
export function textoLargo(n: NombreDeCampo, min: number, max: number) {
  return z.string({ error: errorDeTipoTexto(n) }).check(
    z.overwrite(normalizarTextoLargo),
    ...reglasComunes(n),
    z.refine(
      (s: string) => !tieneControlEnTextoLargo(s),
      `${conArticuloMayuscula(n)} contiene caracteres de control invisibles: bórrelos o vuelva a escribir el texto.`,
    ),
    ...checksDeLongitud(n, min, max),
  );
}

/** A short optional text (Teléfonos, Sitio web): empty or missing gives "". */
export function textoCortoOpcional(n: NombreDeCampo, max: number) {
  return z.pipe(
    z.pipe(
      z.optional(z.unknown()),
      z.transform((v: unknown) => (v === undefined || v === null ? "" : v)),
    ),
    z.string({ error: errorDeTipoTexto(n) }).check(
      z.trim(),
      z.refine(
        (s: string) => !tieneControlEnTextoCorto(s),
        `${conArticuloMayuscula(n)} debe ir en una sola línea, sin caracteres de control.`,
      ),
      ...reglasComunes(n).slice(1),
      z.overwrite((s: string) => (estaVacio(s) ? "" : normalizarTextoCorto(s))),
      z.maxLength(max, {
        error: (i) =>
          `${conArticuloMayuscula(n)} admite como máximo ${caracteres(max)} y tiene ${longitud(i)}.`,
      }),
    ),
  );
}

/** Reads a "YYYY-MM-DD" value of the allowed years, or adds the reason to the issues. */
function leerFechaIso(
  n: NombreDeCampo,
  valor: unknown,
  issues: z.core.$ZodRawIssue[],
): FechaCalendario | null {
  const problema = (message: string) => {
    issues.push({ code: "custom", message, input: valor });
    return null;
  };
  if (typeof valor !== "string") return problema(`${conArticuloMayuscula(n)} debe ser una fecha.`);
  const texto = valor.trim();
  const forma = /^(\d{4})-(\d{2})-(\d{2})$/.exec(texto);
  if (!forma) return problema(`${conArticuloMayuscula(n)} no es una fecha válida: elíjala en el calendario.`);
  const fecha = fechaDesdeIso(texto);
  if (!fecha)
    return problema(
      `${conArticuloMayuscula(n)} ${texto} no existe en el calendario: revise el día y el mes.`,
    );
  if (fecha.anio < ANIO_MINIMO || fecha.anio > ANIO_MAXIMO) {
    return problema(`${conArticuloMayuscula(n)} debe estar entre los años ${ANIO_MINIMO} y ${ANIO_MAXIMO}.`);
  }
  return fecha;
}

/** A required date as date inputs send it ("YYYY-MM-DD"), read into a calendar date. */
export function fechaRequerida(n: NombreDeCampo) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((valor: unknown, ctx) => {
      if (estaVacio(valor)) {
        ctx.issues.push({ code: "custom", message: `Escriba ${conArticulo(n)}.`, input: valor });
        return z.NEVER;
      }
      return leerFechaIso(n, valor, ctx.issues) ?? z.NEVER;
    }),
  );
}

/** An optional date: empty or missing gives null. */
export function fechaOpcional(n: NombreDeCampo) {
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((valor: unknown, ctx): FechaCalendario | null => {
      if (estaVacio(valor)) return null;
      return leerFechaIso(n, valor, ctx.issues) ?? z.NEVER;
    }),
  );
}

/** The first issue of each field, in the order the fields are listed; issues outside a field go to `general`. */
function erroresPorCampo<C extends string>(
  issues: readonly z.core.$ZodIssue[],
  campos: readonly C[],
  general: ErrorDeCampo<C>,
): ErrorDeCampo<C>[] {
  const primero = new Map<C, string>();
  let fueraDeCampo = false;
  for (const issue of issues) {
    const campo = issue.path[0];
    const conocido = campos.find((c) => c === campo);
    if (conocido === undefined) fueraDeCampo = true;
    else if (!primero.has(conocido)) primero.set(conocido, issue.message);
  }
  const errores: ErrorDeCampo<C>[] = [];
  for (const campo of campos) {
    const mensaje = primero.get(campo);
    if (mensaje !== undefined) errores.push({ campo, mensaje });
  }
  if (fueraDeCampo || errores.length === 0) errores.unshift(general);
  return errores;
}

/**
 * Runs a schema on any input and never throws: exotic inputs (a getter that throws, a Proxy) come
 * back as the `general` error, because sidebar and sheet data cross a boundary we do not control.
 * Only the input's own properties are read (soloPropias).
 */
export function validarCon<T, C extends string>(
  esquema: z.ZodMiniType<T>,
  entrada: unknown,
  campos: readonly C[],
  general: ErrorDeCampo<C>,
): Validacion<T, C> {
  try {
    const r = z.safeParse(esquema, soloPropias(entrada));
    if (r.success) return { ok: true, valor: r.data };
    return { ok: false, errores: erroresPorCampo(r.error.issues, campos, general) };
  } catch {
    return { ok: false, errores: [general] };
  }
}

/** The first message of a failed validation, for a one-line error. */
export function primerError(errores: ReadonlyArray<ErrorDeCampo>): string {
  return errores[0]?.mensaje ?? "Hay datos no válidos.";
}
