// Emulated DriveApp: files and folders in a JSON-serializable DriveState, sharing rules, ownership and Google's errors.
import { type EnumOf, type EnumValue, makeEnum, NAMING, signatureChecks } from "./enums";
import { type Runtime, SCOPE, ScriptError } from "./runtime";

export type AccountKind = "consumer" | "workspace";
export type AccessName = "ANYONE" | "ANYONE_WITH_LINK" | "DOMAIN" | "DOMAIN_WITH_LINK" | "PRIVATE";
export type PermissionName = "VIEW" | "EDIT" | "COMMENT" | "OWNER" | "ORGANIZER" | "FILE_ORGANIZER" | "NONE";

/** A file or folder as Drive stores it. Times are epoch milliseconds. */
export interface DriveItem {
  id: string;
  name: string;
  mimeType: string;
  /** Drive items have a single parent since 2020; the root folder has none. */
  parents: string[];
  owner: string;
  editors: string[];
  viewers: string[];
  createdMs: number;
  lastUpdatedMs: number;
  trashed: boolean;
  sharing: { access: AccessName; permission: PermissionName };
  url: string;
  description: string;
  /** Plain content of blob files made with Folder.createFile(name, content). */
  content?: string;
}

/** The whole emulated Drive of one user. JSON-serializable: the playground saves it to a file. */
export interface DriveState {
  rootId: string;
  files: Record<string, DriveItem>;
  folders: Record<string, DriveItem>;
  account: {
    kind: AccountKind;
    /** The Workspace domain (e.g. "example.org"); null for consumer (gmail.com) accounts. */
    domain: string | null;
    /** Workspace admin policy: sharing outside the domain (ANYONE, ANYONE_WITH_LINK) is forbidden. */
    adminForbidsAnyoneSharing: boolean;
  };
  /** Docs created today (UTC day): DocumentApp.create's daily quota. */
  quota: { day: string; docsCreated: number };
  /** Sequence for deterministic ids. */
  seq: number;
  /**
   * Delay between a script's Docs edit and the file's lastUpdated moving, in ms. Real Docs save
   * asynchronously, so Drive's modified time may land after the script recorded "now"; tests can
   * set this to make sure the add-on's hand-edit detection tolerates it. Default 0.
   */
  modifiedLagMs: number;
}

export const MIME = {
  folder: "application/vnd.google-apps.folder",
  document: "application/vnd.google-apps.document",
  spreadsheet: "application/vnd.google-apps.spreadsheet",
  plainText: "text/plain",
} as const;

/** Docs a user may create per day (Apps Script quotas page: 250 consumer / 1,500 Workspace). */
export const DOCS_CREATE_QUOTA: Record<AccountKind, number> = { consumer: 250, workspace: 1500 };

// https://github.com/chriskyfung/AutoFetcher-IG-Stories-to-GDrive/issues/112 (Exception text as printed).
export const NO_ITEM_MESSAGE =
  "No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.";
// Reported by users for DriveApp writes refused by permissions or by a Workspace policy (e.g. an
// admin forbidding "anyone with the link"); Google documents only that an exception is thrown.
// UNCONFIRMED as the exact text for each case.
export const ACCESS_DENIED_MESSAGE = "Access denied: DriveApp.";
// https://developers.google.com/apps-script/reference/drive/access: DOMAIN / DOMAIN_WITH_LINK on a
// non-Workspace account "throws an exception". Text reported by a user; UNCONFIRMED.
export const DOMAIN_ON_CONSUMER_MESSAGE = "Invalid argument: permission.value";

export interface CreateDriveStateOptions {
  ownerEmail: string;
  kind?: AccountKind;
  domain?: string | null;
  adminForbidsAnyoneSharing?: boolean;
  nowMs?: number;
}

/** A new Drive with an empty root folder ("My Drive"). */
export function createDriveState(options: CreateDriveStateOptions): DriveState {
  const kind = options.kind ?? "consumer";
  const now = options.nowMs ?? Date.UTC(2019, 5, 3, 15);
  const drive: DriveState = {
    rootId: "",
    files: {},
    folders: {},
    account: {
      kind,
      domain: kind === "workspace" ? (options.domain ?? emailDomain(options.ownerEmail)) : null,
      adminForbidsAnyoneSharing: options.adminForbidsAnyoneSharing ?? false,
    },
    quota: { day: "", docsCreated: 0 },
    seq: 0,
    modifiedLagMs: 0,
  };
  const root = newItem(drive, {
    name: "My Drive",
    mimeType: MIME.folder,
    parentId: null,
    owner: options.ownerEmail,
    nowMs: now,
  });
  drive.rootId = root.id;
  return drive;
}

/** Registers the bound spreadsheet as a Drive file (the add-on finds its folder through Drive). */
export function addSpreadsheetFile(
  drive: DriveState,
  spec: { id: string; name: string; parentId?: string; owner?: string; nowMs?: number },
): DriveItem {
  const parentId = spec.parentId ?? drive.rootId;
  if (!drive.folders[parentId]) throw new Error(`addSpreadsheetFile: no folder ${parentId}`);
  if (drive.files[spec.id] || drive.folders[spec.id])
    throw new Error(`addSpreadsheetFile: id ${spec.id} in use`);
  const root = drive.folders[drive.rootId];
  const item = newItem(drive, {
    id: spec.id,
    name: spec.name,
    mimeType: MIME.spreadsheet,
    parentId,
    owner: spec.owner ?? root?.owner ?? "",
    nowMs: spec.nowMs ?? root?.createdMs ?? 0,
  });
  return item;
}

/** Adds a folder directly (test/playground set-up; not counted). */
export function addFolder(
  drive: DriveState,
  spec: { name: string; parentId?: string; owner?: string; id?: string; nowMs?: number },
): DriveItem {
  const root = drive.folders[drive.rootId];
  return newItem(drive, {
    id: spec.id,
    name: spec.name,
    mimeType: MIME.folder,
    parentId: spec.parentId ?? drive.rootId,
    owner: spec.owner ?? root?.owner ?? "",
    nowMs: spec.nowMs ?? root?.createdMs ?? 0,
  });
}

/** Creates an item in state (no checks, no counting): shared by DriveApp and DocumentApp.create. */
export function newItem(
  drive: DriveState,
  spec: {
    id?: string;
    name: string;
    mimeType: string;
    parentId: string | null;
    owner: string;
    nowMs: number;
  },
): DriveItem {
  const id = spec.id ?? nextDriveId(drive);
  const item: DriveItem = {
    id,
    name: spec.name,
    mimeType: spec.mimeType,
    parents: spec.parentId ? [spec.parentId] : [],
    owner: spec.owner,
    editors: [],
    viewers: [],
    createdMs: spec.nowMs,
    lastUpdatedMs: spec.nowMs,
    trashed: false,
    sharing: { access: "PRIVATE", permission: "NONE" },
    url: urlFor(id, spec.mimeType),
    description: "",
  };
  if (spec.mimeType === MIME.folder) drive.folders[id] = item;
  else drive.files[id] = item;
  return item;
}

/** The URL Drive's File.getUrl() gives for each kind of item. */
function urlFor(id: string, mimeType: string): string {
  if (mimeType === MIME.folder) return `https://drive.google.com/drive/folders/${id}`;
  if (mimeType === MIME.document) return `https://docs.google.com/document/d/${id}/edit?usp=drivesdk`;
  if (mimeType === MIME.spreadsheet) return `https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`;
  return `https://drive.google.com/file/d/${id}/view?usp=drivesdk`;
}

const ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** A deterministic 44-character id shaped like Drive's ("1" + 43 url-safe characters). */
export function nextDriveId(drive: DriveState): string {
  drive.seq += 1;
  let x = (drive.seq * 2654435761) >>> 0 || 1;
  let id = "1";
  for (let i = 0; i < 43; i++) {
    // xorshift32: cheap, deterministic, looks random enough for ids.
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    id += ID_CHARS[x % 64];
  }
  return id;
}

/** The emulated clock: runtime time plus simulated lock waits. */
export function nowMs(rt: Runtime): number {
  return rt.now().getTime() + rt.waitedMs;
}

export function emailDomain(email: string): string {
  const at = email.lastIndexOf("@");
  return at < 0 ? "" : email.slice(at + 1).toLowerCase();
}

/** May `user` see `item`? Owner, explicit editor/viewer, or link/domain sharing. */
export function canRead(drive: DriveState, item: DriveItem, user: string): boolean {
  if (canEdit(drive, item, user)) return true;
  if (item.viewers.includes(user)) return true;
  return sharingReaches(drive, item, user);
}

/** May `user` change `item`? Owner, explicit editor, or sharing with EDIT that reaches the user. */
export function canEdit(drive: DriveState, item: DriveItem, user: string): boolean {
  if (user !== "" && (item.owner === user || item.editors.includes(user))) return true;
  return item.sharing.permission === "EDIT" && sharingReaches(drive, item, user);
}

function sharingReaches(drive: DriveState, item: DriveItem, user: string): boolean {
  const { access } = item.sharing;
  if (access === "ANYONE" || access === "ANYONE_WITH_LINK") return true;
  if (access === "DOMAIN" || access === "DOMAIN_WITH_LINK") {
    return drive.account.domain !== null && emailDomain(user) === drive.account.domain;
  }
  return false;
}

/** Moves a file's lastUpdated to the edit time (Docs edits call this too). */
export function touchItem(drive: DriveState, id: string, atMs: number): void {
  const item = drive.files[id] ?? drive.folders[id];
  if (item) item.lastUpdatedMs = Math.max(item.lastUpdatedMs, atMs + drive.modifiedLagMs);
}

/** UTC day key for daily quotas. */
export function dayKey(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

// Scopes: DriveApp methods are documented with https://www.googleapis.com/auth/drive (writes) and
// drive or drive.readonly (reads). The platform guide notes drive.file is reported insufficient for
// DriveApp, so the stricter reading applies: drive.file alone is refused for every DriveApp call.
const READ = { scopes: [SCOPE.drive, SCOPE.driveReadonly], auth: "FULL" } as const;
const WRITE = { scopes: [SCOPE.drive], auth: "FULL" } as const;

const { requireEnum, signatureError } = signatureChecks(NAMING.docs);

const ACCESS = makeEnum("DriveApp.Access", [
  "ANYONE",
  "ANYONE_WITH_LINK",
  "DOMAIN",
  "DOMAIN_WITH_LINK",
  "PRIVATE",
]);
const PERMISSION = makeEnum("DriveApp.Permission", [
  "VIEW",
  "EDIT",
  "COMMENT",
  "OWNER",
  "ORGANIZER",
  "FILE_ORGANIZER",
  "NONE",
]);

/** The emulated DriveApp global. */
export interface EmulatedDriveApp {
  Access: EnumOf<AccessName>;
  Permission: EnumOf<PermissionName>;
  getFileById(id: string): EmulatedFile;
  getFolderById(id: string): EmulatedFolder;
  getRootFolder(): EmulatedFolder;
  createFolder(name: string): EmulatedFolder;
  getFilesByName(name: string): DriveIterator<EmulatedFile>;
  getFoldersByName(name: string): DriveIterator<EmulatedFolder>;
}

export interface DriveIterator<T> {
  hasNext(): boolean;
  next(): T;
}

export interface EmulatedUser {
  getEmail(): string;
  getName(): string;
  getDomain(): string;
}

/** Methods File and Folder share. */
interface ItemMethods<Self> {
  getId(): string;
  getName(): string;
  setName(name: string): Self;
  getUrl(): string;
  getDescription(): string;
  setDescription(description: string): Self;
  getParents(): DriveIterator<EmulatedFolder>;
  moveTo(destination: EmulatedFolder): Self;
  setSharing(accessType: EnumValue, permissionType: EnumValue): Self;
  getSharingAccess(): EnumValue;
  getSharingPermission(): EnumValue;
  getLastUpdated(): Date;
  getDateCreated(): Date;
  setTrashed(trashed: boolean): Self;
  isTrashed(): boolean;
  getOwner(): EmulatedUser;
  getAccess(user: string | EmulatedUser): EnumValue;
  addEditor(emailAddress: string): Self;
  addViewer(emailAddress: string): Self;
  getEditors(): EmulatedUser[];
  getViewers(): EmulatedUser[];
}

export interface EmulatedFile extends ItemMethods<EmulatedFile> {
  getMimeType(): string;
  getSize(): number;
}

export interface EmulatedFolder extends ItemMethods<EmulatedFolder> {
  getFiles(): DriveIterator<EmulatedFile>;
  getFolders(): DriveIterator<EmulatedFolder>;
  getFilesByName(name: string): DriveIterator<EmulatedFile>;
  getFoldersByName(name: string): DriveIterator<EmulatedFolder>;
  createFolder(name: string): EmulatedFolder;
  createFile(name: string, content: string, mimeType?: string): EmulatedFile;
}

const ITEM_ID = new WeakMap<object, { id: string; folder: boolean }>();

// A loose but real check: Drive refuses addresses without a local part, "@" and a dotted domain.
const EMAIL_RE = /^[^\s@,;<>()]+@[^\s@,;<>()]+\.[^\s@,;<>()]+$/;

/** Builds the DriveApp global over `drive`. Every public method goes through `rt.enter`. */
export function createDriveApp(rt: Runtime, drive: DriveState): EmulatedDriveApp {
  const user = (): string => rt.effectiveUserEmail;

  function lookup(id: unknown, folder: boolean): DriveItem {
    const item = typeof id === "string" ? (folder ? drive.folders[id] : drive.files[id]) : undefined;
    // Unknown id, wrong kind, or no access: Google gives the same message for all three.
    if (!item || !canRead(drive, item, user())) throw new ScriptError(NO_ITEM_MESSAGE);
    return item;
  }

  function requireEdit(item: DriveItem): void {
    if (!canEdit(drive, item, user())) throw new ScriptError(ACCESS_DENIED_MESSAGE);
  }

  function iterator<T>(items: T[], cls: string): DriveIterator<T> {
    let i = 0;
    return {
      hasNext() {
        rt.enter(`${cls}.hasNext`, READ);
        return i < items.length;
      },
      next() {
        rt.enter(`${cls}.next`, READ);
        const v = items[i];
        // Apps Script's iterator error when next() is called past the end.
        if (v === undefined)
          throw new ScriptError("Cannot retrieve the next object: iterator has reached the end.");
        i++;
        return v;
      },
    };
  }

  function userOf(email: string): EmulatedUser {
    return {
      getEmail: () => email,
      getName: () => email.split("@")[0] ?? "",
      getDomain: () => emailDomain(email),
    };
  }

  function requireString(value: unknown, method: string, args: unknown[]): string {
    if (typeof value !== "string") throw signatureError(method, args);
    return value;
  }

  function itemMethods<Self>(item: DriveItem, cls: "File" | "Folder", self: () => Self): ItemMethods<Self> {
    const m = (name: string) => `${cls}.${name}`;
    const full = (name: string) => `DriveApp.${cls}.${name}`;
    return {
      getId() {
        rt.enter(m("getId"), READ);
        return item.id;
      },
      getName() {
        rt.enter(m("getName"), READ);
        return item.name;
      },
      setName(name) {
        rt.enter(m("setName"), WRITE);
        const n = requireString(name, full("setName"), [name]);
        requireEdit(item);
        item.name = n;
        item.lastUpdatedMs = nowMs(rt);
        return self();
      },
      getUrl() {
        rt.enter(m("getUrl"), READ);
        return item.url;
      },
      getDescription() {
        rt.enter(m("getDescription"), READ);
        return item.description;
      },
      setDescription(description) {
        rt.enter(m("setDescription"), WRITE);
        requireEdit(item);
        item.description = requireString(description, full("setDescription"), [description]);
        return self();
      },
      getParents() {
        rt.enter(m("getParents"), READ);
        const parents = item.parents
          .map((pid) => drive.folders[pid])
          .filter((f): f is DriveItem => f !== undefined && canRead(drive, f, user()))
          .map(folderObject);
        return iterator(parents, "FolderIterator");
      },
      moveTo(destination) {
        rt.enter(m("moveTo"), WRITE);
        const dest = destination ? ITEM_ID.get(destination) : undefined;
        if (!dest?.folder) throw signatureError(full("moveTo"), [destination]);
        const target = drive.folders[dest.id];
        if (!target || !canRead(drive, target, user())) throw new ScriptError(NO_ITEM_MESSAGE);
        // Moving needs edit rights on the item and on the destination folder.
        requireEdit(item);
        requireEdit(target);
        if (cls === "Folder" && isSelfOrDescendant(drive, dest.id, item.id)) {
          // UNCONFIRMED text; Drive refuses cycles in the folder graph (Drive API "badRequest").
          throw new ScriptError("Invalid argument: parent");
        }
        item.parents = [dest.id];
        item.lastUpdatedMs = nowMs(rt);
        return self();
      },
      setSharing(accessType, permissionType) {
        rt.enter(m("setSharing"), WRITE);
        const sig = full("setSharing");
        const access = requireEnum(accessType, ACCESS, sig, [accessType, permissionType]);
        const permission = requireEnum(permissionType, PERMISSION, sig, [accessType, permissionType]);
        requireEdit(item);
        if (permission === "OWNER" || permission === "ORGANIZER" || permission === "FILE_ORGANIZER") {
          // Ownership is not a link-sharing role. UNCONFIRMED text.
          throw new ScriptError("Invalid argument: permissionType");
        }
        if ((access === "DOMAIN" || access === "DOMAIN_WITH_LINK") && drive.account.kind === "consumer") {
          throw new ScriptError(DOMAIN_ON_CONSUMER_MESSAGE);
        }
        if (
          (access === "ANYONE" || access === "ANYONE_WITH_LINK") &&
          drive.account.adminForbidsAnyoneSharing
        ) {
          throw new ScriptError(ACCESS_DENIED_MESSAGE);
        }
        item.sharing = { access, permission: access === "PRIVATE" ? "NONE" : permission };
        return self();
      },
      getSharingAccess() {
        rt.enter(m("getSharingAccess"), READ);
        return ACCESS[item.sharing.access];
      },
      getSharingPermission() {
        rt.enter(m("getSharingPermission"), READ);
        return PERMISSION[item.sharing.permission];
      },
      getLastUpdated() {
        rt.enter(m("getLastUpdated"), READ);
        return new Date(item.lastUpdatedMs);
      },
      getDateCreated() {
        rt.enter(m("getDateCreated"), READ);
        return new Date(item.createdMs);
      },
      setTrashed(trashed) {
        rt.enter(m("setTrashed"), WRITE);
        if (typeof trashed !== "boolean") throw signatureError(full("setTrashed"), [trashed]);
        // Only the owner may trash an item in My Drive.
        if (item.owner !== user()) throw new ScriptError(ACCESS_DENIED_MESSAGE);
        if (item.id === drive.rootId) throw new ScriptError(ACCESS_DENIED_MESSAGE);
        item.trashed = trashed;
        return self();
      },
      isTrashed() {
        rt.enter(m("isTrashed"), READ);
        return item.trashed;
      },
      getOwner() {
        rt.enter(m("getOwner"), READ);
        return userOf(item.owner);
      },
      // reference/drive/file#getAccess(String): the permission granted to the user, sharing included.
      getAccess(user) {
        rt.enter(m("getAccess"), READ);
        const email =
          typeof user === "string" ? user : user && typeof user === "object" ? String(user.getEmail()) : null;
        if (email === null) throw signatureError(full("getAccess"), [user]);
        if (email !== "" && item.owner === email) return PERMISSION.OWNER;
        if (canEdit(drive, item, email)) return PERMISSION.EDIT;
        if (canRead(drive, item, email))
          return item.sharing.permission === "COMMENT" ? PERMISSION.COMMENT : PERMISSION.VIEW;
        return PERMISSION.NONE;
      },
      addEditor(emailAddress) {
        rt.enter(m("addEditor"), WRITE);
        const email = requireEmail(requireString(emailAddress, full("addEditor"), [emailAddress]));
        requireEdit(item);
        if (email !== item.owner && !item.editors.includes(email)) item.editors.push(email);
        item.viewers = item.viewers.filter((v) => v !== email);
        return self();
      },
      addViewer(emailAddress) {
        rt.enter(m("addViewer"), WRITE);
        const email = requireEmail(requireString(emailAddress, full("addViewer"), [emailAddress]));
        requireEdit(item);
        if (email !== item.owner && !item.editors.includes(email) && !item.viewers.includes(email)) {
          item.viewers.push(email);
        }
        return self();
      },
      getEditors() {
        rt.enter(m("getEditors"), READ);
        return item.editors.map(userOf);
      },
      getViewers() {
        rt.enter(m("getViewers"), READ);
        return item.viewers.map(userOf);
      },
    };
  }

  function fileObject(item: DriveItem): EmulatedFile {
    const file: EmulatedFile = {
      ...itemMethods<EmulatedFile>(item, "File", () => file),
      getMimeType() {
        rt.enter("File.getMimeType", READ);
        return item.mimeType;
      },
      getSize() {
        rt.enter("File.getSize", READ);
        // Google-native files (Docs, Sheets) take no quota and report 0 bytes.
        return item.content === undefined ? 0 : Buffer.byteLength(item.content, "utf8");
      },
      toString: () => "File",
    } as EmulatedFile;
    ITEM_ID.set(file, { id: item.id, folder: false });
    return file;
  }

  function childrenOf(folderId: string, folders: boolean): DriveItem[] {
    const pool = folders ? drive.folders : drive.files;
    // Trashed children are included: DriveApp's iterators are widely reported to return trashed
    // items (callers must check isTrashed()); the stricter reading for the add-on.
    return Object.values(pool)
      .filter((it) => it.parents.includes(folderId) && canRead(drive, it, user()))
      .sort((a, b) => a.createdMs - b.createdMs || a.id.localeCompare(b.id));
  }

  function createFolderIn(parent: DriveItem, name: unknown, method: string): EmulatedFolder {
    const n = requireString(name, method, [name]);
    requireEdit(parent);
    return folderObject(
      newItem(drive, {
        name: n,
        mimeType: MIME.folder,
        parentId: parent.id,
        owner: user(),
        nowMs: nowMs(rt),
      }),
    );
  }

  function folderObject(item: DriveItem): EmulatedFolder {
    const folder: EmulatedFolder = {
      ...itemMethods<EmulatedFolder>(item, "Folder", () => folder),
      getFiles() {
        rt.enter("Folder.getFiles", READ);
        return iterator(childrenOf(item.id, false).map(fileObject), "FileIterator");
      },
      getFolders() {
        rt.enter("Folder.getFolders", READ);
        return iterator(childrenOf(item.id, true).map(folderObject), "FolderIterator");
      },
      getFilesByName(name) {
        rt.enter("Folder.getFilesByName", READ);
        const n = requireString(name, "DriveApp.Folder.getFilesByName", [name]);
        return iterator(
          childrenOf(item.id, false)
            .filter((f) => f.name === n)
            .map(fileObject),
          "FileIterator",
        );
      },
      getFoldersByName(name) {
        rt.enter("Folder.getFoldersByName", READ);
        const n = requireString(name, "DriveApp.Folder.getFoldersByName", [name]);
        return iterator(
          childrenOf(item.id, true)
            .filter((f) => f.name === n)
            .map(folderObject),
          "FolderIterator",
        );
      },
      createFolder(name) {
        rt.enter("Folder.createFolder", WRITE);
        return createFolderIn(item, name, "DriveApp.Folder.createFolder");
      },
      createFile(name, content, mimeType) {
        rt.enter("Folder.createFile", WRITE);
        const n = requireString(name, "DriveApp.Folder.createFile", [name, content, mimeType]);
        const c = requireString(content, "DriveApp.Folder.createFile", [name, content, mimeType]);
        const type =
          mimeType === undefined
            ? MIME.plainText
            : requireString(mimeType, "DriveApp.Folder.createFile", [name, content, mimeType]);
        if (type.startsWith("application/vnd.google-apps.")) {
          // Google-native types can't be made from text content. UNCONFIRMED text.
          throw new ScriptError(`Invalid argument: mimeType`);
        }
        requireEdit(item);
        const created = newItem(drive, {
          name: n,
          mimeType: type,
          parentId: item.id,
          owner: user(),
          nowMs: nowMs(rt),
        });
        created.content = c;
        return fileObject(created);
      },
      toString: () => "Folder",
    } as EmulatedFolder;
    ITEM_ID.set(folder, { id: item.id, folder: true });
    return folder;
  }

  function allByName(name: string, folders: boolean): DriveItem[] {
    const pool = folders ? drive.folders : drive.files;
    return Object.values(pool)
      .filter((it) => it.name === name && it.id !== drive.rootId && canRead(drive, it, user()))
      .sort((a, b) => a.createdMs - b.createdMs || a.id.localeCompare(b.id));
  }

  return {
    Access: ACCESS,
    Permission: PERMISSION,
    getFileById(id) {
      rt.enter("DriveApp.getFileById", READ);
      return fileObject(lookup(id, false));
    },
    getFolderById(id) {
      rt.enter("DriveApp.getFolderById", READ);
      return folderObject(lookup(id, true));
    },
    getRootFolder() {
      rt.enter("DriveApp.getRootFolder", READ);
      return folderObject(lookup(drive.rootId, true));
    },
    createFolder(name) {
      rt.enter("DriveApp.createFolder", WRITE);
      return createFolderIn(lookup(drive.rootId, true), name, "DriveApp.createFolder");
    },
    getFilesByName(name) {
      rt.enter("DriveApp.getFilesByName", READ);
      const n = requireString(name, "DriveApp.getFilesByName", [name]);
      return iterator(allByName(n, false).map(fileObject), "FileIterator");
    },
    getFoldersByName(name) {
      rt.enter("DriveApp.getFoldersByName", READ);
      const n = requireString(name, "DriveApp.getFoldersByName", [name]);
      return iterator(allByName(n, true).map(folderObject), "FolderIterator");
    },
  };
}

function requireEmail(email: string): string {
  // Same wording as MailApp's check (https://developers.google.com/apps-script/reference/mail).
  if (!EMAIL_RE.test(email.trim())) throw new ScriptError(`Invalid email: ${email}`);
  return email.trim();
}

function isSelfOrDescendant(drive: DriveState, candidate: string, ancestor: string): boolean {
  let cur: string | undefined = candidate;
  const seen = new Set<string>();
  while (cur && !seen.has(cur)) {
    if (cur === ancestor) return true;
    seen.add(cur);
    cur = drive.folders[cur]?.parents[0];
  }
  return false;
}

/** Loose e-mail syntax check shared with MailApp. */
export function isEmailAddress(value: string): boolean {
  return EMAIL_RE.test(value);
}

/**
 * A new Drive with defaults: a consumer account owned by the Runtime's default user
 * ("usuario@example.org"). Pass the active user's e-mail when the Runtime uses another one,
 * otherwise that user can't see its own root folder.
 */
export function newDriveState(options: Partial<CreateDriveStateOptions> = {}): DriveState {
  return createDriveState({ ownerEmail: "usuario@example.org", ...options });
}
