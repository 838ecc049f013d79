// What the import dialog may send, checked at the server's door: the text or the Doc's link, and the
// dates the user corrected in the preview. Anything else gets a Spanish message, never an exception.
import * as z from "zod/mini";
import type { FuenteDeImportacion } from "../api";
import { soloPropias } from "../propias";
import type { ErrorDeCampo } from "../registro/campos";
import type { Correccion } from "./informe";

/** A month's report is a few pages; this is fifty of them. */
export const LARGO_MAXIMO_DEL_TEXTO = 200_000;
const LARGO_MAXIMO_DE_URL = 2_000;

const esquemaFuente = z.union([
  z.object({ tipo: z.literal("texto"), texto: z.string() }),
  z.object({ tipo: z.literal("documento"), url: z.string() }),
]);
const esquemaCorrecciones = z
  .array(
    z.object({ indice: z.number().check(z.int(), z.minimum(0)), fecha: z.string().check(z.maxLength(80)) }),
  )
  .check(z.maxLength(2_000));

/** The id of a Google Doc in its link ("…/document/d/<id>/edit"), or null. */
export function idDeDocumento(url: string): string | null {
  return (
    /^https:\/\/docs\.google\.com\/document\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#]|$)/.exec(
      url.trim(),
    )?.[1] ?? null
  );
}

export type EntradaDeImportacion =
  | { ok: true; fuente: FuenteDeImportacion; correcciones: Correccion[] }
  | { ok: false; errores: ErrorDeCampo[] };

export function validarEntradaDeImportacion(fuente: unknown, correcciones: unknown): EntradaDeImportacion {
  const leer = <T>(esquema: z.ZodMiniType<T>, valor: unknown) => {
    try {
      return z.safeParse(esquema, soloPropias(valor));
    } catch {
      return null;
    }
  };
  const f = leer(esquemaFuente, fuente);
  const c = leer(esquemaCorrecciones, correcciones ?? []);
  if (!f?.success || !c?.success) {
    return {
      ok: false,
      errores: [
        {
          campo: "general",
          mensaje: "El cuadro no envió los datos completos: ciérrelo y ábralo de nuevo desde el menú.",
        },
      ],
    };
  }
  const valor = f.data;
  if (valor.tipo === "texto") {
    if (valor.texto.trim() === "")
      return { ok: false, errores: [{ campo: "texto", mensaje: "Pegue el texto del informe." }] };
    if (valor.texto.length > LARGO_MAXIMO_DEL_TEXTO) {
      return {
        ok: false,
        errores: [
          {
            campo: "texto",
            mensaje: "El texto es demasiado largo para un informe: pegue un solo informe mensual a la vez.",
          },
        ],
      };
    }
  } else if (valor.url.length > LARGO_MAXIMO_DE_URL || idDeDocumento(valor.url) === null) {
    return {
      ok: false,
      errores: [
        {
          campo: "url",
          mensaje:
            "El enlace no es el de un documento de Google: copie la dirección del documento (https://docs.google.com/document/d/…).",
        },
      ],
    };
  }
  return { ok: true, fuente: valor, correcciones: c.data };
}
