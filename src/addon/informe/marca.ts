// The marker of a month's generation in progress (document properties), so two editors never write the same month at once.
import { borrar, escribir, leer } from "../propiedades";

/** A generation lasts at most one Apps Script run (6 minutes); a marker older than this was left by one that died. */
const VIGENCIA_MS = 7 * 60_000;

/** Who is generating a month, since when. */
export interface Marca {
  usuario: string;
  desdeMs: number;
}

function clave(mes: string): string {
  return `generando:${mes}`;
}

/** The month's marker if a generation is in progress now; null when none or stale. */
export function marcaEnCurso(mes: string, ahoraMs: number): Marca | null {
  const texto = leer(clave(mes));
  if (!texto) return null;
  try {
    const marca = JSON.parse(texto) as Partial<Marca>;
    const desde = Number(marca.desdeMs);
    if (!Number.isFinite(desde) || ahoraMs - desde > VIGENCIA_MS || desde > ahoraMs + VIGENCIA_MS)
      return null;
    return { usuario: String(marca.usuario ?? ""), desdeMs: desde };
  } catch {
    return null;
  }
}

/** Marks the month as being generated. Set under the document lock, after `marcaEnCurso` said none. */
export function ponerMarca(mes: string, marca: Marca): void {
  escribir(clave(mes), JSON.stringify(marca));
}

/** Clears the month's marker once its generation ends, whichever way. */
export function quitarMarca(mes: string): void {
  borrar(clave(mes));
}

/** The message for a month someone is generating now. */
export function mensajeDeMarca(titulo: string, marca: Marca, ahoraMs: number): string {
  const minutos = Math.max(1, Math.round((ahoraMs - marca.desdeMs) / 60_000));
  const quien = marca.usuario
    ? ` (lo empezó ${marca.usuario} hace ${minutos === 1 ? "1 minuto" : `${minutos} minutos`})`
    : "";
  return `Ya se está generando el informe de ${titulo}${quien}. Espere a que termine e inténtelo de nuevo.`;
}
