// Emulated ScriptApp (AuthMode enum, script id, authorization info, triggers) and the Apps Script enum shape shared by the emulator.
import { type AuthMode, type Runtime, ScriptError } from "./runtime";

/**
 * One value of an Apps Script enum. Google's enum values are objects compared by identity
 * (`e.authMode === ScriptApp.AuthMode.NONE`) whose `toString()` and `name()` give the constant's
 * name, so `String(ScriptApp.AuthMode.FULL)` is "FULL".
 * https://developers.google.com/apps-script/reference/script/auth-mode
 */
export interface EnumValue<N extends string = string> {
  readonly name: () => N;
  readonly ordinal: () => number;
  readonly toString: () => N;
  readonly toJSON: () => N;
}

/** Builds a frozen enum object whose values are distinct {@link EnumValue} objects. */
export function createEnum<const N extends string>(names: readonly N[]): Readonly<Record<N, EnumValue<N>>> {
  const result = {} as Record<N, EnumValue<N>>;
  names.forEach((name, index) => {
    result[name] = Object.freeze({
      name: () => name,
      ordinal: () => index,
      toString: () => name,
      toJSON: () => name,
    });
  });
  return Object.freeze(result);
}

/** Finds which constant of an enum a value is; undefined when it is not one of them (wrong enum, plain string…). */
export function enumName<N extends string>(
  enumObject: Readonly<Record<N, EnumValue<N>>>,
  value: unknown,
): N | undefined {
  for (const name of Object.keys(enumObject) as N[]) {
    if (enumObject[name] === value) return name;
  }
  return undefined;
}

/**
 * ScriptApp.AuthMode. One object for the whole emulator, so the harness builds event objects with
 * these very values and the script's `e.authMode === ScriptApp.AuthMode.NONE` holds.
 */
export const AUTH_MODE = createEnum(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"] as const);

/** ScriptApp.AuthorizationStatus. https://developers.google.com/apps-script/reference/script/authorization-status */
export const AUTHORIZATION_STATUS = createEnum(["REQUIRED", "NOT_REQUIRED"] as const);

/** The AuthMode enum value the harness puts in `e.authMode` for a runtime auth mode. */
export function authModeValue(mode: AuthMode): EnumValue {
  return AUTH_MODE[mode];
}

/** Scope ScriptApp's trigger methods are documented with (not in runtime's SCOPE list). */
export const SCRIPT_APP_SCOPE = "https://www.googleapis.com/auth/script.scriptapp";

/** JSON-serializable state of ScriptApp. */
export interface ScriptAppState {
  scriptId: string;
}

/** A fresh ScriptApp state with a fake but well-formed script id. */
export function newScriptAppState(
  scriptId = "1EmuladorInformeMensualScriptId0000000000000000000000000",
): ScriptAppState {
  return { scriptId };
}

/** What AuthorizationInfo offers. https://developers.google.com/apps-script/reference/script/authorization-info */
export interface EmulatedAuthorizationInfo {
  getAuthorizationStatus(): EnumValue;
  getAuthorizationUrl(): string | null;
  getAuthorizedScopes(): string[];
}

/** The emulated ScriptApp global. */
export interface EmulatedScriptApp {
  readonly AuthMode: typeof AUTH_MODE;
  readonly AuthorizationStatus: typeof AUTHORIZATION_STATUS;
  getScriptId(): string;
  getAuthorizationInfo(authMode: unknown): EmulatedAuthorizationInfo;
  getProjectTriggers(): never[];
}

/**
 * Creates the ScriptApp global.
 * - getScriptId: https://developers.google.com/apps-script/reference/script/script-app#getScriptId()
 * - getAuthorizationInfo: the emulated user has always authorized the manifest's scopes, so the
 *   status is NOT_REQUIRED and the url null.
 * - getProjectTriggers: the emulator installs no triggers; it needs the script.scriptapp scope.
 */
export function createScriptApp(rt: Runtime, state: ScriptAppState = newScriptAppState()): EmulatedScriptApp {
  return {
    AuthMode: AUTH_MODE,
    AuthorizationStatus: AUTHORIZATION_STATUS,
    getScriptId() {
      rt.enter("ScriptApp.getScriptId", { auth: "NONE" });
      return state.scriptId;
    },
    getAuthorizationInfo(authMode: unknown) {
      rt.enter("ScriptApp.getAuthorizationInfo", { auth: "NONE" });
      // Only FULL is documented as meaningful; other enum values are accepted, anything else is not an AuthMode.
      if (enumName(AUTH_MODE, authMode) === undefined) {
        throw signatureError("ScriptApp.getAuthorizationInfo", [authMode]);
      }
      return {
        getAuthorizationStatus: () => AUTHORIZATION_STATUS.NOT_REQUIRED,
        getAuthorizationUrl: () => null,
        getAuthorizedScopes: () => [...rt.scopes],
      };
    },
    getProjectTriggers() {
      rt.enter("ScriptApp.getProjectTriggers", { auth: "FULL", scopes: [SCRIPT_APP_SCOPE] });
      return [];
    },
  };
}

/**
 * How Apps Script names a JavaScript argument's type in "The parameters (…) don't match the
 * method signature for …" errors. "String" and "null" are observed in real messages; the other
 * spellings are UNCONFIRMED (the message text around them is what tests rely on).
 */
export function describeArgumentType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  if (value instanceof Date) return "Date";
  if (Array.isArray(value)) return "Object[]";
  if (typeof value === "function") return "Function";
  return "Object";
}

/** Apps Script's error for arguments of the wrong types; trailing missing arguments are not listed. */
export function signatureError(method: string, args: readonly unknown[]): ScriptError {
  const given = [...args];
  while (given.length > 0 && given[given.length - 1] === undefined) given.pop();
  return new ScriptError(
    `The parameters (${given.map(describeArgumentType).join(",")}) don't match the method signature for ${method}.`,
  );
}
