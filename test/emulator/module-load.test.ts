// Every emulator module loads on its own, first: the class files import one another, and a cycle that touches an import while loading (a class extending one not yet defined) would break only for some entry points.
import { readdirSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";

const EMULATOR = resolve(import.meta.dirname, "../../emulator");

function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return modules(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

describe("emulator modules", () => {
  it.each(modules(EMULATOR).map((path) => relative(EMULATOR, path)))(
    "%s loads first, in a fresh module registry",
    async (file) => {
      vi.resetModules();
      const loaded = await import(join(EMULATOR, file));
      expect(typeof loaded).toBe("object");
    },
  );
});
