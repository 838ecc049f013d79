// Checks of LockService in the bound script (the document lock, negative timeouts) and of what Session reveals in a simple trigger.
import { type Comprobacion, cumple, lanzado, noCumple, pendiente } from "./comprobacion";

const GUIA = "Guía de la plataforma (shared/guides/apps-script-platform.md), Locks, properties, limits";
const LOCK = "https://developers.google.com/apps-script/reference/lock";

/** Where the simple triggers leave what Session showed them (document properties, read on the next run). */
export const CLAVE_DE_SESION = "diagnostico:sesion";

/** What a simple trigger saw of the user: its auth mode and the e-mail, or what the call threw. */
export interface SesionVista {
  readonly disparador: "onOpen" | "onEdit";
  readonly modo: string;
  readonly correo?: string;
  readonly error?: string;
}

/** Called by the diagnostic's onOpen and onEdit (simple triggers, LIMITED): records what Session gives there. */
export function registrarSesion(disparador: SesionVista["disparador"], modo: unknown): void {
  let vista: SesionVista;
  try {
    vista = { disparador, modo: String(modo), correo: Session.getActiveUser().getEmail() };
  } catch (error) {
    vista = { disparador, modo: String(modo), error: String(error) };
  }
  PropertiesService.getDocumentProperties().setProperty(
    `${CLAVE_DE_SESION}:${disparador}`,
    JSON.stringify(vista),
  );
}

/** What each simple trigger recorded, onOpen first; empty before the first reload or edit. */
function sesionesVistas(): SesionVista[] {
  const propiedades = PropertiesService.getDocumentProperties();
  return (["onOpen", "onEdit"] as const).flatMap((d) => {
    const guardada = propiedades.getProperty(`${CLAVE_DE_SESION}:${d}`);
    return guardada === null ? [] : [JSON.parse(guardada) as SesionVista];
  });
}

export const COMPROBACIONES_DE_SERVICIOS: readonly Comprobacion[] = [
  {
    id: "cerrojo-documento",
    hecho:
      "En un script vinculado a la hoja, LockService.getDocumentLock() da un cerrojo (solo es null fuera de un documento contenedor) y tryLock lo toma.",
    fuente: `${LOCK}/lock-service#getDocumentLock(); ${GUIA}`,
    dependeDe:
      "Cada guardado y cada generación leen y escriben el registro con este cerrojo. Si no cumple, dos personas podrían escribir la misma fila: no use el complemento entre varias personas hasta resolverlo.",
    ejecutar: () => {
      const cerrojo = LockService.getDocumentLock();
      if (cerrojo === null) return noCumple("getDocumentLock() dio null en el script vinculado");
      const tomado = cerrojo.tryLock(10000);
      const lo = cerrojo.hasLock();
      cerrojo.releaseLock();
      const detalle = `getDocumentLock() dio un cerrojo; tryLock(10000) ${tomado}, hasLock() ${lo}, tras releaseLock() ${cerrojo.hasLock()}`;
      return tomado && lo && !cerrojo.hasLock() ? cumple(detalle) : noCumple(detalle);
    },
  },
  {
    id: "cerrojo-negativo",
    hecho:
      "Con un tiempo de espera negativo, tryLock da false y waitLock lanza «Lock timeout…», aunque el cerrojo esté libre. PENDIENTE DE CONFIRMAR.",
    fuente: `${LOCK}/lock#tryLock(Integer); brucemcpherson/gas-fakes, test/testlock.js (corre también en Apps Script)`,
    dependeDe:
      "El complemento siempre espera un tiempo positivo; esto mantiene fiel al emulador (emulator/lock.ts). Si no cumple, corrija allí el caso negativo con el detalle.",
    ejecutar: () => {
      const cerrojo = LockService.getScriptLock();
      const intento = cerrojo.tryLock(-100);
      const tomado = cerrojo.hasLock();
      if (tomado) cerrojo.releaseLock();
      const error = lanzado(() => cerrojo.waitLock(-100));
      if (cerrojo.hasLock()) cerrojo.releaseLock();
      const detalle = `tryLock(-100) ${intento}; waitLock(-100) ${error === null ? "no lanzó" : `lanzó «${error}»`}`;
      return !intento && !tomado && error !== null && error.indexOf("Lock timeout") >= 0
        ? cumple(detalle)
        : noCumple(detalle);
    },
  },
  {
    id: "sesion-limited",
    hecho:
      "En un disparador simple (onOpen, onEdit: AuthMode.LIMITED), Session.getActiveUser().getEmail() da «» o el correo del usuario, sin lanzar (el manifiesto pide userinfo.email).",
    fuente: `https://developers.google.com/apps-script/reference/base/session#getActiveUser(); ${GUIA}`,
    dependeDe:
      "En onEdit el complemento anota «Registrado por» solo si Google revela el correo, y nunca falla por ello. Si da el correo, active revealUserInSimpleTriggers en las pruebas que imiten a esta cuenta; si lanza, el onEdit del complemento perdería sus marcas: avise.",
    ejecutar: () => {
      const vistas = sesionesVistas();
      if (vistas.length === 0)
        return pendiente(
          "Recargue la hoja (F5) para que onOpen anote lo que ve, y ejecute ejecutarDiagnostico otra vez.",
        );
      const ahora = Session.getActiveUser().getEmail();
      const partes = vistas.map((v) =>
        v.error !== undefined
          ? `${v.disparador} (${v.modo}) lanzó «${v.error}»`
          : `${v.disparador} (${v.modo}) vio ${v.correo ? `«${v.correo}»` : "«» (vacío)"}`,
      );
      const detalle = `${partes.join("; ")}; en esta ejecución (FULL): «${ahora}»`;
      const bien = vistas.every((v) => v.error === undefined && (v.correo === "" || v.correo === ahora));
      return bien ? cumple(detalle) : noCumple(detalle);
    },
  },
];
