// The `fields` parameter of documents.get: a partial response (Google's field-mask syntax, "a,b.c,d(e,f)").
/** A parsed mask: each name selects its whole value (true) or a sub-mask of it. */
export type Mask = Map<string, Mask | true>;

function merge(into: Mask, name: string, sub: Mask | true): void {
  const had = into.get(name);
  if (had === true || sub === true) into.set(name, true);
  else if (had) for (const [k, v] of sub) merge(had, k, v);
  else into.set(name, sub);
}

class Malformed extends Error {}

/** Parses a mask; undefined when it is malformed. */
export function parseFields(fields: string): Mask | undefined {
  try {
    return parseList(fields);
  } catch (e) {
    if (e instanceof Malformed) return undefined;
    throw e;
  }
}

function parseList(fields: string): Mask {
  let i = 0;
  const fail = (): never => {
    throw new Malformed();
  };
  const list = (): Mask => {
    const mask: Mask = new Map();
    for (;;) {
      const name = /^[A-Za-z_*][\w.*]*/.exec(fields.slice(i))?.[0] ?? fail();
      i += name.length;
      let sub: Mask | true = true;
      if (fields[i] === "(") {
        i += 1;
        sub = list();
        if (fields[i] !== ")") fail();
        i += 1;
      }
      const path = name.split(".");
      for (let k = path.length - 1; k > 0; k--) sub = new Map([[path[k] as string, sub]]);
      merge(mask, path[0] as string, sub);
      while (fields[i] === " ") i += 1;
      if (fields[i] !== ",") return mask;
      i += 1;
      while (fields[i] === " ") i += 1;
    }
  };
  const mask = list();
  if (i !== fields.length) fail();
  return mask;
}

/**
 * `value` cut down to what `mask` selects; arrays are cut element by element and "*" selects every
 * key. A name the resource's message doesn't have is refused before this (field-names.ts); a name it
 * has but this document lacks selects nothing.
 */
export function project(value: unknown, mask: Mask): unknown {
  if (Array.isArray(value)) return value.map((v) => project(v, mask));
  if (typeof value !== "object" || value === null) return value;
  const all = mask.get("*");
  if (all === true) return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const sub = mask.get(k) ?? all;
    if (sub === undefined) continue;
    out[k] = sub === true ? v : project(v, sub);
  }
  return out;
}
