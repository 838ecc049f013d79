// The diagnostic script's entry points (a separate build, dist-diagnostico/): the build turns each key into a top-level function.
import type { EventoDeApertura, EventoDeEdicion } from "../addon/tipos";
import { registrarEdicion } from "./edicion";
import { ejecutarDiagnostico } from "./ejecutar";
import { registrarSesion } from "./servicios";

/**
 * ejecutarDiagnostico is run from the editor; onOpen and onEdit are the throw-away spreadsheet's
 * simple triggers (LIMITED, as the add-on's own), recording what Google gives them for the next run.
 */
export const entryPoints = {
  ejecutarDiagnostico,
  onOpen(e: EventoDeApertura): void {
    registrarSesion("onOpen", e?.authMode);
  },
  onEdit(e: EventoDeEdicion): void {
    registrarEdicion(e);
  },
};
