// The playground's engine: one emulated project running the built add-on, its saved state, and the actions the page can take (menu clicks, typing, the Delete key, google.script.run, closing dialogs).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { renderDocumentHtml } from "../emulator/document";
import { Harness } from "../emulator/harness";
import { Environment, type EnvironmentState, type Manifest } from "../emulator/index";
import { type CallOutcome, publicFunctionNames, runServerCall } from "../emulator/script-run";
import { EditRejected } from "../emulator/spreadsheet/user-edits";
import type { AlertRecord, DialogRecord, MenuEntry, SidebarRecord } from "../emulator/ui";
import type { AlertaVista, AvisoVista, DocumentoVista, MarcoVista, MenuVista, Vista } from "./protocolo";
import { cargarMuestra, ENTORNO_DE_OFICINA, type InformeDeMuestra } from "./semilla";
import { hojaVista } from "./vista";

/** Where the built project comes from and where the state is kept. */
export interface OpcionesPlayground {
  /** dist/: Code.js, appsscript.json and the *.html pages, exactly what clasp pushes. */
  dist: string;
  /** The script to run instead of dist/Code.js (tests append a probe to it); default dist/Code.js. */
  codigo?: string;
  /** The JSON state file; created on first start. */
  estado: string;
  /** Start again from the sample even if the state file exists. */
  reiniciar?: boolean;
  /** The sample report, used on first start and on reset. */
  muestra: () => InformeDeMuestra;
}

const NOMBRES_BOTONES: Record<string, string> = {
  OK: "Aceptar",
  CANCEL: "Cancelar",
  YES: "Sí",
  NO: "No",
  CLOSE: "Cerrar",
};

interface Marco {
  id: string;
  registro: SidebarRecord | DialogRecord;
}

/** The add-on on the emulator, as one user in one spreadsheet sees it. */
export class Playground {
  readonly env: Environment;
  readonly harness: Harness;
  private readonly archivo: string;
  private readonly manifest: Manifest;
  private readonly htmlFiles: Record<string, string>;
  /** Top-level functions of the loaded script (what menus and google.script.run can reach). */
  readonly funciones: string[];
  private version = 1;
  private seleccionDelGuion: Vista["seleccionDelGuion"] = null;
  private secuencia = 0;
  private barra: Marco | null = null;
  private dialogo: Marco | null = null;
  private alertas: AlertaVista[] = [];
  private avisos: Array<AvisoVista & { hasta: number }> = [];

  constructor(opciones: OpcionesPlayground) {
    this.archivo = opciones.estado;
    this.manifest = JSON.parse(readFileSync(join(opciones.dist, "appsscript.json"), "utf8")) as Manifest;
    this.htmlFiles = leerPaginas(opciones.dist);
    const codigo = readFileSync(opciones.codigo ?? join(opciones.dist, "Code.js"), "utf8");
    const guardado = !opciones.reiniciar && existsSync(this.archivo) ? leerEstado(this.archivo) : undefined;
    this.env = new Environment({
      ...ENTORNO_DE_OFICINA,
      manifest: this.manifest,
      htmlFiles: this.htmlFiles,
      ...(guardado ? { state: guardado } : {}),
    });
    this.harness = new Harness(this.env, codigo);
    this.funciones = this.harness.topLevelFunctions();
    if (!guardado) cargarMuestra(this.env, this.harness, opciones.muestra());
    // Starting the server opens the spreadsheet; a failing onOpen stops it here, where it is seen.
    this.abrirLibro();
    this.recoger();
    this.guardar();
  }

  /**
   * Loading the page is opening the spreadsheet, as a person opening it sees it: whatever the last
   * page showed (sidebar, dialog, alerts, toasts) is gone and onOpen (LIMITED) builds the menus again.
   * What onOpen itself shows is kept. Its error comes back as text.
   */
  abrir(): string | undefined {
    return this.accion(() => this.abrirLibro());
  }

  private abrirLibro(): void {
    const ui = this.env.state.ui;
    ui.alerts.length = 0;
    ui.toasts.length = 0;
    this.barra = null;
    this.dialogo = null;
    this.alertas = [];
    this.avisos = [];
    // Clears the menus, the sidebar and the dialog of the Ui, then runs onOpen.
    this.harness.open("LIMITED");
  }

  /** Writes the state file (atomically: a half-written file would lose the workbook). */
  guardar(): void {
    mkdirSync(dirname(this.archivo), { recursive: true });
    const temporal = `${this.archivo}.${process.pid}.tmp`;
    // Compact: configurarHoja formats every row, so the state is megabytes and is written after every action.
    writeFileSync(temporal, JSON.stringify(this.env.snapshot()));
    renameSync(temporal, this.archivo);
  }

  /** Runs an action of the user, then collects what it showed and saves. Errors come back as text. */
  private accion(hacer: () => void, porGuion = false): string | undefined {
    let error: string | undefined;
    // Range.activate() stores a new object each time, even for the cell already selected.
    const antes = this.env.workbook.state.activeRange;
    try {
      hacer();
    } catch (e) {
      error = mensajeDeError(e);
    }
    const despues = this.env.workbook.state.activeRange;
    // A script's Range.activate() moves the page's selection; a person's own edit does not (the page did).
    if (porGuion && despues && despues !== antes) {
      this.seleccionDelGuion = {
        fila: despues.row,
        columna: despues.column,
        n: (this.seleccionDelGuion?.n ?? 0) + 1,
      };
    }
    this.recoger();
    this.version++;
    this.guardar();
    return error;
  }

  /** Moves what the script showed (alerts, toasts, new sidebars and dialogs) into the page's view. */
  private recoger(): void {
    const ui = this.env.state.ui;
    const ahora = Date.now();
    for (const alerta of ui.alerts.splice(0)) this.alertas.push(this.alerta(alerta));
    for (const aviso of ui.toasts.splice(0)) {
      // Sheets shows a toast for its timeout; a negative timeout means "until closed" (shown 30 s here).
      const segundos = aviso.timeoutSeconds < 0 ? 30 : Math.max(1, aviso.timeoutSeconds);
      this.avisos.push({
        id: this.nuevoId("aviso"),
        titulo: aviso.title,
        mensaje: aviso.message,
        segundos,
        hasta: ahora + segundos * 1000,
      });
    }
    // The Ui stores a new record on every show, so a changed reference is a new page to load.
    if (ui.sidebar !== (this.barra?.registro ?? null)) {
      this.barra = ui.sidebar ? { id: this.nuevoId("barra"), registro: ui.sidebar } : null;
    }
    if (ui.dialog !== (this.dialogo?.registro ?? null)) {
      this.dialogo = ui.dialog ? { id: this.nuevoId("dialogo"), registro: ui.dialog } : null;
    }
  }

  private alerta(registro: AlertRecord): AlertaVista {
    const botones = registro.buttons.split("_").map((b) => NOMBRES_BOTONES[b] ?? b);
    const respuesta = NOMBRES_BOTONES[registro.answer] ?? registro.answer;
    return {
      id: this.nuevoId("alerta"),
      titulo: registro.title,
      mensaje:
        registro.kind === "prompt"
          ? `${registro.prompt}\n\n(El emulador respondió «${respuesta}» con el texto «${registro.text ?? ""}».)`
          : registro.prompt,
      botones,
    };
  }

  private nuevoId(tipo: string): string {
    this.secuencia++;
    return `${tipo}-${this.secuencia}`;
  }

  /** The current view; `hoja` selects a sheet to draw (default: the active one). */
  vista(): Vista {
    const wb = this.env.workbook;
    const ahora = Date.now();
    this.avisos = this.avisos.filter((a) => a.hasta > ahora);
    const activa = wb.activeSheet().name;
    return {
      version: this.version,
      libro: wb.name,
      zonaHoraria: wb.timeZone,
      hojas: wb.sheetNames(),
      hojaActiva: activa,
      hoja: hojaVista(wb, activa),
      menus: this.menus(),
      barraLateral: this.barra ? marcoVista(this.barra) : null,
      dialogo: this.dialogo ? marcoVista(this.dialogo) : null,
      alertas: [...this.alertas],
      avisos: this.avisos.map(({ hasta: _hasta, ...aviso }) => aviso),
      documentos: this.documentos(),
      seleccionDelGuion: this.seleccionDelGuion,
    };
  }

  /** Grows with every change; the page polls it to know when to redraw. */
  get versionActual(): number {
    return this.version;
  }

  private menus(): MenuVista[] {
    return this.env.state.ui.menus.map((m) => ({
      // An add-on's menu sits under Extensions in Sheets.
      titulo: m.kind === "addon" ? `Extensiones › ${m.title}` : m.title,
      items: aplanar(m.items, [m.title]),
    }));
  }

  private documentos(): DocumentoVista[] {
    const { docs, drive } = this.env.state;
    return Object.keys(docs.documents).map((id) => ({
      id,
      nombre: drive.files[id]?.name ?? id,
      ruta: `/documentos/${encodeURIComponent(id)}`,
    }));
  }

  /** A menu click (`ruta`: "Menu > Item"): the item's function runs in FULL, as Apps Script runs menu callbacks. */
  clicMenu(ruta: string): string | undefined {
    return this.accion(() => {
      this.harness.clickMenu(ruta);
    }, true);
  }

  /** The user types `texto` into a cell: parsed as Sheets would, then onEdit (LIMITED) with its event. */
  editar(hoja: string, fila: number, columna: number, texto: string): string | undefined {
    return this.accion(() => {
      this.harness.edit(hoja, fila, columna, texto);
    });
  }

  /** The Delete key on the selected cells: contents cleared, then onEdit (LIMITED) with its event. */
  borrar(hoja: string, a1: string): string | undefined {
    return this.accion(() => {
      this.harness.clear(hoja, a1);
    });
  }

  /** Clicking a sheet tab. */
  activarHoja(nombre: string): string | undefined {
    return this.accion(() => {
      const hoja = this.env.workbook.requireSheet(nombre);
      this.env.workbook.state.activeSheetId = hoja.sheetId;
    });
  }

  /**
   * A google.script.run call from the frame `marco`: the bridge rules (emulator/script-run.ts), then
   * the function in FULL auth mode with the script loaded afresh (Harness.run). A frame that is no
   * longer shown cannot call (its page was closed).
   */
  llamar(marco: string, funcion: string, argsJson: string): CallOutcome {
    if (marco !== this.barra?.id && marco !== this.dialogo?.id) {
      return { ok: false, error: { name: "Error", message: "Este cuadro ya no está abierto." } };
    }
    let args: unknown;
    try {
      args = JSON.parse(argsJson);
    } catch {
      return { ok: false, error: { name: "Error", message: "Argumentos ilegibles." } };
    }
    if (!Array.isArray(args))
      return { ok: false, error: { name: "Error", message: "Argumentos ilegibles." } };
    let resultado: CallOutcome = { ok: true, value: undefined };
    this.accion(() => {
      resultado = runServerCall(funcion, args as unknown[], this.funciones, (nombre, checked) =>
        this.harness.run(nombre, checked, { authMode: "FULL" }),
      );
    }, true);
    return resultado;
  }

  /** google.script.host.close(), or the × of a dialog. */
  cerrarMarco(marco: string): void {
    this.accion(() => {
      const ui = this.env.state.ui;
      if (this.barra?.id === marco) ui.sidebar = null;
      if (this.dialogo?.id === marco) ui.dialog = null;
    });
  }

  /** The user dismisses an alert. */
  cerrarAlerta(id: string): void {
    this.alertas = this.alertas.filter((a) => a.id !== id);
    this.version++;
  }

  /** The HTML of a shown sidebar or dialog, or undefined if `marco` is not shown. */
  htmlDeMarco(marco: string): { html: string; vista: MarcoVista } | undefined {
    for (const m of [this.barra, this.dialogo]) {
      if (m && m.id === marco) return { html: m.registro.html, vista: marcoVista(m) };
    }
    return undefined;
  }

  /** The functions google.script.run offers a page. */
  funcionesPublicas(): string[] {
    return publicFunctionNames(this.funciones);
  }

  /** A document the add-on created, rendered by the emulator. */
  documentoHtml(id: string): string | undefined {
    if (!this.env.state.docs.documents[id]) return undefined;
    return renderDocumentHtml(this.env.state.docs, id, this.env.state.drive);
  }
}

function marcoVista(m: Marco): MarcoVista {
  const r = m.registro;
  if ("kind" in r) {
    return {
      id: m.id,
      titulo: r.title,
      ancho: r.width,
      alto: r.height,
      tipo: r.kind === "modal" ? "modal" : "no-modal",
    };
  }
  return { id: m.id, titulo: r.title, ancho: r.width, alto: 0, tipo: "barra" };
}

/** Submenus are drawn flat, their items labelled "Submenú › Item"; `ruta` is the path the harness resolves. */
function aplanar(entradas: readonly MenuEntry[], ruta: readonly string[], prefijo = ""): MenuVista["items"] {
  const out: MenuVista["items"] = [];
  for (const e of entradas) {
    if (e.type === "separator") out.push(null);
    else if (e.type === "item") {
      out.push({
        etiqueta: `${prefijo}${e.label}`,
        funcion: e.functionName,
        ruta: [...ruta, e.label].join(" > "),
      });
    } else out.push(...aplanar(e.items, [...ruta, e.label], `${prefijo}${e.label} › `));
  }
  return out;
}

function leerPaginas(dist: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const nombre of readdirSync(dist)) {
    if (nombre.endsWith(".html")) out[basename(nombre, ".html")] = readFileSync(join(dist, nombre), "utf8");
  }
  return out;
}

function leerEstado(archivo: string): EnvironmentState {
  try {
    return JSON.parse(readFileSync(archivo, "utf8")) as EnvironmentState;
  } catch (error) {
    throw new Error(
      `No se pudo leer ${archivo}: ${mensajeDeError(error)}. Use --reset para empezar de nuevo.`,
    );
  }
}

/**
 * "Exception: …" for service errors, as Apps Script prints them; for input a rule rejects, what
 * Sheets tells the person (the rule's help text); the message for anything else.
 */
export function mensajeDeError(error: unknown): string {
  if (error instanceof EditRejected) return `La celda no acepta ese valor: ${error.message}`;
  if (typeof error === "object" && error !== null && "message" in error) {
    const e = error as { name?: unknown; message?: unknown };
    return e.name === "Exception" ? `Exception: ${String(e.message)}` : String(e.message);
  }
  return String(error);
}
