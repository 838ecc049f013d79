// Conformance tests of the emulated HtmlService: outputs, files, templates and their scriptlet escaping.
import { describe, expect, it } from "vitest";
import { createHtmlService, readHtmlOutput } from "../../emulator/html";
import { Runtime, ScriptError } from "../../emulator/runtime";

const REF = "https://developers.google.com/apps-script/reference/html";
const GUIDE = "https://developers.google.com/apps-script/guides/html/templates";

const FILES: Record<string, string> = {
  Sidebar: "<h1><?= titulo ?></h1>",
  Ayuda: "<p>Ayuda <?= 1 + 1 ?></p>",
  estilos: "<style>b{}</style>",
};

function setup(globals?: Record<string, unknown>) {
  const rt = new Runtime({ scopes: [], authMode: "NONE" });
  const html = createHtmlService(rt, (name) => FILES[name], globals ? () => globals : undefined);
  return { rt, html };
}

describe("HtmlService", () => {
  it(`<?= ?> escapes HTML and <?!= ?> does not (${GUIDE}, "Printing scriptlets"; platform guide)`, () => {
    const { html } = setup();
    const out = html.createTemplate('<?= "<b>" ?>|<?!= "<b>" ?>|<?= `"\'&` ?>').evaluate();
    expect(out.getContent()).toBe("&lt;b&gt;|<b>|&quot;&#39;&amp;");
  });

  it(`template variables are the properties set on the template (${GUIDE}, "Pushing variables to templates")`, () => {
    const { html } = setup();
    const template = html.createTemplate("<ul><? for (const a of datos) { ?><li><?= a ?></li><? } ?></ul>");
    template.datos = ["Reunión", "<script>"];
    expect(template.evaluate().getContent()).toBe("<ul><li>Reunión</li><li>&lt;script&gt;</li></ul>");
  });

  it("names a scriptlet assigns stay visible to later scriptlets", () => {
    const { html } = setup();
    expect(
      html.createTemplate("<? var n = 2; total = n * 3; ?><?= n ?>/<?= total ?>").evaluate().getContent(),
    ).toBe("2/6");
  });

  it("template code sees no host globals: an unknown name is a ReferenceError", () => {
    const { html } = setup();
    expect(() => html.createTemplate("<?= process.env.HOME ?>").evaluate()).toThrow(ReferenceError);
    expect(() => html.createTemplate("<?= noDefinida ?>").evaluate()).toThrow("noDefinida is not defined");
    expect(
      html.createTemplate("<?= Math.max(1, 2) ?> <?= JSON.stringify([1]) ?>").evaluate().getContent(),
    ).toBe("2 [1]");
  });

  it("template code can call the script's top-level functions (the include() pattern)", () => {
    const { html } = setup({ include: (name: string) => FILES[name] });
    expect(html.createTemplate("<?!= include('estilos') ?>").evaluate().getContent()).toBe(
      "<style>b{}</style>",
    );
  });

  it(`createHtmlOutputFromFile returns the file as is, scriptlets unevaluated (${REF}/html-service#createHtmlOutputFromFile(String))`, () => {
    const { html } = setup();
    expect(html.createHtmlOutputFromFile("Sidebar").getContent()).toBe("<h1><?= titulo ?></h1>");
    const template = html.createTemplateFromFile("Sidebar");
    template.titulo = "Informe & más";
    expect(template.evaluate().getContent()).toBe("<h1>Informe &amp; más</h1>");
    expect(template.getRawContent()).toBe("<h1><?= titulo ?></h1>");
    expect(template.getCode()).toContain("titulo");
  });

  it('a missing file throws Google\'s "No HTML file named … was found."', () => {
    const { html } = setup();
    expect(() => html.createHtmlOutputFromFile("Falta")).toThrow(
      new ScriptError("No HTML file named Falta was found."),
    );
    expect(() => html.createTemplateFromFile("Falta")).toThrow("No HTML file named Falta was found.");
    expect(html.createHtmlOutputFromFile("Ayuda.html").getContent()).toContain("Ayuda");
  });

  it(`HtmlOutput keeps content, title and size; appendUntrusted escapes (${REF}/html-output)`, () => {
    const { html } = setup();
    const out = html
      .createHtmlOutput("<p>")
      .append("<i>x</i>")
      .appendUntrusted("<i>")
      .setTitle("Registrar actividad")
      .setWidth(500)
      .setHeight(420);
    expect(out.getContent()).toBe("<p><i>x</i>&lt;i&gt;");
    expect(out.getTitle()).toBe("Registrar actividad");
    expect([out.getWidth(), out.getHeight()]).toEqual([500, 420]);
    out.setContent("nuevo");
    expect(readHtmlOutput(out)?.content).toBe("nuevo");
    expect(html.createHtmlOutput().getContent()).toBe("");
  });

  it("setSandboxMode and setXFrameOptionsMode take their enums, nothing else", () => {
    const { html } = setup();
    const out = html.createHtmlOutput("x");
    out.setSandboxMode(html.SandboxMode.IFRAME).setXFrameOptionsMode(html.XFrameOptionsMode.ALLOWALL);
    expect(readHtmlOutput(out)?.xFrameOptionsMode).toBe("ALLOWALL");
    expect(() => out.setSandboxMode("IFRAME")).toThrow(ScriptError);
    out.addMetaTag("viewport", "width=device-width");
    expect(out.getMetaTags()[0]?.getName()).toBe("viewport");
  });

  it("a template is not an HtmlOutput until evaluated; everything works in AuthMode.NONE and is counted", () => {
    const { rt, html } = setup();
    const template = html.createTemplate("x");
    expect(readHtmlOutput(template)).toBeUndefined();
    expect(readHtmlOutput(template.evaluate())).toBeDefined();
    expect(rt.callCounts()).toEqual({ "HtmlService.createTemplate": 1, "HtmlTemplate.evaluate": 1 });
    expect(() => html.createTemplate("<? sin cerrar").evaluate()).toThrow(ScriptError);
  });
});
