// The shared enum shape and signature errors: values are objects compared by identity, and each service names argument types its own way.
import { describe, expect, it } from "vitest";
import {
  describeArgType,
  enumClassOf,
  enumName,
  isEnumOf,
  makeEnum,
  NAMING,
  signatureChecks,
  signatureError,
} from "../../emulator/enums";
import { ScriptError } from "../../emulator/runtime";

const REF = "https://developers.google.com/apps-script/reference/script/auth-mode";
const Heading = makeEnum("DocumentApp.ParagraphHeading", ["NORMAL", "HEADING1"] as const);
const Wrap = makeEnum("WrapStrategy", ["WRAP", "CLIP"] as const);

describe("makeEnum", () => {
  it(`values are frozen objects whose name(), toString() and toJSON() give the constant (${REF})`, () => {
    const v = Heading.HEADING1;
    expect(typeof v).toBe("object");
    expect(v.name()).toBe("HEADING1");
    expect(String(v)).toBe("HEADING1");
    expect(JSON.stringify({ v })).toBe('{"v":"HEADING1"}');
    expect(v.ordinal()).toBe(1);
    expect(Object.isFrozen(v)).toBe(true);
    expect(Object.isFrozen(Heading)).toBe(true);
    expect(Object.keys(Heading)).toEqual(["NORMAL", "HEADING1"]);
    expect((v as unknown) === "HEADING1").toBe(false);
  });

  it("values remember their class; lookups go by identity, never by name", () => {
    expect(enumClassOf(Wrap.CLIP)).toBe("WrapStrategy");
    expect(enumClassOf("CLIP")).toBeUndefined();
    expect(isEnumOf(Wrap.CLIP, "WrapStrategy")).toBe(true);
    expect(isEnumOf(Heading.NORMAL, "WrapStrategy")).toBe(false);
    expect(enumName(Wrap, Wrap.CLIP)).toBe("CLIP");
    expect(enumName(Wrap, "CLIP")).toBeUndefined();
    expect(enumName(Wrap, { name: () => "CLIP" })).toBeUndefined();
  });
});

describe("signature errors", () => {
  it("print Google's message with the method and the argument types", () => {
    const e = signatureError("DocumentApp.Paragraph.setHeading", ["HEADING1"], NAMING.docs);
    expect(e).toBeInstanceOf(ScriptError);
    expect(e.message).toBe(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
  });

  it("name primitives alike in every service", () => {
    for (const naming of Object.values(NAMING)) {
      expect([null, "s", 1, true].map((v) => describeArgType(v, naming))).toEqual([
        "null",
        "String",
        "number",
        "Boolean",
      ]);
    }
  });

  it("Sheets names arrays by their first element; the other services say Object[]", () => {
    expect(describeArgType([1, 2], NAMING.sheets)).toBe("number[]");
    expect(describeArgType([null, "a"], NAMING.sheets)).toBe("String[]");
    expect(describeArgType([[1, 2]], NAMING.sheets)).toBe("Object[][]");
    expect(describeArgType([], NAMING.sheets)).toBe("Object[]");
    expect(describeArgType([[1, 2]], NAMING.docs)).toBe("Object[]");
    expect(describeArgType([1, 2], NAMING.base)).toBe("Object[]");
  });

  it("Docs and Sheets name enum values by class and objects by a class-like toString(); the base services say Object", () => {
    const range = { toString: () => "Range" };
    expect(describeArgType(Heading.NORMAL, NAMING.docs)).toBe("DocumentApp.ParagraphHeading");
    expect(describeArgType(Wrap.WRAP, NAMING.sheets)).toBe("WrapStrategy");
    expect(describeArgType(range, NAMING.sheets)).toBe("Range");
    expect(describeArgType(range, NAMING.docs)).toBe("Range");
    expect(describeArgType(Wrap.WRAP, NAMING.base)).toBe("Object");
    expect(describeArgType(range, NAMING.base)).toBe("Object");
    expect(describeArgType({}, NAMING.docs)).toBe("Object");
  });

  it("Dates and functions: named by the base services, Dates by Sheets, neither by Docs", () => {
    const date = new Date(0);
    const fn = () => 1;
    expect([describeArgType(date, NAMING.base), describeArgType(fn, NAMING.base)]).toEqual([
      "Date",
      "Function",
    ]);
    expect([describeArgType(date, NAMING.sheets), describeArgType(fn, NAMING.sheets)]).toEqual([
      "Date",
      "Object",
    ]);
    expect([describeArgType(date, NAMING.docs), describeArgType(fn, NAMING.docs)]).toEqual([
      "Object",
      "Object",
    ]);
  });

  it("Sheets and the base services leave omitted trailing arguments out; Docs lists them", () => {
    const args = ["a", undefined, undefined];
    expect(signatureError("M", args, NAMING.sheets).message).toContain("(String)");
    expect(signatureError("M", args, NAMING.base).message).toContain("(String)");
    expect(signatureError("M", args, NAMING.docs).message).toContain("(String,undefined,undefined)");
  });

  it("requireEnum returns the constant's name, and refuses its name as a string", () => {
    const { requireEnum } = signatureChecks(NAMING.docs);
    expect(
      requireEnum(Heading.HEADING1, Heading, "DocumentApp.Paragraph.setHeading", [Heading.HEADING1]),
    ).toBe("HEADING1");
    expect(() => requireEnum("HEADING1", Heading, "DocumentApp.Paragraph.setHeading", ["HEADING1"])).toThrow(
      "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
    expect(() => requireEnum(Wrap.WRAP, Heading, "DocumentApp.Paragraph.setHeading", [Wrap.WRAP])).toThrow(
      "The parameters (WrapStrategy) don't match the method signature for DocumentApp.Paragraph.setHeading.",
    );
  });
});
