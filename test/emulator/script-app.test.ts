// Conformance tests of the emulated ScriptApp: AuthMode values compared by identity, script id, trigger scope.
import { describe, expect, it } from "vitest";
import { Runtime, SCOPE, ScriptError } from "../../emulator/runtime";
import { AUTH_MODE, authModeValue, createScriptApp, SCRIPT_APP_SCOPE } from "../../emulator/script-app";

const REF = "https://developers.google.com/apps-script/reference/script";

describe("ScriptApp", () => {
  it(`AuthMode values compare by identity and print their names (${REF}/auth-mode: e.authMode === ScriptApp.AuthMode.NONE)`, () => {
    const app = createScriptApp(new Runtime({ scopes: [] }));
    const event = { authMode: authModeValue("NONE") };
    expect(event.authMode === app.AuthMode.NONE).toBe(true);
    expect((event.authMode as unknown) === app.AuthMode.LIMITED).toBe(false);
    expect(String(app.AuthMode.FULL)).toBe("FULL");
    expect(Object.keys(AUTH_MODE)).toEqual(["NONE", "CUSTOM_FUNCTION", "LIMITED", "FULL"]);
    expect(Object.isFrozen(app.AuthMode)).toBe(true);
  });

  it(`getScriptId returns the project's id, in any auth mode (${REF}/script-app#getScriptId())`, () => {
    const app = createScriptApp(new Runtime({ scopes: [], authMode: "NONE" }), { scriptId: "abc123" });
    expect(app.getScriptId()).toBe("abc123");
  });

  it(`getProjectTriggers needs the script.scriptapp scope (${REF}/script-app#getProjectTriggers())`, () => {
    const without = createScriptApp(new Runtime({ scopes: [SCOPE.spreadsheetsCurrentOnly] }));
    expect(() => without.getProjectTriggers()).toThrow(
      `Specified permissions are not sufficient to call ScriptApp.getProjectTriggers. Required permissions: ${SCRIPT_APP_SCOPE}`,
    );
    const withScope = createScriptApp(new Runtime({ scopes: [SCRIPT_APP_SCOPE] }));
    expect(withScope.getProjectTriggers()).toEqual([]);
  });

  it(`getAuthorizationInfo takes an AuthMode and reports no authorization needed (${REF}/authorization-info)`, () => {
    const app = createScriptApp(new Runtime({ scopes: [SCOPE.documents] }));
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.documents]);
    expect(() => app.getAuthorizationInfo("FULL")).toThrow(ScriptError);
  });
});
