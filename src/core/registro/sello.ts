// The stamp the sidebar puts on each save: the row's ID and who registers it.
import * as z from "zod/mini";
import { soloPropias } from "../propias";
import { tieneControlDeDireccion, tieneControlEnTextoCorto } from "../texto";
import type { ErrorDeCampo } from "./campos";

/**
 * What the sidebar sends with each save besides the form: the row's ID, a random UUID version 4 drawn
 * in the sidebar (Apps Script's V8 has no cryptographic random source), new for each new entry and
 * the same when a save is sent again after its answer was lost — the server then finds the row it
 * already wrote instead of writing a second one. Who registers is not the page's to say: the server
 * asks Google at save time (src/addon/registrar-actividad/guardar.ts).
 */
export interface SelloDeRegistro {
  /** Lower-case UUID version 4, e.g. "3b241101-e2bb-4255-8caf-4136c566a962". */
  id: string;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Loose on purpose: Google gave this address; the check only keeps anything else out of the cell. */
const CORREO = /^[^\s@<>"]+@[^\s@<>"]+$/;
const LARGO_MAXIMO_DE_CORREO = 254;

/** Fields other than the ID that an older sidebar may still send are ignored, never trusted. */
const esquemaSello = z.object({ id: z.string().check(z.regex(UUID_V4)) });

/**
 * Registrado por from what Session gave the server: the address when it is one (the same text rules
 * as every cell: no control or direction characters), else "" — never a value from the page.
 */
export function registradoPorDeSesion(correo: unknown): string {
  if (typeof correo !== "string") return "";
  const texto = correo.trim();
  const limpio =
    texto.length <= LARGO_MAXIMO_DE_CORREO &&
    !tieneControlEnTextoCorto(texto) &&
    !tieneControlDeDireccion(texto);
  return limpio && CORREO.test(texto) ? texto : "";
}

/**
 * The one message for a stamp that is missing or malformed. Only a sidebar left open across an update
 * of the add-on (or a hand-made call) sends one; reopening it fixes that, and the form keeps its text.
 */
export const MENSAJE_SELLO_NO_VALIDO =
  "La barra lateral no está al día y no se guardó nada. Copie lo que escribió, cierre la barra lateral y ábrala de nuevo desde el menú Informe mensual.";

/** The stamp, or the general error that says to reopen the sidebar; never throws. */
export function validarSello(
  entrada: unknown,
): { ok: true; valor: SelloDeRegistro } | { ok: false; errores: ErrorDeCampo[] } {
  const error = { ok: false as const, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };
  try {
    const r = z.safeParse(esquemaSello, soloPropias(entrada));
    return r.success ? { ok: true, valor: r.data } : error;
  } catch {
    return error;
  }
}
