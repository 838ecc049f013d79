// Emulated PropertiesService: document, script and per-user string stores with Google's size limits.
import { type Runtime, ScriptError } from "./runtime";

/**
 * Per-value limit: "Properties value size 9 KB / val" (guides/services/quotas). Counted in UTF-8
 * bytes of the value. tanaikech's measurements (2023) saw the real ceiling a little lower and
 * depending on the key too; we keep the documented figure.
 */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
/** Per-store limit: "Properties total storage 500 KB / property store" (guides/services/quotas); keys count too. */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

/**
 * Messages Apps Script throws. Neither appears in Google's reference; both are what scripts
 * report seeing in production (many public repositories quote them verbatim).
 */
export const PROPERTY_VALUE_TOO_LARGE = "Argument too large: value";
export const PROPERTY_STORE_FULL =
  "You have exceeded the property storage quota. Please remove some properties and try again.";

/** JSON-serializable state of every property store of the project. */
export interface PropertiesState {
  document: Record<string, string>;
  script: Record<string, string>;
  /** User stores, by the user's e-mail. */
  user: Record<string, Record<string, string>>;
}

/** Empty stores. */
export function newPropertiesState(): PropertiesState {
  return { document: {}, script: {}, user: {} };
}

/** The Properties object a store hands to the script. https://developers.google.com/apps-script/reference/properties/properties */
export type EmulatedProperties = GoogleAppsScript.Properties.Properties;
/** https://developers.google.com/apps-script/reference/properties/properties-service */
export type EmulatedPropertiesService = GoogleAppsScript.Properties.PropertiesService;

/**
 * Creates the PropertiesService global. Every method needs at least AuthMode.LIMITED: add-on
 * onOpen in NONE must not read properties (workspace-add-ons/concepts/editor-auth-lifecycle and the
 * ScriptApp.AuthMode sample: "doesn't work in AuthMode.NONE").
 */
export function createPropertiesService(rt: Runtime, state: PropertiesState): EmulatedPropertiesService {
  const userKey = () => rt.activeUserEmail || rt.effectiveUserEmail;
  return {
    getDocumentProperties() {
      rt.enter("PropertiesService.getDocumentProperties");
      return createStore(
        rt,
        () => state.document,
        (next) => {
          state.document = next;
        },
      );
    },
    getScriptProperties() {
      rt.enter("PropertiesService.getScriptProperties");
      return createStore(
        rt,
        () => state.script,
        (next) => {
          state.script = next;
        },
      );
    },
    getUserProperties() {
      rt.enter("PropertiesService.getUserProperties");
      // The user store belongs to whoever runs the script, resolved at call time.
      const user = userKey();
      return createStore(
        rt,
        () => state.user[user] ?? {},
        (next) => {
          state.user[user] = next;
        },
      );
    },
  };
}

function createStore(
  rt: Runtime,
  read: () => Record<string, string>,
  write: (next: Record<string, string>) => void,
): EmulatedProperties {
  /** Checks limits on the would-be store and commits it whole, so a refused write changes nothing. */
  const commit = (next: Record<string, string>, changed: readonly string[]) => {
    for (const key of changed) {
      const value = next[key];
      if (value !== undefined && utf8Length(value) > PROPERTY_VALUE_LIMIT_BYTES) {
        throw new ScriptError(PROPERTY_VALUE_TOO_LARGE);
      }
    }
    if (storeSize(next) > PROPERTY_STORE_LIMIT_BYTES) throw new ScriptError(PROPERTY_STORE_FULL);
    write(next);
  };
  const store: EmulatedProperties = {
    getProperty(key: string) {
      rt.enter("Properties.getProperty");
      const value = read()[String(key)];
      // Google returns null, not undefined, for a missing key.
      return value === undefined ? null : value;
    },
    setProperty(key: string, value: string) {
      rt.enter("Properties.setProperty");
      const k = String(key);
      // "Data types that are not already strings are automatically converted to strings" (guides/properties).
      commit({ ...read(), [k]: String(value) }, [k]);
      return store;
    },
    setProperties(properties: { [key: string]: string }, deleteAllOthers?: boolean) {
      rt.enter("Properties.setProperties");
      const incoming: Record<string, string> = {};
      for (const [k, v] of Object.entries(properties)) incoming[k] = String(v);
      const next = deleteAllOthers ? incoming : { ...read(), ...incoming };
      commit(next, Object.keys(incoming));
      return store;
    },
    getProperties() {
      rt.enter("Properties.getProperties");
      // A copy: changing it must not change the store.
      return { ...read() };
    },
    getKeys() {
      rt.enter("Properties.getKeys");
      return Object.keys(read());
    },
    deleteProperty(key: string) {
      rt.enter("Properties.deleteProperty");
      const next = { ...read() };
      delete next[String(key)];
      write(next);
      return store;
    },
    deleteAllProperties() {
      rt.enter("Properties.deleteAllProperties");
      write({});
      return store;
    },
  };
  return store;
}

function utf8Length(text: string): number {
  return Buffer.byteLength(text, "utf8");
}

function storeSize(store: Record<string, string>): number {
  let total = 0;
  for (const [k, v] of Object.entries(store)) total += utf8Length(k) + utf8Length(v);
  return total;
}
