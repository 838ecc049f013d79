// Conformance tests of the emulated MailApp: both sendEmail forms, address errors, quota, scope and auth.
import { describe, expect, it } from "vitest";
import { createMailApp, MAIL_QUOTA_MESSAGE, type MailState, newMailState } from "../../emulator/mail";
import { type AuthMode, Runtime, SCOPE } from "../../emulator/runtime";
import { thrown } from "../support/errores";

const REF = "https://developers.google.com/apps-script/reference/mail/mail-app";
const QUOTAS = "https://developers.google.com/apps-script/guides/services/quotas";
const T0 = Date.UTC(2019, 5, 3, 15);

function setup(options: { scopes?: string[]; authMode?: AuthMode; kind?: "consumer" | "workspace" } = {}) {
  let now = T0;
  const rt = new Runtime({
    scopes: options.scopes ?? [SCOPE.sendMail],
    authMode: options.authMode ?? "FULL",
    activeUserEmail: "usuario@mupa.gob.pa",
    now: () => new Date(now),
  });
  const mail: MailState = newMailState({ accountKind: options.kind ?? "consumer" });
  return {
    rt,
    mail,
    app: createMailApp(rt, mail),
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("MailApp.sendEmail", () => {
  it(`sendEmail(recipient, subject, body, options) records the mail (${REF}#sendEmail(String,String,String,Object))`, () => {
    const { app, mail } = setup();
    app.sendEmail("jefa@mupa.gob.pa, otro@mupa.gob.pa", "Informe mayo 2019", "Enlace: https://docs…", {
      htmlBody: "<a href='x'>Informe</a>",
      name: "Informe mensual",
    });
    expect(mail.sent).toHaveLength(1);
    expect(mail.sent[0]).toMatchObject({
      to: ["jefa@mupa.gob.pa", "otro@mupa.gob.pa"],
      subject: "Informe mayo 2019",
      name: "Informe mensual",
      from: "usuario@mupa.gob.pa",
      sentMs: T0,
    });
  });

  it(`sendEmail(message) takes {to, subject, body, htmlBody, name, noReply} (${REF}#sendEmail(Object))`, () => {
    const { app, mail } = setup({ kind: "workspace" });
    app.sendEmail({ to: "jefa@mupa.gob.pa", subject: "s", body: "b", noReply: true });
    expect(mail.sent[0]?.from).toBe("noreply@mupa.gob.pa");
    const consumer = setup();
    consumer.app.sendEmail({ to: "a@b.co", subject: "s", body: "b", noReply: true });
    // noReply is for Workspace accounts only.
    expect(consumer.mail.sent[0]?.from).toBe("usuario@mupa.gob.pa");
  });

  it(`an invalid address throws "Invalid email: x" and nothing is sent (${REF}#sendEmail(String,String,String))`, () => {
    const { app, mail } = setup();
    expect(thrown(() => app.sendEmail("jefa@mupa.gob.pa, jefa", "s", "b")).message).toBe(
      "Invalid email: jefa",
    );
    expect(mail.sent).toHaveLength(0);
    expect(() => app.sendEmail("", "s", "b")).toThrow("Failed to send email: no recipient");
  });

  it(`wrong argument types don't match the signature (${REF})`, () => {
    const { app } = setup();
    expect(thrown(() => app.sendEmail("a@b.co", "s")).message).toBe(
      "The parameters (String,String) don't match the method signature for MailApp.sendEmail.",
    );
  });

  it(`the daily recipients quota (100 consumer) ends with Google's error (${QUOTAS})`, () => {
    const { app, mail, advance } = setup();
    expect(app.getRemainingDailyQuota()).toBe(100);
    mail.quota = { day: "2019-06-03", recipients: 99 };
    expect(app.getRemainingDailyQuota()).toBe(1);
    expect(thrown(() => app.sendEmail("a@b.co,c@d.co", "s", "b")).message).toBe(MAIL_QUOTA_MESSAGE);
    expect(MAIL_QUOTA_MESSAGE).toBe("Service invoked too many times for one day: email.");
    app.sendEmail("a@b.co", "s", "b");
    expect(app.getRemainingDailyQuota()).toBe(0);
    advance(24 * 3600 * 1000);
    expect(app.getRemainingDailyQuota()).toBe(100);
  });

  it(`Workspace accounts get 1,500 recipients a day (${QUOTAS})`, () => {
    expect(setup({ kind: "workspace" }).app.getRemainingDailyQuota()).toBe(1500);
  });

  it(`sendEmail needs the script.send_mail scope and FULL auth (${REF}#sendEmail(String,String,String))`, () => {
    expect(thrown(() => setup({ scopes: [] }).app.sendEmail("a@b.co", "s", "b")).message).toBe(
      "Specified permissions are not sufficient to call MailApp.sendEmail. Required permissions: https://www.googleapis.com/auth/script.send_mail",
    );
    expect(() => setup({ authMode: "LIMITED" }).app.sendEmail("a@b.co", "s", "b")).toThrow(
      "You do not have permission to call MailApp.sendEmail",
    );
  });

  it(`subjects over 250 characters are refused (${QUOTAS})`, () => {
    expect(() => setup().app.sendEmail("a@b.co", "x".repeat(251), "b")).toThrow(
      "Argument too large: subject",
    );
  });

  it("sendEmail is counted", () => {
    const { app, rt } = setup();
    app.sendEmail("a@b.co", "s", "b");
    expect(rt.callCounts()).toEqual({ "MailApp.sendEmail": 1 });
  });
});
