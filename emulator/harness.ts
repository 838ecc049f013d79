// Runs a built Apps Script file the way Apps Script does: a fresh global scope per invocation, holding only Apps Script's globals.
import vm from "node:vm";
import type { Environment } from "./index";
import { type AuthMode, type Runtime, ScriptError } from "./runtime";
import { resetForOpen } from "./ui";

/** How an invocation is started. */
export interface Invocation {
  authMode: AuthMode;
  /** Simple triggers (onOpen, onEdit) may not use services that need authorization and don't see the user. */
  simpleTrigger?: boolean;
}

/**
 * Loads `code` (dist/Code.js) into a new vm context for every invocation, as Apps Script loads the
 * project afresh for each trigger, menu click and google.script.run call. The context has no
 * setTimeout, URL, TextEncoder, process or require: only the language and the emulated services.
 */
export class Harness {
  private executionCounter = 0;
  /** Id of the execution started last (nested runs included), for lock assertions. */
  lastExecutionId = 0;

  constructor(
    readonly env: Environment,
    readonly code: string,
  ) {}

  /** A fresh global scope with the script loaded, in the given auth mode. Top-level code runs here. */
  load(invocation: Invocation): vm.Context {
    const rt = this.env.runtime;
    rt.authMode = invocation.authMode;
    rt.inSimpleTrigger = invocation.simpleTrigger ?? false;
    rt.executionId = ++this.executionCounter + 1000;
    this.lastExecutionId = rt.executionId;
    const context = vm.createContext({
      ...this.env.globals,
      // Dates cross between the script and the services constantly (cells, Drive times); Apps Script
      // has one realm, so the script shares the services' Date — reading the emulated clock.
      Date: clockDate(rt),
      console: this.env.console,
    });
    vm.runInContext(this.code, context, { filename: "Code.js" });
    return context;
  }

  /**
   * One execution: loads the script, runs `body`, releases the execution's locks, and gives a run
   * it was nested in (a test starting a second save mid-save) its own id and auth mode back.
   */
  private execute<T>(invocation: Invocation, body: (context: vm.Context) => T): T {
    const rt = this.env.runtime;
    const outer = { executionId: rt.executionId, authMode: rt.authMode, inSimpleTrigger: rt.inSimpleTrigger };
    try {
      return body(this.load(invocation));
    } finally {
      this.env.endExecution(rt.executionId);
      rt.executionId = outer.executionId;
      rt.authMode = outer.authMode;
      rt.inSimpleTrigger = outer.inSimpleTrigger;
    }
  }

  /** The names of the top-level functions of the loaded script (what Apps Script can run). */
  topLevelFunctions(): string[] {
    return this.execute({ authMode: "NONE" }, (context) =>
      Object.keys(context).filter(
        (name) =>
          typeof (context as Record<string, unknown>)[name] === "function" && !(name in this.env.globals),
      ),
    );
  }

  /** Runs a top-level function of the script, as a trigger, menu click or server call would. */
  run(functionName: string, args: readonly unknown[], invocation: Invocation): unknown {
    return this.execute(invocation, (context) => topLevelFunction(context, functionName)(...args));
  }

  /** Opening the spreadsheet: onOpen with the event Apps Script builds for the auth mode. */
  open(authMode: AuthMode): void {
    // Opening the file again starts from a bare menu bar.
    resetForOpen(this.env.state.ui);
    const event: Record<string, unknown> = { authMode: authModeEnum(this.env, authMode), triggerUid: "" };
    if (authMode !== "NONE") {
      // In NONE the add-on is not enabled in this file: the event carries no document.
      event.source = this.env.activeSpreadsheet();
      event.user = { getEmail: () => "" };
    }
    this.run("onOpen", [event], { authMode, simpleTrigger: true });
  }

  /** A click on a menu item registered by onOpen: runs its function in FULL, or fails as Apps Script does. */
  clickMenu(label: string): unknown {
    const functionName = this.env.menuTarget(label);
    if (functionName === undefined) throw new Error(`No menu item labelled "${label}"`);
    return this.run(functionName, [], { authMode: "FULL" });
  }

  /** A user types `text` into a cell: the sheet parses it as Sheets would, then onEdit runs (LIMITED). */
  edit(sheetName: string, row: number, column: number, text: string): unknown {
    const change = this.env.typeIntoCell(sheetName, row, column, text);
    const event: Record<string, unknown> = {
      authMode: authModeEnum(this.env, "LIMITED"),
      range: change.range,
      source: this.env.activeSpreadsheet(),
      user: { getEmail: () => "" },
      value: change.value,
      triggerUid: "",
    };
    if (change.oldValue !== undefined) event.oldValue = change.oldValue;
    return this.execute({ authMode: "LIMITED", simpleTrigger: true }, (context) =>
      typeof (context as Record<string, unknown>).onEdit === "function"
        ? topLevelFunction(context, "onEdit")(event)
        : undefined,
    );
  }
}

/** A Date whose "now" is the runtime's clock (plus simulated lock waits), so tests can fix the day. */
function clockDate(rt: Runtime): DateConstructor {
  const ahora = (): number => rt.now().getTime() + rt.waitedMs;
  class ClockDate extends Date {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(ahora());
      else super(...(args as [string | number | Date]));
    }
    static override now(): number {
      return ahora();
    }
  }
  return ClockDate as unknown as DateConstructor;
}

function topLevelFunction(context: vm.Context, name: string): (...args: unknown[]) => unknown {
  const candidate = (context as Record<string, unknown>)[name];
  // Apps Script only runs real top-level function declarations; private names (ending in "_") are hidden.
  if (typeof candidate !== "function" || name.endsWith("_")) {
    throw new ScriptError(`Script function not found: ${name}`);
  }
  return candidate as (...args: unknown[]) => unknown;
}

function authModeEnum(env: Environment, mode: AuthMode): unknown {
  const scriptApp = env.globals.ScriptApp as { AuthMode: Record<AuthMode, unknown> };
  return scriptApp.AuthMode[mode];
}
