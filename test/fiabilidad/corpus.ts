// The hostile text corpus: what staff paste and type (and what an attacker would), and a registry made of it through the sidebar and by typing.
import type { Harness } from "../../emulator/harness";
import type { Environment } from "../../emulator/index";
import type { FormularioActividad, RespuestaRegistro } from "../../src/core/api";
import type { ErrorDeCampo } from "../../src/core/registro/campos";
import { HOJA } from "../../src/core/registro/hojas";
import { validarActividad, validarCoordinacion } from "../../src/core/registro/reglas";
import { nuevoId } from "../../src/ui/id";

export const CORPUS: readonly string[] = [
  // Formulas, CSV/DDE injection, and text Sheets would read as a number, a date or a boolean.
  "=1+1",
  '=IMPORTXML("http://x","//a")',
  '=HYPERLINK("http://x","clic")',
  "=cmd|' /C calc'!A0",
  "+1",
  "-2",
  "@SUMA(A1)",
  "'=apóstrofo y fórmula",
  "＝1+1",
  "1,000",
  "$2.99",
  "50%",
  "1e5",
  "0012",
  "2019-05",
  "07/05/2019",
  "3:30",
  "TRUE",
  "FALSO",
  "#N/A",
  "#REF!",
  // Markup and script, for every page that shows text.
  "<script>alert(1)</script>",
  "</script><script>alert(2)</script>",
  "<img src=x onerror=alert(3)>",
  '"><svg onload=alert(4)>',
  "<b onmouseover=alert(5)>negrita</b>",
  "<!-- comentario",
  "]]> &amp; &lt;b&gt;",
  "javascript:alert(6)",
  "<?= 1 + 1 ?> <?!= 'crudo' ?>",
  "<iframe src=//x></iframe>",
  // Keys and words that trouble JSON, objects and templates.
  "__proto__",
  "constructor",
  "toString",
  '{"ok":true,"fila":1}',
  "null",
  "undefined",
  "NaN",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the point.
  "${7*7} {{7*7}} %s %d",
  "C:\\Windows\\System32 \\n \\u0000",
  "'; DROP TABLE actividades; --",
  // Languages, scripts and marks.
  "Reunión 🤝 con 🇵🇦 y 👩🏽‍💼",
  "اجتماع مع السفارة — שלום",
  "会议 / 회의 / ミーティング",
  "e\u0301 n\u0303 (decomposed) é ñ",
  "𝒜𝓁𝒸𝒶𝓁𝒹í𝒶 𝟚𝟘𝟙𝟡",
  "İstanbul ß ﬁ Ǆ",
  "Z̸̡̛a̴̢l̷̨g̵̛o̶̢",
  "O'Brien «comillas» “curvas” `tildes`",
  "¿Qué? ¡Sí! Día de la Cooperación: ñandú, pingüino.",
  // Spaces, lengths, line breaks, invisible characters (some refused by the rules: their messages then).
  "   espacios   al   borde   ",
  "no\u00a0break\u202fspace",
  "línea 1\nlínea 2\r\nlínea 3",
  "tab\tdentro",
  "\u200b\u200b\u200b",
  "texto\u202econ cambio de dirección",
  "control\u0007campana",
  "nulo\u0000dentro",
  "x".repeat(200),
  `${"Información larga. ".repeat(157)}fin.`.slice(0, 3000),
  "y".repeat(3001),
];

/** The form a save sends for entry `i`: the text in every field; a field whose rule refuses it gets a placeholder, so the others still carry it. */
export function formulariosDe(texto: string, i: number) {
  const fecha = `2019-05-${String(1 + (i % 28)).padStart(2, "0")}`;
  const completo: FormularioActividad = {
    actividad: texto,
    entidad: texto,
    informacion: texto,
    fecha,
    fechaFin: "",
    eje: "",
  };
  const veredicto = validarActividad(completo, { ejes: null });
  const malos = new Set(veredicto.ok ? [] : veredicto.errores.map((e) => e.campo));
  const admitido: FormularioActividad = {
    ...completo,
    actividad: malos.has("actividad") ? `Actividad del corpus ${i}` : texto,
    entidad: malos.has("entidad") ? `Entidad del corpus ${i}` : texto,
    informacion: malos.has("informacion") ? `Información del corpus ${i}` : texto,
  };
  const valor = validarActividad(admitido, { ejes: null });
  if (!valor.ok) throw new Error(`corpus ${i}: the placeholders did not make a valid form`);
  return { completo, veredicto, admitido, valor: valor.valor };
}

/** A sheet of the office's that the add-on never touches: typing there shows what Sheets itself keeps. */
const CONTROL = "Notas de la oficina";

/** What the corpus left in the registry, for every surface to check. */
export interface Sembrado {
  /** Entry by entry: the save of the whole text (refused or not) and the row of the admitted one. */
  guardadas: Array<{
    texto: string;
    completo: RespuestaRegistro;
    esperado: readonly ErrorDeCampo[] | null;
    fila: number;
    valor: ReturnType<typeof formulariosDe>["valor"];
    coordinacion: { respuesta: RespuestaRegistro; fila: number | null; texto: string | null };
  }>;
  /**
   * Rows typed into the sheet: the text in Actividad, Entidad and Información, then a row with it in
   * Fecha; `escrito` is what typing it leaves in a plain-text cell of a sheet the add-on ignores (Sheets
   * drops a leading apostrophe, for one), so onEdit's part can be told from the sheet's own.
   */
  tecleadas: Array<{
    texto: string;
    escrito: unknown;
    escritoEnFecha: unknown;
    fila: number;
    filaDeFecha: number;
  }>;
}

/**
 * Saves every entry from the sidebar (the whole text, then the admitted form, and a coordination),
 * calling `alGuardar` after each save (the sidebar test opens the sidebar there), then types each
 * entry into new rows of Actividades as a person would.
 */
export function sembrarCorpus(
  env: Environment,
  harness: Harness,
  alGuardar: (i: number) => void = () => {},
): Sembrado {
  const run = (f: string, args: unknown[]) => harness.run(f, args, { authMode: "FULL" }) as RespuestaRegistro;
  const guardadas: Sembrado["guardadas"] = CORPUS.map((texto, i) => {
    const { completo, veredicto, admitido, valor } = formulariosDe(texto, i);
    const r = run("registrarActividad", [completo, { id: nuevoId() }]);
    const admitida = veredicto.ok ? r : run("registrarActividad", [admitido, { id: nuevoId() }]);
    const c = validarCoordinacion({ mes: "2019-05", coordinacion: texto });
    const respuesta = run("registrarCoordinacion", [
      { mes: "2019-05", coordinacion: texto },
      { id: nuevoId() },
    ]);
    alGuardar(i);
    return {
      texto,
      completo: r,
      esperado: veredicto.ok ? null : veredicto.errores,
      fila: admitida.ok ? admitida.fila : 0,
      valor,
      coordinacion: {
        respuesta,
        fila: respuesta.ok ? respuesta.fila : null,
        texto: c.ok ? c.valor.coordinacion : null,
      },
    };
  });
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  env.runtime.uncounted(() => {
    const control = app.getActiveSpreadsheet().insertSheet(CONTROL);
    control.getRange("A:A").setNumberFormat("@");
    control.getRange("B:B").setNumberFormat("dd/MM/yyyy");
  });
  const desde = env.workbook.lastRow(HOJA.actividades) + 1;
  const tecleadas = CORPUS.map((texto, i) => {
    harness.edit(CONTROL, i + 1, 1, texto);
    harness.edit(CONTROL, i + 1, 2, texto);
    const fila = desde + 2 * i;
    harness.edit(HOJA.actividades, fila, 1, texto);
    harness.edit(HOJA.actividades, fila, 2, texto);
    harness.edit(HOJA.actividades, fila, 3, texto);
    harness.edit(HOJA.actividades, fila, 4, "15/05/2019");
    harness.edit(HOJA.actividades, fila + 1, 1, `Fecha escrita ${i}`);
    harness.edit(HOJA.actividades, fila + 1, 2, "JICA");
    harness.edit(HOJA.actividades, fila + 1, 3, "La fecha es el texto del corpus.");
    harness.edit(HOJA.actividades, fila + 1, 4, texto);
    const escrito = env.workbook.value(CONTROL, i + 1, 1);
    return {
      texto,
      escrito,
      escritoEnFecha: env.workbook.value(CONTROL, i + 1, 2),
      fila,
      filaDeFecha: fila + 1,
    };
  });
  return { guardadas, tecleadas };
}
