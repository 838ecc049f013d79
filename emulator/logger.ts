// Emulated Logger: log(data) and log(format, …values) with Java-style %s substitution, getLog and clear.
import type { Runtime } from "./runtime";

/** JSON-serializable log of the project: one message per entry, oldest first. */
export interface LoggerState {
  entries: string[];
}

/** An empty log. */
export function newLoggerState(): LoggerState {
  return { entries: [] };
}

/** https://developers.google.com/apps-script/reference/base/logger */
export interface EmulatedLogger {
  log(data: unknown, ...values: unknown[]): EmulatedLogger;
  getLog(): string;
  clear(): void;
}

/**
 * Creates the Logger global. Logger needs no authorization, so it works in every auth mode.
 * getLog returns the messages one per line. Known gap: Google prefixes each line with a
 * timestamp; the emulator keeps only the messages (console output shares the same entries).
 */
export function createLogger(rt: Runtime, state: LoggerState): EmulatedLogger {
  const logger: EmulatedLogger = {
    log(data: unknown, ...values: unknown[]) {
      rt.enter("Logger.log", { auth: "NONE" });
      // log(format, values…) formats like Java's String.format; log(data) logs the value as is.
      state.entries.push(values.length > 0 ? formatMessage(String(data), values) : describe(data));
      return logger;
    },
    getLog() {
      rt.enter("Logger.getLog", { auth: "NONE" });
      return state.entries.map((entry) => `${entry}\n`).join("");
    },
    clear() {
      rt.enter("Logger.clear", { auth: "NONE" });
      state.entries.length = 0;
    },
  };
  return logger;
}

/**
 * The subset of java.util.Formatter the add-on may use: %s, %d, %f, %% and %n. A missing value
 * leaves the specifier in place (Java would throw MissingFormatArgumentException; UNCONFIRMED what
 * Apps Script does).
 */
export function formatMessage(format: string, values: readonly unknown[]): string {
  let next = 0;
  return format.replace(/%([sdfn%])/g, (match, kind: string) => {
    if (kind === "%") return "%";
    if (kind === "n") return "\n";
    if (next >= values.length) return match;
    const value = values[next++];
    if (kind === "d") return typeof value === "number" ? String(Math.trunc(value)) : describe(value);
    if (kind === "f") return typeof value === "number" ? value.toFixed(6) : describe(value);
    return describe(value);
  });
}

/** How a logged value prints: strings as they are, objects and arrays as JSON (UNCONFIRMED for objects). */
function describe(value: unknown): string {
  if (typeof value === "string") return value;
  if (value === null || value === undefined || typeof value !== "object" || value instanceof Date)
    return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}
