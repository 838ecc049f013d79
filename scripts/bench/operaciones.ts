// The operations the bench measures, each run as Apps Script would start it (menu click, google.script.run, a person's edit) and checked to have done its work.
import { readFileSync } from "node:fs";
import { rutaTextoDeMuestra } from "../../playground/semilla";
import { NO_CABE_EN_UN_DOC } from "../../src/core/informe/tamano";
import { HOJA } from "../../src/core/registro/hojas";
import { RAIZ } from "../proyecto-clasp";
import { MES, type Prueba } from "./registro";

/** The `operacion` names of the JSON output, in the order they run on one registry. */
export const OPERACIONES = [
  "abrirRegistro",
  "preflight",
  "generar",
  "regenerar",
  "guardar",
  "onEdit",
  "validarRegistros",
  "configurarHoja",
  "pegar500",
  "importar",
] as const;
export type Operacion = (typeof OPERACIONES)[number];

/** Why an operation has no figures (it is listed, so the table says so instead of hiding it); none today. */
export const SIN_MEDIR: Partial<Record<Operacion, string>> = {};

/** The past report the import brings in: the office's May 2019 report as Docs exports it. */
const INFORME_ANTERIOR = readFileSync(rutaTextoDeMuestra(RAIZ), "utf8");

type Respuesta = { ok: boolean; errores?: Array<{ mensaje: string }> } & Record<string, unknown>;

function exito(nombre: string, r: unknown): Respuesta {
  const respuesta = r as Respuesta;
  if (!respuesta?.ok) throw new Error(`${nombre} falló: ${JSON.stringify(respuesta?.errores ?? r)}`);
  return respuesta;
}

function servidor(p: Prueba, funcion: string, args: unknown[]): Respuesta {
  return exito(funcion, p.harness.run(funcion, args, { authMode: "FULL" }));
}

/** What the bench notes of a report the add-on refuses because one Google Doc cannot hold it. */
export const NO_CABE = "rechazado: no cabe en un Doc de Google (1,02 millones de caracteres)";

/**
 * The month's report asked for (`funcion`: prepararInforme or generarInforme): NO_CABE when the add-on
 * refuses it for its size, which a whole large registry in one month is; any other refusal is a failure.
 */
function informeDelMes(p: Prueba, funcion: string): Respuesta | typeof NO_CABE {
  const r = p.harness.run(funcion, [MES.clave], { authMode: "FULL" }) as Respuesta;
  if (!r?.ok && r?.errores?.[0]?.mensaje.includes(NO_CABE_EN_UN_DOC)) return NO_CABE;
  return exito(funcion, r);
}

/** A save as the sidebar sends it: a valid form and a new ID. */
function guardar(p: Prueba): void {
  servidor(p, "registrarActividad", [
    {
      actividad: "Recepción Día de Europa",
      entidad: "Unión Europea",
      informacion: "Asistencia del Alcalde a la recepción.",
      fecha: "2019-06-03",
      fechaFin: "",
      eje: "",
    },
    { id: "3b241101-e2bb-4255-8caf-4136c566a962" },
  ]);
}

/** 500 rows pasted under the last one, dates typed as text, as staff paste from an old report. */
function pegar500(p: Prueba): void {
  const desde = p.env.workbook.lastRow(HOJA.actividades) + 1;
  const filas = Array.from({ length: 500 }, (_, i) => [
    `Visita ${i}`,
    "Embajada de Japón",
    "Reunión de trabajo.",
    i % 2 === 0 ? "27 al 30 de mayo" : "3 de junio",
  ]);
  p.harness.paste(HOJA.actividades, desde, 1, filas);
  const ultima = p.env.workbook.cell(HOJA.actividades, desde + 499, 9)?.value;
  if (typeof ultima !== "string" || ultima === "")
    throw new Error("pegar500: las filas pegadas no tienen ID");
}

/** One cell of the last activity retyped (Información), as a person corrects a row. */
function unaCelda(p: Prueba): void {
  const fila = p.env.workbook.lastRow(HOJA.actividades);
  p.harness.edit(HOJA.actividades, fila, 3, "Información corregida a mano.");
  if (p.env.workbook.cell(HOJA.actividades, fila, 3)?.note) throw new Error("onEdit marcó una celda válida");
}

/** The sample report pasted into Importar informe anterior and confirmed: its 7 activities and 4 coordinations are new here. */
function importar(p: Prueba): void {
  const r = servidor(p, "importarInforme", [{ tipo: "texto", texto: INFORME_ANTERIOR }, []]);
  if (r.actividades !== 7 || r.coordinaciones !== 4)
    throw new Error(`importar: ${r.actividades} actividades y ${r.coordinaciones} coordinaciones, no 7 y 4`);
}

/**
 * Runs operation `op` once on the registry `p`; `esperado` is what the month's report must hold.
 * Returns NO_CABE when the add-on refused the month's report for its size, else null.
 */
export function ejecutar(
  p: Prueba,
  op: Operacion,
  esperado: { actividades: number; coordinaciones: number },
): typeof NO_CABE | null {
  switch (op) {
    case "abrirRegistro":
      p.harness.clickMenu("Registrar actividad");
      if (!p.env.state.ui.sidebar) throw new Error("abrirRegistro: no se abrió la barra lateral");
      return null;
    case "preflight":
    case "generar":
    case "regenerar": {
      const r = informeDelMes(p, op === "preflight" ? "prepararInforme" : "generarInforme");
      if (r === NO_CABE) return r;
      if (r.actividades !== esperado.actividades || r.coordinaciones !== esperado.coordinaciones)
        throw new Error(
          `${op}: el informe tiene ${r.actividades} y ${r.coordinaciones}, no ${JSON.stringify(esperado)}`,
        );
      return null;
    }
    case "guardar":
      guardar(p);
      return null;
    case "onEdit":
      unaCelda(p);
      return null;
    case "validarRegistros":
      servidor(p, "validarRegistros", []);
      return null;
    case "configurarHoja":
      p.harness.clickMenu("Configurar hoja");
      return null;
    case "pegar500":
      pegar500(p);
      return null;
    case "importar":
      importar(p);
      return null;
  }
}
