// Catches the ScriptError a service call throws, so a test can assert Google's exact message.
import { ScriptError } from "../../emulator/runtime";

/** The ScriptError `fn` throws; fails the test if it throws nothing or something else. */
export function thrown(fn: () => unknown): ScriptError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ScriptError) return e;
    throw e;
  }
  throw new Error("expected a ScriptError");
}
