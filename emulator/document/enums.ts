// Apps Script enums as objects (not strings), so code comparing an enum with a string fails here as it does on Google.
import { ScriptError } from "../runtime";

/**
 * One value of an Apps Script enum. Google's enum values are objects whose `toString()` and
 * `name()` give the constant's name; `value === "HEADING1"` is false on Google, and here too.
 */
export interface EnumValue<N extends string = string> {
  /** The constant's name, e.g. "HEADING1". */
  name(): N;
  ordinal(): number;
  toString(): N;
}

/** An enum object: constant name → value, frozen. */
export type EnumOf<N extends string> = { readonly [K in N]: EnumValue<K> };

const ENUM_CLASS = new WeakMap<object, string>();

/** Builds a frozen enum whose values remember their class name (for signature errors). */
export function makeEnum<const N extends string>(className: string, names: readonly N[]): EnumOf<N> {
  const out: Record<string, EnumValue> = {};
  names.forEach((n, i) => {
    const value: EnumValue = Object.freeze({
      name: () => n,
      ordinal: () => i,
      toString: () => n,
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

/**
 * How Apps Script names an argument's type in "The parameters (…) don't match the method
 * signature for …" errors: String, number, Boolean, null, Object, or the enum's class.
 */
export function describeArgType(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return "String";
  if (typeof value === "number") return "number";
  if (typeof value === "boolean") return "Boolean";
  if (Array.isArray(value)) return "Object[]";
  const cls = enumClassOf(value);
  if (cls) return cls;
  const typeName = (value as { toString?: () => string }).toString?.();
  return typeof typeName === "string" && /^[A-Z][A-Za-z]+$/.test(typeName) ? typeName : "Object";
}

/** Throws Google's signature-mismatch error for `method` called with `args`. */
export function signatureError(method: string, args: readonly unknown[]): ScriptError {
  // Message format as Apps Script prints it, e.g.
  // "The parameters (String) don't match the method signature for DocumentApp.Paragraph.setHeading."
  return new ScriptError(
    `The parameters (${args.map(describeArgType).join(",")}) don't match the method signature for ${method}.`,
  );
}

/**
 * Returns the enum constant's name if `value` is a value of `enumObj`, else throws the signature
 * error: Google rejects strings where an enum is expected.
 */
export function requireEnum<N extends string>(
  value: unknown,
  enumObj: EnumOf<N>,
  method: string,
  args: readonly unknown[],
): N {
  for (const v of Object.values(enumObj) as EnumValue<N>[]) {
    if (v === value) return v.name();
  }
  throw signatureError(method, args);
}
