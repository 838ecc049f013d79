// What crosses google.script.run is read by its own properties only.

/**
 * A copy of `entrada` holding only its own enumerable properties, at every level (arrays element by
 * element). A field that reaches the server through an object's prototype — a `"__proto__"` key a
 * bridge turned into one, or an inherited default — is not a field the page sent, so the schemas never
 * see it. Strings, numbers and everything else pass as they are; may throw on a hostile getter or
 * Proxy, which the callers turn into their general error.
 */
export function soloPropias(entrada: unknown, profundidad = 0): unknown {
  if (typeof entrada !== "object" || entrada === null || profundidad > 8) return entrada;
  if (Array.isArray(entrada)) return entrada.map((v) => soloPropias(v, profundidad + 1));
  const copia: Record<string, unknown> = Object.create(null);
  for (const [clave, valor] of Object.entries(entrada)) {
    Object.defineProperty(copia, clave, {
      value: soloPropias(valor, profundidad + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copia;
}
