// The sidebar's two forms: their fields, what they hold, and each field's message under it.
import type { ErrorDeCampo } from "../../../core/registro/campos";
import {
  CAMPOS_ACTIVIDAD,
  CAMPOS_COORDINACION,
  validarActividad,
  validarCoordinacion,
} from "../../../core/registro/reglas";
import { elemento } from "../../dom";

export type Modo = "actividad" | "coordinacion";

/** The fields of each form, in the order of the rules (one list, from core). */
export const CAMPOS: Record<Modo, readonly string[]> = {
  actividad: CAMPOS_ACTIVIDAD,
  coordinacion: CAMPOS_COORDINACION,
};

type Campo = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Fields the user has left or changed: only those show messages before the first Guardar. */
export const tocados = new Set<string>();
/** After a Guardar refused, every field of that form shows its message, and keeps it up to date. */
export const intentado: Record<Modo, boolean> = { actividad: false, coordinacion: false };

export function campo(nombre: string): Campo {
  return elemento<Campo>(nombre);
}

/** The activity form's values as the server receives them. */
export function valoresActividad() {
  return {
    actividad: campo("actividad").value,
    entidad: campo("entidad").value,
    informacion: campo("informacion").value,
    fecha: campo("fecha").value,
    // Hidden Fecha fin means a one-day activity, whatever was typed in it before.
    fechaFin: elemento<HTMLInputElement>("varios-dias").checked ? campo("fechaFin").value : "",
    eje: campo("eje").value,
  };
}

export function valoresCoordinacion() {
  return { mes: campo("mes").value, coordinacion: campo("coordinacion").value };
}

/** What the shared entry rules say of a form now. */
export function errores(modo: Modo, ejes: readonly string[]): readonly ErrorDeCampo[] {
  const r =
    modo === "actividad"
      ? validarActividad(valoresActividad(), { ejes })
      : validarCoordinacion(valoresCoordinacion());
  return r.ok ? [] : r.errores;
}

/** Shows each field's message under it (textContent only) and sets aria-invalid; returns the first bad field. */
export function mostrarErrores(modo: Modo, lista: readonly ErrorDeCampo[], todos: boolean): Campo | null {
  let primero: Campo | null = null;
  for (const nombre of CAMPOS[modo]) {
    const error = lista.find((e) => e.campo === nombre);
    const visible = error !== undefined && (todos || tocados.has(nombre));
    const entrada = campo(nombre);
    elemento(`${nombre}-error`).textContent = visible ? error.mensaje : "";
    if (visible) entrada.setAttribute("aria-invalid", "true");
    else entrada.removeAttribute("aria-invalid");
    if (visible && primero === null) primero = entrada;
  }
  const general = lista.filter((e) => !CAMPOS[modo].includes(e.campo));
  elemento(`${modo}-general`).textContent = general.map((e) => e.mensaje).join(" ");
  return primero;
}

/** Checks a form again and shows what is due: touched fields, or all once Guardar was refused. */
export function revisar(modo: Modo, ejes: readonly string[]): void {
  mostrarErrores(modo, errores(modo, ejes), intentado[modo]);
}

/** A refused form: every field shows its message from now on, and the first bad field gets the focus. */
export function mostrarRechazo(modo: Modo, lista: readonly ErrorDeCampo[]): void {
  intentado[modo] = true;
  mostrarErrores(modo, lista, true)?.focus();
}
