// Conformance tests of the emulated DriveApp: lookups, folders, moveTo, sharing failure modes, scopes and times.
import { describe, expect, it } from "vitest";
import { createDocumentApp, newDocsState } from "../../emulator/document";
import {
  ACCESS_DENIED_MESSAGE,
  addFolder,
  addSpreadsheetFile,
  createDriveApp,
  DOMAIN_ON_CONSUMER_MESSAGE,
  type DriveState,
  NO_ITEM_MESSAGE,
  newDriveState,
} from "../../emulator/drive";
import { type AuthMode, Runtime, SCOPE, ScriptError } from "../../emulator/runtime";
import { thrown } from "../support/errores";

const REF = "https://developers.google.com/apps-script/reference/drive";
const GUIDE = 'platform guide, "Documents and Drive"';
const USER = "usuario@mupa.gob.pa";
const T0 = Date.UTC(2019, 5, 3, 15, 0, 0);

function setup(
  options: {
    scopes?: string[];
    authMode?: AuthMode;
    kind?: "consumer" | "workspace";
    adminForbidsAnyoneSharing?: boolean;
    user?: string;
  } = {},
) {
  let now = T0;
  const rt = new Runtime({
    scopes: options.scopes ?? [SCOPE.drive, SCOPE.documents],
    authMode: options.authMode ?? "FULL",
    activeUserEmail: options.user ?? USER,
    now: () => new Date(now),
  });
  const drive: DriveState = newDriveState({
    ownerEmail: USER,
    nowMs: T0,
    kind: options.kind ?? "consumer",
    adminForbidsAnyoneSharing: options.adminForbidsAnyoneSharing ?? false,
  });
  const folder = addFolder(drive, { name: "Oficina" });
  addSpreadsheetFile(drive, { id: "ss-1", name: "Registro de actividades", parentId: folder.id });
  const app = createDriveApp(rt, drive);
  return {
    rt,
    drive,
    app,
    folderId: folder.id,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("lookups", () => {
  it(`getFileById of an unknown id throws Google's message (${REF}/drive-app#getFileById(String))`, () => {
    const { app } = setup();
    expect(thrown(() => app.getFileById("nada")).message).toBe(NO_ITEM_MESSAGE);
    expect(NO_ITEM_MESSAGE).toBe(
      "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.",
    );
    // A folder id is not a file, and the other way round.
    expect(() => app.getFileById(app.getRootFolder().getId())).toThrow(NO_ITEM_MESSAGE);
    expect(() => app.getFolderById("ss-1")).toThrow(NO_ITEM_MESSAGE);
  });

  it(`the bound spreadsheet is a Drive file whose parent is its folder (${REF}/file#getParents())`, () => {
    const { app, folderId } = setup();
    const file = app.getFileById("ss-1");
    expect(file.getMimeType()).toBe("application/vnd.google-apps.spreadsheet");
    const parents = file.getParents();
    expect(parents.hasNext()).toBe(true);
    const parent = parents.next();
    expect(parent.getId()).toBe(folderId);
    expect(parent.getName()).toBe("Oficina");
    expect(parents.hasNext()).toBe(false);
    expect(() => parents.next()).toThrow("Cannot retrieve the next object: iterator has reached the end.");
  });

  it(`a file of another user that isn't shared can't be seen (${REF}/drive-app#getFileById(String))`, () => {
    const { app, drive } = setup();
    addSpreadsheetFile(drive, { id: "ajeno", name: "Privado", owner: "otra@gmail.com" });
    expect(() => app.getFileById("ajeno")).toThrow(NO_ITEM_MESSAGE);
  });

  it(`folders, createFolder and name iterators (${REF}/drive-app#createFolder(String); ${REF}/folder#getFiles())`, () => {
    const { app, folderId } = setup();
    const informes = app.getFolderById(folderId).createFolder("Informes");
    expect(informes.getParents().next().getId()).toBe(folderId);
    expect(informes.getUrl()).toBe(`https://drive.google.com/drive/folders/${informes.getId()}`);
    const byName = app.getFoldersByName("Informes");
    expect(byName.next().getId()).toBe(informes.getId());
    const files = app.getFolderById(folderId).getFiles();
    expect(files.next().getName()).toBe("Registro de actividades");
    expect(files.hasNext()).toBe(false);
    const root = app.createFolder("En la raíz");
    expect(root.getParents().next().getId()).toBe(app.getRootFolder().getId());
  });

  it(`getFilesByName includes trashed files; callers must check isTrashed() (${REF}/drive-app#getFilesByName(String), UNCONFIRMED)`, () => {
    const { app } = setup();
    const file = app.getFileById("ss-1");
    file.setTrashed(true);
    const it = app.getFilesByName("Registro de actividades");
    expect(it.hasNext()).toBe(true);
    expect(it.next().isTrashed()).toBe(true);
    file.setTrashed(false);
    expect(file.isTrashed()).toBe(false);
  });

  it(`ids are Drive-shaped and deterministic`, () => {
    const a = setup().app.createFolder("x").getId();
    const b = setup().app.createFolder("x").getId();
    expect(a).toBe(b);
    expect(a).toMatch(/^1[A-Za-z0-9_-]{43}$/);
  });
});

describe("moveTo", () => {
  it(`moveTo puts the file in the folder, replacing its parent (${REF}/file#moveTo(Folder))`, () => {
    const { app, drive, rt, folderId } = setup();
    const docs = newDocsState();
    const doc = createDocumentApp(rt, docs, drive).create("Informe 2019-05");
    const file = app.getFileById(doc.getId());
    file.moveTo(app.getFolderById(folderId));
    const parents = app.getFileById(doc.getId()).getParents();
    expect(parents.next().getId()).toBe(folderId);
    expect(parents.hasNext()).toBe(false);
  });

  it(`moveTo with a manifest that has only drive.file is refused (${REF}/file#moveTo(Folder); ${GUIDE})`, () => {
    const { app, rt, folderId } = setup();
    const file = app.getFileById("ss-1");
    const folder = app.getRootFolder();
    rt.scopes = [SCOPE.driveFile];
    expect(thrown(() => file.moveTo(folder)).message).toBe(
      "Specified permissions are not sufficient to call File.moveTo. Required permissions: https://www.googleapis.com/auth/drive",
    );
    rt.scopes = [SCOPE.drive];
    expect(app.getFileById("ss-1").getParents().next().getId()).toBe(folderId);
  });

  it(`drive.readonly lets read methods run but not writes (${REF}/drive-app#getFileById(String))`, () => {
    const { app } = setup({ scopes: [SCOPE.driveReadonly] });
    expect(app.getFileById("ss-1").getName()).toBe("Registro de actividades");
    expect(() => app.createFolder("x")).toThrow(
      "Specified permissions are not sufficient to call DriveApp.createFolder. Required permissions: https://www.googleapis.com/auth/drive",
    );
  });

  it(`a drive.file-only manifest can't even read through DriveApp (${GUIDE}: be strict)`, () => {
    const { app } = setup({ scopes: [SCOPE.driveFile] });
    expect(() => app.getFileById("ss-1")).toThrow(
      "Specified permissions are not sufficient to call DriveApp.getFileById. Required permissions: (https://www.googleapis.com/auth/drive || https://www.googleapis.com/auth/drive.readonly)",
    );
  });

  it(`moveTo needs edit rights on the file (${REF}/file#moveTo(Folder))`, () => {
    const { app, drive, folderId } = setup();
    addSpreadsheetFile(drive, {
      id: "visto",
      name: "Solo lectura",
      owner: "jefa@mupa.gob.pa",
      parentId: folderId,
    });
    const item = drive.files.visto;
    if (!item) throw new Error("set-up");
    item.viewers.push(USER);
    expect(thrown(() => app.getFileById("visto").moveTo(app.getRootFolder())).message).toBe(
      ACCESS_DENIED_MESSAGE,
    );
  });

  it(`DriveApp is refused in LIMITED auth (simple triggers) (${REF}/drive-app)`, () => {
    const { app } = setup({ authMode: "LIMITED" });
    expect(() => app.getRootFolder()).toThrow("You do not have permission to call DriveApp.getRootFolder");
  });
});

describe("getAccess", () => {
  it(`gives the owner OWNER, explicit editors EDIT, viewers VIEW, everyone else NONE (${REF}/file#getAccess(String))`, () => {
    const { app, drive } = setup();
    const file = app.getFileById("ss-1");
    const item = drive.files["ss-1"];
    item?.editors.push("editora@mupa.gob.pa");
    item?.viewers.push("lectora@mupa.gob.pa");
    expect(file.getAccess(USER)).toBe(app.Permission.OWNER);
    expect(file.getAccess("editora@mupa.gob.pa")).toBe(app.Permission.EDIT);
    expect(file.getAccess("lectora@mupa.gob.pa")).toBe(app.Permission.VIEW);
    expect(file.getAccess("nadie@otro.org")).toBe(app.Permission.NONE);
    // Link sharing reaches anyone: they may view.
    file.setSharing(app.Access.ANYONE_WITH_LINK, app.Permission.VIEW);
    expect(file.getAccess("nadie@otro.org")).toBe(app.Permission.VIEW);
    expect(thrown(() => file.getAccess(3 as never)).message).toBe(
      "The parameters (number) don't match the method signature for DriveApp.File.getAccess.",
    );
  });
});

describe("setSharing", () => {
  it(`setSharing stores access and permission as enums (${REF}/file#setSharing(Access,Permission))`, () => {
    const { app } = setup();
    const file = app.getFileById("ss-1");
    expect(file.getSharingAccess()).toBe(app.Access.PRIVATE);
    file.setSharing(app.Access.ANYONE_WITH_LINK, app.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(app.Access.ANYONE_WITH_LINK);
    expect(file.getSharingPermission()).toBe(app.Permission.VIEW);
  });

  it(`strings are not enums: Google rejects them (${REF}/file#setSharing(Access,Permission))`, () => {
    const { app } = setup();
    expect(thrown(() => app.getFileById("ss-1").setSharing("ANYONE" as never, "VIEW" as never)).message).toBe(
      "The parameters (String,String) don't match the method signature for DriveApp.File.setSharing.",
    );
  });

  it(`DOMAIN and DOMAIN_WITH_LINK throw on a consumer account (${REF}/access, "DOMAIN"; message UNCONFIRMED)`, () => {
    const { app } = setup({ kind: "consumer" });
    const file = app.getFileById("ss-1");
    expect(thrown(() => file.setSharing(app.Access.DOMAIN_WITH_LINK, app.Permission.VIEW)).message).toBe(
      DOMAIN_ON_CONSUMER_MESSAGE,
    );
    expect(() => file.setSharing(app.Access.DOMAIN, app.Permission.VIEW)).toThrow(ScriptError);
    expect(file.getSharingAccess()).toBe(app.Access.PRIVATE);
  });

  it(`DOMAIN_WITH_LINK works on Workspace (${REF}/access)`, () => {
    const { app } = setup({ kind: "workspace" });
    const file = app.getFileById("ss-1");
    file.setSharing(app.Access.DOMAIN_WITH_LINK, app.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(app.Access.DOMAIN_WITH_LINK);
  });

  it(`ANYONE / ANYONE_WITH_LINK throw when a Workspace admin forbids it (${REF}/access, "ANYONE"; message UNCONFIRMED)`, () => {
    const { app } = setup({ kind: "workspace", adminForbidsAnyoneSharing: true });
    const file = app.getFileById("ss-1");
    expect(thrown(() => file.setSharing(app.Access.ANYONE_WITH_LINK, app.Permission.VIEW)).message).toBe(
      ACCESS_DENIED_MESSAGE,
    );
    expect(() => file.setSharing(app.Access.ANYONE, app.Permission.VIEW)).toThrow(ACCESS_DENIED_MESSAGE);
    file.setSharing(app.Access.DOMAIN_WITH_LINK, app.Permission.VIEW);
    expect(file.getSharingAccess()).toBe(app.Access.DOMAIN_WITH_LINK);
  });

  it(`link sharing lets another user of the domain open the file (${REF}/access)`, () => {
    const owner = setup({ kind: "workspace" });
    owner.app.getFileById("ss-1").setSharing(owner.app.Access.DOMAIN_WITH_LINK, owner.app.Permission.VIEW);
    const rt = new Runtime({ scopes: [SCOPE.drive], activeUserEmail: "colega@mupa.gob.pa" });
    const other = createDriveApp(rt, owner.drive);
    expect(other.getFileById("ss-1").getName()).toBe("Registro de actividades");
    expect(() => other.getFileById("ss-1").setName("x")).toThrow(ACCESS_DENIED_MESSAGE);
  });
});

describe("times and call counting", () => {
  it(`getLastUpdated/getDateCreated are Dates from the emulated clock (${REF}/file#getLastUpdated())`, () => {
    const { app, advance } = setup();
    advance(5_000);
    const folder = app.createFolder("nueva");
    expect(folder.getDateCreated()).toBeInstanceOf(Date);
    expect(folder.getDateCreated().getTime()).toBe(T0 + 5_000);
    advance(5_000);
    folder.setName("renombrada");
    expect(folder.getLastUpdated().getTime()).toBe(T0 + 10_000);
  });

  it("DriveApp calls are counted, iterator steps included", () => {
    const { app, rt } = setup();
    rt.resetCalls();
    app.getFileById("ss-1").getParents().next();
    expect(rt.callCounts()).toEqual({
      "DriveApp.getFileById": 1,
      "File.getParents": 1,
      "FolderIterator.next": 1,
    });
  });
});
