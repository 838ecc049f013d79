// Fault sweep of a regeneration after the Doc was trashed: after any failure and a clean rerun, one live Doc, in Historial, in its folder, shared as configured.
import { describe } from "vitest";
import { barrer } from "./barrido";

describe("fault sweep — a regeneration after the Doc was trashed", () => {
  barrer("papelera", "una");
  barrer("papelera", "desde");
});
