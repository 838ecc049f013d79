// Emulated MailApp: sendEmail in its documented forms, Google's address and quota errors, sent mail kept in MailState.

import { type AccountKind, dayKey, emailDomain, isEmailAddress, nowMs } from "./drive";
import { NAMING, signatureChecks } from "./enums";
import { type Runtime, SCOPE, ScriptError } from "./runtime";

/** One e-mail as sent. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  /** Sender display name (options.name), or null. */
  name: string | null;
  from: string;
  replyTo: string | null;
  sentMs: number;
}

/** JSON-serializable MailApp state. */
export interface MailState {
  accountKind: AccountKind;
  sent: SentMail[];
  /** Recipients sent to today (UTC day): the daily quota counts recipients. */
  quota: { day: string; recipients: number };
}

/** Recipients per day (guides/services/quotas): 100 consumer, 1,500 Workspace. */
export const MAIL_QUOTA: Record<AccountKind, number> = { consumer: 100, workspace: 1500 };
// Text as the live service prints it (quoted verbatim in many public scripts).
export const MAIL_QUOTA_MESSAGE = "Service invoked too many times for one day: email.";
/** Subject length limit; longer subjects fail with "Argument too large: subject" (reported). */
const MAX_SUBJECT = 250;
/** Body size limit per message (guides/services/quotas: 200 KB). */
const MAX_BODY_BYTES = 200 * 1024;

export function newMailState(options: { accountKind?: AccountKind } = {}): MailState {
  return { accountKind: options.accountKind ?? "consumer", sent: [], quota: { day: "", recipients: 0 } };
}

export interface EmulatedMailApp {
  sendEmail(...args: unknown[]): void;
  getRemainingDailyQuota(): number;
}

const REQ = { scopes: [SCOPE.sendMail], auth: "FULL" } as const;

const { signatureError } = signatureChecks(NAMING.docs);

interface Message {
  to: string;
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  noReply?: boolean;
  cc?: string;
  bcc?: string;
  replyTo?: string;
}

function splitAddresses(list: string | undefined): string[] {
  return (list ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** Builds the MailApp global over `mail`. */
export function createMailApp(rt: Runtime, mail: MailState): EmulatedMailApp {
  function rollDay(): void {
    const day = dayKey(nowMs(rt));
    if (mail.quota.day !== day) mail.quota = { day, recipients: 0 };
  }

  function parse(args: unknown[]): Message {
    const sig = "MailApp.sendEmail";
    if (args.length === 1) {
      const m = args[0];
      if (typeof m !== "object" || m === null || Array.isArray(m)) throw signatureError(sig, args);
      const msg = m as Record<string, unknown>;
      for (const key of ["to", "subject", "body", "htmlBody", "name", "cc", "bcc", "replyTo"]) {
        const v = msg[key];
        if (v !== undefined && typeof v !== "string") throw signatureError(sig, args);
      }
      return {
        to: (msg.to as string | undefined) ?? "",
        subject: (msg.subject as string | undefined) ?? "",
        body: (msg.body as string | undefined) ?? "",
        ...(msg.htmlBody !== undefined ? { htmlBody: msg.htmlBody as string } : {}),
        ...(msg.name !== undefined ? { name: msg.name as string } : {}),
        ...(msg.noReply === true ? { noReply: true } : {}),
        ...(msg.cc !== undefined ? { cc: msg.cc as string } : {}),
        ...(msg.bcc !== undefined ? { bcc: msg.bcc as string } : {}),
        ...(msg.replyTo !== undefined ? { replyTo: msg.replyTo as string } : {}),
      };
    }
    if (args.length === 3 || args.length === 4) {
      const [to, subject, body, options] = args;
      if (typeof to !== "string" || typeof subject !== "string" || typeof body !== "string") {
        throw signatureError(sig, args);
      }
      if (args.length === 4 && (typeof options !== "object" || options === null || Array.isArray(options))) {
        throw signatureError(sig, args);
      }
      const o = (options ?? {}) as Record<string, unknown>;
      return parse([{ ...o, to, subject, body }]);
    }
    throw signatureError(sig, args);
  }

  return {
    sendEmail(...args: unknown[]) {
      rt.enter("MailApp.sendEmail", REQ);
      const m = parse(args);
      const to = splitAddresses(m.to);
      const cc = splitAddresses(m.cc);
      const bcc = splitAddresses(m.bcc);
      const all = [...to, ...cc, ...bcc];
      // https://developers.google.com/apps-script/reference/mail/mail-app: texts as printed live.
      if (all.length === 0) throw new ScriptError("Failed to send email: no recipient");
      for (const address of all)
        if (!isEmailAddress(address)) throw new ScriptError(`Invalid email: ${address}`);
      if (m.replyTo !== undefined && m.replyTo !== "" && !isEmailAddress(m.replyTo)) {
        throw new ScriptError(`Invalid email: ${m.replyTo}`);
      }
      if (m.subject.length > MAX_SUBJECT) throw new ScriptError("Argument too large: subject");
      if (Buffer.byteLength(m.body + (m.htmlBody ?? ""), "utf8") > MAX_BODY_BYTES) {
        throw new ScriptError("Limit Exceeded: Email Body Size.");
      }
      rollDay();
      if (mail.quota.recipients + all.length > MAIL_QUOTA[mail.accountKind])
        throw new ScriptError(MAIL_QUOTA_MESSAGE);
      mail.quota.recipients += all.length;
      // noReply is honoured for Google Workspace accounts only; Gmail users send as themselves.
      const from =
        m.noReply && mail.accountKind === "workspace"
          ? `noreply@${emailDomain(rt.effectiveUserEmail)}`
          : rt.effectiveUserEmail;
      mail.sent.push({
        to,
        cc,
        bcc,
        subject: m.subject,
        body: m.body,
        htmlBody: m.htmlBody ?? null,
        name: m.name ?? null,
        from,
        replyTo: m.replyTo ?? null,
        sentMs: nowMs(rt),
      });
    },
    getRemainingDailyQuota() {
      rt.enter("MailApp.getRemainingDailyQuota", REQ);
      rollDay();
      return Math.max(0, MAIL_QUOTA[mail.accountKind] - mail.quota.recipients);
    },
  };
}
