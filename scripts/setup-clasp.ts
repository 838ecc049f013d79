// `npm run setup:clasp`: points clasp at the office's Apps Script project (writes the gitignored .clasp.json).
import { spawnSync } from "node:child_process";
import { CLASP_FILE, MISSING_ID_MESSAGE, ROOT, writeClaspProject } from "./clasp-project";

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const scriptId = option("--script-id");
const spreadsheetId = option("--spreadsheet");

if (scriptId) {
  writeClaspProject(scriptId);
  console.log(`.clasp.json → script ${scriptId}, rootDir dist/`);
} else if (spreadsheetId) {
  // clasp writes .clasp.json itself when it creates a script bound to the spreadsheet.
  const result = spawnSync(
    "npx",
    [
      "clasp",
      "create-script",
      "--parentId",
      spreadsheetId,
      "--title",
      "Informe mensual",
      "--rootDir",
      "dist",
    ],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
  // Whatever clasp fetched into dist/ is replaced by the next build, which `npm run deploy` runs first.
  console.log(`Proyecto creado; ${CLASP_FILE} escrito.`);
} else {
  console.error(MISSING_ID_MESSAGE);
  process.exit(2);
}
