// Typed access to google.script.host, which HtmlService gives every sidebar and dialog.

interface ScriptHost {
  close(): void;
}

declare const google: { script: { host: ScriptHost } };

/** Closes the sidebar or dialog this page lives in. */
export function cerrarDialogo(): void {
  google.script.host.close();
}
