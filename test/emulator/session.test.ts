// Conformance tests of the emulated Session: user e-mail visibility, the userinfo.email scope, the script's time zone.
import { describe, expect, it } from "vitest";
import { Runtime, SCOPE, ScriptError } from "../../emulator/runtime";
import { createSession, newSessionState } from "../../emulator/session";

const REF = "https://developers.google.com/apps-script/reference/base/session";

function setup(scopes: string[] = [SCOPE.spreadsheetsCurrentOnly, SCOPE.userEmail]) {
  const rt = new Runtime({
    scopes,
    scriptTimeZone: "America/Panama",
    activeUserEmail: "ana@example.org",
    effectiveUserEmail: "dueno@example.org",
  });
  return { rt, session: createSession(rt, newSessionState()) };
}

describe("Session", () => {
  it(`getActiveUser().getEmail() is the user's e-mail in an authorized run (${REF}#getActiveUser())`, () => {
    const { session } = setup();
    expect(session.getActiveUser().getEmail()).toBe("ana@example.org");
  });

  it(`getActiveUser().getEmail() is "" in a simple trigger (${REF}#getActiveUser(): 'not available … simple onOpen(e) or onEdit(e)')`, () => {
    const { rt, session } = setup();
    rt.authMode = "LIMITED";
    rt.inSimpleTrigger = true;
    expect(session.getActiveUser().getEmail()).toBe("");
  });

  it(`UNCONFIRMED: a runtime that reveals the user (same Workspace domain; ${REF}#getActiveUser(): the restrictions "generally do not apply") gives the e-mail in a simple trigger`, () => {
    const { rt, session } = setup();
    rt.inSimpleTrigger = true;
    rt.revealUserInSimpleTriggers = true;
    expect(session.getActiveUser().getEmail()).toBe("ana@example.org");
    expect(rt.calls.get("User.getEmail")).toBe(1);
  });

  it(`throws when the manifest's explicit scopes lack userinfo.email (${REF}#getActiveUser() Authorization; platform guide)`, () => {
    const { session } = setup([SCOPE.spreadsheetsCurrentOnly]);
    let error: unknown;
    try {
      session.getActiveUser();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ScriptError);
    expect((error as Error).message).toBe(
      "Specified permissions are not sufficient to call Session.getActiveUser. Required permissions: https://www.googleapis.com/auth/userinfo.email",
    );
    expect(() => session.getEffectiveUser()).toThrow(/Session\.getEffectiveUser/);
  });

  it(`getEffectiveUser is the user the script runs as (${REF}#getEffectiveUser())`, () => {
    const { session } = setup();
    expect(session.getEffectiveUser().getEmail()).toBe("dueno@example.org");
  });

  it(`getScriptTimeZone is the manifest's time zone (${REF}#getScriptTimeZone())`, () => {
    const { rt, session } = setup();
    expect(session.getScriptTimeZone()).toBe("America/Panama");
    rt.scriptTimeZone = "Asia/Tokyo";
    expect(session.getScriptTimeZone()).toBe("Asia/Tokyo");
  });

  it(`getTemporaryActiveUserKey is stable per user and does not reveal the user (${REF}#getTemporaryActiveUserKey())`, () => {
    const { rt, session } = setup();
    const key = session.getTemporaryActiveUserKey();
    expect(key).toMatch(/^[A-Za-z0-9]{20,}$/);
    expect(key).not.toContain("ana");
    expect(session.getTemporaryActiveUserKey()).toBe(key);
    rt.activeUserEmail = "luis@example.org";
    expect(session.getTemporaryActiveUserKey()).not.toBe(key);
  });
});
