// The rules of google.script.run (what may cross between a page and the server, which functions are reachable, how many calls run at once), shared by the playground's server and the bridge inside each iframe.
//
// Sources:
// - https://developers.google.com/apps-script/guides/html/reference/run
// - https://developers.google.com/apps-script/guides/html/communication ("Parameters and return
//   values", "Private functions", the 10 concurrent calls)
// - ../shared/guides/apps-script-platform.md ("HtmlService and google.script.run")
//
// This module is pure: no Node and no DOM types, so the browser bridge bundles the same code.

/** Google: "The google.script.run API allows 10 concurrent calls to server functions." */
export const MAX_CONCURRENT_CALLS = 10;

/** A value that may cross the wire: what Google documents as legal parameters and return values. */
export type Transferable =
  | string
  | number
  | boolean
  | null
  | Transferable[]
  | { [key: string]: Transferable };

/** The outcome of checking a value: a detached copy as the other side receives it, or why the call fails. */
export type TransferResult = { ok: true; value: Transferable } | { ok: false; message: string };

/** The fields of a form element that this module needs; the bridge passes the real HTMLFormElement. */
export interface FormLike {
  readonly elements: ArrayLike<FormFieldLike>;
}

/** One control of a form, as far as form submission is concerned. */
export interface FormFieldLike {
  readonly name: string;
  readonly type: string;
  readonly value: string;
  readonly checked?: boolean;
  readonly disabled?: boolean;
  readonly files?: ArrayLike<unknown> | null;
}

/**
 * The failure message for an illegal value. Community reports quote Google's client as
 * "Failed due to illegal value in property: <key>"; no primary source gives the wording, so it is
 * UNCONFIRMED. Only the fact that the call fails is documented.
 */
export function illegalValueMessage(path: string): string {
  return `Failed due to illegal value in property: ${path}`;
}

/** Objects with another shape in the chain (class instances, Map, Set, Date, RegExp, Error…) are not plain. */
function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === null) return true;
  // Compared structurally, not with `=== Object.prototype`: the server's values come from a vm
  // context (another realm, with its own Object.prototype).
  return (
    Object.getPrototypeOf(proto) === null &&
    Object.prototype.toString.call(value) === "[object Object]" &&
    typeof (proto as { constructor?: unknown }).constructor === "function" &&
    (proto as { constructor: { name?: unknown } }).constructor.name === "Object"
  );
}

/**
 * Sets an own, enumerable data property as JSON.parse creates it. Plain assignment would not do for
 * the key "__proto__": `out["__proto__"] = value` calls Object.prototype's setter and makes `value`
 * the copy's prototype (its fields then look inherited, and `in` finds them), where a JSON copy
 * keeps "__proto__" as an ordinary key.
 */
function setOwn(target: { [key: string]: Transferable }, key: string, value: Transferable): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** The value of an own property only: inherited ones ("toString", "constructor", "__proto__") never count. */
function ownValue(target: object, key: string): unknown {
  return Object.hasOwn(target, key) ? (target as Record<string, unknown>)[key] : undefined;
}

/** A DOM node has a numeric nodeType and a nodeName; checked by shape so this file needs no DOM types. */
function isDomNode(value: object): boolean {
  const v = value as { nodeType?: unknown; nodeName?: unknown };
  return typeof v.nodeType === "number" && typeof v.nodeName === "string";
}

/** True for an HTMLFormElement (by shape): the one DOM element Google accepts, and only as the sole argument. */
export function isFormElement(value: unknown): value is FormLike {
  if (typeof value !== "object" || value === null || !isDomNode(value)) return false;
  return String((value as { nodeName: string }).nodeName).toUpperCase() === "FORM";
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  if (Array.isArray(value)) return "Array";
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  const ctor = (Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null)?.constructor
    ?.name;
  return ctor && ctor !== tag ? `${tag} (${ctor})` : tag;
}

/**
 * Checks one value and returns the copy the other side receives. Legal: strings, booleans, finite
 * numbers, null, arrays and plain objects made of them. Illegal anywhere in the tree: Date,
 * functions, DOM nodes, class instances (Map, Set, RegExp, Error, typed arrays, boxed primitives…),
 * symbols, bigints, and circular references. Inside arrays `undefined` (and holes) become null
 * (documented); `undefined` object properties are dropped (as JSON would; UNCONFIRMED). NaN and
 * ±Infinity fail (UNCONFIRMED; the stricter choice — JSON would silently turn them into null).
 * A value reachable twice without a cycle is legal and arrives as two copies (Google: "an object
 * passed to the server becomes a copy of the original").
 */
export function toTransferable(value: unknown, path = "0"): TransferResult {
  const ancestors: object[] = [];
  const fail = (where: string, what: string): TransferResult => ({
    ok: false,
    message: `${illegalValueMessage(where)} (${what} cannot be passed)`,
  });

  const visit = (v: unknown, where: string): TransferResult => {
    switch (typeof v) {
      case "string":
      case "boolean":
        return { ok: true, value: v };
      case "number":
        return Number.isFinite(v) ? { ok: true, value: v } : fail(where, String(v));
      case "undefined":
        return { ok: true, value: null };
      case "function":
        return fail(where, "a Function");
      case "symbol":
      case "bigint":
        return fail(where, `a ${typeof v}`);
    }
    if (v === null) return { ok: true, value: null };
    const obj = v as object;
    if (ancestors.includes(obj)) {
      return { ok: false, message: `${illegalValueMessage(where)} (circular reference)` };
    }
    if (isDomNode(obj)) return fail(where, "a DOM element");
    if (Array.isArray(obj)) {
      ancestors.push(obj);
      const out: Transferable[] = [];
      // Index loop, not forEach/map: holes must be visited too (they become null).
      for (let i = 0; i < obj.length; i++) {
        const item = visit((obj as unknown[])[i], `${where}.${i}`);
        if (!item.ok) return item;
        out.push(item.value);
      }
      ancestors.pop();
      return { ok: true, value: out };
    }
    if (!isPlainObject(obj)) return fail(where, `a ${describe(obj)}`);
    ancestors.push(obj);
    const out: { [key: string]: Transferable } = {};
    // Own enumerable keys only, as JSON.stringify takes them; inherited properties are never copied.
    for (const key of Object.keys(obj)) {
      const prop = (obj as Record<string, unknown>)[key];
      if (prop === undefined) continue;
      const item = visit(prop, `${where}.${key}`);
      if (!item.ok) return item;
      setOwn(out, key, item.value);
    }
    ancestors.pop();
    return { ok: true, value: out };
  };

  return visit(value, path);
}

/**
 * A form passed as the only argument arrives as an object of its named fields. Unchecked boxes and
 * radios and disabled fields are left out (HTML form submission rules); a name used by several
 * checked controls gives an array (UNCONFIRMED). File inputs arrive on Google as blobs, which this
 * playground cannot emulate: a form with a chosen file fails with a clear message (UNCONFIRMED).
 */
export function formToTransferable(form: FormLike): TransferResult {
  const out: { [key: string]: Transferable } = {};
  for (let i = 0; i < form.elements.length; i++) {
    const field = form.elements[i];
    if (!field?.name || field.disabled) continue;
    const type = String(field.type).toLowerCase();
    if (["submit", "button", "reset", "image", "fieldset"].includes(type)) continue;
    if ((type === "checkbox" || type === "radio") && !field.checked) continue;
    if (type === "file") {
      if (field.files && field.files.length > 0) {
        return {
          ok: false,
          message: "File inputs are not supported by the playground's google.script.run (UNCONFIRMED)",
        };
      }
      continue;
    }
    // A field named "__proto__", "toString" or "constructor" is a field like any other: its own key.
    const previous = ownValue(out, field.name) as Transferable | undefined;
    if (previous === undefined) setOwn(out, field.name, field.value);
    else if (Array.isArray(previous)) previous.push(field.value);
    else setOwn(out, field.name, [previous, field.value]);
  }
  return { ok: true, value: out };
}

/** The arguments of one call as the server receives them, or why the call fails. */
export type ArgumentsResult = { ok: true; args: Transferable[] } | { ok: false; message: string };

/**
 * Checks a call's arguments. Each follows `toTransferable`, with its index as the property path
 * (the argument list is an array, so an `undefined` argument becomes null). A form element is legal
 * only as the function's only parameter (documented).
 */
export function checkArguments(args: readonly unknown[]): ArgumentsResult {
  if (args.length === 1 && isFormElement(args[0])) {
    const form = formToTransferable(args[0]);
    return form.ok ? { ok: true, args: [form.value] } : form;
  }
  const out: Transferable[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (isFormElement(arg)) {
      return { ok: false, message: `${illegalValueMessage(String(i))} (a form must be the only parameter)` };
    }
    const result = toTransferable(arg, String(i));
    if (!result.ok) return result;
    out.push(result.value);
  }
  return { ok: true, args: out };
}

/**
 * Checks a server function's return value. Google documents the same legal types for return values
 * (and a form is not a legal return value). A returned `undefined` reaches the success handler as
 * undefined; it is reported here as `{ ok: true, value: undefined }`. Community reports say an
 * illegal return (e.g. a Date) reaches the client as null rather than failing: UNCONFIRMED, so the
 * stricter rule applies and the call fails.
 */
export function checkReturnValue(
  value: unknown,
): { ok: true; value: Transferable | undefined } | { ok: false; message: string } {
  if (value === undefined) return { ok: true, value: undefined };
  return toTransferable(value, "return value");
}

/** True if the name is private: "functions whose names end with an underscore" are never sent to the client. */
export function isPrivateFunctionName(name: string): boolean {
  return name.endsWith("_");
}

/**
 * The functions google.script.run offers a page: the script's top-level functions except the
 * private ones. Google never sends private names to the client, so `google.script.run.x_` is
 * undefined there and calling it is a TypeError ("… is not a function").
 */
export function publicFunctionNames(topLevel: readonly string[]): string[] {
  return topLevel.filter((name) => !isPrivateFunctionName(name) && /^[A-Za-z_$][\w$]*$/.test(name)).sort();
}

/**
 * The server side refuses a call to a private or unknown function even if a page reaches it by
 * other means. Apps Script's message for an unknown function is "Script function not found: x".
 */
export function unreachableFunctionMessage(name: string, topLevel: readonly string[]): string | undefined {
  if (isPrivateFunctionName(name) || !topLevel.includes(name)) return `Script function not found: ${name}`;
  return undefined;
}

/** What the server answers for one call; the bridge turns `error` into an Error for the failure handler. */
export type CallOutcome =
  | { ok: true; value: Transferable | undefined }
  | { ok: false; error: { name: string; message: string } };

/**
 * Runs one server call with the rules applied around it: the name must be reachable, the arguments
 * legal (checked again on the server, since a page could bypass its bridge), the function runs
 * through `invoke` (the harness, FULL auth mode, a fresh load), and its return value must be legal.
 * A server exception becomes the failure with its name and message.
 */
export function runServerCall(
  name: string,
  args: readonly unknown[],
  topLevel: readonly string[],
  invoke: (name: string, args: Transferable[]) => unknown,
): CallOutcome {
  const unreachable = unreachableFunctionMessage(name, topLevel);
  if (unreachable) return { ok: false, error: { name: "ScriptError", message: unreachable } };
  const checked = checkArguments(args);
  if (!checked.ok) return { ok: false, error: { name: "Error", message: checked.message } };
  let returned: unknown;
  try {
    returned = invoke(name, checked.args);
  } catch (error) {
    return { ok: false, error: errorFields(error) };
  }
  const result = checkReturnValue(returned);
  if (!result.ok) return { ok: false, error: { name: "Error", message: result.message } };
  return { ok: true, value: result.value };
}

/** The name and message of anything thrown, including errors from another realm (the vm context). */
export function errorFields(error: unknown): { name: string; message: string } {
  if (typeof error === "object" && error !== null && "message" in error) {
    const e = error as { name?: unknown; message?: unknown };
    return { name: typeof e.name === "string" ? e.name : "Error", message: String(e.message) };
  }
  return { name: "Error", message: String(error) };
}

/**
 * At most MAX_CONCURRENT_CALLS calls run at once; Google: "If you make an 11th call while 10 are
 * still running, the server function will be delayed until one of the 10 spots is freed." Further
 * calls wait in order. Used by the bridge in every page.
 */
export class CallQueue {
  private running = 0;
  private readonly waiting: Array<() => void> = [];
  /** The most calls that were ever running at the same time (for tests). */
  peak = 0;

  constructor(readonly limit: number = MAX_CONCURRENT_CALLS) {}

  /** Calls running now. */
  get active(): number {
    return this.running;
  }

  /** Calls delayed until a spot frees. */
  get queued(): number {
    return this.waiting.length;
  }

  /** Starts `task` when a spot is free; the promise settles with the task's result. */
  run<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const start = () => {
        this.running++;
        this.peak = Math.max(this.peak, this.running);
        let settled: Promise<T>;
        try {
          settled = task();
        } catch (error) {
          settled = Promise.reject(error);
        }
        // The spot is freed before the caller hears the result, so a handler that calls again finds it free.
        const release = () => {
          this.running--;
          this.waiting.shift()?.();
        };
        settled.then(
          (value) => {
            release();
            resolve(value);
          },
          (error: unknown) => {
            release();
            reject(error);
          },
        );
      };
      if (this.running < this.limit) start();
      else this.waiting.push(start);
    });
  }
}
