// One name for each Apps Script type the add-on handles, so every file says "Hoja" for the same thing.

export type Libro = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Hoja = GoogleAppsScript.Spreadsheet.Sheet;
export type Rango = GoogleAppsScript.Spreadsheet.Range;
export type Documento = GoogleAppsScript.Document.Document;
export type Cuerpo = GoogleAppsScript.Document.Body;
export type Elemento = GoogleAppsScript.Document.Element;
export type Archivo = GoogleAppsScript.Drive.File;
export type Candado = GoogleAppsScript.Lock.Lock;
export type Pagina = GoogleAppsScript.HTML.HtmlOutput;
export type EventoDeApertura = GoogleAppsScript.Events.SheetsOnOpen;
export type EventoDeInstalacion = GoogleAppsScript.Events.AddonOnInstall;
export type EventoDeEdicion = GoogleAppsScript.Events.SheetsOnEdit;
