// Build-time constants that scripts/build.ts defines for the server bundle.

/** "vinculado": script bound to the office's spreadsheet; "complemento": published editor add-on. */
declare const __DISTRIBUCION__: "vinculado" | "complemento";
