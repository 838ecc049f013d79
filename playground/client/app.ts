// The playground page's script: draws the sheet, menus, sidebar, dialogs, alerts and toasts from the server's view, and sends the user's actions back.
import type {
  AvisoVista,
  CeldaVista,
  HojaVista,
  MarcoVista,
  MensajeAlMarco,
  MensajeDelMarco,
  RespuestaAccion,
  Vista,
} from "../protocolo";

const CANAL = "informe-playground";
const INTERVALO_MS = 1000;

function $(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`Falta #${id} en la página`);
  return el;
}

const rejilla = $("rejilla");
const menus = $("menus");
const pestanas = $("pestanas");
const documentos = $("documentos");
const barra = $("barra");
const barraMarco = $("barra-marco") as HTMLIFrameElement;
const dialogoFondo = $("dialogo-fondo");
const dialogoMarco = $("dialogo-marco") as HTMLIFrameElement;
const alertaFondo = $("alerta-fondo");
const avisos = $("avisos");
const errorCaja = $("error");

let vista: Vista | null = null;
let seleccion = { fila: 2, columna: 1 };
let editor: HTMLTextAreaElement | null = null;
const avisosMostrados = new Set<string>();

// ---------- server ----------

async function pedir<T>(ruta: string, cuerpo?: unknown): Promise<T> {
  const res = await fetch(ruta, {
    method: cuerpo === undefined ? "GET" : "POST",
    headers: cuerpo === undefined ? {} : { "Content-Type": "application/json" },
    ...(cuerpo === undefined ? {} : { body: JSON.stringify(cuerpo) }),
  });
  if (!res.ok) {
    const detalle = (await res.json().catch(() => ({}))) as { error?: string };
    throw new Error(detalle.error ?? `Error ${res.status}`);
  }
  return (await res.json()) as T;
}

/** Runs an action and draws the view it returns; an error of the add-on is shown as Sheets shows it. */
async function accion(ruta: string, cuerpo: unknown): Promise<void> {
  try {
    const r = await pedir<RespuestaAccion>(ruta, cuerpo);
    if (r.error) mostrarError(r.error);
    dibujar(r.vista);
  } catch (e) {
    mostrarError(e instanceof Error ? e.message : String(e));
  }
}

async function sondear(): Promise<void> {
  try {
    const res = await fetch(`/api/vista?desde=${vista?.version ?? 0}`);
    $("estado-conexion").textContent = "";
    if (res.status === 200) dibujar((await res.json()) as Vista);
  } catch {
    $("estado-conexion").textContent = "Sin conexión con el servidor local";
  }
}

function mostrarError(mensaje: string): void {
  $("error-texto").textContent = mensaje;
  errorCaja.hidden = false;
}

$("error-cerrar").addEventListener("click", () => {
  errorCaja.hidden = true;
});

// ---------- drawing ----------

/** The last script selection applied (Vista.seleccionDelGuion.n). */
let seleccionAplicada = 0;

function dibujar(nueva: Vista): void {
  if (vista && nueva.version < vista.version) return;
  vista = nueva;
  const delGuion = nueva.seleccionDelGuion;
  if (delGuion && delGuion.n !== seleccionAplicada) {
    seleccionAplicada = delGuion.n;
    seleccion = { fila: delGuion.fila, columna: delGuion.columna };
  }
  $("libro").textContent = nueva.libro;
  document.title = `${nueva.libro} — entorno local`;
  dibujarMenus(nueva);
  dibujarPestanas(nueva);
  dibujarHoja(nueva.hoja);
  dibujarMarcos(nueva);
  dibujarAlerta(nueva);
  dibujarAvisos(nueva.avisos);
  dibujarDocumentos(nueva);
}

function letras(columna: number): string {
  let s = "";
  let n = columna;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function estiloCelda(td: HTMLTableCellElement, c: CeldaVista): void {
  if (c.negrita) td.style.fontWeight = "bold";
  if (c.cursiva) td.style.fontStyle = "italic";
  if (c.fondo) td.style.backgroundColor = c.fondo;
  if (c.color) td.style.color = c.color;
  if (c.tamano) td.style.fontSize = `${c.tamano}pt`;
  if (c.alineacionH) td.style.textAlign = c.alineacionH === "normal" ? "" : c.alineacionH;
  if (c.alineacionV) td.style.verticalAlign = c.alineacionV === "middle" ? "middle" : c.alineacionV;
  if (c.bordes?.arriba) td.style.borderTop = c.bordes.arriba;
  if (c.bordes?.abajo) td.style.borderBottom = c.bordes.abajo;
  if (c.bordes?.izquierda) td.style.borderLeft = c.bordes.izquierda;
  if (c.bordes?.derecha) td.style.borderRight = c.bordes.derecha;
}

function dibujarHoja(hoja: HojaVista): void {
  const teniaFoco = rejilla.contains(document.activeElement) && !editor;
  const scroll = { x: rejilla.scrollLeft, y: rejilla.scrollTop };
  cancelarEdicion();
  const tabla = document.createElement("table");
  tabla.setAttribute("role", "grid");
  tabla.setAttribute("aria-label", hoja.nombre);
  tabla.setAttribute("aria-rowcount", String(hoja.filasTotales + 1));
  tabla.setAttribute("aria-colcount", String(hoja.columnasTotales + 1));
  tabla.dataset.hoja = hoja.nombre;
  const colgroup = document.createElement("colgroup");
  const colNumeros = document.createElement("col");
  colNumeros.style.width = "46px";
  colgroup.append(colNumeros);
  for (const ancho of hoja.anchos) {
    const col = document.createElement("col");
    col.style.width = `${ancho}px`;
    colgroup.append(col);
  }
  tabla.append(colgroup);
  // With a fixed layout the table must be as wide as its columns, or narrow columns get squeezed.
  tabla.style.width = `${46 + hoja.anchos.reduce((a, b) => a + b, 0)}px`;
  const thead = document.createElement("thead");
  const cabecera = document.createElement("tr");
  const esquina = document.createElement("th");
  esquina.className = "esquina";
  cabecera.append(esquina);
  for (let c = 1; c <= hoja.columnas; c++) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = letras(c);
    cabecera.append(th);
  }
  thead.append(cabecera);
  tabla.append(thead);
  const tbody = document.createElement("tbody");
  hoja.celdas.forEach((linea, i) => {
    const fila = i + 1;
    const tr = document.createElement("tr");
    const alto = hoja.altos[fila];
    if (alto) tr.style.height = `${alto}px`;
    const th = document.createElement("th");
    th.scope = "row";
    th.textContent = String(fila);
    if (fila <= hoja.filasCongeladas) th.classList.add("congelada");
    if (fila === hoja.filasCongeladas) tr.classList.add("ultima-congelada");
    tr.append(th);
    linea.forEach((c, j) => {
      if (c.oculta) return;
      const columna = j + 1;
      const td = document.createElement("td");
      td.dataset.fila = String(fila);
      td.dataset.columna = String(columna);
      td.dataset.tipo = c.tipo;
      td.tabIndex = -1;
      td.setAttribute("aria-selected", "false");
      if (c.filasUnidas && c.filasUnidas > 1) td.rowSpan = c.filasUnidas;
      if (c.columnasUnidas && c.columnasUnidas > 1) td.colSpan = c.columnasUnidas;
      td.textContent = c.texto;
      td.classList.add(c.tipo);
      if (c.ajustar) td.classList.add("ajustar");
      if (fila <= hoja.filasCongeladas) td.classList.add("congelada");
      if (columna <= hoja.columnasCongeladas) {
        // Frozen columns stay in view: sticky at the row numbers' width plus the frozen columns before.
        td.classList.add("congelada");
        td.style.left = `${46 + hoja.anchos.slice(0, columna - 1).reduce((a, b) => a + b, 0)}px`;
      }
      marcarCelda(td, c);
      estiloCelda(td, c);
      tr.append(td);
    });
    tbody.append(tr);
  });
  tabla.append(tbody);
  rejilla.replaceChildren(tabla);
  rejilla.classList.toggle("sin-cuadricula", hoja.sinCuadricula);
  fijarCongeladas(tabla, hoja.filasCongeladas);
  rejilla.scrollLeft = scroll.x;
  rejilla.scrollTop = scroll.y;
  seleccion = {
    fila: Math.min(seleccion.fila, hoja.filas),
    columna: Math.min(seleccion.columna, hoja.columnas),
  };
  seleccionar(seleccion.fila, seleccion.columna, teniaFoco);
}

/**
 * What Sheets shows on a cell beyond its text: a note's black corner, a broken validation rule's red
 * one, and both messages on hover (the title), as the formula bar shows them when it is selected.
 */
function marcarCelda(td: HTMLTableCellElement, c: CeldaVista): void {
  const textos: string[] = [];
  if (c.tipo === "formula") textos.push("Fórmula: el emulador no calcula fórmulas; se muestra el texto.");
  if (c.nota) {
    td.classList.add("con-nota");
    td.dataset.nota = c.nota;
    textos.push(c.nota);
  }
  if (c.noValida) {
    td.classList.add("no-valida");
    td.dataset.noValida = c.noValida;
    textos.push(`Datos no válidos: ${c.noValida}`);
  }
  if (textos.length > 0) td.title = textos.join("\n\n");
}

/** The formula bar for the selected cell: its reference and content, its note, a broken rule's message. */
function mostrarPanel(fila: number, columna: number): void {
  const c = celdaVista(fila, columna);
  $("celda-ref").textContent = `${letras(columna)}${fila}`;
  $("celda-contenido").textContent = c?.editable ?? "";
  const nota = $("celda-nota");
  nota.textContent = c?.nota ? `Nota: ${c.nota}` : "";
  nota.hidden = !c?.nota;
  const noValida = $("celda-no-valida");
  noValida.textContent = c?.noValida ? `Datos no válidos: ${c.noValida}` : "";
  noValida.hidden = !c?.noValida;
}

/** Frozen rows stay in view: each is sticky at the height of the header and the frozen rows above it. */
function fijarCongeladas(tabla: HTMLTableElement, congeladas: number): void {
  const cabecera = tabla.tHead?.rows[0];
  let arriba = cabecera ? cabecera.getBoundingClientRect().height : 0;
  for (let f = 0; f < congeladas; f++) {
    const tr = tabla.tBodies[0]?.rows[f];
    if (!tr) break;
    for (const celda of Array.from(tr.cells)) celda.style.top = `${arriba}px`;
    arriba += tr.getBoundingClientRect().height;
  }
}

function celdaEn(fila: number, columna: number): HTMLTableCellElement | null {
  return rejilla.querySelector<HTMLTableCellElement>(`td[data-fila="${fila}"][data-columna="${columna}"]`);
}

function seleccionar(fila: number, columna: number, enfocar = true): void {
  const hoja = vista?.hoja;
  if (!hoja) return;
  const f = Math.max(1, Math.min(hoja.filas, fila));
  const c = Math.max(1, Math.min(hoja.columnas, columna));
  for (const td of Array.from(rejilla.querySelectorAll<HTMLTableCellElement>('td[aria-selected="true"]'))) {
    td.setAttribute("aria-selected", "false");
    td.tabIndex = -1;
  }
  seleccion = { fila: f, columna: c };
  mostrarPanel(f, c);
  const td = celdaEn(f, c);
  if (!td) return;
  td.setAttribute("aria-selected", "true");
  td.tabIndex = 0;
  if (enfocar) td.focus({ preventScroll: false });
}

// ---------- editing ----------

function celdaVista(fila: number, columna: number): CeldaVista | undefined {
  return vista?.hoja.celdas[fila - 1]?.[columna - 1];
}

/** Opens the in-cell editor: F2/Enter/double-click start from the cell's content, a typed key replaces it. */
function editar(inicial?: string): void {
  const hoja = vista?.hoja;
  const td = celdaEn(seleccion.fila, seleccion.columna);
  if (!hoja || !td) return;
  cancelarEdicion();
  const area = document.createElement("textarea");
  area.className = "editor";
  area.setAttribute("aria-label", `Editar ${letras(seleccion.columna)}${seleccion.fila}`);
  area.value = inicial ?? celdaVista(seleccion.fila, seleccion.columna)?.editable ?? "";
  const caja = td.getBoundingClientRect();
  const base = rejilla.getBoundingClientRect();
  area.style.left = `${caja.left - base.left + rejilla.scrollLeft}px`;
  area.style.top = `${caja.top - base.top + rejilla.scrollTop}px`;
  area.style.minWidth = `${Math.max(caja.width, 120)}px`;
  area.style.minHeight = `${caja.height}px`;
  area.style.width = `${Math.max(caja.width, 240)}px`;
  area.rows = Math.min(6, Math.max(1, area.value.split("\n").length));
  const donde = { hoja: hoja.nombre, fila: seleccion.fila, columna: seleccion.columna };
  area.addEventListener("keydown", (e) => {
    if (e.key === "Escape") {
      e.preventDefault();
      cancelarEdicion();
      seleccionar(donde.fila, donde.columna);
    } else if (e.key === "Enter" && !e.altKey && !e.shiftKey) {
      e.preventDefault();
      void confirmar(area.value, donde, { fila: donde.fila + 1, columna: donde.columna });
    } else if (e.key === "Tab") {
      e.preventDefault();
      void confirmar(area.value, donde, { fila: donde.fila, columna: donde.columna + (e.shiftKey ? -1 : 1) });
    } else if (e.key === "Enter" && e.altKey) {
      // Alt+Enter is a line break inside the cell, as in Sheets.
      e.preventDefault();
      const i = area.selectionStart;
      area.value = `${area.value.slice(0, i)}\n${area.value.slice(area.selectionEnd)}`;
      area.selectionStart = area.selectionEnd = i + 1;
    }
  });
  area.addEventListener("blur", () => {
    if (editor === area) void confirmar(area.value, donde, null);
  });
  rejilla.append(area);
  editor = area;
  area.focus();
  area.selectionStart = area.selectionEnd = area.value.length;
}

function cancelarEdicion(): void {
  const area = editor;
  editor = null;
  area?.remove();
}

async function confirmar(
  texto: string,
  donde: { hoja: string; fila: number; columna: number },
  siguiente: { fila: number; columna: number } | null,
): Promise<void> {
  cancelarEdicion();
  if (siguiente) seleccion = siguiente;
  await accion("/api/editar", { ...donde, texto });
  if (siguiente) seleccionar(siguiente.fila, siguiente.columna);
}

rejilla.addEventListener("click", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!td?.dataset.fila) return;
  seleccionar(Number(td.dataset.fila), Number(td.dataset.columna));
});

rejilla.addEventListener("dblclick", (e) => {
  const td = (e.target as HTMLElement).closest("td");
  if (!td?.dataset.fila) return;
  seleccionar(Number(td.dataset.fila), Number(td.dataset.columna));
  editar();
});

rejilla.addEventListener("keydown", (e) => {
  if (editor || !(e.target instanceof HTMLTableCellElement)) return;
  const { fila, columna } = seleccion;
  const mover: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const paso = mover[e.key];
  if (paso) {
    e.preventDefault();
    seleccionar(fila + paso[0], columna + paso[1]);
  } else if (e.key === "Tab") {
    e.preventDefault();
    seleccionar(fila, columna + (e.shiftKey ? -1 : 1));
  } else if (e.key === "Enter" || e.key === "F2") {
    e.preventDefault();
    editar();
  } else if (e.key === "Delete" || e.key === "Backspace") {
    e.preventDefault();
    // The Delete key clears the contents (formats, notes and rules stay) and fires onEdit.
    const hoja = vista?.hoja.nombre;
    if (hoja) void accion("/api/borrar", { hoja, a1: `${letras(columna)}${fila}` });
  } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
    // Typing on a selected cell starts editing with that character, replacing the content.
    e.preventDefault();
    editar(e.key);
  }
});

// ---------- menus ----------

let menusDibujados = "";

function cerrarMenus(): void {
  for (const b of Array.from(menus.querySelectorAll<HTMLButtonElement>(".menu > button"))) {
    b.setAttribute("aria-expanded", "false");
  }
  for (const ul of Array.from(menus.querySelectorAll("ul"))) ul.hidden = true;
}

function dibujarMenus(v: Vista): void {
  const firma = JSON.stringify(v.menus);
  if (firma === menusDibujados) return;
  menusDibujados = firma;
  menus.replaceChildren();
  v.menus.forEach((menu, m) => {
    const caja = document.createElement("div");
    caja.className = "menu";
    const boton = document.createElement("button");
    boton.type = "button";
    boton.textContent = menu.titulo;
    boton.id = `menu-${m}`;
    boton.setAttribute("aria-haspopup", "menu");
    boton.setAttribute("aria-expanded", "false");
    const lista = document.createElement("ul");
    lista.setAttribute("role", "menu");
    lista.setAttribute("aria-labelledby", boton.id);
    lista.hidden = true;
    for (const item of menu.items) {
      const li = document.createElement("li");
      if (item === null) {
        li.className = "separador";
        li.setAttribute("role", "separator");
      } else {
        li.setAttribute("role", "none");
        const b = document.createElement("button");
        b.type = "button";
        b.setAttribute("role", "menuitem");
        b.tabIndex = -1;
        b.textContent = item.etiqueta;
        b.dataset.funcion = item.funcion;
        b.addEventListener("click", () => {
          cerrarMenus();
          boton.focus();
          void accion("/api/menu", { ruta: item.ruta });
        });
        li.append(b);
      }
      lista.append(li);
    }
    const abrir = (enfocar: "primero" | "ultimo" | null) => {
      const abierto = boton.getAttribute("aria-expanded") === "true";
      cerrarMenus();
      if (abierto && enfocar === null) return;
      boton.setAttribute("aria-expanded", "true");
      lista.hidden = false;
      const items = Array.from(lista.querySelectorAll<HTMLButtonElement>("button"));
      if (enfocar) (enfocar === "primero" ? items[0] : items[items.length - 1])?.focus();
    };
    boton.addEventListener("click", () => abrir(null));
    boton.addEventListener("keydown", (e) => {
      if (e.key === "ArrowDown" || e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        abrir("primero");
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        abrir("ultimo");
      }
    });
    lista.addEventListener("keydown", (e) => {
      const items = Array.from(lista.querySelectorAll<HTMLButtonElement>("button"));
      const i = items.indexOf(document.activeElement as HTMLButtonElement);
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        const n = items.length;
        items[(i + (e.key === "ArrowDown" ? 1 : n - 1)) % n]?.focus();
      } else if (e.key === "Tab") {
        cerrarMenus();
      }
    });
    caja.append(boton, lista);
    menus.append(caja);
  });
}

document.addEventListener("click", (e) => {
  if (!menus.contains(e.target as Node)) cerrarMenus();
});

// Escape closes an open menu, wherever the focus is on the page (its button, an item, the grid), and
// gives the focus back to the menu's button; nothing else sees that Escape (not a non-modal dialog).
// With no menu open, Escape is left to the rest of the page.
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  const abierto = menus.querySelector<HTMLButtonElement>('.menu > button[aria-expanded="true"]');
  if (!abierto) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  cerrarMenus();
  abierto.focus();
});

// A click into the sidebar or a dialog lands in its iframe, not on this page: the focus leaving for
// the iframe is that click, and it closes the menu as any click outside it does.
window.addEventListener("blur", () => {
  if (document.activeElement instanceof HTMLIFrameElement) cerrarMenus();
});

// ---------- tabs and documents ----------

let pestanasDibujadas = "";
let hojaActivaDibujada = "";

/** Keeps the tab bar's scroll and the focused tab across redraws; scrolls a newly active tab into view. */
function dibujarPestanas(v: Vista): void {
  const firma = JSON.stringify([v.hojas, v.hojaActiva]);
  if (firma === pestanasDibujadas) return;
  pestanasDibujadas = firma;
  const enfocada = pestanas.contains(document.activeElement) ? document.activeElement?.textContent : null;
  const desplazamiento = pestanas.scrollLeft;
  pestanas.replaceChildren();
  for (const nombre of v.hojas) {
    const b = document.createElement("button");
    b.type = "button";
    b.setAttribute("role", "tab");
    const activa = nombre === v.hojaActiva;
    b.setAttribute("aria-selected", String(activa));
    b.tabIndex = activa ? 0 : -1;
    b.textContent = nombre;
    b.addEventListener("click", () => {
      if (!activa) void accion("/api/hoja", { hoja: nombre });
    });
    b.addEventListener("keydown", (e) => {
      if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
      const botones = Array.from(pestanas.querySelectorAll<HTMLButtonElement>("button"));
      const i = botones.indexOf(b) + (e.key === "ArrowRight" ? 1 : -1);
      botones[(i + botones.length) % botones.length]?.focus();
    });
    pestanas.append(b);
  }
  pestanas.scrollLeft = desplazamiento;
  const botones = Array.from(pestanas.querySelectorAll<HTMLButtonElement>("button"));
  if (v.hojaActiva !== hojaActivaDibujada) {
    hojaActivaDibujada = v.hojaActiva;
    const activa = botones.find((b) => b.getAttribute("aria-selected") === "true");
    if (activa) mostrarPestana(activa);
  }
  botones.find((b) => enfocada != null && b.textContent === enfocada)?.focus();
}

/** Scrolls the tab bar (only it, not the page) so that `pestana` is fully in view. */
function mostrarPestana(pestana: HTMLElement): void {
  const barraDePestanas = pestanas.getBoundingClientRect();
  const caja = pestana.getBoundingClientRect();
  if (caja.left < barraDePestanas.left) pestanas.scrollLeft -= barraDePestanas.left - caja.left;
  else if (caja.right > barraDePestanas.right) pestanas.scrollLeft += caja.right - barraDePestanas.right;
}

function dibujarDocumentos(v: Vista): void {
  documentos.replaceChildren();
  if (v.documentos.length === 0) return;
  documentos.append("Documentos:");
  for (const d of v.documentos) {
    const a = document.createElement("a");
    a.href = d.ruta;
    a.target = "_blank";
    a.rel = "noopener";
    a.textContent = d.nombre;
    documentos.append(a);
  }
}

// ---------- sidebar and dialogs ----------

function cargarMarco(iframe: HTMLIFrameElement, m: MarcoVista): void {
  if (iframe.dataset.marco === m.id) return;
  iframe.dataset.marco = m.id;
  iframe.src = `/ui/${encodeURIComponent(m.id)}`;
}

function vaciarMarco(iframe: HTMLIFrameElement): void {
  if (!iframe.dataset.marco) return;
  delete iframe.dataset.marco;
  iframe.src = "about:blank";
}

function dibujarMarcos(v: Vista): void {
  if (v.barraLateral) {
    $("barra-titulo").textContent = v.barraLateral.titulo;
    barra.hidden = false;
    cargarMarco(barraMarco, v.barraLateral);
  } else {
    barra.hidden = true;
    vaciarMarco(barraMarco);
  }
  const d = v.dialogo;
  if (d) {
    const nuevo = dialogoMarco.dataset.marco !== d.id;
    $("dialogo-titulo").textContent = d.titulo;
    dialogoFondo.classList.toggle("no-modal", d.tipo === "no-modal");
    $("dialogo").setAttribute("aria-modal", String(d.tipo === "modal"));
    if (nuevo) {
      dialogoMarco.style.width = `${d.ancho}px`;
      dialogoMarco.style.height = `${d.alto}px`;
    }
    dialogoFondo.hidden = false;
    cargarMarco(dialogoMarco, d);
    if (nuevo) dialogoMarco.focus();
  } else if (!dialogoFondo.hidden) {
    dialogoFondo.hidden = true;
    vaciarMarco(dialogoMarco);
    seleccionar(seleccion.fila, seleccion.columna);
  }
}

function cerrarMarco(iframe: HTMLIFrameElement): void {
  const marco = iframe.dataset.marco;
  if (marco) void accion("/api/marco/cerrar", { marco });
}

$("dialogo-cerrar").addEventListener("click", () => cerrarMarco(dialogoMarco));
$("barra-cerrar").addEventListener("click", () => cerrarMarco(barraMarco));
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && !dialogoFondo.hidden && alertaFondo.hidden) cerrarMarco(dialogoMarco);
});

/** The bridge in each frame talks to the page; the page relays google.script.run to the server. */
window.addEventListener("message", (event: MessageEvent) => {
  const iframe = [barraMarco, dialogoMarco].find((f) => f.contentWindow === event.source);
  const data = event.data as ({ canal?: string } & MensajeDelMarco) | null;
  if (!iframe || !data || data.canal !== CANAL) return;
  const marco = iframe.dataset.marco;
  if (!marco) return;
  const origen = event.source as Window;
  switch (data.tipo) {
    case "run":
      void (async () => {
        let resultado: string;
        try {
          resultado = JSON.stringify(
            await pedir("/api/run", { marco, funcion: data.funcion, args: data.args }),
          );
        } catch (e) {
          resultado = JSON.stringify({
            ok: false,
            error: { name: "Error", message: e instanceof Error ? e.message : String(e) },
          });
        }
        const respuesta: MensajeAlMarco & { canal: string } = {
          canal: CANAL,
          tipo: "resultado",
          llamada: data.llamada,
          resultado,
        };
        // The frame's origin is opaque (sandboxed), so "*" is the only possible target.
        origen.postMessage(respuesta, "*");
        await sondear();
      })();
      break;
    case "cerrar":
      cerrarMarco(iframe);
      break;
    case "alto":
      if (iframe === dialogoMarco && data.valor > 0) iframe.style.height = `${data.valor}px`;
      break;
    case "ancho":
      // Sidebars keep their 300 px.
      if (iframe === dialogoMarco && data.valor > 0) iframe.style.width = `${data.valor}px`;
      break;
    case "foco-editor":
      seleccionar(seleccion.fila, seleccion.columna);
      break;
  }
});

// ---------- alerts and toasts ----------

function dibujarAlerta(v: Vista): void {
  const alerta = v.alertas[0];
  if (!alerta) {
    alertaFondo.hidden = true;
    return;
  }
  if (alertaFondo.dataset.alerta === alerta.id && !alertaFondo.hidden) return;
  alertaFondo.dataset.alerta = alerta.id;
  $("alerta-titulo").textContent = alerta.titulo || "Informe mensual";
  $("alerta-mensaje").textContent = alerta.mensaje;
  const botones = $("alerta-botones");
  botones.replaceChildren();
  for (const etiqueta of alerta.botones) {
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = etiqueta;
    b.addEventListener("click", () => {
      void accion("/api/alerta/cerrar", { id: alerta.id });
    });
    botones.append(b);
  }
  alertaFondo.hidden = false;
  botones.querySelector("button")?.focus();
}

function dibujarAvisos(lista: AvisoVista[]): void {
  for (const aviso of lista) {
    // Toasts from before this page was opened never reach it: opening clears them (Playground.abrir).
    if (avisosMostrados.has(aviso.id)) continue;
    avisosMostrados.add(aviso.id);
    const caja = document.createElement("div");
    caja.className = "aviso";
    caja.setAttribute("role", "status");
    if (aviso.titulo) {
      const t = document.createElement("strong");
      t.textContent = aviso.titulo;
      caja.append(t);
    }
    caja.append(aviso.mensaje);
    avisos.append(caja);
    setTimeout(() => caja.remove(), aviso.segundos * 1000);
  }
}

// ---------- start ----------

void (async () => {
  try {
    // Loading the page opens the spreadsheet: no sidebar, dialog, alert or toast of the last page,
    // and the menus onOpen builds.
    dibujar((await pedir<RespuestaAccion>("/api/abrir", {})).vista);
  } catch (e) {
    mostrarError(e instanceof Error ? e.message : String(e));
  }
  setInterval(() => {
    if (!editor) void sondear();
  }, INTERVALO_MS);
})();
