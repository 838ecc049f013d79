// Conformance: values the services return belong to the script's realm, as in Apps Script's single JavaScript context.
import { describe, expect, it } from "vitest";
import { Harness } from "../../emulator/harness";
import { Environment } from "../../emulator/index";
import { SCOPE } from "../../emulator/runtime";

// Apps Script's V8 runtime runs a project in one global context (platform guide, Runtime: "one
// global scope for all files"): a Date a service returns is the script's Date.
const V8 = "https://developers.google.com/apps-script/guides/v8-runtime";

const SCRIPT = `
function comprobar() {
  var hoja = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  hoja.getRange("A1:B1").setValues([[new Date(2019, 4, 28), "texto"]]);
  var valores = hoja.getRange("A1:B1").getValues();
  var fecha = valores[0][0];
  var documento = DocumentApp.create("Prueba");
  var atributos = documento.getBody().getAttributes();
  var archivo = DriveApp.getFileById(documento.getId());
  var regla = SpreadsheetApp.newDataValidation().requireDate().build();
  hoja.getRange("C1").setDataValidation(regla);
  return {
    fechaEsDate: fecha instanceof Date,
    constructorEsDate: fecha.constructor === Date,
    valoresEsArray: valores instanceof Array && valores[0] instanceof Array,
    arrayProto: Object.getPrototypeOf(valores) === Array.prototype,
    atributosProto: Object.getPrototypeOf(atributos) === Object.prototype,
    driveDate: archivo.getLastUpdated() instanceof Date,
    creadoDate: archivo.getDateCreated() instanceof Date,
    mismoEnum: ScriptApp.AuthMode.FULL === ScriptApp.AuthMode.FULL,
    reglaDeVuelta: hoja.getRange("C1").getDataValidation().getCriteriaType() === SpreadsheetApp.DataValidationCriteria.DATE_IS_VALID_DATE,
    mismoDia: fecha.getTime() === new Date(2019, 4, 28).getTime(),
  };
}
function onEdit(e) {
  PropertiesService.getDocumentProperties().setProperty(
    "evento",
    [e.authMode === ScriptApp.AuthMode.LIMITED, e.range.getValues() instanceof Array, Object.getPrototypeOf(e) === Object.prototype].join(","),
  );
}
`;

function setup() {
  const env = new Environment({
    manifest: {
      timeZone: "America/Panama",
      oauthScopes: [SCOPE.spreadsheetsCurrentOnly, SCOPE.documents, SCOPE.drive],
    },
  });
  return { env, harness: new Harness(env, SCRIPT) };
}

describe(`the script's realm (${V8})`, () => {
  it("a Date read from a cell, from Drive is instanceof Date; arrays and data objects are the script's", () => {
    const { harness } = setup();
    const r = harness.run("comprobar", [], { authMode: "FULL" }) as Record<string, boolean>;
    expect(r).toEqual({
      fechaEsDate: true,
      constructorEsDate: true,
      valoresEsArray: true,
      arrayProto: true,
      atributosProto: true,
      driveDate: true,
      creadoDate: true,
      mismoEnum: true,
      reglaDeVuelta: true,
      mismoDia: true,
    });
  });

  it("an onEdit event is the script's object, its authMode the script's enum value, its range's values the script's arrays", () => {
    const { env, harness } = setup();
    harness.edit("Hoja 1", 1, 1, "hola");
    expect(env.state.properties.document.evento).toBe("true,true,true");
  });
});
