// Apps Script enums as objects (not strings) and the "parameters don't match the method signature" errors, for every emulated service.
import { ScriptError } from "./runtime";

/**
 * One value of an Apps Script enum. Google's enum values are objects compared by identity
 * (`e.authMode === ScriptApp.AuthMode.NONE`) whose `toString()` and `name()` give the constant's
 * name: `String(ScriptApp.AuthMode.FULL)` is "FULL", and `value === "HEADING1"` is false on Google,
 * and here too. https://developers.google.com/apps-script/reference/script/auth-mode
 */
export interface EnumValue<N extends string = string> {
  /** The constant's name, e.g. "HEADING1". */
  name(): N;
  ordinal(): number;
  toString(): N;
  toJSON(): N;
}

/** An enum object: constant name → value, frozen. */
export type EnumOf<N extends string> = { readonly [K in N]: EnumValue<K> };

const ENUM_CLASS = new WeakMap<object, string>();

/**
 * Builds a frozen enum of distinct, frozen values that remember their class
 * ("DocumentApp.ParagraphHeading", "WrapStrategy"…), which signature errors may print.
 */
export function makeEnum<const N extends string>(className: string, names: readonly N[]): EnumOf<N> {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    const value: EnumValue = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
      toJSON: () => n,
    });
    ENUM_CLASS.set(value, className);
    out[n] = value;
  });
  return Object.freeze(out) as EnumOf<N>;
}

/** The class of an enum value ("DocumentApp.ParagraphHeading"), or undefined for anything else. */
export function enumClassOf(value: unknown): string | undefined {
  return typeof value === "object" && value !== null ? ENUM_CLASS.get(value) : undefined;
}

/** True for a value of the enum class `className` (e.g. "WrapStrategy"). */
export function isEnumOf(value: unknown, className: string): value is EnumValue {
  return enumClassOf(value) === className;
}

/** Which constant of `enumObject` a value is; undefined when it is not one of them (wrong enum, plain string…). */
export function enumName<N extends string>(enumObject: EnumOf<N>, value: unknown): N | undefined {
  for (const v of Object.values(enumObject) as EnumValue<N>[]) {
    if (v === value) return v.name();
  }
  return undefined;
}

/**
 * How a service names argument types in "The parameters (…) don't match the method signature for …".
 * "String", "number", "Boolean", "null" and "Object[]" are seen in real messages; the rest is
 * UNCONFIRMED, and the emulated services differ on these points (kept as they were; tests pin
 * some of them, e.g. Sheets' "number[]" and Docs' "Object[]" for a 2-D array).
 */
export interface ArgNaming {
  /** Arrays named by their first element that is not null or undefined: "String[]", "number[]", "Object[][]". Otherwise "Object[]". */
  readonly typedArrays: boolean;
  /** A Date is "Date" (otherwise "Object"). */
  readonly dates: boolean;
  /** A function is "Function" (otherwise "Object"). */
  readonly functions: boolean;
  /** An enum value is its class; an object whose toString() is a class name ("Range", "Paragraph") is that name. */
  readonly objectNames: boolean;
  /** Trailing undefined arguments (optional ones left out) are not listed. */
  readonly dropTrailingUndefined: boolean;
}

/** The emulated services' ways of naming arguments. */
export const NAMING = {
  /** DocumentApp, DriveApp, MailApp. */
  docs: {
    typedArrays: false,
    dates: false,
    functions: false,
    objectNames: true,
    dropTrailingUndefined: false,
  },
  /** SpreadsheetApp. */
  sheets: {
    typedArrays: true,
    dates: true,
    functions: false,
    objectNames: true,
    dropTrailingUndefined: true,
  },
  /** ScriptApp, HtmlService, Ui and Menu, Utilities. */
  base: { typedArrays: false, dates: true, functions: true, objectNames: false, dropTrailingUndefined: true },
} as const satisfies Record<string, ArgNaming>;

/** The type name of one argument, as `naming` prints it. */
export function describeArgType(value: unknown, naming: ArgNaming): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  if (Array.isArray(value)) return naming.typedArrays ? typedArrayName(value, naming) : "Object[]";
  if (naming.dates && value instanceof Date) return "Date";
  if (naming.functions && typeof value === "function") return "Function";
  if (naming.objectNames) {
    const cls = enumClassOf(value);
    if (cls) return cls;
    const typeName = (value as { toString?: () => string }).toString?.();
    if (typeof typeName === "string" && /^[A-Z][A-Za-z]+$/.test(typeName)) return typeName;
  }
  return "Object";
}

function typedArrayName(values: readonly unknown[], naming: ArgNaming): string {
  const first = values.find((x) => x !== undefined && x !== null);
  if (first === undefined) return "Object[]";
  if (Array.isArray(first)) return "Object[][]";
  const inner = describeArgType(first, naming);
  return `${inner === "String" || inner === "number" || inner === "Boolean" ? inner : "Object"}[]`;
}

/** Google's error for `method` called with arguments of the wrong types. */
export function signatureError(method: string, args: readonly unknown[], naming: ArgNaming): ScriptError {
  const given = [...args];
  if (naming.dropTrailingUndefined) {
    while (given.length > 0 && given[given.length - 1] === undefined) given.pop();
  }
  // Message format as Apps Script prints it, e.g.
  // "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading."
  return new ScriptError(
    `The parameters (${given.map((a) => describeArgType(a, naming)).join(",")}) don't match the method signature for ${method}.`,
  );
}

/** A service's signature checks, bound to its way of naming arguments. */
export interface SignatureChecks {
  signatureError(method: string, args: readonly unknown[]): ScriptError;
  /**
   * The constant's name if `value` is a value of `enumObject`, else the signature error: Google
   * rejects strings where an enum is expected.
   */
  requireEnum<N extends string>(
    value: unknown,
    enumObject: EnumOf<N>,
    method: string,
    args: readonly unknown[],
  ): N;
}

/** The signature checks of a service that names arguments as `naming` says. */
export function signatureChecks(naming: ArgNaming): SignatureChecks {
  return {
    signatureError: (method, args) => signatureError(method, args, naming),
    requireEnum(value, enumObject, method, args) {
      const name = enumName(enumObject, value);
      if (name === undefined) throw signatureError(method, args, naming);
      return name;
    },
  };
}
