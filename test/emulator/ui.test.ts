// Conformance tests of the emulated Ui: menus in every auth mode, sidebars and dialogs only in FULL with the UI scope, alerts, toasts.
import { describe, expect, it } from "vitest";
import { createHtmlService } from "../../emulator/html";
import { type AuthMode, Runtime, SCOPE, ScriptError } from "../../emulator/runtime";
import {
  createUi,
  newUiState,
  resolveMenuTarget,
  scriptFunctionNotFound,
  toast,
  type UiState,
} from "../../emulator/ui";

const REF = "https://developers.google.com/apps-script/reference/base/ui";
const MENUS = "https://developers.google.com/workspace/add-ons/concepts/menus";

function setup(
  authMode: AuthMode = "FULL",
  scopes: string[] = [SCOPE.spreadsheetsCurrentOnly, SCOPE.containerUi],
) {
  const rt = new Runtime({ scopes, authMode });
  const state: UiState = newUiState();
  const ui = createUi(rt, state, "Informe mensual");
  const html = createHtmlService(rt, () => undefined);
  return { rt, state, ui, html };
}

describe("Ui menus", () => {
  it(`an add-on menu is built in AuthMode.NONE, under the add-on's name (${MENUS})`, () => {
    const { ui, state } = setup("NONE", []);
    const sub = ui.createMenu("Más").addItem("Acerca de", "acercaDe");
    ui.createAddonMenu()
      .addItem("Configurar hoja", "configurarHoja")
      .addSeparator()
      .addSubMenu(sub)
      .addItem("Ayuda", "mostrarAyuda")
      .addToUi();
    expect(state.menus).toEqual([
      {
        title: "Informe mensual",
        kind: "addon",
        items: [
          { type: "item", label: "Configurar hoja", functionName: "configurarHoja" },
          { type: "separator" },
          {
            type: "submenu",
            label: "Más",
            items: [{ type: "item", label: "Acerca de", functionName: "acercaDe" }],
          },
          { type: "item", label: "Ayuda", functionName: "mostrarAyuda" },
        ],
      },
    ]);
  });

  it(`createMenu adds a top-level menu (${REF}#createMenu(String)); adding it again replaces it`, () => {
    const { ui, state } = setup("LIMITED");
    ui.createMenu("Informe mensual").addItem("Ayuda", "ayuda").addToUi();
    ui.createMenu("Informe mensual").addItem("Ayuda", "mostrarAyuda").addToUi();
    expect(state.menus).toHaveLength(1);
    expect(state.menus[0]?.kind).toBe("menu");
    expect(resolveMenuTarget(state, "Ayuda")).toBe("mostrarAyuda");
  });

  it("resolveMenuTarget finds an item by caption or by path, and nothing for an unknown caption", () => {
    const { ui, state } = setup();
    ui.createMenu("A").addItem("Ayuda", "ayudaA").addToUi();
    ui.createMenu("B")
      .addItem("Ayuda", "ayudaB")
      .addSubMenu(ui.createMenu("Sub").addItem("Hoja", "hoja"))
      .addToUi();
    expect(resolveMenuTarget(state, "B > Ayuda")).toBe("ayudaB");
    expect(resolveMenuTarget(state, "B > Sub > Hoja")).toBe("hoja");
    expect(resolveMenuTarget(state, "Hoja")).toBe("hoja");
    expect(resolveMenuTarget(state, "No existe")).toBeUndefined();
    expect(() => resolveMenuTarget(state, "Ayuda")).toThrow(/ambiguous/);
  });

  it('a click on a missing or private function fails with Google\'s "Script function not found: NAME"', () => {
    expect(scriptFunctionNotFound("configurarHoja_")).toBe("Script function not found: configurarHoja_");
  });

  it("addItem needs a caption and a function name as strings", () => {
    const { ui } = setup();
    expect(() => ui.createMenu("M").addItem("Sin función", undefined)).toThrow(ScriptError);
    expect(() => ui.createMenu("M").addSubMenu({})).toThrow(ScriptError);
  });
});

describe("Ui sidebars and dialogs", () => {
  it(`showSidebar is refused in LIMITED: add-on onOpen and simple triggers can't open it (${REF}#showSidebar(Object); editor-auth-lifecycle)`, () => {
    const { ui, html, state } = setup("LIMITED");
    expect(() => ui.showSidebar(html.createHtmlOutput("x"))).toThrow(
      `You do not have permission to call Ui.showSidebar. Required permissions: ${SCOPE.containerUi}`,
    );
    expect(state.sidebar).toBeNull();
  });

  it(`showSidebar needs the script.container.ui scope in the manifest (${REF}#showSidebar(Object), Authorization)`, () => {
    const { ui, html } = setup("FULL", [SCOPE.spreadsheetsCurrentOnly]);
    expect(() => ui.showSidebar(html.createHtmlOutput("x"))).toThrow(
      `Specified permissions are not sufficient to call Ui.showSidebar. Required permissions: ${SCOPE.containerUi}`,
    );
  });

  it("a sidebar shows the HtmlOutput's title, 300 px wide whatever setWidth says (guides/dialogs; platform guide)", () => {
    const { ui, html, state } = setup();
    ui.showSidebar(html.createHtmlOutput("<p>hola</p>").setTitle("Registrar").setWidth(500));
    expect(state.sidebar).toEqual({ title: "Registrar", html: "<p>hola</p>", width: 300 });
  });

  it("only an HtmlOutput can be shown: an unevaluated template or a string is refused", () => {
    const { ui, html } = setup();
    expect(() => ui.showSidebar(html.createTemplate("x"))).toThrow(ScriptError);
    expect(() => ui.showSidebar("<p>")).toThrow(
      "The parameters (String) don't match the method signature for Ui.showSidebar.",
    );
  });

  it(`showModalDialog takes the output's size and the given title (${REF}#showModalDialog(Object,String))`, () => {
    const { ui, html, state } = setup();
    ui.showModalDialog(html.createHtmlOutput("<p>Ayuda</p>").setWidth(640).setHeight(480), "Ayuda");
    expect(state.dialog).toEqual({
      kind: "modal",
      title: "Ayuda",
      html: "<p>Ayuda</p>",
      width: 640,
      height: 480,
    });
    ui.showModelessDialog(html.createHtmlOutput("y").setWidth(300).setHeight(200), "Sin bloqueo");
    expect(state.dialog?.kind).toBe("modeless");
  });
});

describe("Ui alerts, prompts and toasts", () => {
  it(`alert returns the Button pressed: OK by default, or the queued answer (${REF}#alert(String,String,ButtonSet))`, () => {
    const { ui, state } = setup();
    expect(ui.alert("Listo")).toBe(ui.Button.OK);
    expect(ui.alert("¿Seguro?", "Se reemplazará el informe", ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    state.alertAnswers.push("NO");
    expect(ui.alert("Borrar", ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    expect(state.alerts.map((a) => [a.title, a.prompt, a.buttons, a.answer])).toEqual([
      ["", "Listo", "OK", "OK"],
      ["¿Seguro?", "Se reemplazará el informe", "YES_NO", "YES"],
      ["", "Borrar", "YES_NO", "NO"],
    ]);
    state.alertAnswers.push("CANCEL");
    expect(() => ui.alert("x", ui.ButtonSet.YES_NO)).toThrow(/not a button/);
  });

  it("alert is refused outside FULL and with arguments of the wrong types", () => {
    expect(() => setup("LIMITED").ui.alert("x")).toThrow(/You do not have permission to call Ui\.alert/);
    const { ui } = setup();
    expect(() => ui.alert("x", "OK")).toThrow(ScriptError);
  });

  it(`prompt returns the text and button the user gave (${REF}#prompt(String))`, () => {
    const { ui, state } = setup();
    state.promptAnswers.push({ button: "OK", text: "2019-05" });
    const response = ui.prompt("Mes del informe", ui.ButtonSet.OK_CANCEL);
    expect(response.getResponseText()).toBe("2019-05");
    expect(response.getSelectedButton()).toBe(ui.Button.OK);
  });

  it("toast records message, title and timeout (reference/spreadsheet/spreadsheet#toast(String,String,Number))", () => {
    const { state } = setup();
    toast(state, "Hoja configurada", "Informe mensual");
    toast(state, "Guardado", undefined, -1);
    expect(state.toasts).toEqual([
      { message: "Hoja configurada", title: "Informe mensual", timeoutSeconds: 5 },
      { message: "Guardado", title: "", timeoutSeconds: -1 },
    ]);
    expect(JSON.parse(JSON.stringify(state))).toEqual(state);
  });
});
