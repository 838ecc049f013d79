// "Validar registros" dialog: runs the check, lists each problem with a button that selects its cell.
import type { ResultadoDeValidacion } from "../../../core/api";
import type { FilaOmitida } from "../../../core/informe/modelo";
import { plural } from "../../../core/texto";
import { elemento } from "../../dom";
import { cerrarDialogo } from "../../host";
import { llamar } from "../../servidor";
import { resumenDeValidacion } from "./textos";

const SIN_CONEXION =
  "No hubo respuesta de Google (se perdió la conexión o tardó demasiado). Revise la conexión y pulse «Revisar de nuevo».";

const revisar = elemento<HTMLButtonElement>("revisar");

/** One problem: where it is, what is wrong (plain text, never HTML from data) and a way to get there. */
function itemDeProblema(p: FilaOmitida): HTMLLIElement {
  const li = document.createElement("li");
  const texto = document.createElement("span");
  const donde = document.createElement("span");
  donde.className = "donde";
  donde.textContent = `${p.hoja}, fila ${p.fila}${p.columna ? ` · ${p.columna}` : ""}: `;
  texto.append(donde, document.createTextNode(p.mensaje));
  const ir = document.createElement("button");
  ir.type = "button";
  ir.className = "secundario";
  ir.textContent = "Ir a la fila";
  ir.setAttribute("aria-label", `Ir a ${p.hoja}, fila ${p.fila}`);
  ir.addEventListener("click", () => {
    llamar("irARegistro", p.hoja, p.fila, p.campo)
      .then((r) => {
        elemento("general").textContent = r.ok ? "" : (r.errores[0]?.mensaje ?? "");
      })
      .catch(() => {
        elemento("general").textContent = SIN_CONEXION;
      });
  });
  li.append(texto, ir);
  return li;
}

function mostrar(r: ResultadoDeValidacion): void {
  const { resumen, detalle } = resumenDeValidacion(r);
  elemento("resumen").textContent = resumen;
  elemento("detalle").textContent = detalle;
  elemento("bloque-problemas").hidden = r.problemas.length === 0;
  elemento("titulo-problemas").textContent = plural(r.totalDeProblemas, "problema", "problemas");
  elemento("problemas").replaceChildren(...r.problemas.map(itemDeProblema));
  const faltan = r.totalDeProblemas - r.problemas.length;
  elemento("mas").textContent =
    faltan > 0
      ? `Y ${plural(faltan, "problema más", "problemas más")}: corrija estos y revise de nuevo.`
      : "";
}

function ejecutar(): void {
  revisar.disabled = true;
  elemento("general").textContent = "";
  elemento("resumen").textContent = "Revisando las hojas Actividades y Coordinaciones…";
  elemento("detalle").textContent = "";
  llamar("validarRegistros")
    .then((r) => {
      if (r.ok) mostrar(r);
      else {
        elemento("resumen").textContent = "";
        elemento("general").textContent = r.errores.map((e) => e.mensaje).join(" ");
      }
    })
    .catch(() => {
      elemento("resumen").textContent = "";
      elemento("general").textContent = SIN_CONEXION;
    })
    .finally(() => {
      revisar.disabled = false;
      elemento("estado").focus();
    });
}

revisar.addEventListener("click", ejecutar);
elemento("cerrar").addEventListener("click", cerrarDialogo);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") cerrarDialogo();
});
ejecutar();
