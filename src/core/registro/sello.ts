// The stamp the sidebar puts on each save: the row's ID and who registers it.
import * as z from "zod/mini";
import type { ErrorDeCampo } from "./campos";

/**
 * What the sidebar sends with each save besides the form. Both values come from the add-on itself:
 * the ID is drawn in the sidebar (a random UUID version 4, new for every Guardar), the e-mail was read
 * by the server when it built the sidebar. A save therefore needs neither Utilities nor Session — two
 * of its eight service calls would go to that otherwise (see src/addon/registrar.ts).
 *
 * Registrado por is a courtesy column, not proof: every editor can change any cell of the registry by
 * hand, and the spreadsheet's version history is the record of who changed what.
 */
export interface SelloDeRegistro {
  /** Lower-case UUID version 4, e.g. "3b241101-e2bb-4255-8caf-4136c566a962". */
  id: string;
  /** The user's e-mail, or "" when Google did not reveal it. */
  registradoPor: string;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
/** Loose on purpose: Google gave this address; the check only keeps anything else out of the cell. */
const CORREO = /^[^\s@<>"]+@[^\s@<>"]+$/;
const LARGO_MAXIMO_DE_CORREO = 254;

const esquemaSello = z.object({
  id: z.string().check(z.regex(UUID_V4)),
  registradoPor: z.union([
    z.literal(""),
    z.string().check(z.maxLength(LARGO_MAXIMO_DE_CORREO), z.regex(CORREO)),
  ]),
});

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
  const r = z.safeParse(esquemaSello, entrada);
  if (r.success) return { ok: true, valor: r.data };
  return { ok: false, errores: [{ campo: "general", mensaje: MENSAJE_SELLO_NO_VALIDO }] };
}
