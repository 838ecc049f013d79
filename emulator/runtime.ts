// The execution context every emulated service shares: auth mode, manifest scopes, the call counter and fault injection.

/** Google's three authorization modes (ScriptApp.AuthMode). */
export type AuthMode = "NONE" | "LIMITED" | "FULL";

/** An error as Apps Script services throw it: `String(e)` prints "Exception: …". */
export class ScriptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "Exception";
  }
}

export const SCOPE = {
  spreadsheetsCurrentOnly: "https://www.googleapis.com/auth/spreadsheets.currentonly",
  spreadsheets: "https://www.googleapis.com/auth/spreadsheets",
  documents: "https://www.googleapis.com/auth/documents",
  drive: "https://www.googleapis.com/auth/drive",
  driveReadonly: "https://www.googleapis.com/auth/drive.readonly",
  driveFile: "https://www.googleapis.com/auth/drive.file",
  containerUi: "https://www.googleapis.com/auth/script.container.ui",
  sendMail: "https://www.googleapis.com/auth/script.send_mail",
  userEmail: "https://www.googleapis.com/auth/userinfo.email",
} as const;

/**
 * What a method needs to run.
 * - `scopes`: any one of them must be in the manifest (none listed → no scope needed).
 * - `auth`: the least auth mode in which it may run. NONE = allowed while building menus in an
 *   add-on that is not enabled; LIMITED = simple triggers and enabled add-on onOpen; FULL = menu
 *   clicks, google.script.run, installable triggers.
 */
export interface Requirement {
  readonly scopes?: readonly string[];
  readonly auth?: AuthMode;
}

const AUTH_RANK: Record<AuthMode, number> = { NONE: 0, LIMITED: 1, FULL: 2 };

export interface RuntimeOptions {
  /** The manifest's oauthScopes. */
  scopes: readonly string[];
  authMode?: AuthMode;
  /** The script's time zone (manifest `timeZone`), distinct from each spreadsheet's. */
  scriptTimeZone?: string;
  /** The user running the script; "" when Google would not reveal it. */
  activeUserEmail?: string;
  effectiveUserEmail?: string;
  /**
   * Reveal the active user's e-mail in simple triggers too: the Session reference says the usual
   * restrictions "generally do not apply" to the developer or a user of the same Google Workspace
   * domain. Default false: "" as in any other case. UNCONFIRMED: exactly whom Google reveals.
   */
  revealUserInSimpleTriggers?: boolean;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** The project's containing document: a bound "spreadsheet" (the default) or "none" (a standalone script). */
  container?: Container;
}

/** What a script project is bound to: Google's "container-bound" script, or none (standalone). */
export type Container = "spreadsheet" | "none";

/** Shared context of one emulated Apps Script project. */
export class Runtime {
  authMode: AuthMode;
  scopes: readonly string[];
  scriptTimeZone: string;
  activeUserEmail: string;
  effectiveUserEmail: string;
  /** See RuntimeOptions.revealUserInSimpleTriggers. */
  revealUserInSimpleTriggers: boolean;
  now: () => Date;
  /** See RuntimeOptions.container. */
  readonly container: Container;
  /** True while a simple trigger (onOpen/onEdit) runs: no authorized services, e-mail hidden. */
  inSimpleTrigger = false;
  /** Id of the execution now running; locks are held per execution. */
  executionId = 1;
  /** Ids of the executions under way (the harness's, nested ones included). */
  readonly running = new Set<number>();
  /** Run at every admitted call before the service acts (the spreadsheet's per-execution copies, visibility.ts). */
  readonly beforeEachCall: (() => void)[] = [];
  /** Simulated milliseconds that lock waits have consumed, added to `now()` by services that wait. */
  waitedMs = 0;
  /** Count of every service call by "Service.method". */
  readonly calls = new Map<string, number>();
  /** Ordinal of the next service call (0-based), for fault injection. */
  callIndex = 0;
  /** When set, the call with this ordinal throws an injected service error. */
  failAtCall: number | undefined;
  /** When set, every call from this ordinal on throws: an outage of the services from that moment. */
  failFromCall: number | undefined;
  /** Every call made, in order, while `recordCalls` is true. */
  recordCalls = false;
  readonly callLog: string[] = [];
  /**
   * Called after each counted call is admitted, before the service acts: tests use it to start
   * another execution at an exact point of this one (two saves interleaved), as parallel runs on
   * Google would.
   */
  onCall: ((method: string) => void) | undefined;

  constructor(options: RuntimeOptions) {
    this.scopes = options.scopes;
    this.authMode = options.authMode ?? "FULL";
    this.scriptTimeZone = options.scriptTimeZone ?? "America/Panama";
    this.activeUserEmail = options.activeUserEmail ?? "usuario@example.org";
    this.effectiveUserEmail = options.effectiveUserEmail ?? this.activeUserEmail;
    this.revealUserInSimpleTriggers = options.revealUserInSimpleTriggers ?? false;
    this.now = options.now ?? (() => new Date());
    this.container = options.container ?? "spreadsheet";
  }

  /**
   * Every public emulated method starts here: it counts the call, enforces auth mode and manifest
   * scopes with Google's messages, and applies fault injection.
   */
  enter(method: string, requirement: Requirement = {}): void {
    const needed = requirement.auth ?? "LIMITED";
    if (AUTH_RANK[this.authMode] < AUTH_RANK[needed]) {
      // Google: "You do not have permission to call X" (simple triggers / add-on onOpen in NONE).
      throw new ScriptError(
        `You do not have permission to call ${method}${describeScopes(requirement.scopes, "Required permissions: ")}`,
      );
    }
    const scopes = requirement.scopes ?? [];
    if (scopes.length > 0 && !scopes.some((s) => this.scopes.includes(s))) {
      throw new ScriptError(
        `Specified permissions are not sufficient to call ${method}. Required permissions: ${formatScopes(scopes)}`,
      );
    }
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
    if (this.recordCalls) this.callLog.push(method);
    const index = this.callIndex++;
    if (this.failAtCall === index || (this.failFromCall !== undefined && index >= this.failFromCall)) {
      throw new ScriptError(`Service error: ${method} failed (injected fault at call ${index}).`);
    }
    for (const hook of this.beforeEachCall) hook();
    this.onCall?.(method);
  }

  /**
   * Runs `fn` as the emulator itself (building trigger events, rendering the playground): in FULL
   * mode, with no call counted and no fault injected.
   */
  uncounted<T>(fn: () => T): T {
    const saved = {
      authMode: this.authMode,
      calls: new Map(this.calls),
      index: this.callIndex,
      log: this.callLog.length,
    };
    const failAt = this.failAtCall;
    const failFrom = this.failFromCall;
    const onCall = this.onCall;
    this.authMode = "FULL";
    this.failAtCall = undefined;
    this.failFromCall = undefined;
    this.onCall = undefined;
    try {
      return fn();
    } finally {
      this.authMode = saved.authMode;
      this.failAtCall = failAt;
      this.failFromCall = failFrom;
      this.onCall = onCall;
      this.calls.clear();
      for (const [k, v] of saved.calls) this.calls.set(k, v);
      this.callIndex = saved.index;
      this.callLog.length = saved.log;
    }
  }

  /** The emulated clock, lock waits included: what a person's edit or a script's Date sees as now. */
  clock(): Date {
    return new Date(this.now().getTime() + this.waitedMs);
  }

  /** Total service calls counted so far. */
  totalCalls(): number {
    let total = 0;
    for (const n of this.calls.values()) total += n;
    return total;
  }

  resetCalls(): void {
    this.calls.clear();
    this.callLog.length = 0;
    this.callIndex = 0;
  }

  /** A plain snapshot of the counters, for assertions and benchmark reports. */
  callCounts(): Record<string, number> {
    return Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }
}

function formatScopes(scopes: readonly string[]): string {
  return scopes.length === 1 ? (scopes[0] ?? "") : `(${scopes.join(" || ")})`;
}

function describeScopes(scopes: readonly string[] | undefined, prefix: string): string {
  return scopes && scopes.length > 0 ? `. ${prefix}${formatScopes(scopes)}` : "";
}
