// Runs a built Apps Script file the way Apps Script does: a fresh global scope per invocation, holding only Apps Script's globals.
import vm from "node:vm";
import type { Environment } from "./index";
import { Realm } from "./realm";
import { type AuthMode, type Runtime, ScriptError } from "./runtime";
import { activeUser } from "./session";
import {
  clearCells,
  type EditContext,
  pasteIntoCells,
  typeIntoCell,
  type UserEdit,
} from "./spreadsheet/user-edits";
import { resetForOpen } from "./ui";

/** What edit/paste throw when a rule that rejects input refuses it; for tests of the add-on. */
export { EditRejected } from "./spreadsheet/user-edits";

/**
 * The auth mode an edit's onEdit runs in: LIMITED, as Google documents for simple triggers, or NONE
 * for an add-on installed but not enabled in this file, where the document and properties are
 * refused with Google's message (runtime.ts). UNCONFIRMED that Google runs onEdit in NONE.
 */
export interface EditOptions {
  authMode?: "LIMITED" | "NONE";
}

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
  private readonly realms = new WeakMap<vm.Context, Realm>();
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
    rt.running.add(rt.executionId);
    this.lastExecutionId = rt.executionId;
    // Dates cross between the script and the services constantly (cells, Drive times): the script's
    // Date is one the services' Date is the base of, reading the emulated clock.
    const scriptDate = clockDate(rt);
    const context = vm.createContext({ Date: scriptDate, console: this.env.console });
    // Apps Script has one realm: what the services return is carried into the script's (realm.ts).
    const intrinsics = vm.runInContext("({ Array: Array, Object: Object })", context) as Record<
      string,
      unknown
    >;
    const realm = new Realm(intrinsics, scriptDate);
    for (const [name, service] of Object.entries(this.env.globals)) context[name] = realm.toScript(service);
    this.realms.set(context, realm);
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
      rt.running.delete(rt.executionId);
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
    return this.execute(invocation, (context) =>
      topLevelFunction(context, functionName)(...this.intoScript(context, args)),
    );
  }

  /** Arguments and trigger events as the script receives them: in its realm, services wrapped. */
  private intoScript(context: vm.Context, args: readonly unknown[]): unknown[] {
    const realm = this.realms.get(context);
    return args.map((a) => (realm ? realm.toScript(a) : a));
  }

  /**
   * Opening the spreadsheet: onOpen with the event Apps Script builds for the auth mode
   * (guides/triggers/events, Open): authMode, source and user; in NONE no document (see triggerEvent).
   */
  open(authMode: AuthMode): void {
    // Opening the file again starts from a bare menu bar.
    resetForOpen(this.env.state.ui);
    this.run("onOpen", [this.triggerEvent(authMode, {})], { authMode, simpleTrigger: true });
  }

  /** A click on a menu item registered by onOpen: runs its function in FULL, or fails as Apps Script does. */
  clickMenu(label: string): unknown {
    const functionName = this.env.menuTarget(label);
    if (functionName === undefined) throw new Error(`No menu item labelled "${label}"`);
    return this.run(functionName, [], { authMode: "FULL" });
  }

  /**
   * A person types `text` into a cell and presses Enter: the sheet reads it as Sheets would
   * (emulator/spreadsheet/typing.ts; "" empties the cell), then the script's onEdit runs once with
   * the event (single cell: `value`, and `oldValue` when the cell had content). A rule that rejects
   * input and is broken throws EditRejected with its help text: nothing changes, onEdit does not run.
   */
  edit(sheetName: string, row: number, column: number, text: string, options: EditOptions = {}): void {
    const wb = this.env.workbook;
    this.fireOnEdit(
      wb.outsideExecutions(() => typeIntoCell(wb, sheetName, row, column, text, this.editContext())),
      options,
    );
  }

  /**
   * A person pastes plain text with its top-left cell at row/column, each cell read as typed; onEdit
   * runs ONCE for the block, whose event has `range` the block and no value or oldValue.
   * UNCONFIRMED (platform guide, Triggers): that Google fires one event per paste; it is the
   * commonly reported behaviour.
   */
  paste(sheetName: string, row: number, column: number, rows: string[][], options: EditOptions = {}): void {
    const wb = this.env.workbook;
    this.fireOnEdit(
      wb.outsideExecutions(() => pasteIntoCells(wb, sheetName, row, column, rows, this.editContext())),
      options,
    );
  }

  /**
   * A person selects `a1` ("B2", "B2:D4", "3:3") and presses Delete: contents cleared, formats,
   * notes and rules kept; onEdit runs once (one cell: `oldValue` if it had content, no `value`).
   */
  clear(sheetName: string, a1: string, options: EditOptions = {}): void {
    const wb = this.env.workbook;
    this.fireOnEdit(
      wb.outsideExecutions(() => clearCells(wb, sheetName, a1, this.editContext())),
      options,
    );
  }

  private editContext(): EditContext {
    const rt = this.env.runtime;
    const owner = this.env.state.drive.files[this.env.workbook.id]?.owner ?? "";
    return { now: rt.clock(), dates: this.env.editEventDates, person: { email: rt.activeUserEmail, owner } };
  }

  /** Runs the script's onEdit, if it has one, as the simple trigger Google runs after a person's edit. */
  private fireOnEdit(edit: UserEdit, options: EditOptions): void {
    const authMode = options.authMode ?? "LIMITED";
    const event = this.triggerEvent(authMode, {
      range: this.env.rangeObject(edit.sheetName, edit.rect),
      ...edit.values,
    });
    // The script's own writes never come back here: only Harness.edit/paste/clear fire onEdit.
    this.execute({ authMode, simpleTrigger: true }, (context) => {
      if (typeof (context as Record<string, unknown>).onEdit === "function") {
        topLevelFunction(context, "onEdit")(...this.intoScript(context, [event]));
      }
    });
  }

  /**
   * A simple trigger's event (guides/triggers/events): `authMode`, then `source` (the bound
   * spreadsheet) and `user` (a User, reference/base/user, whose getEmail() is "" in a simple trigger
   * unless the runtime reveals it) and the trigger's own fields. UNCONFIRMED choices:
   * - no `triggerUid`: the events page gives it for installable triggers only;
   * - in NONE (the add-on installed but not enabled in this file) the event carries nothing of the
   *   document, only `authMode`: no source, user, range, value or oldValue. For onOpen that is what
   *   the auth lifecycle allows (no document in NONE); that Google runs onEdit in NONE at all is
   *   unpublished, the option lets tests prove the add-on survives it.
   */
  private triggerEvent(authMode: AuthMode, fields: Record<string, unknown>): Record<string, unknown> {
    const event: Record<string, unknown> = { authMode: authModeEnum(this.env, authMode) };
    if (authMode === "NONE") return event;
    return { ...event, source: this.env.activeSpreadsheet(), user: activeUser(this.env.runtime), ...fields };
  }
}

/** A Date whose "now" is the runtime's clock (plus simulated lock waits), so tests can fix the day. */
function clockDate(rt: Runtime): DateConstructor {
  const ahora = (): number => rt.clock().getTime();
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
