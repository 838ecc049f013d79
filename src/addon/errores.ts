// What a failed service call says, whatever was thrown.

/** Message of anything thrown, Error or not (errors from services come from another realm in tests). */
export function mensajeDeError(error: unknown): string {
  if (typeof error === "object" && error !== null && "message" in error)
    return String((error as Error).message);
  return String(error);
}
