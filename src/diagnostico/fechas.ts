// Checks of dates in cells: typed dates by locale (es_PA, es_ES, en_US) and date cells read in a spreadsheet zone that is not the script's.
import { type Comprobacion, cumple, describir, type Entorno, noCumple, type Resultado } from "./comprobacion";
import { compararFila, conLocale, type Esperado } from "./escritura";

const GUIA = "Guía de la plataforma (shared/guides/apps-script-platform.md), Spreadsheet";
const ENTRADAS = ["05/06/2019", "24/06/2019", "7 may."];

/** What the three entries become when the locale reads day first, or month first. */
function esperados(orden: "dia" | "mes", anio: number): Esperado[] {
  return orden === "dia"
    ? [{ fecha: "2019-06-05" }, { fecha: "2019-06-24" }, { fecha: `${anio}-05-07` }]
    : [{ fecha: "2019-05-06" }, { texto: "24/06/2019" }, { fecha: `${anio}-05-07` }];
}

/** Types the entries into a fresh row with `locale` and compares them with each accepted reading. */
function tecleadoEn(
  entorno: Entorno,
  locale: string,
  lecturas: readonly { nombre: string; orden: "dia" | "mes" }[],
): Resultado {
  return conLocale(entorno, locale, () => {
    const rango = entorno.hojaNueva().getRange(1, 1, 1, ENTRADAS.length);
    rango.setValues([ENTRADAS]);
    const zona = entorno.libro.getSpreadsheetTimeZone();
    const intentos = lecturas.map((l) => ({
      l,
      r: compararFila(rango, ENTRADAS, esperados(l.orden, entorno.anioActual), zona),
    }));
    const bueno = intentos.find((i) => i.r.estado === "cumple");
    if (bueno) return cumple(`${locale} lee ${bueno.l.nombre}: ${bueno.r.detalle}`);
    const visto = (rango.getValues()[0] ?? []).map((v) => describir(v, zona)).join("; ");
    return noCumple(`${locale} guardó: ${visto} (ninguna de las lecturas esperadas)`);
  });
}

const DIA = { nombre: "el día primero", orden: "dia" } as const;
const MES = { nombre: "el mes primero", orden: "mes" } as const;

const DEPENDE_DE_FECHAS =
  "El complemento no deja que Sheets adivine: lee las fechas escritas a mano con sus propias reglas (orden según getSpreadsheetLocale) y anota cuál día entendió; «7 may.» sin año nunca se guarda en silencio.";

export const COMPROBACIONES_DE_FECHAS: readonly Comprobacion[] = [
  {
    id: "fechas-es-pa",
    hecho:
      "Con la configuración regional es_PA, «05/06/2019» es una fecha; qué orden usa Sheets (día o mes primero) está PENDIENTE DE CONFIRMAR: CLDR pone el mes primero para es-PA. «7 may.» toma el año actual.",
    fuente: `${GUIA} («what Sheets does for es_PA is UNCONFIRMED»)`,
    dependeDe: `${DEPENDE_DE_FECHAS} Las pruebas corren con ambos órdenes; el detalle dice cuál usa Google: si es el mes primero, ponga esPaDateOrder "month-first" como valor por omisión del emulador (emulator/spreadsheet/format.ts). No cumple solo si Google no lee ninguno de los dos.`,
    ejecutar: (entorno) => tecleadoEn(entorno, "es_PA", [DIA, MES]),
  },
  {
    id: "fechas-es-es",
    hecho:
      "Con es_ES, «05/06/2019» es el 5 de junio, «24/06/2019» el 24 de junio y «7 may.» el 7 de mayo del año actual.",
    fuente: GUIA,
    dependeDe: `${DEPENDE_DE_FECHAS} Si no cumple, el emulador lee es_ES distinto que Google (typing.ts): corríjalo con el detalle.`,
    ejecutar: (entorno) => tecleadoEn(entorno, "es_ES", [DIA]),
  },
  {
    id: "fechas-en-us",
    hecho:
      "Con en_US, «05/06/2019» es el 6 de mayo, «24/06/2019» queda texto (no hay mes 24) y «7 may.» es el 7 de mayo del año actual.",
    fuente: GUIA,
    dependeDe: `${DEPENDE_DE_FECHAS} Si no cumple, el emulador lee en_US distinto que Google (typing.ts): corríjalo con el detalle.`,
    ejecutar: (entorno) => tecleadoEn(entorno, "en_US", [MES]),
  },
  {
    id: "fechas-otra-zona",
    hecho:
      "Una celda de fecha es un número de días desde el 30/12/1899 en la zona horaria de la HOJA, no la del script: en una hoja de Asia/Tokyo, getValues da la medianoche de Tokio (un Date del propio script).",
    fuente: `https://developers.google.com/sheets/api/guides/formats (fechas como número de serie, según la zona de la hoja); ${GUIA}`,
    dependeDe:
      "El complemento convierte cada celda de fecha con el desfase que la zona de la hoja tenía ese día (src/addon/registro/celdas.ts). Si no cumple, las fechas del informe podrían correrse un día: no genere informes hasta corregirlo.",
    ejecutar: (entorno) => {
      const libro = entorno.libro;
      const antes = libro.getSpreadsheetTimeZone();
      libro.setSpreadsheetTimeZone("Asia/Tokyo");
      try {
        const celda = entorno.hojaNueva().getRange(1, 1);
        celda.setNumberFormat("yyyy-MM-dd");
        celda.setValue(43613);
        const valor = celda.getValues()[0]?.[0];
        if (!(valor instanceof Date))
          return noCumple(`getValues dio ${describir(valor, "Asia/Tokyo")}, no un Date`);
        const esperado = Date.UTC(2019, 4, 27, 15, 0, 0);
        const enTokio = Utilities.formatDate(valor, "Asia/Tokyo", "yyyy-MM-dd HH:mm");
        const detalle = `el número 43613 se leyó como ${valor.toISOString()} (${enTokio} en Tokio; script en ${Session.getScriptTimeZone()})`;
        return valor.getTime() === esperado
          ? cumple(detalle)
          : noCumple(`${detalle}; se esperaba 2019-05-28 00:00 en Tokio`);
      } finally {
        libro.setSpreadsheetTimeZone(antes);
      }
    },
  },
];
