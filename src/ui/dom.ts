// Finding the page's elements: a missing one is a bug of the page, said at once.

/** The element with this id, typed; throws when the page lacks it. */
export function elemento<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`Falta el elemento #${id}`);
  return e as T;
}
