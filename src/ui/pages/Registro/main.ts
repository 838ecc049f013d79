// Registrar actividad sidebar: the two forms, instant checks with the shared entry rules, one server call per save.
import type { DatosDelRegistro, EntradaReciente, RespuestaRegistro } from "../../../core/api";
import { fechaDesdeIso, mesDeFecha } from "../../../core/fechas/calendario";
import { buscarDuplicado } from "../../../core/registro/duplicados";
import {
  comparablesConocidas,
  conEntradaNueva,
  entradaDeActividad,
  entradaDeCoordinacion,
} from "../../../core/registro/recientes";
import { validarActividad, validarCoordinacion } from "../../../core/registro/reglas";
import { leerDatosIniciales } from "../../datos-iniciales";
import { elemento } from "../../dom";
import { nuevoId } from "../../id";
import { llamar } from "../../servidor";
import {
  CAMPOS,
  campo,
  intentado,
  type Modo,
  mostrarErrores,
  mostrarRechazo,
  revisar,
  tocados,
  valoresActividad,
  valoresCoordinacion,
} from "./campos";
import { pintarRecientes } from "./lista";

const datos = leerDatosIniciales<DatosDelRegistro>({
  hoy: "",
  entidades: [],
  ejes: [],
  mes: "",
  actividades: [],
  coordinaciones: [],
  conocidas: [],
  correo: "",
});

const formularios: Record<Modo, HTMLFormElement> = {
  actividad: elemento("form-actividad"),
  coordinacion: elemento("form-coordinacion"),
};
const listas: Record<Modo, HTMLUListElement> = {
  actividad: elemento("recientes-actividad"),
  coordinacion: elemento("recientes-coordinacion"),
};
const botones: Record<Modo, HTMLButtonElement> = {
  actividad: elemento("guardar-actividad"),
  coordinacion: elemento("guardar-coordinacion"),
};
const variosDias = elemento<HTMLInputElement>("varios-dias");
const bloqueFechaFin = elemento<HTMLDivElement>("bloque-fecha-fin");
const cajaDuplicado = elemento<HTMLDivElement>("duplicado");
const recientes: Record<Modo, EntradaReciente[]> = {
  actividad: datos.actividades,
  coordinacion: datos.coordinaciones,
};
/** The activities a new one is compared with: the registry's last rows when the sidebar opened, and those saved here since. */
const conocidas = comparablesConocidas(datos.conocidas);
/** The month the list shows: the month of today when the sidebar opened. */
const hoy = fechaDesdeIso(datos.hoy);
const mesDeLaLista = hoy ? mesDeFecha(hoy) : null;
let guardando = false;

function revisarForm(modo: Modo): void {
  revisar(modo, datos.ejes);
}

function pintar(modo: Modo): void {
  pintarRecientes(listas[modo], modo, recientes[modo]);
}

function cambiarModo(modo: Modo): void {
  for (const m of ["actividad", "coordinacion"] as const) {
    formularios[m].hidden = m !== modo;
    listas[m].hidden = m !== modo;
  }
  elemento("recientes-titulo").textContent =
    modo === "actividad" ? `Actividades de ${datos.mes}` : `Coordinaciones de ${datos.mes}`;
  pintar(modo);
}

function mostrarFechaFin(): void {
  bloqueFechaFin.hidden = !variosDias.checked;
  variosDias.setAttribute("aria-expanded", String(variosDias.checked));
  if (!variosDias.checked) tocados.delete("fechaFin");
  revisarForm("actividad");
}

function ocultarDuplicado(): void {
  cajaDuplicado.hidden = true;
  elemento("duplicado-mensaje").textContent = "";
}

function limpiar(modo: Modo): void {
  tocados.clear();
  intentado[modo] = false;
  if (modo === "actividad") {
    // The date is kept: staff often register several activities of the same day in a row.
    for (const nombre of ["actividad", "entidad", "informacion", "fechaFin", "eje"]) campo(nombre).value = "";
    variosDias.checked = false;
    mostrarFechaFin();
  } else {
    campo("coordinacion").value = "";
  }
  mostrarErrores(modo, [], false);
}

function ponerGuardando(modo: Modo, si: boolean): void {
  guardando = si;
  botones[modo].disabled = si;
  botones[modo].textContent = si ? "Guardando…" : "Guardar";
  (elemento("guardar-igual") as HTMLButtonElement).disabled = si;
}

async function guardar(modo: Modo, confirmarDuplicado = false): Promise<void> {
  if (guardando) return;
  elemento(`${modo}-estado`).textContent = "";
  if (modo === "actividad") {
    const valores = valoresActividad();
    const v = validarActividad(valores, { ejes: datos.ejes });
    if (!v.ok) {
      mostrarRechazo(modo, v.errores);
      return;
    }
    if (!confirmarDuplicado) {
      const aviso = buscarDuplicado(v.valor, conocidas);
      if (aviso) {
        elemento("duplicado-mensaje").textContent = aviso.mensaje;
        cajaDuplicado.hidden = false;
        elemento("guardar-igual").focus();
        return;
      }
    }
    const fila = await enviar(modo, () => llamar("registrarActividad", valores, sello()));
    if (fila === null) return;
    conocidas.push({ fila, actividad: v.valor.actividad, entidad: v.valor.entidad, fecha: v.valor.fecha });
    if (mesDeLaLista)
      recientes.actividad = conEntradaNueva(
        recientes.actividad,
        entradaDeActividad(fila, v.valor, mesDeLaLista),
      );
    if (!datos.entidades.includes(v.valor.entidad)) agregarEntidad(v.valor.entidad);
  } else {
    const valores = valoresCoordinacion();
    const v = validarCoordinacion(valores);
    if (!v.ok) {
      mostrarRechazo(modo, v.errores);
      return;
    }
    const fila = await enviar(modo, () => llamar("registrarCoordinacion", valores, sello()));
    if (fila === null) return;
    if (mesDeLaLista)
      recientes.coordinacion = conEntradaNueva(
        recientes.coordinacion,
        entradaDeCoordinacion(fila, v.valor.coordinacion, v.valor.mes, mesDeLaLista),
      );
  }
  pintar(modo);
  campo(CAMPOS[modo][0] ?? "").focus();
}

/** A new ID for every Guardar, and who registers (as the server read it when it built the sidebar). */
function sello() {
  return { id: nuevoId(), registradoPor: datos.correo };
}

/**
 * Sends a checked form: Guardar disabled meanwhile; on success the form clears (keeping the date) and
 * says the row; a refusal puts the server's messages under their fields. Returns the row, or null
 * (the form then keeps everything typed).
 */
async function enviar(modo: Modo, llamada: () => Promise<RespuestaRegistro>): Promise<number | null> {
  ocultarDuplicado();
  ponerGuardando(modo, true);
  let respuesta: RespuestaRegistro;
  try {
    respuesta = await llamada();
  } catch (error) {
    const detalle = error instanceof Error ? error.message : String(error);
    elemento(`${modo}-general`).textContent =
      `No se pudo guardar: ${detalle}. Revise la conexión y vuelva a intentarlo.`;
    return null;
  } finally {
    ponerGuardando(modo, false);
  }
  if (!respuesta.ok) {
    // The server checked again and refused: its messages go under their fields, like the instant ones.
    mostrarRechazo(modo, respuesta.errores);
    return null;
  }
  limpiar(modo);
  elemento(`${modo}-estado`).textContent = `Registrado en la fila ${respuesta.fila}.`;
  return respuesta.fila;
}

function agregarEntidad(entidad: string): void {
  datos.entidades.push(entidad);
  const opcion = document.createElement("option");
  opcion.value = entidad;
  elemento("entidades").append(opcion);
}

function iniciar(): void {
  const lista = elemento("entidades");
  for (const entidad of datos.entidades) {
    const opcion = document.createElement("option");
    opcion.value = entidad;
    lista.append(opcion);
  }
  const eje = elemento<HTMLSelectElement>("eje");
  for (const texto of datos.ejes) {
    const opcion = document.createElement("option");
    opcion.value = texto;
    // Ejes are paragraphs; the list shows their start, the title attribute the whole text.
    opcion.textContent = texto.length > 70 ? `${texto.slice(0, 69)}…` : texto;
    opcion.title = texto;
    eje.append(opcion);
  }
  campo("fecha").value = datos.hoy;
  campo("mes").value = datos.hoy.slice(0, 7);

  for (const modo of ["actividad", "coordinacion"] as const) {
    for (const nombre of CAMPOS[modo]) {
      const entrada = campo(nombre);
      const marcar = () => {
        tocados.add(nombre);
        revisarForm(modo);
      };
      entrada.addEventListener("blur", (evento) => {
        // Leaving a field for a button: a message appearing now would move the button away from
        // under the pointer before the click lands. Guardar shows every message anyway.
        if ((evento as FocusEvent).relatedTarget instanceof HTMLButtonElement) tocados.add(nombre);
        else marcar();
      });
      entrada.addEventListener("change", marcar);
      // While typing, a message already shown updates at once; new ones wait for the field to be left.
      entrada.addEventListener("input", () => revisarForm(modo));
    }
    formularios[modo].addEventListener("submit", (evento) => {
      evento.preventDefault();
      void guardar(modo);
    });
    formularios[modo].addEventListener("keydown", (evento) => {
      // Enter in a text area writes a line break; Ctrl+Enter saves from there too.
      if (evento.key === "Enter" && (evento.ctrlKey || evento.metaKey)) {
        evento.preventDefault();
        void guardar(modo);
      }
    });
  }
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name="modo"]')) {
    radio.addEventListener("change", () =>
      cambiarModo(radio.value === "coordinacion" ? "coordinacion" : "actividad"),
    );
  }
  variosDias.addEventListener("change", mostrarFechaFin);
  elemento("guardar-igual").addEventListener("click", () => void guardar("actividad", true));
  elemento("cancelar-duplicado").addEventListener("click", () => {
    ocultarDuplicado();
    campo("actividad").focus();
  });
  cambiarModo("actividad");
  pintar("coordinacion");
  campo("actividad").focus();
}

iniciar();
