// Emulated Ui of the bound spreadsheet: menus, sidebar, dialogs, alerts, prompts and toasts, recorded in a JSON state.

import { type EnumValue, enumName, makeEnum, NAMING, signatureChecks } from "./enums";
import { readHtmlOutput } from "./html";
import { type Runtime, SCOPE } from "./runtime";

/** Ui.Button. https://developers.google.com/apps-script/reference/base/button */
export const BUTTON = makeEnum("Ui.Button", ["CLOSE", "OK", "CANCEL", "YES", "NO"] as const);
/** Ui.ButtonSet. https://developers.google.com/apps-script/reference/base/button-set */
export const BUTTON_SET = makeEnum("Ui.ButtonSet", ["OK", "OK_CANCEL", "YES_NO", "YES_NO_CANCEL"] as const);

const { signatureError } = signatureChecks(NAMING.base);

export type ButtonName = "CLOSE" | "OK" | "CANCEL" | "YES" | "NO";
export type ButtonSetName = "OK" | "OK_CANCEL" | "YES_NO" | "YES_NO_CANCEL";

/** The buttons each set shows; CLOSE (the dialog's ×) is always possible. */
export const BUTTONS_OF_SET: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ["OK"],
  OK_CANCEL: ["OK", "CANCEL"],
  YES_NO: ["YES", "NO"],
  YES_NO_CANCEL: ["YES", "NO", "CANCEL"],
};

/** Sidebars are always 300 px wide (guides/dialogs: "the sidebar … fixed width of 300px"). */
export const SIDEBAR_WIDTH = 300;
/** Dialog size when the HtmlOutput sets none. UNCONFIRMED: Google's default is undocumented. */
export const DEFAULT_DIALOG_WIDTH = 600;
export const DEFAULT_DIALOG_HEIGHT = 400;

/** One entry of a registered menu. */
export type MenuEntry =
  | { type: "item"; label: string; functionName: string }
  | { type: "separator" }
  | { type: "submenu"; label: string; items: MenuEntry[] };

/** A menu as added to the spreadsheet by addToUi. */
export interface MenuRecord {
  title: string;
  /** 'menu': createMenu, top level of the menu bar. 'addon': createAddonMenu, under Extensions. */
  kind: "menu" | "addon";
  items: MenuEntry[];
}

export interface SidebarRecord {
  title: string;
  html: string;
  width: number;
}

export interface DialogRecord {
  kind: "modal" | "modeless";
  title: string;
  html: string;
  width: number;
  height: number;
}

export interface AlertRecord {
  kind: "alert" | "prompt";
  title: string;
  prompt: string;
  buttons: ButtonSetName;
  /** The answer given (the button, and for prompts the text typed). */
  answer: ButtonName;
  text?: string;
}

export interface ToastRecord {
  message: string;
  title: string;
  /** Seconds; Spreadsheet.toast defaults to 5, negative means "until closed". */
  timeoutSeconds: number;
}

/** JSON-serializable state of the spreadsheet's UI as the script left it. */
export interface UiState {
  menus: MenuRecord[];
  sidebar: SidebarRecord | null;
  dialog: DialogRecord | null;
  alerts: AlertRecord[];
  toasts: ToastRecord[];
  /** Answers the "user" gives to the next alerts, in order; when empty: the set's first button (OK or YES). */
  alertAnswers: ButtonName[];
  /** Answers to the next prompts; when empty: the first button and "". */
  promptAnswers: { button: ButtonName; text: string }[];
}

/** No menus, nothing shown. */
export function newUiState(): UiState {
  return {
    menus: [],
    sidebar: null,
    dialog: null,
    alerts: [],
    toasts: [],
    alertAnswers: [],
    promptAnswers: [],
  };
}

/**
 * A new page load of the spreadsheet: menus from the last onOpen vanish, sidebars and dialogs close.
 * The harness calls it before running onOpen again.
 */
export function resetForOpen(state: UiState): void {
  state.menus = [];
  state.sidebar = null;
  state.dialog = null;
}

/** Records Spreadsheet.toast(msg, title, timeoutSeconds) (the spreadsheet service calls this). */
export function toast(state: UiState, message: unknown, title?: unknown, timeoutSeconds?: unknown): void {
  state.toasts.push({
    message: String(message ?? ""),
    title: title === undefined || title === null ? "" : String(title),
    timeoutSeconds: typeof timeoutSeconds === "number" ? timeoutSeconds : 5,
  });
}

/**
 * Google's message when a menu item names a function the script lacks, or a private one (name
 * ending in "_", which Apps Script hides from menus and google.script.run).
 */
export function scriptFunctionNotFound(functionName: string): string {
  return `Script function not found: ${functionName}`;
}

/**
 * The function a menu click runs. `label` is an item's caption (which must be unique across the
 * menus) or a path "Menu title > Submenu > Item". Undefined when no item matches. The harness then
 * checks that the name is a top-level, non-private function of the loaded script and otherwise
 * fails the click with {@link scriptFunctionNotFound} — this module cannot see the script.
 */
export function resolveMenuTarget(state: UiState, label: string): string | undefined {
  const path = label.split(">").map((part) => part.trim());
  const found: string[] = [];
  const walk = (entries: readonly MenuEntry[], prefix: readonly string[]) => {
    for (const entry of entries) {
      if (entry.type === "item") {
        const full = [...prefix, entry.label];
        if (path.length === 1 ? entry.label === label : samePath(full, path)) found.push(entry.functionName);
      } else if (entry.type === "submenu") {
        walk(entry.items, [...prefix, entry.label]);
      }
    }
  };
  for (const menu of state.menus) walk(menu.items, [menu.title]);
  if (found.length > 1) {
    throw new Error(`Menu label "${label}" is ambiguous; give its path, e.g. "Menu > ${label}".`);
  }
  return found[0];
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((part, i) => part === b[i]);
}

/** https://developers.google.com/apps-script/reference/base/menu */
export interface EmulatedMenu {
  addItem(caption: unknown, functionName: unknown): EmulatedMenu;
  addSeparator(): EmulatedMenu;
  addSubMenu(menu: unknown): EmulatedMenu;
  addToUi(): void;
}

/** https://developers.google.com/apps-script/reference/base/prompt-response */
export interface EmulatedPromptResponse {
  getResponseText(): string;
  getSelectedButton(): EnumValue;
}

/** https://developers.google.com/apps-script/reference/base/ui */
export interface EmulatedUi {
  readonly Button: typeof BUTTON;
  readonly ButtonSet: typeof BUTTON_SET;
  createMenu(caption: unknown): EmulatedMenu;
  createAddonMenu(): EmulatedMenu;
  showSidebar(userInterface: unknown): void;
  showModalDialog(userInterface: unknown, title: unknown): void;
  showModelessDialog(userInterface: unknown, title: unknown): void;
  alert(...args: unknown[]): EnumValue;
  prompt(...args: unknown[]): EmulatedPromptResponse;
}

const menuEntries = new WeakMap<object, { title: string; entries: MenuEntry[] }>();

/**
 * Creates the Ui that SpreadsheetApp.getUi() returns.
 * - Menus (createMenu, createAddonMenu, Menu.*) work in every auth mode, NONE included: add-on
 *   onOpen builds its menu before authorization (workspace-add-ons/concepts/menus).
 * - showSidebar / showModalDialog / showModelessDialog / alert / prompt need FULL and the
 *   script.container.ui scope (reference/base/ui, "Authorization"); simple triggers and add-on
 *   onOpen in LIMITED cannot open them.
 * - There is no human: alerts and prompts are recorded and answered from the state's queues.
 */
export function createUi(rt: Runtime, state: UiState, addonTitle: string): EmulatedUi {
  const needsUi = { auth: "FULL" as const, scopes: [SCOPE.containerUi] };

  const createMenuObject = (title: string, kind: "menu" | "addon"): EmulatedMenu => {
    const entries: MenuEntry[] = [];
    const menu: EmulatedMenu = {
      addItem(caption: unknown, functionName: unknown) {
        rt.enter("Menu.addItem", { auth: "NONE" });
        if (typeof caption !== "string" || typeof functionName !== "string") {
          throw signatureError("Menu.addItem", [caption, functionName]);
        }
        // A name that is not a callable function is accepted here; Google fails the click instead.
        entries.push({ type: "item", label: caption, functionName });
        return menu;
      },
      addSeparator() {
        rt.enter("Menu.addSeparator", { auth: "NONE" });
        entries.push({ type: "separator" });
        return menu;
      },
      addSubMenu(sub: unknown) {
        rt.enter("Menu.addSubMenu", { auth: "NONE" });
        const inner = typeof sub === "object" && sub !== null ? menuEntries.get(sub) : undefined;
        if (!inner) throw signatureError("Menu.addSubMenu", [sub]);
        // The submenu as it is now; items added to it later don't appear (UNCONFIRMED).
        entries.push({ type: "submenu", label: inner.title, items: structuredClone(inner.entries) });
        return menu;
      },
      addToUi() {
        rt.enter("Menu.addToUi", { auth: "NONE" });
        const record: MenuRecord = { title, kind, items: structuredClone(entries) };
        // Adding a menu of the same title again replaces it (an add-on has one menu) — UNCONFIRMED for createMenu.
        const existing = state.menus.findIndex((m) => m.title === title && m.kind === kind);
        if (existing >= 0) state.menus[existing] = record;
        else state.menus.push(record);
      },
    };
    menuEntries.set(menu, { title, entries });
    return menu;
  };

  const htmlArgument = (method: string, args: unknown[]) => {
    const record = readHtmlOutput(args[0]);
    // Only an HtmlOutput may be shown: a template must be evaluated first, a string is refused.
    if (!record) throw signatureError(`Ui.${method}`, args);
    return record;
  };

  const answerAlert = (buttons: ButtonSetName): ButtonName => {
    const answer = state.alertAnswers.shift() ?? BUTTONS_OF_SET[buttons][0] ?? "OK";
    if (answer !== "CLOSE" && !BUTTONS_OF_SET[buttons].includes(answer)) {
      throw new Error(`Emulator: queued answer ${answer} is not a button of ButtonSet.${buttons}.`);
    }
    return answer;
  };

  /** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
  const dialogArguments = (method: string, args: unknown[]) => {
    const [a, b, c] = args;
    if (args.length === 1 && typeof a === "string")
      return { title: "", prompt: a, buttons: "OK" as ButtonSetName };
    if (args.length === 2 && typeof a === "string") {
      const set = enumName(BUTTON_SET, b);
      if (set) return { title: "", prompt: a, buttons: set };
    }
    if (args.length === 3 && typeof a === "string" && typeof b === "string") {
      const set = enumName(BUTTON_SET, c);
      if (set) return { title: a, prompt: b, buttons: set };
    }
    throw signatureError(`Ui.${method}`, args);
  };

  return {
    Button: BUTTON,
    ButtonSet: BUTTON_SET,
    createMenu(caption: unknown) {
      rt.enter("Ui.createMenu", { auth: "NONE" });
      if (typeof caption !== "string") throw signatureError("Ui.createMenu", [caption]);
      return createMenuObject(caption, "menu");
    },
    createAddonMenu() {
      rt.enter("Ui.createAddonMenu", { auth: "NONE" });
      // Shown under Extensions, labelled with the add-on's name.
      return createMenuObject(addonTitle, "addon");
    },
    showSidebar(userInterface: unknown) {
      rt.enter("Ui.showSidebar", needsUi);
      const page = htmlArgument("showSidebar", [userInterface]);
      state.sidebar = { title: page.title, html: page.content, width: SIDEBAR_WIDTH };
    },
    showModalDialog(userInterface: unknown, title: unknown) {
      rt.enter("Ui.showModalDialog", needsUi);
      const page = htmlArgument("showModalDialog", [userInterface, title]);
      if (typeof title !== "string") throw signatureError("Ui.showModalDialog", [userInterface, title]);
      state.dialog = {
        kind: "modal",
        title,
        html: page.content,
        width: page.width ?? DEFAULT_DIALOG_WIDTH,
        height: page.height ?? DEFAULT_DIALOG_HEIGHT,
      };
    },
    showModelessDialog(userInterface: unknown, title: unknown) {
      rt.enter("Ui.showModelessDialog", needsUi);
      const page = htmlArgument("showModelessDialog", [userInterface, title]);
      if (typeof title !== "string") throw signatureError("Ui.showModelessDialog", [userInterface, title]);
      state.dialog = {
        kind: "modeless",
        title,
        html: page.content,
        width: page.width ?? DEFAULT_DIALOG_WIDTH,
        height: page.height ?? DEFAULT_DIALOG_HEIGHT,
      };
    },
    alert(...args: unknown[]) {
      rt.enter("Ui.alert", needsUi);
      const { title, prompt, buttons } = dialogArguments("alert", args);
      const answer = answerAlert(buttons);
      state.alerts.push({ kind: "alert", title, prompt, buttons, answer });
      return BUTTON[answer];
    },
    prompt(...args: unknown[]) {
      rt.enter("Ui.prompt", needsUi);
      const { title, prompt, buttons } = dialogArguments("prompt", args);
      const queued = state.promptAnswers.shift();
      const button = queued?.button ?? BUTTONS_OF_SET[buttons][0] ?? "OK";
      if (button !== "CLOSE" && !BUTTONS_OF_SET[buttons].includes(button)) {
        throw new Error(`Emulator: queued answer ${button} is not a button of ButtonSet.${buttons}.`);
      }
      const text = queued?.text ?? "";
      state.alerts.push({ kind: "prompt", title, prompt, buttons, answer: button, text });
      return {
        getResponseText: () => {
          rt.enter("PromptResponse.getResponseText", { auth: "NONE" });
          return text;
        },
        getSelectedButton: () => {
          rt.enter("PromptResponse.getSelectedButton", { auth: "NONE" });
          return BUTTON[button];
        },
      };
    },
  };
}
