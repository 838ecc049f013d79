// CSV as RFC 4180 writes it, made safe for spreadsheet programs: `npm run importar`'s output.

/** Cells a spreadsheet program would run as a formula when opened: written with a leading apostrophe. */
const INICIO_PELIGROSO = /^[=+\-@\t\r]/;

/** One cell: quoted, inner quotes doubled; a leading = + - @ (or tab, CR) defused with an apostrophe. */
export function celdaCsv(valor: string): string {
  const seguro = INICIO_PELIGROSO.test(valor) ? `'${valor}` : valor;
  return `"${seguro.replace(/"/g, '""')}"`;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function filaCsv(valores: readonly string[]): string {
  return `${valores.map(celdaCsv).join(",")}\r\n`;
}
