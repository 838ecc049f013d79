// `npm run deploy`: pushes the freshly built dist/ to the configured Apps Script project with clasp.
import { spawnSync } from "node:child_process";
import { configuredScriptId, MISSING_ID_MESSAGE, ROOT, writeClaspProject } from "./clasp-project";

const scriptId = configuredScriptId();
if (!scriptId) {
  console.error(MISSING_ID_MESSAGE);
  process.exit(2);
}
if (process.env.INFORME_SCRIPT_ID) writeClaspProject(scriptId);
// --force: our manifest (scopes, time zone) replaces the remote one.
const result = spawnSync("npx", ["clasp", "push", "--force"], { cwd: ROOT, stdio: "inherit" });
process.exit(result.status ?? 1);
