// Conformance tests of the emulated PropertiesService against Google's documented behaviour.
import { describe, expect, it } from "vitest";
import {
  createPropertiesService,
  newPropertiesState,
  PROPERTY_STORE_FULL,
  PROPERTY_VALUE_TOO_LARGE,
  type PropertiesState,
} from "../../emulator/properties";
import { type AuthMode, Runtime, SCOPE } from "../../emulator/runtime";

const REF = "https://developers.google.com/apps-script/reference/properties/properties";
const QUOTAS = "https://developers.google.com/apps-script/guides/services/quotas";

function setup(authMode: AuthMode = "FULL", state: PropertiesState = newPropertiesState()) {
  const rt = new Runtime({ scopes: [SCOPE.spreadsheetsCurrentOnly], authMode });
  return { rt, state, service: createPropertiesService(rt, state) };
}

describe("PropertiesService", () => {
  it(`getProperty of a missing key is null, not undefined (${REF}#getProperty(String))`, () => {
    const { service } = setup();
    expect(service.getDocumentProperties().getProperty("nada")).toBeNull();
  });

  it("stores every value as a string (guides/properties, 'Data format')", () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    props.setProperty("n", 42 as unknown as string);
    props.setProperty("b", true as unknown as string);
    expect(props.getProperty("n")).toBe("42");
    expect(props.getProperty("b")).toBe("true");
    expect(typeof props.getProperties().n).toBe("string");
  });

  it("is refused in AuthMode.NONE (editor-auth-lifecycle; ScriptApp.AuthMode sample: 'doesn't work in AuthMode.NONE')", () => {
    const { service } = setup("NONE");
    expect(() => service.getDocumentProperties()).toThrow(
      "You do not have permission to call PropertiesService.getDocumentProperties",
    );
    expect(() => service.getUserProperties()).toThrow(/You do not have permission/);
  });

  it("works in AuthMode.LIMITED (enabled add-on onOpen, simple triggers)", () => {
    const { service } = setup("LIMITED");
    service.getDocumentProperties().setProperty("k", "v");
    expect(service.getDocumentProperties().getProperty("k")).toBe("v");
  });

  it(`refuses a value over 9 KB with "${PROPERTY_VALUE_TOO_LARGE}" and keeps the old value (${QUOTAS})`, () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperty("k", "viejo");
    props.setProperty("exacto", "x".repeat(9 * 1024));
    expect(() => props.setProperty("k", "x".repeat(9 * 1024 + 1))).toThrow(PROPERTY_VALUE_TOO_LARGE);
    expect(props.getProperty("k")).toBe("viejo");
    // Bytes, not characters: 4,700 two-byte characters are over 9 KB.
    expect(() => props.setProperty("k", "é".repeat(4700))).toThrow(PROPERTY_VALUE_TOO_LARGE);
  });

  it(`refuses to grow a store past 500 KB with Google's quota message (${QUOTAS})`, () => {
    const { service } = setup();
    const props = service.getScriptProperties();
    let stored = 0;
    expect(() => {
      for (;;) {
        props.setProperty(`K${stored}`, "y".repeat(9000));
        stored++;
      }
    }).toThrow(PROPERTY_STORE_FULL);
    expect(stored).toBeGreaterThan(50);
    expect(stored).toBeLessThan(58);
    expect(props.getKeys()).toHaveLength(stored);
    // Another store is separate.
    service.getDocumentProperties().setProperty("k", "y".repeat(9000));
  });

  it(`setProperties merges, or replaces everything with deleteAllOthers (${REF}#setProperties(Object,Boolean))`, () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperties({ a: "1", b: "2" });
    props.setProperties({ c: "3" });
    expect(props.getKeys().sort()).toEqual(["a", "b", "c"]);
    props.setProperties({ d: "4" }, true);
    expect(props.getProperties()).toEqual({ d: "4" });
  });

  it("deleteProperty and deleteAllProperties remove keys; getProperties returns a copy", () => {
    const { service } = setup();
    const props = service.getDocumentProperties();
    props.setProperties({ a: "1", b: "2" });
    const copy = props.getProperties();
    copy.a = "cambiado";
    expect(props.getProperty("a")).toBe("1");
    props.deleteProperty("a");
    expect(props.getProperty("a")).toBeNull();
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  it("keeps one user store per user (reference/properties/properties-service#getUserProperties())", () => {
    const { rt, service } = setup();
    rt.activeUserEmail = "ana@example.org";
    service.getUserProperties().setProperty("tema", "oscuro");
    rt.activeUserEmail = "luis@example.org";
    expect(service.getUserProperties().getProperty("tema")).toBeNull();
    rt.activeUserEmail = "ana@example.org";
    expect(service.getUserProperties().getProperty("tema")).toBe("oscuro");
  });

  it("counts every call and keeps its state as JSON", () => {
    const { rt, state, service } = setup();
    service.getDocumentProperties().setProperty("k", "v");
    expect(rt.callCounts()).toEqual({
      "Properties.setProperty": 1,
      "PropertiesService.getDocumentProperties": 1,
    });
    const restored = setup("FULL", JSON.parse(JSON.stringify(state)) as PropertiesState);
    expect(restored.service.getDocumentProperties().getProperty("k")).toBe("v");
  });
});
