// Calendar dates and ranges without time zones: the dates the office means, whatever the clock says.

/** A day on the calendar (no time, no time zone). `mes` is 1–12, `dia` 1–31. */
export interface FechaCalendario {
  readonly anio: number;
  readonly mes: number;
  readonly dia: number;
}

/** A month on the calendar, e.g. May 2019 = { anio: 2019, mes: 5 }. */
export interface MesCalendario {
  readonly anio: number;
  readonly mes: number;
}

/** A local date and time, already in the spreadsheet's time zone (the edge converts). */
export interface FechaHora extends FechaCalendario {
  readonly hora: number;
  readonly minuto: number;
}

/** An inclusive range of days; a one-day activity has `inicio` equal to `fin`. Always `fin >= inicio`. */
export interface RangoDeFechas {
  readonly inicio: FechaCalendario;
  readonly fin: FechaCalendario;
}

/** The years an entry may use (guides/product.md, entry rules). */
export const ANIO_MINIMO = 2000;
export const ANIO_MAXIMO = 2100;

/** True for leap years of the Gregorian calendar. */
export function esBisiesto(anio: number): boolean {
  return (anio % 4 === 0 && anio % 100 !== 0) || anio % 400 === 0;
}

/** Number of days of a month (1–12) of a year. */
export function diasDelMes(anio: number, mes: number): number {
  if (mes === 2) return esBisiesto(anio) ? 29 : 28;
  return mes === 4 || mes === 6 || mes === 9 || mes === 11 ? 30 : 31;
}

/** True when the value is an object with integer anio (1–9999), mes (1–12) and a day that exists in that month. */
export function esFechaValida(f: unknown): f is FechaCalendario {
  if (typeof f !== "object" || f === null) return false;
  const { anio, mes, dia } = f as Record<string, unknown>;
  return (
    typeof anio === "number" &&
    typeof mes === "number" &&
    typeof dia === "number" &&
    Number.isInteger(anio) &&
    Number.isInteger(mes) &&
    Number.isInteger(dia) &&
    anio >= 1 &&
    anio <= 9999 &&
    mes >= 1 &&
    mes <= 12 &&
    dia >= 1 &&
    dia <= diasDelMes(anio, mes)
  );
}

/** The date if it exists on the calendar ("31 de febrero" does not), else null. */
export function crearFecha(anio: number, mes: number, dia: number): FechaCalendario | null {
  const f = { anio, mes, dia };
  return esFechaValida(f) ? f : null;
}

/** Negative when a is earlier than b, 0 when the same day, positive when later. */
export function compararFechas(a: FechaCalendario, b: FechaCalendario): number {
  return a.anio - b.anio || a.mes - b.mes || a.dia - b.dia;
}

/** True when both are the same day. */
export function mismaFecha(a: FechaCalendario, b: FechaCalendario): boolean {
  return compararFechas(a, b) === 0;
}

function dosCifras(n: number): string {
  return String(n).padStart(2, "0");
}

/** "YYYY-MM-DD", the format of date inputs and of the sample JSON. */
export function fechaAIso(f: FechaCalendario): string {
  return `${String(f.anio).padStart(4, "0")}-${dosCifras(f.mes)}-${dosCifras(f.dia)}`;
}

/** Reads exactly "YYYY-MM-DD" (a day that exists); anything else gives null. */
export function fechaDesdeIso(texto: string): FechaCalendario | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(texto);
  if (!m) return null;
  return crearFecha(Number(m[1]), Number(m[2]), Number(m[3]));
}

/**
 * Days since 1970-01-01 (negative before). Pure arithmetic (H. Hinnant's days_from_civil) so that no
 * time zone or daylight-saving rule can shift a day.
 */
export function numeroDeDia(f: FechaCalendario): number {
  const y = f.mes <= 2 ? f.anio - 1 : f.anio;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (f.mes + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + f.dia - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of `numeroDeDia`. */
export function fechaDesdeNumeroDeDia(n: number): FechaCalendario {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const dia = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const mes = mp < 10 ? mp + 3 : mp - 9;
  return { anio: yoe + era * 400 + (mes <= 2 ? 1 : 0), mes, dia };
}

/** The date `dias` days later (earlier when negative). */
export function sumarDias(f: FechaCalendario, dias: number): FechaCalendario {
  return fechaDesdeNumeroDeDia(numeroDeDia(f) + dias);
}

/** Days from `desde` to `hasta` (0 for the same day, negative when `hasta` is earlier). */
export function diasEntre(desde: FechaCalendario, hasta: FechaCalendario): number {
  return numeroDeDia(hasta) - numeroDeDia(desde);
}

/** A range from `inicio` to `fin` (same day when `fin` is omitted), or null when `fin` is before `inicio`. */
export function rangoDeFechas(inicio: FechaCalendario, fin?: FechaCalendario | null): RangoDeFechas | null {
  const hasta = fin ?? inicio;
  return compararFechas(hasta, inicio) < 0 ? null : { inicio, fin: hasta };
}

/** True when both ends are real dates and the end is not before the start. */
export function esRangoValido(r: unknown): r is RangoDeFechas {
  if (typeof r !== "object" || r === null) return false;
  const { inicio, fin } = r as Record<string, unknown>;
  return esFechaValida(inicio) && esFechaValida(fin) && compararFechas(inicio, fin) <= 0;
}

/** How many calendar days the range covers, both ends included (1 for a one-day range). */
export function diasDelRango(r: RangoDeFechas): number {
  return diasEntre(r.inicio, r.fin) + 1;
}

/** True when the range is a single day. */
export function esDeUnDia(r: RangoDeFechas): boolean {
  return mismaFecha(r.inicio, r.fin);
}

/** The month key "AAAA-MM" used in tab names, the history sheet and the report model. */
export function claveDeMes(m: MesCalendario): string {
  return `${String(m.anio).padStart(4, "0")}-${dosCifras(m.mes)}`;
}

/** Reads exactly "AAAA-MM" (month 01–12); anything else gives null. */
export function mesDesdeClave(clave: string): MesCalendario | null {
  const m = /^(\d{4})-(\d{2})$/.exec(clave);
  if (!m) return null;
  const anio = Number(m[1]);
  const mes = Number(m[2]);
  return anio >= 1 && mes >= 1 && mes <= 12 ? { anio, mes } : null;
}

/** The month a date falls in. */
export function mesDeFecha(f: FechaCalendario): MesCalendario {
  return { anio: f.anio, mes: f.mes };
}

/** Negative when month a is earlier than b. */
export function compararMeses(a: MesCalendario, b: MesCalendario): number {
  return a.anio - b.anio || a.mes - b.mes;
}

/** First and last day of a month, as a range. */
export function rangoDelMes(m: MesCalendario): RangoDeFechas {
  return {
    inicio: { anio: m.anio, mes: m.mes, dia: 1 },
    fin: { anio: m.anio, mes: m.mes, dia: diasDelMes(m.anio, m.mes) },
  };
}

/** True when at least one day of the range is in the month: an activity belongs to every month it touches. */
export function rangoTocaMes(r: RangoDeFechas, m: MesCalendario): boolean {
  return compararMeses(mesDeFecha(r.inicio), m) <= 0 && compararMeses(mesDeFecha(r.fin), m) >= 0;
}

/** The month after the given one. */
export function mesSiguiente(m: MesCalendario): MesCalendario {
  return m.mes === 12 ? { anio: m.anio + 1, mes: 1 } : { anio: m.anio, mes: m.mes + 1 };
}
