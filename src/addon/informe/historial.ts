// The Historial de informes sheet: one row per month, updated on every generation.
import type { MesCalendario } from "../../core/fechas/calendario";
import { serialDeInstante, serialDeMes } from "../../core/fechas/serial";
import type { InformeMensual } from "../../core/informe/modelo";
import { HISTORIAL } from "../../core/registro/hojas";
import { mapaCanonico, valoresDeFila } from "../../core/registro/tabla";
import { esFecha, fechaDeCelda } from "../registro/celdas";
import { escribirValores, leerFilas, rangoDeFila } from "../registro/tabla";
import type { Libro } from "../tipos";
import type { AlDeshacer } from "./transaccion";

const MAPA = mapaCanonico(HISTORIAL);

/** What a Historial row records of one generation. */
export interface Generacion {
  mes: MesCalendario;
  url: string;
  pestana: string;
  informe: InformeMensual;
  usuario: string;
  desfase: number;
  ahora: Date;
}

/** Appends or updates the month's Historial row (its undo puts the row back); returns how many times it has been generated. */
export function registrarEnHistorial(ss: Libro, g: Generacion, alDeshacer: AlDeshacer): number {
  const hoja = ss.getSheetByName(HISTORIAL.nombre);
  if (!hoja) throw new Error(`falta la hoja ${HISTORIAL.nombre}`);
  const filas = leerFilas(hoja, MAPA);
  const previa = filas.find(({ celdas: { mes } }) => {
    if (!esFecha(mes)) return false;
    const d = fechaDeCelda(mes, g.desfase);
    return d.anio === g.mes.anio && d.mes === g.mes.mes;
  });
  const anteriores = previa?.celdas.vecesGenerado;
  const veces = (typeof anteriores === "number" ? anteriores : 0) + 1;
  const rango = rangoDeFila(hoja, previa?.fila ?? filas.length + 2, MAPA);
  escribirValores(rango, MAPA, {
    mes: serialDeMes(g.mes.anio, g.mes.mes),
    documento: g.url,
    pestana: g.pestana,
    actividades: g.informe.conteos.actividades,
    coordinaciones: g.informe.conteos.coordinaciones,
    generadoPor: g.usuario,
    generadoEl: serialDeInstante(g.ahora.getTime(), g.desfase),
    vecesGenerado: veces,
  });
  alDeshacer(() => {
    if (previa) rango.setValues([valoresDeFila(MAPA, previa.celdas)]);
    else rango.clearContent();
  });
  return veces;
}
