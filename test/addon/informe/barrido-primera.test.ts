// Fault sweep of a first generation: after any failure and a clean rerun, one live Doc, in Historial, in its folder, shared as configured.
import { describe } from "vitest";
import { barrer } from "./barrido";

describe("fault sweep — a first generation", () => {
  barrer("primera", "una");
  barrer("primera", "desde");
});
