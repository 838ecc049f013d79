// Emulated LockService: document, script and user locks held per execution, with simulated waiting instead of sleeping.
import { type Runtime, ScriptError } from "./runtime";

/** Google's message when waitLock times out. https://developers.google.com/apps-script/reference/lock/lock#waitLock(Integer) */
export const LOCK_TIMEOUT_MESSAGE = "Lock timeout: another process was holding the lock for too long.";

/** Which lock: LockService.getDocumentLock / getScriptLock / getUserLock. */
export type LockKind = "document" | "script" | "user";

/**
 * Who holds a lock.
 * - `untilMs: null` — an execution of this emulator (lower on the harness's stack) that holds it
 *   until it releases it or ends.
 * - `untilMs: number` — a simulated other process that lets go at that simulated time (epoch ms).
 */
export interface LockHolder {
  executionId: number;
  untilMs: number | null;
}

/** An execution that had to wait on a lock held by an execution of this emulator. */
export interface LockContentionRecord {
  executionId: number;
  holderExecutionId: number;
  key: string;
}

/** JSON-serializable state of every lock, shared by all executions. */
export interface LockState {
  /** Holders by lock key ("document", "script", "user:<email>"). */
  held: Record<string, LockHolder>;
  /** Contentions not yet taken by the scheduler (see {@link takeContention}). */
  contentions: LockContentionRecord[];
}

/** No lock held. */
export function newLockState(): LockState {
  return { held: {}, contentions: [] };
}

/**
 * Thrown by waitLock when the lock is held by another execution of this emulator that is still
 * running (a harness ran execution B while A, lower on the stack, holds the lock). On Google B
 * would block until A releases; synchronous code cannot, so B is abandoned with this error and a
 * scheduler re-runs it after A ends. It is deliberately not a ScriptError: it is not something
 * Apps Script throws. Because the script itself may catch it, the contention is also recorded in
 * the state; a scheduler should call {@link takeContention} after B returns.
 */
export class LockContention extends Error {
  constructor(
    readonly key: string,
    readonly executionId: number,
    readonly holderExecutionId: number,
  ) {
    // What the script sees is what Google would throw if the holder kept the lock past the timeout
    // (the worst case, as tryLock models it): the documented timeout. The fields tell tests who waited.
    super(LOCK_TIMEOUT_MESSAGE);
    // Printed as Apps Script prints service errors; tests tell it apart by its class.
    this.name = "Exception";
  }
}

/** The key of a lock in {@link LockState.held}. User locks are per user. */
export function lockKey(kind: LockKind, userEmail?: string): string {
  return kind === "user" ? `user:${userEmail ?? ""}` : kind;
}

/**
 * Makes another (simulated) process hold a lock until simulated time `untilMs`, or — with
 * `untilMs` null — a running execution hold it until released. For tests and the playground.
 */
export function holdLock(
  state: LockState,
  kind: LockKind,
  holder: { executionId: number; untilMs: number | null; userEmail?: string },
): void {
  state.held[lockKey(kind, holder.userEmail)] = { executionId: holder.executionId, untilMs: holder.untilMs };
}

/** Apps Script releases an execution's locks when the script ends ("Locks are released when the script terminates"). */
export function releaseAllForExecution(state: LockState, executionId: number): void {
  for (const [key, holder] of Object.entries(state.held)) {
    if (holder.executionId === executionId) delete state.held[key];
  }
}

/** Removes and returns the contentions an execution ran into (empty when it ran free). */
export function takeContention(state: LockState, executionId: number): LockContentionRecord[] {
  const mine = state.contentions.filter((c) => c.executionId === executionId);
  state.contentions = state.contentions.filter((c) => c.executionId !== executionId);
  return mine;
}

/** https://developers.google.com/apps-script/reference/lock/lock */
export type EmulatedLock = GoogleAppsScript.Lock.Lock;

/** https://developers.google.com/apps-script/reference/lock/lock-service */
export interface EmulatedLockService {
  getDocumentLock(): EmulatedLock | null;
  getScriptLock(): EmulatedLock;
  getUserLock(): EmulatedLock;
}

/**
 * Creates the LockService global. LockService needs no scope. Whether it runs in AuthMode.NONE is
 * UNCONFIRMED; we require LIMITED (the stricter choice). getDocumentLock returns null "if called
 * from a standalone script or web app" (reference/lock/lock-service#getDocumentLock()): here, when
 * the project has no containing document (`Runtime.container` "none").
 */
export function createLockService(rt: Runtime, state: LockState): EmulatedLockService {
  return {
    getDocumentLock() {
      rt.enter("LockService.getDocumentLock");
      if (rt.container === "none") return null;
      return createLock(rt, state, lockKey("document"));
    },
    getScriptLock() {
      rt.enter("LockService.getScriptLock");
      return createLock(rt, state, lockKey("script"));
    },
    getUserLock() {
      rt.enter("LockService.getUserLock");
      return createLock(rt, state, lockKey("user", rt.activeUserEmail || rt.effectiveUserEmail));
    },
  };
}

function createLock(rt: Runtime, state: LockState, key: string): EmulatedLock {
  // hasLock is about this Lock object: false until its tryLock/waitLock succeeds, false again after releaseLock.
  let acquired = false;
  const simulatedNow = () => rt.now().getTime() + rt.waitedMs;
  const holdsIt = () => state.held[key]?.executionId === rt.executionId;

  type Attempt = { ok: true } | { ok: false; contention?: LockHolder };
  const attempt = (timeoutInMillis: number, method: string): Attempt => {
    if (typeof timeoutInMillis !== "number" || !Number.isFinite(timeoutInMillis)) {
      // UNCONFIRMED wording; Google documents the argument as an Integer of milliseconds.
      throw new ScriptError(`Invalid argument: timeoutInMillis (Lock.${method})`);
    }
    // A negative timeout never acquires, even a free lock: tryLock gives false and waitLock throws
    // the timeout. UNCONFIRMED: reported by brucemcpherson/gas-fakes' test/testlock.js, a suite
    // that also runs on Apps Script; the diagnostic (src/diagnostico) checks it on Google.
    if (timeoutInMillis < 0) return { ok: false };
    const holder = state.held[key];
    const now = simulatedNow();
    // Free, expired, or already ours (a second Lock object of the same execution; UNCONFIRMED whether Google re-enters).
    if (
      !holder ||
      holder.executionId === rt.executionId ||
      (holder.untilMs !== null && holder.untilMs <= now)
    ) {
      state.held[key] = { executionId: rt.executionId, untilMs: null };
      return { ok: true };
    }
    if (holder.untilMs === null) return { ok: false, contention: holder };
    const wait = holder.untilMs - now;
    if (wait <= timeoutInMillis) {
      // The other process lets go within our timeout: we wait that long (simulated) and take it.
      rt.waitedMs += wait;
      state.held[key] = { executionId: rt.executionId, untilMs: null };
      return { ok: true };
    }
    rt.waitedMs += timeoutInMillis;
    return { ok: false };
  };

  return {
    tryLock(timeoutInMillis: number) {
      rt.enter("Lock.tryLock");
      const result = attempt(timeoutInMillis, "tryLock");
      if (!result.ok && result.contention) {
        // A running execution holds it: model the worst case, it keeps it past our timeout.
        rt.waitedMs += timeoutInMillis;
      }
      acquired = result.ok;
      return result.ok;
    },
    waitLock(timeoutInMillis: number) {
      rt.enter("Lock.waitLock");
      const result = attempt(timeoutInMillis, "waitLock");
      if (result.ok) {
        acquired = true;
        return;
      }
      acquired = false;
      if (result.contention) {
        state.contentions.push({
          executionId: rt.executionId,
          holderExecutionId: result.contention.executionId,
          key,
        });
        throw new LockContention(key, rt.executionId, result.contention.executionId);
      }
      throw new ScriptError(LOCK_TIMEOUT_MESSAGE);
    },
    hasLock() {
      rt.enter("Lock.hasLock");
      return acquired && holdsIt();
    },
    releaseLock() {
      rt.enter("Lock.releaseLock");
      // "This method has no effect if the lock has not been acquired."
      if (acquired && holdsIt()) delete state.held[key];
      acquired = false;
    },
  };
}
