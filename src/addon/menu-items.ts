// The menu's labels and the entry point each one runs: one list, read by onOpen and by the tests.

export interface ItemDeMenu {
  readonly etiqueta: string;
  /** A top-level function of the built script (see src/main.ts). */
  readonly funcion: string;
}

export const MENU = {
  titulo: "Informe mensual",
  items: [
    { etiqueta: "Registrar actividad", funcion: "abrirRegistro" },
    { etiqueta: "Generar informe mensual", funcion: "abrirGenerarInforme" },
    { etiqueta: "Validar registros", funcion: "abrirValidarRegistros" },
    { etiqueta: "Importar informe anterior", funcion: "abrirImportarInforme" },
    "separador",
    { etiqueta: "Configurar hoja", funcion: "configurarHoja" },
    { etiqueta: "Ayuda", funcion: "mostrarAyuda" },
  ] as ReadonlyArray<ItemDeMenu | "separador">,
} as const;
