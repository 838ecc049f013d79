// Shared set-up of the Docs advanced service tests: an Environment whose manifest enables "docs" v1, and helpers to reach Google's errors.
import type { EmulatedDocsService } from "../../emulator/docs-api";
import type { EmulatedDocumentApp } from "../../emulator/document";
import { type AdvancedService, Environment, type Manifest } from "../../emulator/index";
import { type AuthMode, SCOPE } from "../../emulator/runtime";

export const USER = "usuario@example.org";
export const T0 = Date.UTC(2019, 5, 3, 15, 0, 0);
export const DOCS_V1: AdvancedService = { userSymbol: "Docs", serviceId: "docs", version: "v1" };
export const REF = "https://developers.google.com/workspace/docs/api";

export function manifest(
  services: AdvancedService[] = [DOCS_V1],
  scopes: string[] = [SCOPE.spreadsheetsCurrentOnly, SCOPE.documents, SCOPE.drive],
): Manifest {
  return {
    timeZone: "America/Panama",
    oauthScopes: scopes,
    dependencies: { enabledAdvancedServices: services },
  };
}

export function setup(options: { manifest?: Manifest; authMode?: AuthMode } = {}) {
  let now = T0;
  const env = new Environment({
    manifest: options.manifest ?? manifest(),
    activeUserEmail: USER,
    now: () => new Date(now),
    ...(options.authMode ? { authMode: options.authMode } : {}),
  });
  // The test's calls are one execution's, as a script's are (a Document opened outside any execution
  // is a person's: its edits count as saved at once).
  env.runtime.running.add(env.runtime.executionId);
  const app = env.globals.DocumentApp as EmulatedDocumentApp;
  const Docs = env.globals.Docs as EmulatedDocsService;
  const advance = (ms: number): void => {
    now += ms;
  };
  return { env, app, Docs, rt: env.runtime, advance };
}

/** Saves and closes a Document (the Docs API reads what is saved); its id. */
export function save(doc: { getId(): string; saveAndClose(): void }): string {
  const id = doc.getId();
  doc.saveAndClose();
  return id;
}

/** The error `fn` throws (fails the test when it throws nothing). */
export function failure(fn: () => unknown): Error & { details?: { code: number; message: string } } {
  try {
    fn();
  } catch (e) {
    if (e instanceof Error) return e;
    throw e;
  }
  throw new Error("expected an error");
}

/** What a script's log shows for the error: `String(e)`. */
export function printed(fn: () => unknown): string {
  return String(failure(fn));
}

type Json = Record<string, unknown>;

/** The i-th element of a list (fails the test when it is missing). */
export function nth<T>(list: readonly T[], i: number): T {
  const v = list[i];
  if (v === undefined) throw new Error(`no element ${i}`);
  return v;
}

/** body.content of a get. */
export function content(Docs: EmulatedDocsService, id: string): Json[] {
  return (Docs.Documents.get(id).body as { content: Json[] }).content;
}

/** The plain text of a paragraph element of a get (its textRuns joined). */
export function runsText(element: Json): string {
  const elements = (element.paragraph as { elements: Json[] }).elements;
  return elements.map((e) => (e.textRun as { content?: string } | undefined)?.content ?? "").join("");
}

export function insert(index: number, text: string): Json {
  return { insertText: { location: { index }, text } };
}
