// The sidebar's list of recent entries: plain text only, never HTML from data.
import type { EntradaReciente } from "../../../core/api";
import { agruparPorMes } from "../../../core/registro/recientes";
import type { Modo } from "./campos";

/** Replaces the list's items with the entries, or with a line saying there are none yet. */
export function pintarRecientes(
  lista: HTMLUListElement,
  modo: Modo,
  entradas: readonly EntradaReciente[],
): void {
  lista.replaceChildren();
  if (entradas.length === 0) {
    const li = document.createElement("li");
    li.className = "vacio";
    li.textContent =
      modo === "actividad" ? "Aún no hay actividades registradas." : "Aún no hay coordinaciones registradas.";
    lista.append(li);
    return;
  }
  // Early in a month staff log the previous one: every recent entry is listed, under its month.
  for (const grupo of agruparPorMes(entradas)) {
    const cabecera = document.createElement("li");
    cabecera.className = "mes-reciente";
    cabecera.textContent = grupo.mes;
    lista.append(cabecera);
    for (const e of grupo.entradas) {
      // Data is only ever assigned as text: a "<script>" typed by someone stays visible characters.
      const li = document.createElement("li");
      const titulo = document.createElement("span");
      titulo.className = "titulo-reciente";
      titulo.textContent = e.titulo;
      const detalle = document.createElement("span");
      detalle.className = "detalle-reciente";
      detalle.textContent = `${e.detalle} · fila ${e.fila}`;
      li.append(titulo, detalle);
      lista.append(li);
    }
  }
}
