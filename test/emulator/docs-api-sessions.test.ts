// The hazard between DocumentApp's buffered edits and the Docs API, modelled strictly: unsaved sessions, stale sessions, end of execution.
import { describe, expect, it } from "vitest";
import { DocsSessionHazard, STALE_SESSION_MESSAGE } from "../../emulator/document";
import { Harness } from "../../emulator/harness";
import { Environment } from "../../emulator/index";
import { failure, insert, manifest, save, setup } from "./docs-api-setup";

// https://developers.google.com/apps-script/reference/document/document#saveAndClose(): DocumentApp
// flushes its pending updates on saveAndClose() or at the end of the script; the REST API reads what is saved.
const SAVE = "https://developers.google.com/apps-script/reference/document/document#saveAndClose()";

describe(`DocumentApp sessions and the Docs API (${SAVE}; stricter than Google, UNCONFIRMED)`, () => {
  it("a Docs API call on a Doc with unsaved DocumentApp edits is refused until saveAndClose()", () => {
    const s = setup();
    const doc = s.app.create("t");
    const id = doc.getId();
    doc.getBody().appendParagraph("sin guardar");
    for (const call of [
      () => s.Docs.Documents.get(id),
      () => s.Docs.Documents.batchUpdate({ requests: [insert(1, "x")] }, id),
    ]) {
      const e = failure(call);
      expect(e).toBeInstanceOf(DocsSessionHazard);
      expect(e.name).toBe("EmulatorError");
      expect(e.message).toContain("call saveAndClose() before using the Docs API");
    }
    doc.saveAndClose();
    expect(s.Docs.Documents.get(id).title).toBe("t");
  });

  it("an opened Document that only read does not block the API", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    const reader = s.app.openById(id);
    expect(reader.getBody().getText()).toBe("");
    s.Docs.Documents.get(id);
  });

  it("after an API batch, a Document opened before it refuses every call; one opened after sees the change", () => {
    const s = setup();
    const id = save(s.app.create("t"));
    const before = s.app.openById(id);
    const body = before.getBody();
    s.Docs.Documents.batchUpdate({ requests: [insert(1, "nuevo")] }, id);
    for (const call of [() => body.getText(), () => before.getName(), () => body.appendParagraph("x")]) {
      const e = failure(call);
      expect(e).toBeInstanceOf(DocsSessionHazard);
      expect(e.message).toBe(STALE_SESSION_MESSAGE);
    }
    const after = s.app.openById(id);
    expect(after.getBody().getText()).toBe("nuevo");
    after.getBody().appendParagraph("y");
    after.saveAndClose();
    expect(s.Docs.Documents.get(id).title).toBe("t");
  });

  it("DocumentApp edits give the document new revisions: a revision read before them no longer matches", () => {
    const s = setup();
    const doc = s.app.create("t");
    const id = doc.getId();
    doc.saveAndClose();
    const { revisionId } = s.Docs.Documents.get(id);
    const again = s.app.openById(id);
    again.getBody().appendParagraph("a mano");
    again.saveAndClose();
    expect(s.Docs.Documents.get(id).revisionId).not.toBe(revisionId);
    const e = failure(() =>
      s.Docs.Documents.batchUpdate(
        { requests: [insert(1, "x")], writeControl: { requiredRevisionId: revisionId } },
        id,
      ),
    );
    expect(e.details?.code).toBe(400);
  });

  it("the end of an execution saves and closes its Documents: a later execution's API call works", () => {
    const { env } = setup();
    const code = `
      function escribir() { var d = DocumentApp.create("t"); d.getBody().appendParagraph("hola"); return d.getId(); }
      function leer(id) { return Docs.Documents.get(id).body.content.length; }
      function ambos() {
        var d = DocumentApp.create("t"); d.getBody().appendParagraph("hola");
        try { Docs.Documents.get(d.getId()); return "leído"; } catch (e) { return e.name; }
      }`;
    const harness = new Harness(env, code);
    const id = harness.run("escribir", [], { authMode: "FULL" }) as string;
    expect(harness.run("leer", [id], { authMode: "FULL" })).toBe(3);
    expect(harness.run("ambos", [], { authMode: "FULL" })).toBe("EmulatorError");
  });

  it("Environment.endExecution closes only that execution's sessions; the state stays JSON without them", () => {
    const s = setup();
    const doc = s.app.create("t");
    const id = doc.getId();
    doc.getBody().appendParagraph("x");
    s.env.endExecution(s.rt.executionId + 1);
    expect(failure(() => s.Docs.Documents.get(id))).toBeInstanceOf(DocsSessionHazard);
    s.env.endExecution(s.rt.executionId);
    expect(s.Docs.Documents.get(id).documentId).toBe(id);
    const state = JSON.parse(JSON.stringify(s.env.snapshot()));
    expect(Object.keys(state.docs)).toEqual(["documents"]);
    // A state saved before revisions existed reads as revision 0, and is served.
    delete state.docs.documents[id].revision;
    const resumed = new Environment({ manifest: manifest(), state, activeUserEmail: "usuario@example.org" });
    const Docs = resumed.globals.Docs as typeof s.Docs;
    expect(Docs.Documents.get(id).revisionId).not.toBe(s.Docs.Documents.get(id).revisionId);
  });
  it("a Document opened outside any execution is a person's: its edits block nothing, as the Docs editor's do", () => {
    const env = new Environment({ manifest: manifest(), activeUserEmail: "usuario@example.org" });
    const app = env.globals.DocumentApp as ReturnType<typeof setup>["app"];
    const Docs = env.globals.Docs as ReturnType<typeof setup>["Docs"];
    const doc = app.create("t");
    const id = doc.getId();
    doc.getBody().appendParagraph("a mano");
    expect(Docs.Documents.get(id).title).toBe("t");
  });
});
