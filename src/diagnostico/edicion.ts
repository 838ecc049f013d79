// The check that needs a person: what the onEdit event carries (value, oldValue) for text, a number and a date typed into a prepared sheet.
import type { EventoDeEdicion, Libro } from "../addon/tipos";
import { type Comprobacion, cumple, noCumple, pendiente } from "./comprobacion";
import { registrarSesion } from "./servicios";

/** The sheet the person types into; kept between runs, so the edits made after one run are read by the next. */
export const HOJA_DE_EDICION = "Diagnóstico: edición";
const PREFIJO = "diagnostico:edicion:";

/** The cells to type into: what each holds before, and what the person types. */
const PRUEBAS = [
  { celda: "B2", que: "texto", antes: "antes", escribir: "hola" },
  { celda: "B3", que: "número", antes: 5, escribir: "12" },
  { celda: "B4", que: "fecha", antes: 43466, escribir: "2019-05-28" },
] as const;

/** What the diagnostic's onEdit saw of one edit. */
interface EdicionVista {
  readonly tieneValor: boolean;
  readonly valor: string | null;
  readonly anterior: string | null;
  /** Whether e.range.getValue() gave a Date (the way the add-on reads a date cell). */
  readonly esFecha: boolean;
  /** e.range.getDisplayValue(): what the cell shows. */
  readonly mostrado: string;
  readonly modo: string;
}

/** Creates the edit sheet with its instructions (once: an existing one keeps the person's edits). */
export function prepararHojaDeEdicion(libro: Libro): void {
  if (libro.getSheetByName(HOJA_DE_EDICION)) return;
  const hoja = libro.insertSheet(HOJA_DE_EDICION);
  const propiedades = PropertiesService.getDocumentProperties();
  for (const p of PRUEBAS) propiedades.deleteProperty(PREFIJO + p.celda);
  hoja
    .getRange("A1:C1")
    .setValues([["Qué", "Celda de prueba", "Escriba esto en la columna B y pulse Intro"]]);
  hoja.getRange("A2:A4").setValues(PRUEBAS.map((p) => [p.que]));
  hoja
    .getRange("C2:C4")
    .setNumberFormat("@")
    .setValues(PRUEBAS.map((p) => [p.escribir]));
  hoja.getRange("B4").setNumberFormat("dd/mm/yyyy");
  hoja.getRange("B2:B4").setValues(PRUEBAS.map((p) => [p.antes]));
  hoja
    .getRange("A6")
    .setValue(
      "Luego ejecute ejecutarDiagnostico otra vez. Para repetir la prueba, borre esta hoja y ejecútelo de nuevo.",
    );
}

/** The diagnostic's onEdit (a simple trigger, as the add-on's): records what the event carries. */
export function registrarEdicion(e: EventoDeEdicion): void {
  const rango = e.range;
  if (rango.getSheet().getName() !== HOJA_DE_EDICION) return;
  const evento = e as unknown as { value?: unknown; oldValue?: unknown };
  const vista: EdicionVista = {
    tieneValor: "value" in evento,
    valor: evento.value === undefined ? null : String(evento.value),
    anterior: evento.oldValue === undefined ? null : String(evento.oldValue),
    esFecha: rango.getValue() instanceof Date,
    mostrado: rango.getDisplayValue(),
    modo: String(e.authMode),
  };
  PropertiesService.getDocumentProperties().setProperty(
    PREFIJO + rango.getA1Notation(),
    JSON.stringify(vista),
  );
  registrarSesion("onEdit", e.authMode);
}

/** Which of the forms the emulator models (EditEventDates) an event's date value has, or null. */
function formaDeFecha(vista: EdicionVista): string | null {
  if (vista.valor === null) return null;
  if (/^\d+(\.\d+)?$/.test(vista.valor)) return "serial";
  if (vista.valor === "2019-05-28") return "typed";
  if (vista.valor === vista.mostrado) return "display";
  return null;
}

function juzgar(celda: string, vista: EdicionVista): string | null {
  const fallo = (queria: string) =>
    `${celda}: se esperaba ${queria}; llegó value ${JSON.stringify(vista.valor)}, oldValue ${JSON.stringify(vista.anterior)}`;
  if (celda === "B2")
    return vista.valor === "hola" && vista.anterior === "antes" ? null : fallo('"hola" y "antes"');
  if (celda === "B3") return vista.valor === "12" && vista.anterior === "5" ? null : fallo('"12" y "5"');
  if (!vista.esFecha) return `B4: e.range.getValue() no dio un Date (la celda muestra «${vista.mostrado}»)`;
  return formaDeFecha(vista) === null ? fallo("el número de serie, lo tecleado o lo mostrado") : null;
}

export const COMPROBACION_DE_EDICION: Comprobacion = {
  id: "edicion-valor",
  hecho:
    "El evento onEdit de una celda trae value y oldValue como texto («hola»/«antes», «12»/«5»); para una fecha, qué trae value está PENDIENTE DE CONFIRMAR (número de serie, lo tecleado o lo mostrado), pero e.range.getValue() da un Date.",
  fuente:
    "https://developers.google.com/apps-script/guides/triggers/events (Edit); Guía de la plataforma, Triggers and authorization",
  dependeDe:
    "El onEdit del complemento lee las celdas (e.range), no e.value. El detalle dice qué forma usa Google para las fechas: ponga esa como editEventDates por omisión del emulador. No cumple si el texto o el número llegan distintos, o si la fecha no se lee como Date.",
  ejecutar: () => {
    const propiedades = PropertiesService.getDocumentProperties();
    const vistas = PRUEBAS.map((p) => {
      const guardada = propiedades.getProperty(PREFIJO + p.celda);
      return { p, vista: guardada === null ? null : (JSON.parse(guardada) as EdicionVista) };
    });
    const faltan = vistas.filter((v) => v.vista === null).map((v) => `${v.p.escribir} en ${v.p.celda}`);
    if (faltan.length > 0)
      return pendiente(
        `En la hoja «${HOJA_DE_EDICION}» escriba ${faltan.join(", ")}; luego ejecute de nuevo.`,
      );
    const fallos = vistas.map((v) => juzgar(v.p.celda, v.vista as EdicionVista)).filter((f) => f !== null);
    const fecha = vistas[2]?.vista as EdicionVista;
    const detalle = `texto y número como se esperaba; la fecha llegó en value como ${JSON.stringify(fecha.valor)} (forma «${formaDeFecha(fecha) ?? "desconocida"}»), oldValue ${JSON.stringify(fecha.anterior)}; modo ${fecha.modo}`;
    return fallos.length > 0 ? noCumple(fallos.join("; ")) : cumple(detalle);
  },
};
