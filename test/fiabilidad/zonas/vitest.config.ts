// The date tests a child process runs under one host time zone (TZ set by test/fiabilidad/zonas-anfitrion.test.ts).
import { defineConfig } from "vitest/config";

export default defineConfig({
  root: new URL("../../..", import.meta.url).pathname,
  test: {
    include: [
      "test/fiabilidad/zonas/*.zona.ts",
      "test/core/fechas/*.test.ts",
      "test/emulator/spreadsheet-dates.test.ts",
      "test/emulator/spreadsheet-locale-order.test.ts",
      "test/addon/registro/edicion.test.ts",
      "test/addon/registro/edicion-mundo.test.ts",
    ],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // One worker: the parent suite runs beside this process.
    maxWorkers: 1,
    reporters: ["default"],
  },
});
