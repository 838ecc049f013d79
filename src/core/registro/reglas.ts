// The entry rules for Actividad and Coordinación: one source of truth for the sidebar, the server and the sheet checks.
import * as z from "zod/mini";
import {
  ANIO_MAXIMO,
  ANIO_MINIMO,
  compararFechas,
  diasDelRango,
  esFechaValida,
  type FechaCalendario,
  type MesCalendario,
  mesDesdeClave,
  mismaFecha,
  type RangoDeFechas,
} from "../fechas/calendario";
import {
  claveDeComparacion,
  estaVacio,
  normalizarTextoCorto,
  tieneControlDeDireccion,
  tieneControlEnTextoCorto,
} from "../texto";
import {
  fechaOpcional,
  fechaRequerida,
  type NombreDeCampo,
  textoCorto,
  textoLargo,
  type Validacion,
  validarCon,
} from "./campos";
import { ACTIVIDADES, COORDINACIONES, tituloDeColumna } from "./hojas";

/** The limits of guides/product.md, "Entry rules". Lengths count characters after normalizing. */
export const LIMITES = {
  actividad: { min: 3, max: 200 },
  entidad: { min: 2, max: 150 },
  informacion: { min: 1, max: 3000 },
  coordinacion: { min: 3, max: 1000 },
  eje: { max: 1000 },
  /** Longest range, both ends included. */
  diasPorRango: 366,
} as const;

const NOMBRE = {
  actividad: { etiqueta: tituloDeColumna(ACTIVIDADES, "actividad"), articulo: "la" },
  entidad: { etiqueta: tituloDeColumna(ACTIVIDADES, "entidad"), articulo: "la" },
  informacion: { etiqueta: tituloDeColumna(ACTIVIDADES, "informacion"), articulo: "la" },
  fecha: { etiqueta: tituloDeColumna(ACTIVIDADES, "fecha"), articulo: "la" },
  fechaFin: { etiqueta: tituloDeColumna(ACTIVIDADES, "fechaFin"), articulo: "la" },
  eje: { etiqueta: tituloDeColumna(ACTIVIDADES, "eje"), articulo: "el" },
  mes: { etiqueta: tituloDeColumna(COORDINACIONES, "mes"), articulo: "el" },
  coordinacion: { etiqueta: tituloDeColumna(COORDINACIONES, "coordinacion"), articulo: "la" },
} as const satisfies Record<string, NombreDeCampo>;

/** The fields of an activity, in the order of the form and of the sheet. */
export const CAMPOS_ACTIVIDAD = ["actividad", "entidad", "informacion", "fecha", "fechaFin", "eje"] as const;
export type CampoActividad = (typeof CAMPOS_ACTIVIDAD)[number];

/** A valid, normalized activity. `fechaFin` is null for a one-day activity (the sheet leaves it empty). */
export interface Actividad {
  readonly actividad: string;
  readonly entidad: string;
  readonly informacion: string;
  readonly fecha: FechaCalendario;
  readonly fechaFin: FechaCalendario | null;
  readonly eje: string | null;
}

/** What the activity rules need to know beyond the entry itself. */
export interface ContextoDeReglas {
  /** The Ejes de trabajo of Configuración; null skips the check (the report, which does not print the eje). */
  readonly ejes: readonly string[] | null;
}

/** The sidebar's "Varios días" ticked with no Fecha fin. */
export const MENSAJE_FALTA_FECHA_FIN =
  "Escriba la Fecha fin, o desmarque «Varios días» si la actividad es de un solo día.";

/** The message of the cross-field rule, exactly as guides/product.md words it. */
export const MENSAJE_FIN_ANTES_DE_INICIO = "La fecha de fin no puede ser anterior a la fecha de inicio.";

function esquemaEje(ejes: readonly string[] | null) {
  const porClave = new Map((ejes ?? []).map((e) => [claveDeComparacion(e), e] as const));
  return z.pipe(
    z.optional(z.unknown()),
    z.transform((valor: unknown, ctx): string | null => {
      if (valor === undefined || valor === null) return null;
      if (typeof valor !== "string") {
        ctx.issues.push({ code: "custom", message: "El Eje de trabajo debe ser texto.", input: valor });
        return z.NEVER;
      }
      if (estaVacio(valor)) return null;
      if (tieneControlEnTextoCorto(valor) || tieneControlDeDireccion(valor)) {
        ctx.issues.push({
          code: "custom",
          message:
            "El Eje de trabajo contiene caracteres de control invisibles: elíjalo de nuevo en la lista o déjelo vacío.",
          input: valor,
        });
        return z.NEVER;
      }
      const texto = normalizarTextoCorto(valor);
      if (ejes === null) {
        if (texto.length <= LIMITES.eje.max) return texto;
        ctx.issues.push({ code: "custom", message: "El Eje de trabajo es demasiado largo.", input: valor });
        return z.NEVER;
      }
      // Case, accents and spacing may differ from Configuración; the stored value is the configured text.
      const configurado = porClave.get(claveDeComparacion(texto));
      if (configurado !== undefined) return configurado;
      ctx.issues.push({
        code: "custom",
        message:
          "El Eje de trabajo no está en la lista de Configuración: elija uno de la lista o déjelo vacío.",
        input: valor,
      });
      return z.NEVER;
    }),
  );
}

/** The Fecha fin rules that need Fecha: not before it, and at most `LIMITES.diasPorRango` days in all. */
function revisarRango(
  valor: { fecha: unknown; fechaFin: unknown },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const { fecha, fechaFin } = valor;
  // Runs even when another field failed (`when` below), so the user sees every problem at once;
  // a date field that failed holds no date and there is nothing to compare.
  if (!esFechaValida(fecha) || !esFechaValida(fechaFin)) return;
  if (compararFechas(fechaFin, fecha) < 0) {
    ctx.addIssue({
      code: "custom",
      message: MENSAJE_FIN_ANTES_DE_INICIO,
      path: ["fechaFin"],
      input: fechaFin,
    });
  } else if (diasDelRango({ inicio: fecha, fin: fechaFin }) > LIMITES.diasPorRango) {
    ctx.addIssue({
      code: "custom",
      message: `Una actividad puede abarcar como máximo ${LIMITES.diasPorRango} días: revise la Fecha fin o registre varias actividades.`,
      path: ["fechaFin"],
      input: fechaFin,
    });
  }
}

/** The schema of an activity for the configured ejes (a factory: the list of ejes is data of Configuración). */
function esquemaActividad(contexto: ContextoDeReglas) {
  return z.pipe(
    z
      .object({
        actividad: textoCorto(NOMBRE.actividad, LIMITES.actividad.min, LIMITES.actividad.max),
        entidad: textoCorto(NOMBRE.entidad, LIMITES.entidad.min, LIMITES.entidad.max),
        informacion: textoLargo(NOMBRE.informacion, LIMITES.informacion.min, LIMITES.informacion.max),
        fecha: fechaRequerida(NOMBRE.fecha),
        fechaFin: fechaOpcional(NOMBRE.fechaFin),
        eje: esquemaEje(contexto.ejes),
      })
      .check(z.superRefine(revisarRango, { when: () => true })),
    z.transform((v): Actividad => {
      // A one-day activity leaves Fecha fin empty, even when the same day was typed twice.
      const fechaFin = v.fechaFin && mismaFecha(v.fechaFin, v.fecha) ? null : v.fechaFin;
      return { ...v, fechaFin };
    }),
  );
}

const ERROR_DE_FORMULARIO = {
  campo: "formulario",
  mensaje: "Los datos no llegaron completos: revise el formulario y vuelva a intentarlo.",
} as const;

/**
 * Checks and normalizes an activity from any input (the sidebar form, a row, anything): never throws.
 * Errors come one per field, in form order; input that is not an object gives a `formulario` error.
 */
export function validarActividad(
  entrada: unknown,
  contexto: ContextoDeReglas,
): Validacion<Actividad, CampoActividad | "formulario"> {
  return validarCon(esquemaPara(contexto.ejes), entrada, CAMPOS_ACTIVIDAD, ERROR_DE_FORMULARIO);
}

/** Schemas built once per list of ejes: a report validates thousands of rows with the same one. */
const ESQUEMAS = new Map<string, ReturnType<typeof esquemaActividad>>();

function esquemaPara(ejes: readonly string[] | null) {
  const clave = ejes === null ? "" : JSON.stringify(["ejes", ...ejes]);
  let esquema = ESQUEMAS.get(clave);
  if (!esquema) {
    if (ESQUEMAS.size > 20) ESQUEMAS.clear();
    esquema = esquemaActividad({ ejes });
    ESQUEMAS.set(clave, esquema);
  }
  return esquema;
}

/** The days an activity covers. */
export function rangoDeActividad(a: Pick<Actividad, "fecha" | "fechaFin">): RangoDeFechas {
  return { inicio: a.fecha, fin: a.fechaFin ?? a.fecha };
}

/** The fields of a coordination, in form order. */
export const CAMPOS_COORDINACION = ["mes", "coordinacion"] as const;
export type CampoCoordinacion = (typeof CAMPOS_COORDINACION)[number];

/** A valid, normalized coordination. */
export interface Coordinacion {
  readonly mes: MesCalendario;
  readonly coordinacion: string;
}

const esquemaMes = z.pipe(
  z.optional(z.unknown()),
  z.transform((valor: unknown, ctx): MesCalendario => {
    const problema = (message: string) => {
      ctx.issues.push({ code: "custom", message, input: valor });
      return z.NEVER;
    };
    if (estaVacio(valor)) return problema("Elija el Mes de la coordinación.");
    const mes = typeof valor === "string" ? mesDesdeClave(valor.trim()) : null;
    if (!mes) return problema("El Mes no es válido: elíjalo en el calendario (por ejemplo, mayo 2019).");
    if (mes.anio < ANIO_MINIMO || mes.anio > ANIO_MAXIMO) {
      return problema(`El Mes debe estar entre los años ${ANIO_MINIMO} y ${ANIO_MAXIMO}.`);
    }
    return mes;
  }),
);

/** The schema of a coordination. */
const esquemaCoordinacion = z.object({
  mes: esquemaMes,
  coordinacion: textoLargo(NOMBRE.coordinacion, LIMITES.coordinacion.min, LIMITES.coordinacion.max),
});

/** Checks and normalizes a coordination from any input; never throws. */
export function validarCoordinacion(
  entrada: unknown,
): Validacion<Coordinacion, CampoCoordinacion | "formulario"> {
  return validarCon(esquemaCoordinacion, entrada, CAMPOS_COORDINACION, ERROR_DE_FORMULARIO);
}
