// Emulated ScriptApp: the AuthMode enum, the script id, authorization info and triggers.
import { type EnumValue, enumName, makeEnum, NAMING, signatureChecks } from "./enums";
import type { AuthMode, Runtime } from "./runtime";

const { signatureError } = signatureChecks(NAMING.base);

/**
 * ScriptApp.AuthMode. One object for the whole emulator, so the harness builds event objects with
 * these very values and the script's `e.authMode === ScriptApp.AuthMode.NONE` holds.
 */
export const AUTH_MODE = makeEnum("ScriptApp.AuthMode", [
  "NONE",
  "CUSTOM_FUNCTION",
  "LIMITED",
  "FULL",
] as const);

/** ScriptApp.AuthorizationStatus. https://developers.google.com/apps-script/reference/script/authorization-status */
export const AUTHORIZATION_STATUS = makeEnum("ScriptApp.AuthorizationStatus", [
  "REQUIRED",
  "NOT_REQUIRED",
] as const);

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
  scriptId = "1EmulatedScriptId000000000000000000000000000000000000000",
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
