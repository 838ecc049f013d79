// The spreadsheet's document properties, one service object per execution and, once read whole, served from that read.

type Servicio = GoogleAppsScript.Properties.Properties;

/** Apps Script loads the script afresh for every execution: these live exactly one execution. */
let servicio: Servicio | null = null;
let leidas: Record<string, string> | null = null;

function propiedades(): Servicio {
  servicio ??= PropertiesService.getDocumentProperties();
  return servicio;
}

/**
 * Reads every property at once (one call) and serves later reads from it. Read under the document
 * lock when what is read decides a write (the per-month marker), so no other execution can change it
 * in between; this execution's own writes keep the read up to date.
 */
export function leerTodas(): Readonly<Record<string, string>> {
  leidas = { ...propiedades().getProperties() };
  return leidas;
}

/** One property: from the whole read when there was one, else one call. */
export function leer(clave: string): string | null {
  if (leidas) return leidas[clave] ?? null;
  return propiedades().getProperty(clave);
}

export function escribir(clave: string, valor: string): void {
  propiedades().setProperty(clave, valor);
  if (leidas) leidas[clave] = valor;
}

export function borrar(clave: string): void {
  propiedades().deleteProperty(clave);
  if (leidas) delete leidas[clave];
}

/** Every property: the whole read of this execution if there was one, else a new one. */
export function todas(): Readonly<Record<string, string>> {
  return leidas ?? leerTodas();
}
