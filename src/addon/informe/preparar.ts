// The month's report built from the registry, and the preflight the dialog shows before generating.
import type { DocumentoDelPreflight, Preflight, Respuesta } from "../../core/api";
import { ANIO_MAXIMO, ANIO_MINIMO, type MesCalendario, mesDesdeClave } from "../../core/fechas/calendario";
import { ordenDeLocale } from "../../core/fechas/locale";
import { fechaHoraLocal } from "../../core/fechas/serial";
import { construirInforme, type InformeMensual } from "../../core/informe/modelo";
import { type Bloque, bloquesDelInforme } from "../../core/informe/presentacion";
import { excesoDelDocumento } from "../../core/informe/tamano";
import { type ErrorDeCampo, primerError } from "../../core/registro/campos";
import type { Configuracion } from "../../core/registro/configuracion";
import { CLAVE_CONFIGURACION } from "../../core/registro/hojas";
import { unaVez } from "../../core/una-vez";
import { mensajeDeRegistro } from "../registro/faltantes";
import { leerRegistro, type Registro } from "../registro/lectura";
import type { Libro } from "../tipos";
import { correoDelUsuario } from "../usuario";
import { type EstadoDelDocumento, estadoDelDocumento, leerDocumentoRegistrado } from "./documento-del-mes";

export const MENSAJE_MES_NO_VALIDO = "Elija un mes válido (AAAA-MM).";
const MENSAJE_MES_FUERA = `Elija un mes entre ${ANIO_MINIMO} y ${ANIO_MAXIMO}: son los años que admite el registro.`;

/** The month's report and what generating it needs besides. */
export interface Modelo {
  informe: InformeMensual;
  /** The report's layout, as the tab and the Doc render it. */
  bloques: Bloque[];
  registro: Registro;
  configuracion: Configuracion;
  mesCalendario: MesCalendario;
  /** Who generates it ("" when Google does not say), read once for the footer and Historial. */
  usuario: string;
  /** When: the footer's "Generado el" and Historial's. */
  ahora: Date;
}

/** A refusal in the dialog's terms: one message, under the month field unless told otherwise. */
export function error<T>(mensaje: string, campo = "general"): Respuesta<T> {
  return { ok: false, errores: [{ campo, mensaje }] };
}

/** Why the model could not be built, and where the dialog shows it. */
export interface ModeloImposible {
  ok: false;
  mensaje: string;
  campo: "mes" | "general" | "configuracion";
}

/** A Configuración problem said as one: which key, and what is wrong with it. */
function mensajeDeConfiguracion(errores: ReadonlyArray<ErrorDeCampo>): string {
  const primero = errores[0];
  const clave =
    primero && primero.campo in CLAVE_CONFIGURACION
      ? CLAVE_CONFIGURACION[primero.campo as keyof typeof CLAVE_CONFIGURACION]
      : null;
  const donde = clave ? `, clave «${clave}»` : "";
  return `Revise la hoja Configuración${donde}: ${primerError(errores)}`;
}

/** Reads the registry and builds the month's report, or says why it cannot. */
export function prepararModelo(
  ss: Libro,
  mes: string,
  ahora: Date,
): ({ ok: true } & Modelo) | ModeloImposible {
  const mesCalendario = mesDesdeClave(mes);
  if (!mesCalendario) return { ok: false, mensaje: MENSAJE_MES_NO_VALIDO, campo: "mes" };
  if (mesCalendario.anio < ANIO_MINIMO || mesCalendario.anio > ANIO_MAXIMO) {
    return { ok: false, mensaje: MENSAJE_MES_FUERA, campo: "mes" };
  }
  let registro: Registro;
  try {
    registro = leerRegistro(ss, ahora, mesCalendario);
  } catch (e) {
    const mensaje = mensajeDeRegistro(e);
    if (mensaje === null) throw e;
    return { ok: false, mensaje, campo: "general" };
  }
  if (!registro.configuracion.ok) {
    return {
      ok: false,
      mensaje: mensajeDeConfiguracion(registro.configuracion.errores),
      campo: "configuracion",
    };
  }
  const usuario = correoDelUsuario();
  const informe = construirInforme({
    actividades: registro.actividades,
    coordinaciones: registro.coordinaciones,
    configuracion: registro.configuracion.valor,
    mes,
    generadoEl: fechaHoraLocal(ahora.getTime(), registro.ahora.desfase),
    generadoPor: usuario,
    orden: unaVez(() => ordenDeLocale(ss.getSpreadsheetLocale())),
  });
  const bloques = bloquesDelInforme(informe);
  const exceso = excesoDelDocumento(informe.titulo, informe.conteos, bloques);
  if (exceso !== null) return { ok: false, mensaje: exceso, campo: "mes" };
  const configuracion = registro.configuracion.valor;
  return { ok: true, informe, bloques, registro, configuracion, mesCalendario, usuario, ahora };
}

/** The preflight's view of the month's Doc. */
function documentoDelPreflight(estado: EstadoDelDocumento | null): DocumentoDelPreflight | null {
  if (!estado) return null;
  return {
    estado: estado.estado,
    url: estado.url,
    editadoDespues: estado.estado === "vivo" && estado.editadoDespues,
    propietario: estado.estado === "sinAcceso" ? estado.propietario : (estado.registro.propietario ?? ""),
  };
}

/** Server API: what generating `mes` would do. Reads only. */
export function prepararInforme(mes: string): Respuesta<Preflight> {
  if (typeof mes !== "string") return error(MENSAJE_MES_NO_VALIDO, "mes");
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const modelo = prepararModelo(ss, mes, new Date());
  if (!modelo.ok) return error(modelo.mensaje, modelo.campo);
  const estado = estadoDelDocumento(leerDocumentoRegistrado(mes), modelo.usuario);
  return {
    ok: true,
    mes,
    titulo: modelo.informe.titulo,
    actividades: modelo.informe.conteos.actividades,
    coordinaciones: modelo.informe.conteos.coordinaciones,
    omitidas: [...modelo.informe.omitidas],
    documento: documentoDelPreflight(estado),
  };
}
