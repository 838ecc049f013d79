// What an import would add: each row of the report new, already in the registry, or kept out by a
// problem — the preview the user confirms, and the rows written when they do.
import type { FilaDeVistaPrevia, VistaPreviaDeImportacion } from "../api";
import { claveDeMes, type MesCalendario } from "../fechas/calendario";
import { formatearRango } from "../fechas/formato";
import { claveDeDuplicado } from "../registro/duplicados";
import type { Actividad } from "../registro/reglas";
import { claveDeComparacion } from "../texto";
import type { InformeImportado } from "./informe";

/** The registry as an import compares against it: the duplicate keys of what is already there. */
export interface ClavesDelRegistro {
  readonly actividades: ReadonlySet<string>;
  readonly coordinaciones: ReadonlySet<string>;
}

/** A coordination's key: its month and its text compared without case, accents or extra spaces. */
export function claveDeCoordinacion(mes: MesCalendario, texto: string): string {
  return `${claveDeMes(mes)}:${claveDeComparacion(texto)}`;
}

/** The preview, and the entries to write if the user confirms. */
export interface PlanDeImportacion {
  readonly vista: VistaPreviaDeImportacion;
  readonly actividades: readonly Actividad[];
  readonly coordinaciones: readonly string[];
}

type Importado = Extract<InformeImportado, { ok: true }>;

/**
 * Compares a report read for import with the registry: an activity is already there when one has
 * the same Actividad/Gestión, Entidad and Fecha (as the sidebar's duplicate warning compares them), a
 * coordination when the same month has the same text. A row repeated within the report counts once.
 */
export function planDeImportacion(informe: Importado, claves: ClavesDelRegistro): PlanDeImportacion {
  const vistas = new Set(claves.actividades);
  const actividades: Actividad[] = [];
  const filas: FilaDeVistaPrevia[] = informe.actividades.map((a) => {
    const fecha = a.rango ? formatearRango(a.rango, { conAnio: true }) : null;
    const base = {
      indice: a.indice,
      actividad: a.actividad,
      entidad: a.entidad,
      fechaEscrita: a.fechaEscrita,
      fecha,
    };
    if (!a.valor) return { ...base, estado: "problema", problemas: a.problemas.map((p) => p.mensaje) };
    const clave = claveDeDuplicado(a.valor);
    if (vistas.has(clave)) return { ...base, estado: "yaEsta", problemas: [] };
    vistas.add(clave);
    actividades.push(a.valor);
    return { ...base, estado: "nueva", problemas: [] };
  });
  const yaCoordinadas = new Set(claves.coordinaciones);
  const coordinaciones: string[] = [];
  const itemsVista = informe.coordinaciones.map((c) => {
    if (c.problema !== null)
      return { indice: c.indice, texto: c.texto, estado: "problema" as const, problema: c.problema };
    const clave = claveDeCoordinacion(informe.mes, c.texto);
    if (yaCoordinadas.has(clave))
      return { indice: c.indice, texto: c.texto, estado: "yaEsta" as const, problema: null };
    yaCoordinadas.add(clave);
    coordinaciones.push(c.texto);
    return { indice: c.indice, texto: c.texto, estado: "nueva" as const, problema: null };
  });
  const contar = (estado: string) => filas.filter((f) => f.estado === estado).length;
  return {
    vista: {
      titulo: informe.titulo,
      mes: claveDeMes(informe.mes),
      actividades: filas,
      coordinaciones: itemsVista,
      actividadesNuevas: actividades.length,
      actividadesYaEstaban: contar("yaEsta"),
      actividadesConProblemas: contar("problema"),
      coordinacionesNuevas: coordinaciones.length,
      coordinacionesYaEstaban: itemsVista.filter((c) => c.estado === "yaEsta").length,
    },
    actividades,
    coordinaciones,
  };
}
