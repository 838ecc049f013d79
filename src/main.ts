// The one list of entry points Apps Script sees: the build turns each key into a top-level function.

import { mostrarAyuda } from "./addon/ayuda";
import { configurarHoja } from "./addon/configurar-hoja";
import { abrirGenerarInforme } from "./addon/informe/dialogo";
import { generarInforme, prepararInforme } from "./addon/informe/generar";
import { onInstall, onOpen } from "./addon/menu";
import { abrirRegistro, registrarActividad, registrarCoordinacion } from "./addon/registrar";
import type { Api } from "./core/api";

/** The functions google.script.run may call; the compiler holds them to the shared Api types. */
const api: Pick<Api, "prepararInforme" | "generarInforme" | "registrarActividad" | "registrarCoordinacion"> =
  {
    prepararInforme,
    generarInforme,
    registrarActividad,
    registrarCoordinacion,
  };

/**
 * Simple triggers, menu actions and the server API. Every menu item's `funcion` must be a key here;
 * a test checks it against the built script.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  abrirRegistro,
  configurarHoja,
  mostrarAyuda,
  abrirGenerarInforme,
  ...api,
};
