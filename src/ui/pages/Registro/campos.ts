// The sidebar's two forms: their fields, what they hold, and each field's message under it.
import type { ErrorDeCampo } from "../../../core/registro/campos";
import {
  CAMPOS_ACTIVIDAD,
  CAMPOS_COORDINACION,
  MENSAJE_FALTA_FECHA_FIN,
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

/**
 * "Varios días" ticked with no Fecha fin: the form cannot tell a one-day activity from a forgotten
 * end, so it asks (the server only ever sees the dates).
 */
export function faltaFechaFin(): ErrorDeCampo | null {
  const marcado = elemento<HTMLInputElement>("varios-dias").checked;
  return marcado && campo("fechaFin").value.trim() === ""
    ? { campo: "fechaFin", mensaje: MENSAJE_FALTA_FECHA_FIN }
    : null;
}

/** What the shared entry rules (and the form's own Varios días rule) say of a form now. */
export function errores(modo: Modo, ejes: readonly string[]): readonly ErrorDeCampo[] {
  if (modo === "coordinacion") {
    const r = validarCoordinacion(valoresCoordinacion());
    return r.ok ? [] : r.errores;
  }
  const r = validarActividad(valoresActividad(), { ejes });
  const sinFin = faltaFechaFin();
  return [
    ...(r.ok ? [] : r.errores.filter((e) => !sinFin || e.campo !== "fechaFin")),
    ...(sinFin ? [sinFin] : []),
  ];
}

/** True from a press of the pointer until its click has been handled. */
let pulsando = false;
const pendientesDelClic: Array<() => void> = [];
document.addEventListener("pointerdown", () => {
  pulsando = true;
});
document.addEventListener(
  "click",
  () => {
    // After the click's own handlers: the message may now move things, the click already landed.
    setTimeout(() => {
      pulsando = false;
      for (const f of pendientesDelClic.splice(0)) f();
    }, 0);
  },
  true,
);
document.addEventListener("pointercancel", () => {
  pulsando = false;
  for (const f of pendientesDelClic.splice(0)) f();
});

/**
 * Runs `f` now, or once the click in progress has landed: a field left by clicking elsewhere shows
 * its message only after that click, so the first click after opening is never lost.
 */
export function despuesDelClic(f: () => void): void {
  if (pulsando) pendientesDelClic.push(f);
  else f();
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
