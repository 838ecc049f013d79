// One emulated Apps Script project: the runtime, every service's state, and the globals a script sees.

import { createDocsService } from "./docs-api";
import { createDocumentApp, type DocsState, endExecutionSessions, newDocsState } from "./document";
import {
  addFolder,
  addSpreadsheetFile,
  type CreateDriveStateOptions,
  createDriveApp,
  createDriveState,
  type DriveState,
} from "./drive";
import { createHtmlService } from "./html";
import { createLockService, type LockState, newLockState, releaseAllForExecution } from "./lock";
import { createLogger, type LoggerState, newLoggerState } from "./logger";
import { createMailApp, type MailState, newMailState } from "./mail";
import { createPropertiesService, newPropertiesState, type PropertiesState } from "./properties";
import { type AuthMode, type Container, Runtime } from "./runtime";
import { createScriptApp } from "./script-app";
import { createSession } from "./session";
import { createSpreadsheetApp } from "./spreadsheet";
import type { A1Rect } from "./spreadsheet/a1";
import type { EsPaDateOrder } from "./spreadsheet/format";
import { Workbook, type WorkbookState } from "./spreadsheet/model";
import type { EditEventDates } from "./spreadsheet/user-edits";
import { createUi, newUiState, resolveMenuTarget, toast, type UiState } from "./ui";
import { createUtilities } from "./utilities";

/** An advanced service the manifest enables (appsscript.json, dependencies.enabledAdvancedServices). */
export interface AdvancedService {
  /** The global's name in the script (normally "Docs" for the Docs API). */
  userSymbol: string;
  serviceId: string;
  version: string;
}

/** The manifest fields the emulator enforces. */
export interface Manifest {
  timeZone: string;
  oauthScopes: string[];
  /** Only the Docs API ("docs" v1) is emulated; a script sees no global for any other service. */
  dependencies?: { enabledAdvancedServices?: AdvancedService[] };
}

/** Everything an emulated project holds, as JSON: the playground saves it to a file. */
export interface EnvironmentState {
  workbook: WorkbookState;
  properties: PropertiesState;
  locks: LockState;
  logger: LoggerState;
  ui: UiState;
  drive: DriveState;
  docs: DocsState;
  mail: MailState;
}

export interface EnvironmentOptions {
  manifest: Manifest;
  /** State to resume from; otherwise a new spreadsheet. */
  state?: EnvironmentState;
  /**
   * The new spreadsheet (ignored when resuming): its name, "Untitled spreadsheet" unless given, as
   * Google names a new one; its time zone; its locale ("es_PA" unless given) and, for es_PA, the
   * order of day and month it reads typed dates in ("day-first" unless given; UNCONFIRMED which one
   * Sheets uses, see emulator/spreadsheet/format.ts); and the name of a folder in the root of My
   * Drive to hold it, which is created only when given (otherwise the spreadsheet sits in the root).
   */
  spreadsheet?: {
    name?: string;
    timeZone?: string;
    locale?: string;
    esPaDateOrder?: EsPaDateOrder;
    folder?: string;
  };
  authMode?: AuthMode;
  activeUserEmail?: string;
  /** Reveal the active user's e-mail in simple triggers (RuntimeOptions.revealUserInSimpleTriggers). */
  revealUserInSimpleTriggers?: boolean;
  /** What an edit event's value/oldValue hold for a date cell; "serial" unless given (UNCONFIRMED, see EditEventDates). */
  editEventDates?: EditEventDates;
  now?: () => Date;
  /** The project's HTML files by name (without ".html"), for HtmlService. */
  htmlFiles?: Record<string, string>;
  /** The Drive account: consumer or Workspace, its domain and sharing policy. */
  drive?: Omit<CreateDriveStateOptions, "ownerEmail">;
  /**
   * "spreadsheet" (the default): the project is bound to the spreadsheet; "none": a standalone
   * script, where getDocumentLock gives null as Google's reference says (the rest of the emulator
   * still serves the one spreadsheet: only the lock is modelled standalone).
   */
  container?: Container;
  /** Title of the add-on menu under Extensions (the add-on's name); "Untitled project" unless given, as Google names a new script project. */
  addonTitle?: string;
}

/** An emulated Apps Script project bound to one spreadsheet. */
export class Environment {
  readonly runtime: Runtime;
  readonly workbook: Workbook;
  readonly state: EnvironmentState;
  readonly globals: Record<string, unknown>;
  readonly console: Pick<Console, "log" | "info" | "warn" | "error">;
  htmlFiles: Record<string, string>;
  /** See EnvironmentOptions.editEventDates; tests may switch it between edits. */
  editEventDates: EditEventDates;

  constructor(options: EnvironmentOptions) {
    this.runtime = new Runtime({
      scopes: options.manifest.oauthScopes,
      scriptTimeZone: options.manifest.timeZone,
      ...(options.authMode ? { authMode: options.authMode } : {}),
      ...(options.activeUserEmail !== undefined ? { activeUserEmail: options.activeUserEmail } : {}),
      ...(options.revealUserInSimpleTriggers ? { revealUserInSimpleTriggers: true } : {}),
      ...(options.now ? { now: options.now } : {}),
      ...(options.container ? { container: options.container } : {}),
    });
    this.htmlFiles = options.htmlFiles ?? {};
    this.editEventDates = options.editEventDates ?? "serial";
    const rt = this.runtime;
    this.workbook = options.state
      ? Workbook.fromState(options.state.workbook)
      : Workbook.create({
          name: options.spreadsheet?.name ?? "Untitled spreadsheet",
          timeZone: options.spreadsheet?.timeZone ?? "America/Panama",
          ...(options.spreadsheet?.locale !== undefined ? { locale: options.spreadsheet.locale } : {}),
          ...(options.spreadsheet?.esPaDateOrder !== undefined
            ? { esPaDateOrder: options.spreadsheet.esPaDateOrder }
            : {}),
        });
    this.workbook.watch(rt);
    const previous = options.state;
    const drive = previous?.drive ?? createDriveState({ ownerEmail: rt.activeUserEmail, ...options.drive });
    if (!previous) {
      const folderName = options.spreadsheet?.folder;
      const folder = folderName !== undefined ? addFolder(drive, { name: folderName }) : undefined;
      addSpreadsheetFile(drive, {
        id: this.workbook.id,
        name: this.workbook.name,
        ...(folder ? { parentId: folder.id } : {}),
      });
    }
    this.state = {
      // The committed workbook state: snapshots and the playground see the same object.
      workbook: this.workbook.committedState,
      properties: previous?.properties ?? newPropertiesState(),
      locks: previous?.locks ?? newLockState(),
      logger: previous?.logger ?? newLoggerState(),
      ui: previous?.ui ?? newUiState(),
      drive,
      docs: previous?.docs ?? newDocsState(),
      mail: previous?.mail ?? newMailState(),
    };
    const ui = createUi(rt, this.state.ui, options.addonTitle ?? "Untitled project");
    const logger = createLogger(rt, this.state.logger);
    this.globals = {
      SpreadsheetApp: createSpreadsheetApp(rt, this.workbook, {
        getUi: () => ui,
        toast: (message, title, timeout) => toast(this.state.ui, message, title, timeout),
        owner: () => this.state.drive.files[this.workbook.id]?.owner ?? "",
      }),
      PropertiesService: createPropertiesService(rt, this.state.properties),
      LockService: createLockService(rt, this.state.locks),
      Session: createSession(rt),
      Utilities: createUtilities(rt),
      Logger: logger,
      ScriptApp: createScriptApp(rt),
      HtmlService: createHtmlService(rt, (name) => this.htmlFiles[name]),
      DocumentApp: createDocumentApp(rt, this.state.docs, this.state.drive),
      DriveApp: createDriveApp(rt, this.state.drive),
      MailApp: createMailApp(rt, this.state.mail),
    };
    // An advanced service's global exists only when the manifest enables it (guides/services/advanced):
    // without it, a script using `Docs` meets a ReferenceError, as on Google.
    for (const service of options.manifest.dependencies?.enabledAdvancedServices ?? []) {
      if (service.serviceId === "docs" && service.version === "v1") {
        this.globals[service.userSymbol] = createDocsService(rt, this.state.docs, this.state.drive);
      }
    }
    // Apps Script's console writes to the execution log; here, to the Logger's entries.
    const log = (...args: unknown[]): void => {
      this.state.logger.entries.push(args.map(String).join(" "));
    };
    this.console = { log, info: log, warn: log, error: log };
  }

  /** The current state as JSON-serializable data (the spreadsheet as committed). */
  snapshot(): EnvironmentState {
    return { ...this.state, workbook: structuredClone(this.workbook.committedState) };
  }

  /** The bound spreadsheet as the script sees it (for trigger events). Counts no call. */
  activeSpreadsheet(): unknown {
    const app = this.globals.SpreadsheetApp as { getActiveSpreadsheet(): unknown };
    return this.runtime.uncounted(() => app.getActiveSpreadsheet());
  }

  /** The function a menu item runs, or undefined. */
  menuTarget(label: string): string | undefined {
    return resolveMenuTarget(this.state.ui, label);
  }

  /** The Range a script sees for a block of a sheet (for trigger events), in its notation if it has one. Counts no call. */
  rangeObject(sheetName: string, rect: A1Rect): unknown {
    const ss = this.activeSpreadsheet() as {
      getSheetByName(n: string): { getRange(...args: unknown[]): unknown } | null;
    };
    return this.runtime.uncounted(() => {
      const sheet = ss.getSheetByName(sheetName);
      if (rect.notation !== undefined) return sheet?.getRange(rect.notation);
      return sheet?.getRange(rect.row, rect.column, rect.numRows, rect.numColumns);
    });
  }

  /**
   * An execution ends: its pending spreadsheet writes are applied, Apps Script saves and closes the
   * Docs it opened (so they never block the Docs API later) and releases its locks.
   */
  endExecution(executionId: number): void {
    this.workbook.endExecution(executionId);
    endExecutionSessions(this.state.docs, executionId);
    releaseAllForExecution(this.state.locks, executionId);
  }
}
