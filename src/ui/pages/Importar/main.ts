// "Importar informe anterior" dialog: the report's text or Doc link, a preview to correct and confirm, the result.
import type { FuenteDeImportacion, VistaPreviaDeImportacion } from "../../../core/api";
import type { Correccion } from "../../../core/importar/informe";
import type { ErrorDeCampo } from "../../../core/registro/campos";
import { elemento, enfocarAlAbrir } from "../../dom";
import { cerrarDialogo } from "../../host";
import { llamar } from "../../servidor";
import { resumenDeVistaPrevia, textoDeEstado, textoDeResultado } from "./textos";

const SIN_CONEXION =
  "No hubo respuesta de Google (se perdió la conexión o tardó demasiado). Revise la conexión y vuelva a intentarlo: importar dos veces no duplica filas.";

const texto = elemento<HTMLTextAreaElement>("texto");
const url = elemento<HTMLInputElement>("url");
const ver = elemento<HTMLButtonElement>("ver");
const importar = elemento<HTMLButtonElement>("importar");

function fuente(): FuenteDeImportacion {
  return elemento<HTMLInputElement>("tipo-documento").checked
    ? { tipo: "documento", url: url.value }
    : { tipo: "texto", texto: texto.value };
}

/** The dates the user typed for rows whose date could not be read. */
function correcciones(): Correccion[] {
  return Array.from(document.querySelectorAll<HTMLInputElement>("input[data-indice]"))
    .filter((i) => i.value.trim() !== "")
    .map((i) => ({ indice: Number(i.dataset.indice), fecha: i.value }));
}

function mostrarErrores(errores: readonly ErrorDeCampo[]): void {
  elemento("fuente-error").textContent = errores
    .filter((e) => e.campo !== "general")
    .map((e) => e.mensaje)
    .join(" ");
  elemento("general").textContent = errores
    .filter((e) => e.campo === "general")
    .map((e) => e.mensaje)
    .join(" ");
  texto.setAttribute("aria-invalid", String(errores.some((e) => e.campo === "texto")));
  url.setAttribute("aria-invalid", String(errores.some((e) => e.campo === "url")));
}

function celda(fila: HTMLTableRowElement, contenido: string, clase = ""): HTMLTableCellElement {
  const td = fila.insertCell();
  td.textContent = contenido;
  if (clase) td.className = clase;
  return td;
}

/** The preview: every row with its state; a row whose date failed gets a field to correct it. */
function mostrarVista(v: VistaPreviaDeImportacion): void {
  const previas = new Map(correcciones().map((c) => [c.indice, c.fecha] as const));
  elemento("resumen").textContent = resumenDeVistaPrevia(v);
  const cuerpo = elemento<HTMLTableSectionElement>("filas-vista");
  cuerpo.replaceChildren();
  for (const f of v.actividades) {
    const tr = cuerpo.insertRow();
    celda(tr, f.actividad);
    celda(tr, f.entidad);
    celda(tr, f.fecha ?? f.fechaEscrita);
    const estado = celda(tr, textoDeEstado(f), `estado-${f.estado}`);
    if (f.estado === "problema") {
      const campo = document.createElement("input");
      campo.type = "text";
      campo.dataset.indice = String(f.indice);
      campo.value = previas.get(f.indice) ?? "";
      campo.placeholder = "Fecha corregida, p. ej. 12 de mayo";
      campo.setAttribute("aria-label", `Fecha corregida para «${f.actividad}»`);
      campo.addEventListener("input", () => {
        importar.disabled = true;
      });
      estado.append(campo);
    }
  }
  elemento("coordinaciones-vista").replaceChildren(
    ...v.coordinaciones.map((c) => {
      const li = document.createElement("li");
      li.textContent = `${c.texto} — ${c.estado === "nueva" ? "se importará" : c.estado === "yaEsta" ? "ya está en el registro" : (c.problema ?? "")}`;
      return li;
    }),
  );
  elemento("bloque-vista").hidden = false;
  importar.disabled = v.actividadesNuevas + v.coordinacionesNuevas === 0;
}

function ocupado(si: boolean): void {
  ver.disabled = si;
  if (si) importar.disabled = true;
}

function verVista(): void {
  ocupado(true);
  mostrarErrores([]);
  llamar("prepararImportacion", fuente(), correcciones())
    .then((r) => (r.ok ? mostrarVista(r) : mostrarErrores(r.errores)))
    .catch(() => mostrarErrores([{ campo: "general", mensaje: SIN_CONEXION }]))
    .finally(() => {
      ver.disabled = false;
    });
}

function confirmar(): void {
  ocupado(true);
  llamar("importarInforme", fuente(), correcciones())
    .then((r) => {
      if (!r.ok) return mostrarErrores(r.errores);
      mostrarVista(r.vista);
      importar.disabled = true;
      const resultado = elemento("resultado");
      resultado.textContent = textoDeResultado(r);
      resultado.hidden = false;
      resultado.focus();
    })
    .catch(() => mostrarErrores([{ campo: "general", mensaje: SIN_CONEXION }]))
    .finally(() => {
      ver.disabled = false;
    });
}

function alCambiarTipo(): void {
  const documento = elemento<HTMLInputElement>("tipo-documento").checked;
  elemento("bloque-texto").hidden = documento;
  elemento("bloque-documento").hidden = !documento;
  importar.disabled = true;
}

for (const id of ["tipo-texto", "tipo-documento"]) elemento(id).addEventListener("change", alCambiarTipo);
for (const campo of [texto, url]) {
  campo.addEventListener("input", () => {
    importar.disabled = true;
    elemento("bloque-vista").hidden = true;
  });
}
ver.addEventListener("click", verVista);
importar.addEventListener("click", confirmar);
elemento("cerrar").addEventListener("click", cerrarDialogo);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") cerrarDialogo();
});
enfocarAlAbrir(texto);
