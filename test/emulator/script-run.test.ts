// Conformance tests of the google.script.run rules the playground's bridge enforces (emulator/script-run.ts).
//
// Sources: https://developers.google.com/apps-script/guides/html/reference/run,
// https://developers.google.com/apps-script/guides/html/communication ("Parameters and return values",
// "Private functions", concurrent calls) and ../shared/guides/apps-script-platform.md.
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import {
  CallQueue,
  checkArguments,
  checkReturnValue,
  MAX_CONCURRENT_CALLS,
  publicFunctionNames,
  runServerCall,
  toTransferable,
} from "../../emulator/script-run";

function fails(value: unknown): string {
  const result = toTransferable(value);
  if (result.ok)
    throw new Error(`expected ${String(value)} to be refused, got ${JSON.stringify(result.value)}`);
  return result.message;
}

describe("legal values (guide: primitives, null, objects and arrays composed of them)", () => {
  it("passes primitives, null, nested plain objects and arrays as a copy", () => {
    const original = { a: 1, b: "x", c: true, d: null, e: [1, [2, { f: "g" }]], g: { h: -0.5 } };
    const result = toTransferable(original);
    expect(result).toEqual({ ok: true, value: original });
    // "an object passed to the server becomes a copy of the original"
    if (result.ok) expect(result.value).not.toBe(original);
  });

  it("accepts objects with a null prototype and plain objects from another realm (the server's vm context)", () => {
    const bare = Object.assign(Object.create(null) as object, { a: 1 });
    expect(toTransferable(bare)).toEqual({ ok: true, value: { a: 1 } });
    const fromVm = vm.runInNewContext("({ a: [1, { b: 'c' }] })") as unknown;
    expect(toTransferable(fromVm)).toEqual({ ok: true, value: { a: [1, { b: "c" }] } });
  });

  it("accepts the same object twice without a cycle (it arrives as two copies)", () => {
    const shared = { x: 1 };
    expect(toTransferable([shared, shared])).toEqual({ ok: true, value: [{ x: 1 }, { x: 1 }] });
  });
});

describe("illegal values make the call fail (guide: 'Requests fail if you attempt to pass a Date, Function, DOM element…')", () => {
  it("refuses a Date — a JSON round trip would silently turn it into a string", () => {
    const date = new Date(Date.UTC(2019, 4, 7));
    expect(JSON.parse(JSON.stringify({ d: date }))).toEqual({ d: "2019-05-07T00:00:00.000Z" }); // the lenient shim's bug
    expect(fails(date)).toMatch(/illegal value/);
    expect(fails({ fecha: date })).toMatch(/property: 0\.fecha/);
    expect(fails([1, [date]])).toMatch(/property: 0\.1\.0/);
  });

  it("refuses a Date created in another realm too", () => {
    expect(fails(vm.runInNewContext("new Date(0)"))).toMatch(/illegal value/);
  });

  it("refuses functions, also inside objects and arrays", () => {
    expect(fails(() => 1)).toMatch(/Function/);
    expect(fails({ a: { b: () => 1 } })).toMatch(/0\.a\.b/);
    expect(fails([function named() {}])).toMatch(/Function/);
  });

  it("refuses DOM elements (by shape) other than a form as the only argument", () => {
    const div = { nodeType: 1, nodeName: "DIV" };
    expect(fails(div)).toMatch(/DOM element/);
    expect(fails({ el: div })).toMatch(/DOM element/);
  });

  it("refuses class instances: Map, Set, RegExp, Error, typed arrays, boxed primitives, user classes", () => {
    class Actividad {
      nombre = "x";
    }
    for (const value of [
      new Map(),
      new Set([1]),
      /x/,
      new Error("e"),
      new Uint8Array(2),
      new String("s"),
      new Actividad(),
      Promise.resolve(1),
    ]) {
      expect(fails(value)).toMatch(/illegal value/);
    }
  });

  it("refuses symbols, bigints, NaN and Infinity (stricter than JSON's silent null; UNCONFIRMED)", () => {
    expect(fails(Symbol("s"))).toMatch(/symbol/);
    expect(fails(10n)).toMatch(/bigint/);
    expect(fails(Number.NaN)).toMatch(/NaN/);
    expect(fails([Number.POSITIVE_INFINITY])).toMatch(/Infinity/);
  });

  it("refuses circular references (guide: 'Objects that create circular references will also fail')", () => {
    const a: Record<string, unknown> = { b: 1 };
    a.self = a;
    expect(fails(a)).toMatch(/circular/);
    const list: unknown[] = [1];
    list.push({ back: list });
    expect(fails(list)).toMatch(/circular/);
  });
});

describe("an own \"__proto__\" key is copied as JSON copies it (guide: 'an object passed to the server becomes a copy of the original'; the JSON-like serialization)", () => {
  const WIRE = '{"__proto__": {"actividad": "x"}, "entidad": "y"}';

  /** What JSON.parse gives for the same text: an own "__proto__" data property, Object.prototype as prototype. */
  function expectJsonCopy(copy: unknown): void {
    const parsed = JSON.parse(WIRE) as object;
    expect(typeof copy).toBe("object");
    const obj = copy as Record<string, unknown>;
    expect(Object.getPrototypeOf(obj)).toBe(Object.prototype);
    expect(obj.actividad).toBeUndefined();
    expect("actividad" in obj).toBe(false);
    expect(Object.keys(obj)).toEqual(Object.keys(parsed));
    expect(Object.keys(obj)).toEqual(["__proto__", "entidad"]);
    const own = Object.getOwnPropertyDescriptor(obj, "__proto__");
    expect(own).toMatchObject({ enumerable: true, writable: true, configurable: true });
    expect(Object.getPrototypeOf(own?.value)).toBe(Object.prototype);
    expect(JSON.stringify(obj)).toBe(JSON.stringify(parsed));
  }

  it("as an argument: the copy keeps it as a plain own key, never as its prototype", () => {
    const result = checkArguments([JSON.parse(WIRE)]);
    expect(result.ok).toBe(true);
    if (result.ok) expectJsonCopy(result.args[0]);
  });

  it("as a return value, and through a whole server call in both directions", () => {
    const returned = checkReturnValue(JSON.parse(WIRE));
    expect(returned.ok).toBe(true);
    if (returned.ok) expectJsonCopy(returned.value);
    let received: unknown;
    const outcome = runServerCall("eco", [JSON.parse(WIRE)], ["eco"], (_name, args) => {
      received = args[0];
      return JSON.parse(WIRE);
    });
    expectJsonCopy(received);
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expectJsonCopy(outcome.value);
  });

  it("nested in arrays and objects too", () => {
    const result = toTransferable({ filas: [JSON.parse(WIRE)], uno: JSON.parse(WIRE) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const value = result.value as { filas: unknown[]; uno: unknown };
    expectJsonCopy(value.filas[0]);
    expectJsonCopy(value.uno);
  });

  it("a form field named __proto__, toString or constructor arrives as its own key (form submission: named fields)", () => {
    const form = {
      nodeType: 1,
      nodeName: "FORM",
      elements: [
        { name: "__proto__", type: "text", value: "a" },
        { name: "toString", type: "text", value: "b" },
        { name: "constructor", type: "text", value: "c" },
        { name: "constructor", type: "text", value: "d" },
      ],
    };
    const result = checkArguments([form]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const copy = result.args[0] as Record<string, unknown>;
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(Object.keys(copy)).toEqual(["__proto__", "toString", "constructor"]);
    expect(Object.getOwnPropertyDescriptor(copy, "__proto__")?.value).toBe("a");
    expect(copy.toString).toBe("b");
    expect(copy.constructor).toEqual(["c", "d"]);
  });
});

describe("undefined (guide: 'undefined fields within arrays become null')", () => {
  it("turns undefined and holes in arrays into null", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test.
    expect(toTransferable([1, undefined, , 3])).toEqual({ ok: true, value: [1, null, null, 3] });
  });

  it("drops undefined object properties (as JSON does; UNCONFIRMED)", () => {
    expect(toTransferable({ a: undefined, b: 2 })).toEqual({ ok: true, value: { b: 2 } });
  });

  it("an undefined argument arrives as null (the argument list is an array)", () => {
    expect(checkArguments([undefined, 1])).toEqual({ ok: true, args: [null, 1] });
  });
});

describe("form elements (guide: legal 'but it must be the function's only parameter')", () => {
  const field = (name: string, value: string, type = "text", checked = false) => ({
    name,
    value,
    type,
    checked,
  });
  const form = {
    nodeType: 1,
    nodeName: "FORM",
    elements: [
      field("actividad", "Foro"),
      field("varios", "si", "checkbox", false),
      field("eje", "A", "radio", true),
      field("", "sin nombre"),
      field("enviar", "Guardar", "submit"),
    ],
  };

  it("a single form arrives as an object of its named, submitted fields", () => {
    expect(checkArguments([form])).toEqual({ ok: true, args: [{ actividad: "Foro", eje: "A" }] });
  });

  it("a form beside another argument fails", () => {
    const result = checkArguments([form, 1]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/only parameter/);
  });

  it("a form is not a legal return value", () => {
    expect(checkReturnValue(form).ok).toBe(false);
  });
});

describe("return values (guide: the same legal types as parameters)", () => {
  it("passes legal values and undefined (a function that returns nothing)", () => {
    expect(checkReturnValue({ ok: true, fila: 12 })).toEqual({ ok: true, value: { ok: true, fila: 12 } });
    expect(checkReturnValue(undefined)).toEqual({ ok: true, value: undefined });
  });

  it("fails for a Date in the result (stricter than the reported null; UNCONFIRMED)", () => {
    expect(checkReturnValue({ generadoEl: new Date() }).ok).toBe(false);
  });
});

describe("reachable functions (guide: private functions end with '_' and are never sent to the client)", () => {
  const topLevel = ["onOpen", "mostrarAyuda", "ayudante_", "configurarHoja"];

  it("offers the client only public names", () => {
    expect(publicFunctionNames(topLevel)).toEqual(["configurarHoja", "mostrarAyuda", "onOpen"]);
  });

  it("the server refuses a private or unknown function even if called directly", () => {
    const invoke = () => {
      throw new Error("must not run");
    };
    expect(runServerCall("ayudante_", [], topLevel, invoke)).toEqual({
      ok: false,
      error: { name: "ScriptError", message: "Script function not found: ayudante_" },
    });
    expect(runServerCall("noExiste", [], topLevel, invoke)).toMatchObject({
      ok: false,
      error: { message: "Script function not found: noExiste" },
    });
  });
});

describe("runServerCall", () => {
  const topLevel = ["eco", "falla", "fecha"];

  it("passes checked arguments and returns the checked value", () => {
    const outcome = runServerCall("eco", [[1, undefined], { a: undefined }], topLevel, (_n, args) => args);
    expect(outcome).toEqual({ ok: true, value: [[1, null], {}] });
  });

  it("a server exception reaches the failure side with its message (reference/run: withFailureHandler)", () => {
    const outcome = runServerCall("falla", [], topLevel, () => {
      throw new Error("La fecha de fin no puede ser anterior a la fecha de inicio.");
    });
    expect(outcome).toEqual({
      ok: false,
      error: { name: "Error", message: "La fecha de fin no puede ser anterior a la fecha de inicio." },
    });
  });

  it("keeps the message of an error thrown inside another realm", () => {
    const outcome = runServerCall("falla", [], topLevel, () =>
      vm.runInNewContext("throw new TypeError('x')"),
    );
    expect(outcome).toEqual({ ok: false, error: { name: "TypeError", message: "x" } });
  });

  it("fails, without running the function, when an argument is a Date", () => {
    let ran = false;
    const outcome = runServerCall("eco", [new Date()], topLevel, () => {
      ran = true;
    });
    expect(outcome.ok).toBe(false);
    expect(ran).toBe(false);
  });

  it("fails when the server returns a Date", () => {
    expect(runServerCall("fecha", [], topLevel, () => new Date()).ok).toBe(false);
  });
});

describe("concurrency (communication guide: 10 concurrent calls; an 11th is delayed until a spot frees)", () => {
  it("runs at most 10 at once and starts the 11th when one finishes", async () => {
    expect(MAX_CONCURRENT_CALLS).toBe(10);
    const queue = new CallQueue();
    const finishers: Array<() => void> = [];
    const started: number[] = [];
    const results = Array.from({ length: 12 }, (_, i) =>
      queue.run(
        () =>
          new Promise<number>((resolve) => {
            started.push(i);
            finishers[i] = () => resolve(i);
          }),
      ),
    );
    expect(started).toHaveLength(10);
    expect(queue.queued).toBe(2);
    finishers[3]?.();
    await results[3];
    await Promise.resolve();
    expect(started).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const finish of finishers) finish?.();
    await Promise.resolve();
    await Promise.resolve();
    finishers[11]?.();
    expect(await Promise.all(results)).toEqual(Array.from({ length: 12 }, (_, i) => i));
    expect(queue.peak).toBe(10);
  });

  it("a task that throws frees its spot", async () => {
    const queue = new CallQueue(1);
    await expect(
      queue.run(() => {
        throw new Error("x");
      }),
    ).rejects.toThrow("x");
    expect(await queue.run(async () => 2)).toBe(2);
    expect(queue.active).toBe(0);
  });
});
