// What a page (or anyone calling google.script.run by hand) can send a server function: random JSON, wrong types, huge strings, prototype keys — and what the bridge must refuse.
import fc from "fast-check";
import { toTransferable } from "../../emulator/script-run";
import { BASE } from "../addon/registrar-actividad/apoyo";

/** Strings past every limit of the registry (3,000 characters, 50,000 per cell), and odd ones. */
export const textoEnorme: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 3_001, max: 60_000 }).map((n) => "x".repeat(n)),
  fc.constantFrom(
    "=".repeat(50_001),
    "🙂".repeat(30_000),
    "\u0000".repeat(1_000),
    "\u202e".repeat(500),
    `${"<script>".repeat(10_000)}`,
    "a".repeat(1_000_000),
  ),
);

/** JSON whose keys are the ones that trouble plain objects: a "__proto__" of its own, constructor, toString. */
export const conClavesDePrototipo: fc.Arbitrary<unknown> = fc
  .tuple(
    fc.constantFrom("__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty"),
    fc.jsonValue(),
    fc.boolean(),
  )
  .map(([clave, valor, conFormulario]) => {
    // JSON.parse makes "__proto__" an own key, as a page's JSON would arrive.
    const dentro = conFormulario ? { ...BASE } : valor;
    return JSON.parse(`{${JSON.stringify(clave)}: ${JSON.stringify(dentro ?? null)}}`);
  });

/**
 * Any value a page may legally send: random JSON, wrong types, huge strings, prototype keys,
 * null-prototype objects, sparse arrays. "Legally" is the bridge's own rule (emulator/script-run.ts):
 * what it would refuse (NaN, ±Infinity…) belongs to `valorIlegal`.
 */
export const valorLegal: fc.Arbitrary<unknown> = fc
  .oneof(
    fc.jsonValue(),
    fc.anything({ withNullPrototype: true, withSparseArray: true, maxDepth: 3 }),
    textoEnorme,
    conClavesDePrototipo,
    fc.constantFrom(
      0,
      -0,
      -1,
      1.5,
      2 ** 53,
      true,
      false,
      null,
      "",
      " ",
      "2019-05",
      "2019-13",
      "0000-00",
      [],
      {},
    ),
  )
  .filter((v) => toTransferable(v).ok);

/** A value google.script.run must refuse anywhere in an argument: a Date, a function, a Map, NaN… */
export const valorIlegal: fc.Arbitrary<unknown> = fc
  .constantFrom<() => unknown>(
    () => new Date("2019-05-07T12:00:00Z"),
    () => () => 1,
    () => function registrar() {},
    () => new Map([["a", 1]]),
    () => new Set([1]),
    () => /x/,
    () => new Error("x"),
    () => Number.NaN,
    () => Number.POSITIVE_INFINITY,
    () => 10n,
    () => Symbol("s"),
    () => new Uint8Array(2),
    () => {
      const c: Record<string, unknown> = { a: 1 };
      c.yo = c;
      return c;
    },
  )
  .map((crear) => crear());

/** `ilegal` hidden somewhere in an otherwise legal argument list. */
export const argumentosIlegales: fc.Arbitrary<unknown[]> = fc
  .tuple(
    fc.array(fc.jsonValue(), { maxLength: 3 }),
    valorIlegal,
    fc.nat(),
    fc.constantFrom("directo", "objeto", "lista"),
  )
  .map(([legales, ilegal, donde, como]) => {
    const envuelto =
      como === "directo" ? ilegal : como === "objeto" ? { ...BASE, fecha: ilegal } : [1, [ilegal]];
    const args: unknown[] = [...legales];
    args.splice(donde % (args.length + 1), 0, envuelto);
    return args;
  });

/** A form close to a valid one: some fields replaced by anything (wrong types, huge, empty, control characters). */
export function casiValido(base: Record<string, unknown>): fc.Arbitrary<unknown> {
  const campos = Object.keys(base);
  return fc
    .tuple(
      fc.subarray(campos, { minLength: 1 }),
      fc.array(fc.oneof(valorLegal, fc.string({ unit: "binary", maxLength: 40 })), {
        minLength: campos.length,
        maxLength: campos.length,
      }),
    )
    .map(([cambiados, valores]) => {
      const form: Record<string, unknown> = { ...base };
      cambiados.forEach((c, i) => {
        if (valores[i] === undefined) delete form[c];
        else form[c] = valores[i];
      });
      return form;
    });
}
