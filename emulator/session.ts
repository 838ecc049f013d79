// Emulated Session: the active and effective user, the script's time zone, the user's locale and temporary key.
import { randomUUID } from "node:crypto";
import { type Runtime, SCOPE } from "./runtime";

/** JSON-serializable state of Session. */
export interface SessionState {
  /** Session.getActiveUserLocale(); the office works in Spanish. */
  locale: string;
  /** getTemporaryActiveUserKey() by user e-mail: stable for a user within the emulated project. */
  temporaryKeys: Record<string, string>;
}

/** A fresh Session state. */
export function newSessionState(): SessionState {
  return { locale: "es", temporaryKeys: {} };
}

/** https://developers.google.com/apps-script/reference/base/user */
export type EmulatedUser = GoogleAppsScript.Base.User;
/** https://developers.google.com/apps-script/reference/base/session */
export type EmulatedSession = GoogleAppsScript.Base.Session;

/**
 * A User as Apps Script hands one out (reference/base/user): its e-mail is read when getEmail() is
 * called, and each call is a counted service call needing the userinfo.email scope
 * (reference/base/user#getEmail(): "require authorization with … userinfo.email").
 */
export function createUser(rt: Runtime, email: () => string): EmulatedUser {
  return {
    getEmail() {
      rt.enter("User.getEmail", { scopes: [SCOPE.userEmail] });
      return email();
    },
    getUserLoginId() {
      rt.enter("User.getUserLoginId", { scopes: [SCOPE.userEmail] });
      return email();
    },
  };
}

/**
 * The active user's e-mail as Google reveals it (reference/base/session#getActiveUser()): "" in a
 * simple trigger ("not available in any context that allows a script to run without that user's
 * authorization, like a simple onOpen(e) or onEdit(e)"), unless the runtime says this user is one
 * for whom those restrictions "generally do not apply" (the developer, or a user of the same Google
 * Workspace domain): Runtime.revealUserInSimpleTriggers. UNCONFIRMED: exactly who that is.
 */
export function activeUserEmail(rt: Runtime): string {
  return rt.inSimpleTrigger && !rt.revealUserInSimpleTriggers ? "" : rt.activeUserEmail;
}

/** The active user, as the `user` of a trigger event and Session.getActiveUser() give it. */
export function activeUser(rt: Runtime): EmulatedUser {
  return createUser(rt, () => activeUserEmail(rt));
}

/**
 * Creates the Session global.
 * - getActiveUser/getEffectiveUser "require authorization with … userinfo.email"
 *   (reference/base/session#getActiveUser()): a manifest with explicit scopes that lacks it makes
 *   the call throw Google's permission message (platform guide, "Locks, properties, limits").
 * - The active user's e-mail is "" in simple triggers (see activeUserEmail).
 * - getScriptTimeZone is the manifest's timeZone, not the spreadsheet's.
 */
export function createSession(rt: Runtime, state: SessionState = newSessionState()): EmulatedSession {
  const session: EmulatedSession = {
    getActiveUser() {
      rt.enter("Session.getActiveUser", { scopes: [SCOPE.userEmail] });
      return activeUser(rt);
    },
    getEffectiveUser() {
      rt.enter("Session.getEffectiveUser", { scopes: [SCOPE.userEmail] });
      return createUser(rt, () => rt.effectiveUserEmail);
    },
    getActiveUserLocale() {
      rt.enter("Session.getActiveUserLocale");
      return state.locale;
    },
    getScriptTimeZone() {
      rt.enter("Session.getScriptTimeZone");
      return rt.scriptTimeZone;
    },
    getTemporaryActiveUserKey() {
      rt.enter("Session.getTemporaryActiveUserKey");
      const who = rt.activeUserEmail || rt.effectiveUserEmail;
      let key = state.temporaryKeys[who];
      if (key === undefined) {
        // An opaque key that does not reveal the user (Google's are ~40 url-safe characters).
        key = randomUUID().replace(/-/g, "") + randomUUID().replace(/-/g, "").slice(0, 8);
        state.temporaryKeys[who] = key;
      }
      return key;
    },
    getTimeZone() {
      rt.enter("Session.getTimeZone");
      return rt.scriptTimeZone;
    },
    getUser() {
      rt.enter("Session.getUser", { scopes: [SCOPE.userEmail] });
      return activeUser(rt);
    },
  };
  return session;
}
