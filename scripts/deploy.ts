// `npm run deploy` (and `deploy:diagnostico`): pushes the freshly built dist/ (dist-diagnostico/) to the configured Apps Script project with clasp.
import { spawnSync } from "node:child_process";
import {
  DIAGNOSTICO,
  destinoDe,
  guardarIdDeScript,
  idDeScriptConfigurado,
  MENSAJE_SIN_ID,
  MENSAJE_SIN_ID_DEL_DIAGNOSTICO,
  proyectoLocal,
  RAIZ,
} from "./proyecto-clasp";

const destino = destinoDe(process.argv);
const scriptId = idDeScriptConfigurado(process.env, destino);
if (!scriptId) {
  console.error(destino === DIAGNOSTICO ? MENSAJE_SIN_ID_DEL_DIAGNOSTICO : MENSAJE_SIN_ID);
  process.exit(2);
}
const proyecto = proyectoLocal(process.env, destino);
if (process.env[destino.variableDeId]) guardarIdDeScript(scriptId, proyecto, destino);
// --force: our manifest (scopes, time zone) replaces the remote one.
const resultado = spawnSync("npx", ["clasp", "-P", proyecto, "push", "--force"], {
  cwd: RAIZ,
  stdio: "inherit",
});
process.exit(resultado.status ?? 1);
