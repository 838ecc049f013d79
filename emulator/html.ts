// Emulated HtmlService: HtmlOutput, HtmlTemplate with <? ?> / <?= ?> / <?!= ?> scriptlets, the project's .html files.

import { enumName, makeEnum, NAMING, signatureChecks } from "./enums";
import { type Runtime, ScriptError } from "./runtime";

/** HtmlService.SandboxMode. Only IFRAME still exists; setSandboxMode "now has no effect". */
export const SANDBOX_MODE = makeEnum("HtmlService.SandboxMode", ["EMULATED", "IFRAME", "NATIVE"] as const);
/** HtmlService.XFrameOptionsMode. https://developers.google.com/apps-script/reference/html/x-frame-options-mode */
export const XFRAME_OPTIONS_MODE = makeEnum("HtmlService.XFrameOptionsMode", [
  "ALLOWALL",
  "DEFAULT",
] as const);

const { signatureError } = signatureChecks(NAMING.base);

/** Google's message for a missing project file (as scripts report it: "No HTML file named Index was found."). */
export function noHtmlFileMessage(name: string): string {
  return `No HTML file named ${name} was found.`;
}

/** What an HtmlOutput holds; the Ui reads it to show a sidebar or dialog, without counting calls. */
export interface HtmlOutputRecord {
  content: string;
  title: string;
  width: number | null;
  height: number | null;
  faviconUrl: string | null;
  xFrameOptionsMode: "ALLOWALL" | "DEFAULT";
  metaTags: { name: string; content: string }[];
}

/** https://developers.google.com/apps-script/reference/html/html-output-meta-tag */
export interface EmulatedMetaTag {
  getName(): string;
  getContent(): string;
}

const records = new WeakMap<object, HtmlOutputRecord>();

/** The record behind an HtmlOutput, or undefined when `value` is not one (e.g. a template or a string). */
export function readHtmlOutput(value: unknown): HtmlOutputRecord | undefined {
  return typeof value === "object" && value !== null ? records.get(value) : undefined;
}

/** https://developers.google.com/apps-script/reference/html/html-output */
export class EmulatedHtmlOutput {
  readonly #rt: Runtime;
  readonly #record: HtmlOutputRecord;
  readonly #service: () => EmulatedHtmlService;

  constructor(rt: Runtime, content: string, service: () => EmulatedHtmlService) {
    this.#rt = rt;
    this.#service = service;
    this.#record = {
      content,
      title: "",
      width: null,
      height: null,
      faviconUrl: null,
      xFrameOptionsMode: "DEFAULT",
      metaTags: [],
    };
    records.set(this, this.#record);
  }

  #enter(method: string): void {
    this.#rt.enter(`HtmlOutput.${method}`, { auth: "NONE" });
  }

  getContent(): string {
    this.#enter("getContent");
    return this.#record.content;
  }
  setContent(content: unknown): this {
    this.#enter("setContent");
    if (typeof content !== "string") throw signatureError("HtmlOutput.setContent", [content]);
    this.#record.content = content;
    return this;
  }
  append(addedContent: unknown): this {
    this.#enter("append");
    if (typeof addedContent !== "string") throw signatureError("HtmlOutput.append", [addedContent]);
    this.#record.content += addedContent;
    return this;
  }
  /** "Appends new content … using contextual escaping": here HTML-entity escaping (see escapeHtml). */
  appendUntrusted(addedContent: unknown): this {
    this.#enter("appendUntrusted");
    if (typeof addedContent !== "string") throw signatureError("HtmlOutput.appendUntrusted", [addedContent]);
    this.#record.content += escapeHtml(addedContent);
    return this;
  }
  clear(): this {
    this.#enter("clear");
    this.#record.content = "";
    return this;
  }
  asTemplate(): EmulatedHtmlTemplate {
    this.#enter("asTemplate");
    return new EmulatedHtmlTemplate(this.#rt, this.#record.content, this.#service);
  }
  getTitle(): string {
    this.#enter("getTitle");
    return this.#record.title;
  }
  setTitle(title: unknown): this {
    this.#enter("setTitle");
    if (typeof title !== "string") throw signatureError("HtmlOutput.setTitle", [title]);
    this.#record.title = title;
    return this;
  }
  getWidth(): number | null {
    this.#enter("getWidth");
    return this.#record.width;
  }
  /** "Sets the initial width of a custom dialog"; sidebars ignore it (always 300 px). */
  setWidth(width: unknown): this {
    this.#enter("setWidth");
    if (typeof width !== "number" || !Number.isFinite(width))
      throw signatureError("HtmlOutput.setWidth", [width]);
    this.#record.width = Math.trunc(width);
    return this;
  }
  getHeight(): number | null {
    this.#enter("getHeight");
    return this.#record.height;
  }
  setHeight(height: unknown): this {
    this.#enter("setHeight");
    if (typeof height !== "number" || !Number.isFinite(height))
      throw signatureError("HtmlOutput.setHeight", [height]);
    this.#record.height = Math.trunc(height);
    return this;
  }
  /** "This method now has no effect" — but the argument must still be a SandboxMode. */
  setSandboxMode(mode: unknown): this {
    this.#enter("setSandboxMode");
    if (enumName(SANDBOX_MODE, mode) === undefined) throw signatureError("HtmlOutput.setSandboxMode", [mode]);
    return this;
  }
  setXFrameOptionsMode(mode: unknown): this {
    this.#enter("setXFrameOptionsMode");
    const name = enumName(XFRAME_OPTIONS_MODE, mode);
    if (name === undefined) throw signatureError("HtmlOutput.setXFrameOptionsMode", [mode]);
    this.#record.xFrameOptionsMode = name;
    return this;
  }
  addMetaTag(name: unknown, content: unknown): this {
    this.#enter("addMetaTag");
    if (typeof name !== "string" || typeof content !== "string") {
      throw signatureError("HtmlOutput.addMetaTag", [name, content]);
    }
    this.#record.metaTags.push({ name, content });
    return this;
  }
  getMetaTags(): EmulatedMetaTag[] {
    this.#enter("getMetaTags");
    return this.#record.metaTags.map((tag) => ({ getName: () => tag.name, getContent: () => tag.content }));
  }
  setFaviconUrl(iconUrl: unknown): this {
    this.#enter("setFaviconUrl");
    if (typeof iconUrl !== "string") throw signatureError("HtmlOutput.setFaviconUrl", [iconUrl]);
    this.#record.faviconUrl = iconUrl;
    return this;
  }
  getFaviconUrl(): string | null {
    this.#enter("getFaviconUrl");
    return this.#record.faviconUrl;
  }
}

/**
 * HTML-entity escaping of & < > " ' — what `<?= ?>` and appendUntrusted do in HTML text. Known gap:
 * Google escapes contextually (inside <script> or a URL attribute it escapes differently); the
 * emulator escapes the same way everywhere, which is never less safe.
 */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

type Piece = { kind: "text"; text: string } | { kind: "code" | "print" | "raw"; code: string };

/** Splits a template into text and scriptlets: `<? code ?>`, `<?= printed, escaped ?>`, `<?!= printed raw ?>`. */
function parseTemplate(source: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (;;) {
    const open = source.indexOf("<?", at);
    if (open < 0) {
      if (at < source.length) pieces.push({ kind: "text", text: source.slice(at) });
      return pieces;
    }
    if (open > at) pieces.push({ kind: "text", text: source.slice(at, open) });
    const close = source.indexOf("?>", open + 2);
    // UNCONFIRMED what Google does with an unclosed scriptlet; refusing it is the stricter choice.
    if (close < 0) throw new ScriptError("Unterminated scriptlet: a '<?' has no matching '?>'.");
    const inner = source.slice(open + 2, close);
    if (inner.startsWith("!=")) pieces.push({ kind: "raw", code: inner.slice(2) });
    else if (inner.startsWith("=")) pieces.push({ kind: "print", code: inner.slice(1) });
    else pieces.push({ kind: "code", code: inner });
    at = close + 2;
  }
}

function compile(pieces: readonly Piece[], withComments: boolean): string {
  return pieces
    .map((piece) => {
      if (piece.kind === "text") return `output._(${JSON.stringify(piece.text)});`;
      const comment = withComments
        ? ` // <?${piece.kind === "raw" ? "!=" : piece.kind === "print" ? "=" : ""}`
        : "";
      if (piece.kind === "code") return `${piece.code}${withComments ? "\n//?>" : ""}`;
      return `output.${piece.kind === "print" ? "_$" : "_"}((${piece.code}));${comment}`;
    })
    .join("\n");
}

/** JavaScript built-ins Apps Script's V8 has; template code sees these besides the template's variables. */
const BUILTINS = [
  "Array",
  "Boolean",
  "Date",
  "Error",
  "Infinity",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "RangeError",
  "RegExp",
  "Set",
  "String",
  "Symbol",
  "TypeError",
  "decodeURIComponent",
  "encodeURIComponent",
  "isFinite",
  "isNaN",
  "parseFloat",
  "parseInt",
  "undefined",
];

/**
 * https://developers.google.com/apps-script/reference/html/html-template — template variables are
 * the properties set on it (`template.data = …`), visible to scriptlets as variables.
 */
export class EmulatedHtmlTemplate {
  readonly #rt: Runtime;
  readonly #source: string;
  readonly #service: () => EmulatedHtmlService;
  // Allows `template.data = …` on a typed object.
  [variable: string]: unknown;

  constructor(rt: Runtime, source: string, service: () => EmulatedHtmlService) {
    this.#rt = rt;
    this.#source = source;
    this.#service = service;
  }

  getRawContent(): string {
    this.#rt.enter("HtmlTemplate.getRawContent", { auth: "NONE" });
    return this.#source;
  }
  getCode(): string {
    this.#rt.enter("HtmlTemplate.getCode", { auth: "NONE" });
    return compile(parseTemplate(this.#source), false);
  }
  getCodeWithComments(): string {
    this.#rt.enter("HtmlTemplate.getCodeWithComments", { auth: "NONE" });
    return compile(parseTemplate(this.#source), true);
  }

  /**
   * Runs the scriptlets and returns the page. The code runs with `new Function` in the host, in a
   * scope holding, in order: variables the scriptlets assign, the template's properties, the
   * script's globals (when the HtmlService was given them, so `<?!= include('x') ?>` finds the
   * script's top-level function), then the JavaScript built-ins. Any other name is a
   * ReferenceError, as it would be in Apps Script — never a host global such as `process`.
   */
  evaluate(): EmulatedHtmlOutput {
    this.#rt.enter("HtmlTemplate.evaluate", { auth: "NONE" });
    const code = compile(parseTemplate(this.#source), false);
    const variables: Record<string, unknown> = Object.fromEntries(Object.entries(this));
    const globals = globalsOf(this.#service());
    const locals = new Map<string, unknown>();
    const hidden = new Set(["output", "__scope"]);
    const scope = new Proxy(Object.create(null) as Record<string, unknown>, {
      has: (_target, key) => typeof key === "string" && !hidden.has(key),
      get: (_target, key) => {
        if (key === Symbol.unscopables || typeof key !== "string") return undefined;
        if (locals.has(key)) return locals.get(key);
        if (Object.hasOwn(variables, key)) return variables[key];
        if (globals && key in globals) return globals[key];
        if (BUILTINS.includes(key)) return (globalThis as Record<string, unknown>)[key];
        throw new ReferenceError(`${key} is not defined`);
      },
      set: (_target, key, value) => {
        if (typeof key === "string") locals.set(key, value);
        return true;
      },
    });
    let content = "";
    const output = {
      _: (value: unknown) => {
        content += String(value);
      },
      // UNCONFIRMED how Google prints null/undefined; String() makes a stray "undefined" visible.
      _$: (value: unknown) => {
        content += escapeHtml(String(value));
      },
      append: (value: unknown) => {
        content += String(value);
      },
      appendUntrusted: (value: unknown) => {
        content += escapeHtml(String(value));
      },
      clear: () => {
        content = "";
      },
      getContent: () => content,
    };
    // Sloppy-mode function so `with` is allowed; the scope proxy decides what names mean.
    const run = new Function("output", "__scope", `with (__scope) {\n${code}\n}`) as (
      output: unknown,
      scope: unknown,
    ) => void;
    run(output, scope);
    return new EmulatedHtmlOutput(this.#rt, content, this.#service);
  }
}

/** The emulated HtmlService global. https://developers.google.com/apps-script/reference/html/html-service */
export interface EmulatedHtmlService {
  readonly SandboxMode: typeof SANDBOX_MODE;
  readonly XFrameOptionsMode: typeof XFRAME_OPTIONS_MODE;
  createHtmlOutput(html?: unknown): EmulatedHtmlOutput;
  createHtmlOutputFromFile(filename: unknown): EmulatedHtmlOutput;
  createTemplate(html: unknown): EmulatedHtmlTemplate;
  createTemplateFromFile(filename: unknown): EmulatedHtmlTemplate;
}

const scriptGlobals = new WeakMap<EmulatedHtmlService, () => Record<string, unknown> | undefined>();

function globalsOf(service: EmulatedHtmlService): Record<string, unknown> | undefined {
  return scriptGlobals.get(service)?.();
}

/**
 * Creates the HtmlService global. `readFile` gives a project .html file's text by its name without
 * ".html" (undefined when absent). `globals`, when given, returns the script's global object (the
 * vm context) so template scriptlets can call the script's functions. Creating output needs no
 * scope and no authorization; showing it is the Ui's job.
 */
export function createHtmlService(
  rt: Runtime,
  readFile: (name: string) => string | undefined,
  globals?: () => Record<string, unknown> | undefined,
): EmulatedHtmlService {
  const enter = (method: string) => rt.enter(`HtmlService.${method}`, { auth: "NONE" });
  const self = () => service;
  const fileText = (method: string, filename: unknown): string => {
    if (typeof filename !== "string") throw signatureError(`HtmlService.${method}`, [filename]);
    // Scripts commonly pass "Index.html" for the file Index; both spellings find it.
    const text =
      readFile(filename) ?? (filename.endsWith(".html") ? readFile(filename.slice(0, -5)) : undefined);
    if (text === undefined) throw new ScriptError(noHtmlFileMessage(filename));
    return text;
  };
  const service: EmulatedHtmlService = {
    SandboxMode: SANDBOX_MODE,
    XFrameOptionsMode: XFRAME_OPTIONS_MODE,
    createHtmlOutput(html?: unknown) {
      enter("createHtmlOutput");
      if (html !== undefined && typeof html !== "string")
        throw signatureError("HtmlService.createHtmlOutput", [html]);
      return new EmulatedHtmlOutput(rt, html ?? "", self);
    },
    createHtmlOutputFromFile(filename: unknown) {
      enter("createHtmlOutputFromFile");
      // The file's text as is: scriptlets in it are not evaluated (that takes createTemplateFromFile).
      return new EmulatedHtmlOutput(rt, fileText("createHtmlOutputFromFile", filename), self);
    },
    createTemplate(html: unknown) {
      enter("createTemplate");
      if (typeof html !== "string") throw signatureError("HtmlService.createTemplate", [html]);
      return new EmulatedHtmlTemplate(rt, html, self);
    },
    createTemplateFromFile(filename: unknown) {
      enter("createTemplateFromFile");
      return new EmulatedHtmlTemplate(rt, fileText("createTemplateFromFile", filename), self);
    },
  };
  if (globals) scriptGlobals.set(service, globals);
  return service;
}
