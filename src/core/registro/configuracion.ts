// The Configuración sheet as validated data: header texts, ejes, report folder, sharing and recipients.
import * as z from "zod/mini";
import type { EjeOfrecido } from "../api";
import {
  claveDeComparacion,
  normalizarTextoCorto,
  normalizarTextoLargo,
  tieneControlEnTextoLargo,
} from "../texto";
import { textoCorto, textoCortoOpcional, type Validacion, validarCon } from "./campos";
import {
  CLAVE_CONFIGURACION,
  CONFIGURACION_INICIAL,
  OPCIONES_COMPARTIR,
  type OpcionCompartir,
} from "./hojas";

/** The configuration the report and the sharing step use. */
export interface Configuracion {
  readonly oficina: string;
  readonly telefonos: string;
  readonly sitioWeb: string;
  /** One paragraph per eje, printed as typed (inner spacing kept, like every free text of the report). */
  readonly ejesDeTrabajo: readonly string[];
  /** Drive folder id for the report Docs; null means the spreadsheet's own folder. */
  readonly carpetaId: string | null;
  readonly compartir: OpcionCompartir;
  readonly destinatarios: readonly string[];
}

/** The fields of the configuration, in sheet order. */
export const CAMPOS_CONFIGURACION = [
  "oficina",
  "telefonos",
  "sitioWeb",
  "ejesDeTrabajo",
  "carpeta",
  "compartir",
  "destinatarios",
] as const satisfies ReadonlyArray<keyof typeof CLAVE_CONFIGURACION>;
export type CampoConfiguracion = (typeof CAMPOS_CONFIGURACION)[number];

const LIMITE_EJE = 1000;
const MAXIMO_DE_EJES = 20;

/** A Drive id: letters, digits, "-" and "_" (Drive ids are 25+ characters; 10 leaves room for old ones). */
const ID_DE_DRIVE = /^[A-Za-z0-9_-]{10,}$/;

/**
 * The folder id from what staff paste: a folder link (drive.google.com/drive/folders/ID,
 * …/drive/u/0/folders/ID?usp=sharing, …/open?id=ID) or the bare id. Null when it is neither.
 */
export function idDeCarpeta(texto: string): string | null {
  const limpio = texto.trim();
  if (ID_DE_DRIVE.test(limpio)) return limpio;
  const enlace =
    /^(?:https?:\/\/)?drive\.google\.com\/(?:[^?#]*\/)?(?:folders\/([A-Za-z0-9_-]+)|open\?(?:[^#]*&)?id=([A-Za-z0-9_-]+))/.exec(
      limpio,
    );
  const id = enlace?.[1] ?? enlace?.[2] ?? null;
  return id !== null && ID_DE_DRIVE.test(id) ? id : null;
}

/** A plain address check: something@domain.tld, no spaces; Gmail does the real check when it sends. */
const CORREO = /^[^\s@,;<>()"']+@[^\s@,;<>()"'.]+(?:\.[^\s@,;<>()"'.]+)*\.[A-Za-z]{2,}$/;

/** Splits a list of e-mails typed in one cell: commas, semicolons, spaces or line breaks between them. */
export function separarCorreos(texto: string): string[] {
  return texto
    .split(/[,;\s]+/)
    .map((c) => c.trim())
    .filter((c) => c !== "");
}

/** An empty cell may come as null; the rules below treat it as empty text. */
function texto(valor: unknown): unknown {
  return valor === undefined || valor === null ? "" : valor;
}

const esquemaEjes = z.pipe(
  z.optional(z.unknown()),
  z.transform((valor: unknown, ctx): string[] => {
    const problema = (message: string) => {
      ctx.issues.push({ code: "custom", message, input: valor });
      return z.NEVER;
    };
    const crudo = texto(valor);
    const lineas = typeof crudo === "string" ? crudo.split(/\r\n|\r|\n/) : crudo;
    if (!Array.isArray(lineas) || !lineas.every((l) => typeof l === "string")) {
      return problema("Los Ejes de trabajo deben ser texto, un eje por línea.");
    }
    const ejes = lineas.map(normalizarTextoLargo).filter((e) => e !== "");
    if (ejes.some(tieneControlEnTextoLargo)) {
      return problema("Los Ejes de trabajo contienen caracteres de control invisibles: bórrelos.");
    }
    if (ejes.length > MAXIMO_DE_EJES)
      return problema(`Escriba como máximo ${MAXIMO_DE_EJES} Ejes de trabajo.`);
    const largo = ejes.findIndex((e) => e.length > LIMITE_EJE);
    if (largo >= 0) {
      return problema(`El eje ${largo + 1} admite como máximo ${LIMITE_EJE} caracteres: acórtelo.`);
    }
    return ejes;
  }),
);

const esquemaCarpeta = z.pipe(
  z.optional(z.unknown()),
  z.transform((valor: unknown, ctx): string | null => {
    const crudo = texto(valor);
    if (typeof crudo === "string" && crudo.trim() === "") return null;
    const id = typeof crudo === "string" ? idDeCarpeta(crudo) : null;
    if (id !== null) return id;
    ctx.issues.push({
      code: "custom",
      message:
        "La Carpeta de informes debe ser el enlace de una carpeta de Drive (https://drive.google.com/drive/folders/…) o su ID; déjela vacía para usar la carpeta de la hoja.",
      input: valor,
    });
    return z.NEVER;
  }),
);

const esquemaCompartir = z.pipe(
  z.optional(z.unknown()),
  z.transform((valor: unknown, ctx): OpcionCompartir => {
    const crudo = texto(valor);
    // Empty means the safest choice: only people already given access can open the Doc.
    if (typeof crudo === "string" && crudo.trim() === "") return "Restringido";
    const opcion =
      typeof crudo === "string"
        ? OPCIONES_COMPARTIR.find((o) => claveDeComparacion(o) === claveDeComparacion(crudo))
        : undefined;
    if (opcion !== undefined) return opcion;
    ctx.issues.push({
      code: "custom",
      message: `Compartir informe debe ser una de estas opciones: ${OPCIONES_COMPARTIR.join(", ")}.`,
      input: valor,
    });
    return z.NEVER;
  }),
);

const esquemaDestinatarios = z.pipe(
  z.optional(z.unknown()),
  z.transform((valor: unknown, ctx): string[] => {
    const crudo = texto(valor);
    if (typeof crudo !== "string") {
      ctx.issues.push({ code: "custom", message: "Los Destinatarios deben ser texto.", input: valor });
      return z.NEVER;
    }
    const correos = separarCorreos(crudo);
    const malos = correos.filter((c) => !CORREO.test(c));
    if (malos.length > 0) {
      const lista = malos.map((c) => `«${c}»`).join(", ");
      ctx.issues.push({
        code: "custom",
        message: `Destinatarios: ${lista} no ${malos.length === 1 ? "es un correo válido" : "son correos válidos"}. Escriba correos como nombre@dominio.com, separados por comas.`,
        input: valor,
      });
      return z.NEVER;
    }
    // The same person listed twice gets one e-mail.
    const vistos = new Set<string>();
    return correos.filter((c) => {
      const clave = c.toLowerCase();
      if (vistos.has(clave)) return false;
      vistos.add(clave);
      return true;
    });
  }),
);

/**
 * The Ejes de trabajo alone, from the value of their cell (one per line), or null when that value is
 * not valid: the sidebar and the entry rules need the list even when another key of Configuración is wrong.
 */
export function ejesDesdeValor(valor: unknown): string[] | null {
  const r = z.safeParse(esquemaEjes, valor);
  return r.success ? r.data : null;
}

/** The schema of the Configuración values (as strings read from the sheet; ejes also as a list). */
const esquemaConfiguracion = z.pipe(
  z.object({
    oficina: textoCorto({ etiqueta: CLAVE_CONFIGURACION.oficina, articulo: "la" }, 2, 150),
    telefonos: textoCortoOpcional(
      { etiqueta: `campo ${CLAVE_CONFIGURACION.telefonos}`, articulo: "el" },
      150,
    ),
    sitioWeb: textoCortoOpcional({ etiqueta: CLAVE_CONFIGURACION.sitioWeb, articulo: "el" }, 200),
    ejesDeTrabajo: esquemaEjes,
    carpeta: esquemaCarpeta,
    compartir: esquemaCompartir,
    destinatarios: esquemaDestinatarios,
  }),
  z.transform(
    (v): Configuracion => ({
      oficina: v.oficina,
      telefonos: v.telefonos,
      sitioWeb: v.sitioWeb,
      ejesDeTrabajo: v.ejesDeTrabajo,
      carpetaId: v.carpeta,
      compartir: v.compartir,
      destinatarios: v.destinatarios,
    }),
  ),
);

/** Checks the configuration values (see `configuracionDesdePares`); never throws. */
export function validarConfiguracion(
  entrada: unknown,
): Validacion<Configuracion, CampoConfiguracion | "formulario"> {
  return validarCon(esquemaConfiguracion, entrada, CAMPOS_CONFIGURACION, {
    campo: "formulario",
    mensaje: "No se pudo leer la hoja Configuración: use «Configurar hoja» para repararla.",
  });
}

/**
 * The values of the Configuración sheet's key/value rows, keyed by field. Keys match ignoring case,
 * accents and spacing; a key missing from the sheet takes its default from `CONFIGURACION_INICIAL`
 * (a key present but empty stays empty); numbers typed in a cell (a phone) become text.
 */
export function configuracionDesdePares(
  pares: ReadonlyArray<readonly unknown[]>,
): Record<CampoConfiguracion, unknown> {
  const porEtiqueta = new Map<string, unknown>();
  for (const [clave, valor] of pares) {
    if (typeof clave === "string")
      porEtiqueta.set(claveDeComparacion(clave), typeof valor === "number" ? String(valor) : valor);
  }
  const iniciales = new Map(
    CONFIGURACION_INICIAL.map(([clave, valor]) => [claveDeComparacion(clave), valor] as const),
  );
  const salida = {} as Record<CampoConfiguracion, unknown>;
  for (const campo of CAMPOS_CONFIGURACION) {
    const etiqueta = claveDeComparacion(CLAVE_CONFIGURACION[campo]);
    salida[campo] = porEtiqueta.has(etiqueta) ? porEtiqueta.get(etiqueta) : iniciales.get(etiqueta);
  }
  return salida;
}

/** A short name longer than this is cut at a word (the Eje cell is a label, not the paragraph). */
const LARGO_DE_NOMBRE_CORTO = 60;

/**
 * The name an Eje de trabajo is stored under in the Eje de trabajo column: the text before its first
 * ":" ("Posicionamiento estratégico: Posicionar, …" → "Posicionamiento estratégico"); without a colon,
 * its start, cut at a word and marked with "…". The report prints the whole paragraph; the cell holds
 * this name, so renaming the paragraph's body does not orphan the activities.
 */
export function nombreCortoDeEje(eje: string): string {
  const dosPuntos = eje.indexOf(":");
  const antes = dosPuntos > 0 ? normalizarTextoCorto(eje.slice(0, dosPuntos)) : "";
  if (antes !== "" && antes.length <= LARGO_DE_NOMBRE_CORTO) return antes;
  const texto = normalizarTextoCorto(eje.replace(/\s+/g, " "));
  if (texto.length <= LARGO_DE_NOMBRE_CORTO) return texto;
  const corte = texto.lastIndexOf(" ", LARGO_DE_NOMBRE_CORTO - 1);
  return `${texto.slice(0, corte > 20 ? corte : LARGO_DE_NOMBRE_CORTO - 1).replace(/[\s,;.]+$/, "")}…`;
}

/** The ejes as the sidebar offers them and the Eje column stores them: short name and paragraph, without repeats. */
export function ejesOfrecidos(parrafos: readonly string[]): EjeOfrecido[] {
  const vistos = new Set<string>();
  const ofrecidos: EjeOfrecido[] = [];
  for (const descripcion of parrafos) {
    const nombre = nombreCortoDeEje(descripcion);
    const clave = claveDeComparacion(nombre);
    if (vistos.has(clave)) continue;
    vistos.add(clave);
    ofrecidos.push({ nombre, descripcion });
  }
  return ofrecidos;
}
