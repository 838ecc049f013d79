// The one list of entry points Apps Script sees: the build turns each key into a top-level function.
import { mostrarAyuda } from "./addon/ayuda";
import { configurarHoja } from "./addon/configurar-hoja";
import { onInstall, onOpen } from "./addon/menu";

/**
 * Simple triggers, menu actions and the functions google.script.run may call. Every menu item's
 * `funcion` must be a key here; a test checks it against the built script.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  configurarHoja,
  mostrarAyuda,
};
