// `npm run deploy`: pushes the freshly built dist/ to the configured Apps Script project with clasp.
import { spawnSync } from "node:child_process";
import {
  guardarIdDeScript,
  idDeScriptConfigurado,
  MENSAJE_SIN_ID,
  proyectoLocal,
  RAIZ,
} from "./proyecto-clasp";

const scriptId = idDeScriptConfigurado();
if (!scriptId) {
  console.error(MENSAJE_SIN_ID);
  process.exit(2);
}
if (process.env.INFORME_SCRIPT_ID) guardarIdDeScript(scriptId);
// --force: our manifest (scopes, time zone) replaces the remote one.
const resultado = spawnSync("npx", ["clasp", "-P", proyectoLocal(), "push", "--force"], {
  cwd: RAIZ,
  stdio: "inherit",
});
process.exit(resultado.status ?? 1);
