// Which number is the day in "05/06/2019": the order of the spreadsheet locale's short date.

/** "diaMes": 05/06/2019 is 5 de junio (Panama's everyday writing); "mesDia": it is 6 de mayo. */
export type OrdenNumerico = "diaMes" | "mesDia";

/**
 * Spreadsheet locales (lower case, "_" between parts) whose CLDR short date is month/day/year. Every
 * other code is read day first, as Panama writes dates: es_419, es_ES, es_MX, en_GB, a bare "es", and
 * codes not known here. Year-first locales (ja, ko, zh, sv, en_CA) are read day first too, on purpose:
 * their own numeric dates start with the year ("2019-05-28"), which reads the same in either order.
 */
const MES_ANTES_QUE_DIA: ReadonlySet<string> = new Set([
  "en",
  "en_us",
  "en_ph",
  "fil",
  "fil_ph",
  "es_pr",
  // CLDR's es-PA short date is "MM/dd/yy". What Google Sheets itself does with numbers typed under
  // es_PA is UNCONFIRMED: if it reads them day first, this entry should go.
  "es_pa",
  // Month first as older CLDR releases had es-US ("M/d/yy"); CLDR 48 (ICU 78) has changed it to
  // "d/M/y". What Google Sheets does under es_US is unconfirmed as well.
  "es_us",
]);

/**
 * The order in which numeric dates are read under a spreadsheet locale, as `getSpreadsheetLocale()`
 * returns it ("es_PA", "es_419", "en_US", "es"; "es-PA" is accepted too). Unknown codes are day first.
 */
export function ordenDeLocale(locale: string): OrdenNumerico {
  const codigo = String(locale).trim().toLowerCase().replace(/-/g, "_");
  return MES_ANTES_QUE_DIA.has(codigo) ? "mesDia" : "diaMes";
}
