// "Generar informe mensual" dialog: month picker, preflight, generation and the shareable link.
import type { DatosDelDialogoInforme, Preflight, ResultadoInforme } from "../../../core/api";
import { plural } from "../../../core/texto";
import { leerDatosIniciales } from "../../datos-iniciales";
import { elemento } from "../../dom";
import { cerrarDialogo } from "../../host";
import { llamar } from "../../servidor";

const datos = leerDatosIniciales<DatosDelDialogoInforme>({ mes: "" });

/** google.script.run's failures come in English and say nothing the user can act on. */
const SIN_CONEXION =
  "No hubo respuesta de Google (se perdió la conexión o tardó demasiado). Revise la conexión y vuelva a intentarlo; si el informe llegó a generarse, se actualizará el mismo documento.";

const formulario = elemento<HTMLFormElement>("formulario");
const mes = elemento<HTMLInputElement>("mes");
const mesError = elemento("mes-error");
const generar = elemento<HTMLButtonElement>("generar");
const conteos = elemento("conteos");
const documento = elemento("documento");
const bloqueOmitidas = elemento("bloque-omitidas");
const omitidas = elemento("omitidas");
const resultado = elemento("resultado");

/** Replaces a list's items with plain-text entries (never HTML from data). */
function llenarLista(lista: HTMLElement, textos: readonly string[]): void {
  lista.replaceChildren(
    ...textos.map((t) => {
      const li = document.createElement("li");
      li.textContent = t;
      return li;
    }),
  );
}

function mostrarError(mensaje: string): void {
  mesError.textContent = mensaje;
  mes.setAttribute("aria-invalid", mensaje ? "true" : "false");
}

function mostrarPreflight(p: Preflight): void {
  const a = plural(p.actividades, "actividad", "actividades");
  const c = plural(p.coordinaciones, "coordinación", "coordinaciones");
  conteos.textContent = `${p.titulo}: ${a} y ${c}.`;
  documento.replaceChildren();
  if (p.documento) {
    const nota = document.createElement("p");
    nota.textContent = "Ya existe un documento para este mes: se actualizará en el mismo enlace.";
    documento.append(nota);
    if (p.documento.editadoDespues) {
      const aviso = document.createElement("p");
      aviso.className = "aviso";
      aviso.textContent =
        "El documento se editó a mano después de la última generación: esos cambios se reemplazarán. " +
        "Puede recuperarlos en Docs con Archivo › Historial de versiones.";
      documento.append(aviso);
    }
  }
  bloqueOmitidas.hidden = p.omitidas.length === 0;
  llenarLista(
    omitidas,
    // Each message names its field already ("La Fecha fin no puede…"): the line adds only where.
    p.omitidas.map((o) => `${o.hoja}, fila ${o.fila}: ${o.mensaje}`),
  );
}

let consulta = 0;
async function actualizarPreflight(): Promise<void> {
  const propia = ++consulta;
  mostrarError("");
  conteos.textContent = "Revisando el registro…";
  try {
    const r = await llamar("prepararInforme", mes.value);
    if (propia !== consulta) return;
    if (r.ok) mostrarPreflight(r);
    else {
      conteos.textContent = "";
      mostrarError(r.errores.map((e) => e.mensaje).join(" "));
    }
  } catch {
    if (propia === consulta) mostrarError(SIN_CONEXION);
  }
}

function mostrarResultado(r: ResultadoInforme): void {
  resultado.hidden = false;
  elemento("resumen").textContent =
    `Informe generado: ${plural(r.actividades, "actividad", "actividades")} y ${plural(r.coordinaciones, "coordinación", "coordinaciones")}.`;
  const abrir = elemento<HTMLAnchorElement>("abrir");
  if (/^https?:\/\//.test(r.url)) abrir.href = r.url;
  elemento<HTMLInputElement>("url").value = r.url;
  elemento("pestana").textContent = `Pestaña: ${r.pestana}`;
  llenarLista(elemento("avisos"), r.avisos);
}

formulario.addEventListener("submit", async (evento) => {
  evento.preventDefault();
  if (!/^\d{4}-\d{2}$/.test(mes.value)) {
    mostrarError("Elija el mes del informe.");
    return;
  }
  generar.disabled = true;
  generar.textContent = "Generando…";
  resultado.hidden = true;
  try {
    const r = await llamar("generarInforme", mes.value);
    if (r.ok) mostrarResultado(r);
    else mostrarError(r.errores.map((e) => e.mensaje).join(" "));
  } catch {
    mostrarError(SIN_CONEXION);
  } finally {
    generar.disabled = false;
    generar.textContent = "Generar";
  }
});

elemento("copiar").addEventListener("click", async () => {
  const campo = elemento<HTMLInputElement>("url");
  try {
    await navigator.clipboard.writeText(campo.value);
  } catch {
    // Without clipboard permission, select the link so Ctrl+C copies it.
    campo.select();
    document.execCommand("copy");
  }
  elemento("copiar").textContent = "Copiado";
});

elemento("cerrar").addEventListener("click", cerrarDialogo);
mes.addEventListener("change", () => void actualizarPreflight());
mes.value = datos.mes;
void actualizarPreflight();
