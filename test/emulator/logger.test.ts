// Conformance tests of the emulated Logger: %s formatting, getLog, clear, every auth mode.
import { describe, expect, it } from "vitest";
import { createLogger, newLoggerState } from "../../emulator/logger";
import { Runtime } from "../../emulator/runtime";

const REF = "https://developers.google.com/apps-script/reference/base/logger";

function setup() {
  const rt = new Runtime({ scopes: [], authMode: "NONE" });
  const state = newLoggerState();
  return { rt, state, logger: createLogger(rt, state) };
}

describe("Logger", () => {
  it(`log(format, values…) substitutes %s in order (${REF}#log(String,Object...))`, () => {
    const { logger } = setup();
    logger.log("Hoja %s: %s filas", "Actividades", 12);
    expect(logger.getLog()).toBe("Hoja Actividades: 12 filas\n");
  });

  it(`log(data) logs the value itself, no formatting (${REF}#log(Object))`, () => {
    const { logger } = setup();
    logger.log("100%s");
    logger.log({ a: 1 });
    expect(logger.getLog()).toBe('100%s\n{"a":1}\n');
  });

  it(`clear() empties the log (${REF}#clear()); log is chainable and needs no authorization`, () => {
    const { rt, state, logger } = setup();
    logger.log("uno").log("dos");
    expect(state.entries).toEqual(["uno", "dos"]);
    logger.clear();
    expect(logger.getLog()).toBe("");
    expect(rt.calls.get("Logger.log")).toBe(2);
  });
});
