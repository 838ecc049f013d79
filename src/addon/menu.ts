// The "Informe mensual" menu and the simple triggers that build it.
import { MENU } from "./menu-items";
import type { EventoDeApertura, EventoDeInstalacion } from "./tipos";

/**
 * Builds the menu. Runs in AuthMode.NONE (add-on installed but not enabled in this file), LIMITED or
 * FULL; in NONE it may touch nothing but the menu, so it reads no document and no properties.
 */
export function onOpen(_e?: EventoDeApertura): void {
  const ui = SpreadsheetApp.getUi();
  // A published editor add-on must place its items under Extensions; a bound script gets its own menu.
  const menu = __DISTRIBUCION__ === "complemento" ? ui.createAddonMenu() : ui.createMenu(MENU.titulo);
  for (const item of MENU.items) {
    if (item === "separador") menu.addSeparator();
    else menu.addItem(item.etiqueta, item.funcion);
  }
  menu.addToUi();
}

/** Installing the add-on from the Marketplace runs onInstall (FULL) instead of onOpen for the open file. */
export function onInstall(e?: EventoDeInstalacion): void {
  onOpen(e as EventoDeApertura | undefined);
}
