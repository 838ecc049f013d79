// "Ayuda": a short guide to the add-on, in a dialog.

/** Menu item: shows the help dialog (dist/Ayuda.html). */
export function mostrarAyuda(): void {
  const pagina = HtmlService.createHtmlOutputFromFile("Ayuda").setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(pagina, "Ayuda — Informe mensual");
}
