// `npm run importar -- archivo.txt [...] [--locale es_PA]`: past reports' text as the registry's rows,
// offline, for a bulk migration. CSV on stdout (activities, a blank line, then coordinations); every
// problem on stderr; exit code 1 if a file could not be read at all.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fechaAIso, mismaFecha } from "../src/core/fechas/calendario";
import { interpretarFecha } from "../src/core/fechas/lectura";
import { ordenDeLocale } from "../src/core/fechas/locale";
import { filaCsv } from "../src/core/importar/csv";
import { leerTextoDeInforme } from "../src/core/importar/documento";
import { interpretarInforme } from "../src/core/importar/informe";

const archivos: string[] = [];
// The spreadsheet's locale orders numeric dates ("05/06/2019"); es_PA, as the office's sheet.
let locale = "es_PA";
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--locale") locale = args[++i] ?? "";
  else archivos.push(args[i] ?? "");
}
if (archivos.length === 0) {
  console.error("Uso: npm run importar -- informe.txt [otro.txt …] [--locale es_PA]");
  process.exit(2);
}

const orden = ordenDeLocale(locale);
const pareceFecha = (t: string) => interpretarFecha(t, { referencia: { anio: 2020, mes: 6, dia: 15 } }).ok;
let actividades = filaCsv(["Actividad/Gestión", "Entidad", "Información", "Fecha", "Fecha fin"]);
let coordinaciones = filaCsv(["Mes", "Coordinación"]);
let ilegibles = 0;
let problemas = 0;
for (const archivo of archivos) {
  let texto: string;
  try {
    texto = readFileSync(archivo, "utf8");
  } catch (error) {
    console.error(`${archivo}: no se pudo leer (${error instanceof Error ? error.message : String(error)}).`);
    ilegibles++;
    continue;
  }
  const informe = interpretarInforme(leerTextoDeInforme(texto, pareceFecha), orden);
  if (!informe.ok) {
    console.error(`${archivo}: ${informe.motivo}`);
    ilegibles++;
    continue;
  }
  for (const a of informe.actividades) {
    if (!a.valor) {
      problemas++;
      console.error(
        `${basename(archivo)}, fila ${a.indice + 1} («${a.actividad}»): ${a.problemas.map((p) => p.mensaje).join(" ")}`,
      );
      continue;
    }
    const { actividad, entidad, informacion, fecha, fechaFin } = a.valor;
    const fin = fechaFin && !mismaFecha(fechaFin, fecha) ? fechaAIso(fechaFin) : "";
    actividades += filaCsv([actividad, entidad, informacion, fechaAIso(fecha), fin]);
  }
  const mes = `${informe.mes.anio}-${String(informe.mes.mes).padStart(2, "0")}`;
  for (const c of informe.coordinaciones) {
    if (c.problema !== null) {
      problemas++;
      console.error(`${basename(archivo)}, coordinación ${c.indice + 1}: ${c.problema}`);
    } else coordinaciones += filaCsv([mes, c.texto]);
  }
  console.error(
    `${basename(archivo)}: ${informe.titulo}, ${informe.actividades.length} actividades, ${informe.coordinaciones.length} coordinaciones.`,
  );
}
process.stdout.write(`${actividades}\r\n${coordinaciones}`);
if (problemas > 0) console.error(`${problemas} fila(s) con problemas no se exportaron.`);
process.exit(ilegibles > 0 ? 1 : 0);
