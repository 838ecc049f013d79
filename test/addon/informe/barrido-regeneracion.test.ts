// Fault sweep of a regeneration: after any failure and a clean rerun, one live Doc, in Historial, in its folder, shared as configured.
import { describe } from "vitest";
import { barrer } from "./barrido";

describe("fault sweep — a regeneration", () => {
  barrer("regeneracion", "una");
  barrer("regeneracion", "desde");
});
