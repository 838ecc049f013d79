// Registrar actividad sidebar: the two forms, instant checks with the shared entry rules, one server call per save.
import type { DatosDelRegistro, EntradaReciente, RespuestaRegistro } from "../../../core/api";
import { buscarDuplicado, type Conocida, claveDeDuplicado } from "../../../core/registro/duplicados";
import { conEntradaNueva, entradaDeActividad, entradaDeCoordinacion } from "../../../core/registro/recientes";
import { validarActividad, validarCoordinacion } from "../../../core/registro/reglas";
import type { SelloDeRegistro } from "../../../core/registro/sello";
import { leerDatosIniciales } from "../../datos-iniciales";
import { elemento, enfocarAlAbrir } from "../../dom";
import { nuevoId } from "../../id";
import { llamar } from "../../servidor";
import {
  CAMPOS,
  campo,
  despuesDelClic,
  faltaFechaFin,
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
const conocidas: Conocida[] = [...datos.conocidas];
/** The names of the ejes the form accepts (what the Eje column stores). */
const ejes = datos.ejes.map((e) => e.nombre);
/** A save whose answer did not arrive: sent again unchanged, it keeps its ID so the server finds the row it may have written. */
let pendiente: { modo: Modo; valores: string; id: string } | null = null;
let guardando = false;
/** Fields typed in since the form was last cleared. */
const escritos = new Set<string>();

function revisarForm(modo: Modo): void {
  revisar(modo, ejes);
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
    modo === "actividad" ? "Últimas actividades" : "Últimas coordinaciones";
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
  escritos.clear();
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
    const v = validarActividad(valores, { ejes });
    const sinFin = faltaFechaFin();
    if (!v.ok || sinFin) {
      mostrarRechazo(modo, [...(v.ok ? [] : v.errores), ...(sinFin ? [sinFin] : [])]);
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
    const fila = await enviar(modo, valores, (s) => llamar("registrarActividad", valores, s));
    if (fila === null) return;
    conocidas.push({ fila, clave: claveDeDuplicado(v.valor) });
    recientes.actividad = conEntradaNueva(recientes.actividad, entradaDeActividad(fila, v.valor));
    if (!datos.entidades.includes(v.valor.entidad)) agregarEntidad(v.valor.entidad);
  } else {
    const valores = valoresCoordinacion();
    const v = validarCoordinacion(valores);
    if (!v.ok) {
      mostrarRechazo(modo, v.errores);
      return;
    }
    const fila = await enviar(modo, valores, (s) => llamar("registrarCoordinacion", valores, s));
    if (fila === null) return;
    recientes.coordinacion = conEntradaNueva(
      recientes.coordinacion,
      entradaDeCoordinacion(fila, v.valor.coordinacion, v.valor.mes),
    );
  }
  pintar(modo);
  campo(CAMPOS[modo][0] ?? "").focus();
}

/**
 * The row's ID: a new one for every new entry; the same one when the very same form is sent again
 * after a save whose answer was lost, so the server answers with the row it wrote instead of a second.
 */
function sello(modo: Modo, valores: object): SelloDeRegistro {
  const texto = JSON.stringify(valores);
  if (pendiente && pendiente.modo === modo && pendiente.valores === texto) return { id: pendiente.id };
  pendiente = { modo, valores: texto, id: nuevoId() };
  return { id: pendiente.id };
}

/**
 * Sends a checked form: Guardar disabled meanwhile; on success the form clears (keeping the date) and
 * says the row; a refusal puts the server's messages under their fields. Returns the row, or null
 * (the form then keeps everything typed).
 */
async function enviar(
  modo: Modo,
  valores: object,
  llamada: (s: SelloDeRegistro) => Promise<RespuestaRegistro>,
): Promise<number | null> {
  ocultarDuplicado();
  ponerGuardando(modo, true);
  let respuesta: RespuestaRegistro;
  try {
    respuesta = await llamada(sello(modo, valores));
  } catch {
    // google.script.run's failures come in English and say nothing the user can act on.
    elemento(`${modo}-general`).textContent =
      "No se pudo guardar: se perdió la conexión con Google. Lo escrito sigue en el formulario: revise la conexión y pulse Guardar de nuevo (si el registro ya había llegado, no se duplicará).";
    return null;
  } finally {
    ponerGuardando(modo, false);
  }
  pendiente = null;
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
  for (const { nombre, descripcion } of datos.ejes) {
    const opcion = document.createElement("option");
    // The list shows the eje's short name, which the sheet stores; the title attribute its paragraph.
    opcion.value = nombre;
    opcion.textContent = nombre;
    opcion.title = descripcion;
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
      // Leaving a field the user typed in: its message waits until the click in progress has landed,
      // so it can never move the target away from under the pointer. A field only passed through
      // (focused, left untouched) says nothing until Guardar.
      entrada.addEventListener("blur", () => {
        if (tocados.has(nombre) || escritos.has(nombre)) despuesDelClic(marcar);
      });
      entrada.addEventListener("change", () => despuesDelClic(marcar));
      // While typing, a message already shown updates at once; new ones wait for the field to be left.
      entrada.addEventListener("input", () => {
        escritos.add(nombre);
        revisarForm(modo);
      });
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
  enfocarAlAbrir(campo("actividad"));
}

iniciar();
