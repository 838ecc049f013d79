// The one list of entry points Apps Script sees: the build turns each key into a top-level function.

import { mostrarAyuda } from "./addon/ayuda";
import { onEdit } from "./addon/edicion";
import { abrirImportarInforme, importarInforme, prepararImportacion } from "./addon/importar/importar";
import { abrirGenerarInforme } from "./addon/informe/dialogo";
import { generarInforme } from "./addon/informe/generar";
import { prepararInforme } from "./addon/informe/preparar";
import { onInstall, onOpen } from "./addon/menu";
import { abrirRegistro } from "./addon/registrar-actividad/barra-lateral";
import { registrarActividad, registrarCoordinacion } from "./addon/registrar-actividad/guardar";
import { configurarHoja } from "./addon/registro/configurar-hoja";
import { irARegistro } from "./addon/validar/ir-a-registro";
import { abrirValidarRegistros, validarRegistros } from "./addon/validar/validar-registros";
import type { Api } from "./core/api";

/** The functions google.script.run may call; the compiler holds them to the shared Api types. */
const api: Api = {
  prepararInforme,
  generarInforme,
  registrarActividad,
  registrarCoordinacion,
  validarRegistros,
  irARegistro,
  prepararImportacion,
  importarInforme,
};

/**
 * Simple triggers, menu actions and the server API. Every menu item's `funcion` must be a key here;
 * a test checks it against the built script.
 */
export const entryPoints = {
  onOpen,
  onInstall,
  onEdit,
  abrirRegistro,
  configurarHoja,
  mostrarAyuda,
  abrirGenerarInforme,
  abrirValidarRegistros,
  abrirImportarInforme,
  ...api,
};
