// Checks of how Sheets stores what a script writes: strings read as typed, the plain-text format, the apostrophe, rich text, the cell limit, colour names.
import type { Hoja, Rango } from "../addon/tipos";
import {
  type Comprobacion,
  cumple,
  describir,
  type Entorno,
  lanzado,
  noCumple,
  type Resultado,
} from "./comprobacion";

const GUIA = "Guía de la plataforma (shared/guides/apps-script-platform.md), Spreadsheet";
const RANGO = "https://developers.google.com/apps-script/reference/spreadsheet/range";

/** What a cell should hold after a write: a formula, a number, a text or a date (Y-M-D in the sheet's zone). */
export type Esperado =
  | { readonly formula: string }
  | { readonly numero: number }
  | { readonly texto: string }
  | { readonly fecha: string };

function describirEsperado(e: Esperado): string {
  if ("formula" in e) return `fórmula «${e.formula}»`;
  if ("numero" in e) return `número ${e.numero}`;
  if ("texto" in e) return `texto «${e.texto}»`;
  return `fecha ${e.fecha}`;
}

function coincide(e: Esperado, valor: unknown, formula: string, zona: string): boolean {
  if ("formula" in e) return formula === e.formula;
  if (formula !== "") return false;
  if ("numero" in e) return typeof valor === "number" && Math.abs(valor - e.numero) < 1e-9;
  if ("texto" in e) return valor === e.texto;
  return valor instanceof Date && Utilities.formatDate(valor, zona, "yyyy-MM-dd") === e.fecha;
}

/**
 * Compares a row of cells with what was expected of each entry; the detail names every entry and,
 * where Google differs, what it stored instead.
 */
export function compararFila(
  rango: Rango,
  entradas: readonly string[],
  esperados: readonly Esperado[],
  zona: string,
): Resultado {
  const valores = rango.getValues()[0] ?? [];
  const formulas = rango.getFormulas()[0] ?? [];
  const distintos: string[] = [];
  entradas.forEach((entrada, i) => {
    const e = esperados[i] as Esperado;
    const valor = valores[i];
    const formula = formulas[i] ?? "";
    if (!coincide(e, valor, formula, zona)) {
      const visto = formula !== "" ? `fórmula «${formula}»` : describir(valor, zona);
      distintos.push(`«${entrada}»: se esperaba ${describirEsperado(e)}, Google guardó ${visto}`);
    }
  });
  if (distintos.length > 0) return noCumple(distintos.join("; "));
  return cumple(entradas.map((t, i) => `«${t}» → ${describirEsperado(esperados[i] as Esperado)}`).join("; "));
}

/** Runs `cuerpo` with the spreadsheet in `locale`, putting the office's locale back afterwards. */
export function conLocale<T>(entorno: Entorno, locale: string, cuerpo: () => T): T {
  const antes = entorno.libro.getSpreadsheetLocale();
  entorno.libro.setSpreadsheetLocale(locale);
  try {
    return cuerpo();
  } finally {
    entorno.libro.setSpreadsheetLocale(antes);
  }
}

/** compararFila for a row whose every entry must be stored as the text given. */
function quedanComoTexto(
  entorno: Entorno,
  rango: Rango,
  entradas: readonly string[],
  textos: readonly string[],
): Resultado {
  const zona = entorno.libro.getSpreadsheetTimeZone();
  return compararFila(
    rango,
    entradas,
    textos.map((texto) => ({ texto })),
    zona,
  );
}

function fila(hoja: Hoja, n: number, ancho: number): Rango {
  return hoja.getRange(n, 1, 1, ancho);
}

const TECLEADO: readonly [string, Esperado][] = [
  ["=1+2", { formula: "=1+2" }],
  ["1,000", { numero: 1000 }],
  ["0012", { numero: 12 }],
  ["50%", { numero: 0.5 }],
  ["2019-05", { fecha: "2019-05-01" }],
  ["+1", { numero: 1 }],
  ["-2", { numero: -2 }],
  ["@x", { texto: "@x" }],
];

const COMO_TEXTO = ['=IMPORTXML("https://example.com","//a")', "1,000", "2019-05", "+1", "-2", "0012", "@x"];

export const COMPROBACIONES_DE_ESCRITURA: readonly Comprobacion[] = [
  {
    id: "escritura-como-tecleado",
    hecho:
      "setValue y setValues leen un texto como si se tecleara (con la configuración es_PA): «=» hace una fórmula; «1,000», «0012», «50%», «2019-05», «+1» y «-2» se vuelven números o fechas; «@x» queda texto.",
    fuente: `${RANGO}#setValues(Object); ${GUIA}`,
    dependeDe:
      "Por esto el complemento nunca escribe texto del personal sin formato de texto sin formato («@») en la columna. Si no cumple, el emulador lee distinto que Google: corrija emulator/spreadsheet/typing.ts para que las pruebas digan la verdad.",
    ejecutar: (entorno) =>
      conLocale(entorno, "es_PA", () => {
        const hoja = entorno.hojaNueva();
        const zona = entorno.libro.getSpreadsheetTimeZone();
        const entradas = TECLEADO.map(([t]) => t);
        const esperados = TECLEADO.map(([, e]) => e);
        fila(hoja, 1, entradas.length).setValues([entradas]);
        entradas.forEach((t, i) => {
          hoja.getRange(2, i + 1).setValue(t);
        });
        const conSetValues = compararFila(fila(hoja, 1, entradas.length), entradas, esperados, zona);
        const conSetValue = compararFila(fila(hoja, 2, entradas.length), entradas, esperados, zona);
        if (conSetValues.estado !== "cumple") return noCumple(`setValues: ${conSetValues.detalle}`);
        if (conSetValue.estado !== "cumple") return noCumple(`setValue: ${conSetValue.detalle}`);
        return cumple(`setValues y setValue: ${conSetValues.detalle}`);
      }),
  },
  {
    id: "texto-arroba",
    hecho:
      "Una celda con formato de número «@» (texto sin formato) guarda lo escrito tal cual: un «=» inicial no hace fórmula, «1,000» o «2019-05» no se vuelven número ni fecha.",
    fuente: `${GUIA} («plain-text number format ('@') on text columns»); ${RANGO}#setNumberFormat(String)`,
    dependeDe:
      "Es la defensa del complemento para el texto del personal (src/addon/registro/tabla.ts, escribirFilaNueva, y escritura.ts): el formato «@» va antes que los valores. Si no cumple, un «=IMPORTXML(…)» escrito en la barra lateral podría ejecutarse en la hoja: no use el complemento hasta cambiar la escritura a texto enriquecido (ver texto-enriquecido).",
    ejecutar: (entorno) => {
      const hoja = entorno.hojaNueva();
      const rango = fila(hoja, 1, COMO_TEXTO.length);
      rango.setNumberFormat("@");
      rango.setValues([COMO_TEXTO]);
      return quedanComoTexto(entorno, rango, COMO_TEXTO, COMO_TEXTO);
    },
  },
  {
    id: "apostrofo",
    hecho:
      "Un apóstrofo inicial hace texto lo que sigue, y el apóstrofo no queda en el valor («'=1+2» guarda el texto «=1+2»). PENDIENTE DE CONFIRMAR en la guía.",
    fuente: `${GUIA} («the leading-apostrophe convention; exact Apps Script behaviour UNCONFIRMED»)`,
    dependeDe:
      "El complemento no depende de esto (usa el formato «@»). Si no cumple, el emulador está equivocado en typing.ts (regla 2): corríjalo con lo que muestra el detalle.",
    ejecutar: (entorno) => {
      const entradas = ["'=1+2", "'0012", "'2019-05"];
      const rango = fila(entorno.hojaNueva(), 1, entradas.length);
      rango.setValues([entradas]);
      return quedanComoTexto(
        entorno,
        rango,
        entradas,
        entradas.map((t) => t.slice(1)),
      );
    },
  },
  {
    id: "texto-enriquecido",
    hecho:
      "setRichTextValues escribe texto como texto, sin leerlo como tecleado, aun sin formato «@»: «=1+2», «1,000» y «2019-05» quedan texto.",
    fuente: `${RANGO}#setRichTextValues(RichTextValue); https://developers.google.com/apps-script/reference/spreadsheet/rich-text-value`,
    dependeDe:
      "Es la segunda defensa posible para el texto del personal, la que respalda el tipo RichTextValue. El complemento hoy usa «@» (texto-arroba); si texto-arroba no cumple y esta sí, cambie la escritura del texto a texto enriquecido.",
    ejecutar: (entorno) => {
      const entradas = ["=1+2", "1,000", "2019-05", "+1", "0012"];
      const rango = fila(entorno.hojaNueva(), 1, entradas.length);
      const ricos = entradas.map((t) => SpreadsheetApp.newRichTextValue().setText(t).build());
      rango.setRichTextValues([ricos]);
      return quedanComoTexto(entorno, rango, entradas, entradas);
    },
  },
  {
    id: "limite-50000",
    hecho: "Una celda admite 50.000 caracteres; escribir 50.001 lanza un error y no escribe nada.",
    fuente: `${GUIA} («50,000 characters per cell (a longer write throws)»)`,
    dependeDe:
      "El informe escribe cada coordinación en su propia fila para no pasar el límite. Si no cumple, el límite de Google es otro: ajuste MAX_CELL_CHARS en emulator/spreadsheet/model.ts y el mensaje de typing.ts.",
    ejecutar: (entorno) => {
      const celda = entorno.hojaNueva().getRange(1, 1);
      celda.setValue("x".repeat(50000));
      const leidos = String(celda.getValue()).length;
      if (leidos !== 50000) return noCumple(`con 50.000 caracteres la celda devolvió ${leidos}`);
      const error = lanzado(() => celda.setValue("y".repeat(50001)));
      if (error === null) return noCumple("50.001 caracteres se escribieron sin error");
      if (String(celda.getValue()).charAt(0) !== "x") return noCumple("el error llegó después de escribir");
      return cumple(`50.000 caracteres se guardan; 50.001 lanzan: «${error}»`);
    },
  },
  {
    id: "colores-css",
    hecho:
      "setBackground acepta nombres de color CSS («lightseagreen», «PapayaWhip») y los guarda como #rrggbb; un color inválido no lanza error.",
    fuente: `${RANGO}#setBackground(String); brucemcpherson/gas-fakes, notes/named-colors.md (nombres CSS aceptados en vivo)`,
    dependeDe:
      "El complemento escribe colores en #rrggbb; esto mantiene fiel al emulador (emulator/spreadsheet/css-colors.ts). Si no cumple, corrija esa lista según el detalle.",
    ejecutar: (entorno) => {
      const celda = entorno.hojaNueva().getRange(1, 1);
      const casos: [string, string][] = [
        ["lightseagreen", "#20b2aa"],
        ["PapayaWhip", "#ffefd5"],
        ["darkslategrey", "#2f4f4f"],
      ];
      const vistos = casos.map(([nombre, hex]) => {
        celda.setBackground(nombre);
        const visto = celda.getBackground();
        return { nombre, hex, visto };
      });
      celda.setBackground("#ffffff");
      const invalido = lanzado(() => celda.setBackground("no es un color"));
      celda.setBackground("rebeccapurple");
      const nivel4 = `«rebeccapurple» (CSS nivel 4) dio ${celda.getBackground()}`;
      const mal = vistos.filter((v) => v.visto !== v.hex);
      const lista = vistos.map((v) => `${v.nombre} → ${v.visto}`).join(", ");
      if (mal.length > 0) return noCumple(`${lista}; se esperaba ${mal.map((v) => v.hex).join(", ")}`);
      if (invalido !== null) return noCumple(`un color inválido lanzó «${invalido}»`);
      return cumple(`${lista}; un color inválido no lanza; ${nivel4} (el emulador lo ignora)`);
    },
  },
];
