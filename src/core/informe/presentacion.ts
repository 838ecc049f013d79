// The report's layout as a list of blocks: the tab writer and the Doc writer render the same blocks, so both look alike.

import type { InformeMensual } from "./modelo";

/** What the layout needs of a report. */
export type DatosDePresentacion = Pick<
  InformeMensual,
  "titulo" | "encabezado" | "columnas" | "filas" | "coordinaciones" | "pie"
>;

export type Bloque =
  | { readonly tipo: "oficina"; readonly texto: string }
  | { readonly tipo: "contacto"; readonly texto: string }
  | { readonly tipo: "etiqueta"; readonly texto: string }
  | { readonly tipo: "parrafo"; readonly texto: string }
  | { readonly tipo: "titulo"; readonly texto: string }
  | {
      readonly tipo: "tabla";
      readonly encabezado: readonly string[];
      readonly filas: ReadonlyArray<readonly string[]>;
    }
  | { readonly tipo: "vacio"; readonly texto: string }
  | { readonly tipo: "vinetas"; readonly items: readonly string[] }
  | { readonly tipo: "pie"; readonly texto: string };

/** The report, top to bottom, as in the office's reports: header, ejes, title, table, coordinations, footer. */
export function bloquesDelInforme(informe: DatosDePresentacion): Bloque[] {
  const { encabezado } = informe;
  const contacto = [encabezado.telefonos ? `Teléfonos: ${encabezado.telefonos}` : "", encabezado.sitioWeb]
    .filter((parte) => parte !== "")
    .join("  |  ");
  const bloques: Bloque[] = [{ tipo: "oficina", texto: encabezado.oficina }];
  if (contacto) bloques.push({ tipo: "contacto", texto: contacto });
  if (encabezado.ejesDeTrabajo.length > 0) {
    bloques.push({ tipo: "etiqueta", texto: "Ejes de trabajo:" });
    for (const eje of encabezado.ejesDeTrabajo) bloques.push({ tipo: "parrafo", texto: eje });
  }
  bloques.push({ tipo: "titulo", texto: informe.titulo });
  bloques.push({
    tipo: "tabla",
    encabezado: informe.columnas,
    filas: informe.filas.map((f) => [f.actividad, f.entidad, f.informacion, f.fecha]),
  });
  if (informe.filas.length === 0) {
    bloques.push({
      tipo: "vacio",
      texto: `No hay actividades registradas para ${informe.titulo.toLowerCase()}.`,
    });
  }
  bloques.push({ tipo: "etiqueta", texto: "Coordinaciones:" });
  if (informe.coordinaciones.length > 0) bloques.push({ tipo: "vinetas", items: informe.coordinaciones });
  else bloques.push({ tipo: "vacio", texto: "No hay coordinaciones registradas para este mes." });
  bloques.push({ tipo: "pie", texto: informe.pie });
  return bloques;
}
