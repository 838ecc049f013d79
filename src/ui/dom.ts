// Finding the page's elements: a missing one is a bug of the page, said at once.

/** The element with this id, typed; throws when the page lacks it. */
export function elemento<T extends HTMLElement>(id: string): T {
  const e = document.getElementById(id);
  if (!e) throw new Error(`Falta el elemento #${id}`);
  return e as T;
}

/**
 * Gives `campo` the focus as the page opens, and keeps it there until the person acts. A dialog or
 * sidebar is an iframe the host focuses when it chooses, and focusing an iframe puts its document's
 * focus on the body, undoing a focus() made while the page loaded. So until the first click or key
 * in the page, each time the frame gets the focus with nothing focused in it, `campo` takes it.
 */
export function enfocarAlAbrir(campo: HTMLElement): void {
  const enfocar = (): void => {
    if (document.activeElement === null || document.activeElement === document.body) campo.focus();
  };
  const soltar = (): void => {
    window.removeEventListener("focus", enfocar);
    document.removeEventListener("pointerdown", soltar, true);
    document.removeEventListener("keydown", soltar, true);
  };
  window.addEventListener("focus", enfocar);
  document.addEventListener("pointerdown", soltar, true);
  document.addEventListener("keydown", soltar, true);
  campo.focus();
}
