// "Generar informe mensual" dialog: month picker, preflight, generation and the shareable link.
import type { DatosDelDialogoInforme, Preflight, ResultadoInforme } from "../../../core/api";
import { leerDatosIniciales } from "../../datos-iniciales";
import { elemento } from "../../dom";
import { cerrarDialogo } from "../../host";
import { llamar } from "../../servidor";

const datos = leerDatosIniciales<DatosDelDialogoInforme>({ mes: "" });

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
  const a = p.actividades === 1 ? "1 actividad" : `${p.actividades} actividades`;
  const c = p.coordinaciones === 1 ? "1 coordinación" : `${p.coordinaciones} coordinaciones`;
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
    p.omitidas.map((o) => `${o.hoja}, fila ${o.fila} · ${o.columna}: ${o.mensaje}`),
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
  } catch (e) {
    if (propia === consulta) mostrarError(`No se pudo revisar el registro: ${(e as Error).message}`);
  }
}

function mostrarResultado(r: ResultadoInforme): void {
  resultado.hidden = false;
  elemento("resumen").textContent =
    `Informe generado: ${r.actividades} actividades y ${r.coordinaciones} coordinaciones.`;
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
  } catch (e) {
    mostrarError(`No se pudo generar el informe: ${(e as Error).message}`);
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
