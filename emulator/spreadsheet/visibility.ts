// What each execution sees of the spreadsheet: its own writes at once, another execution's only once that one flushes or ends.
import type { Runtime } from "../runtime";
import { newSheetState, type SheetState, type WorkbookState } from "./model";

/**
 * Apps Script batches spreadsheet writes: Lock.releaseLock()'s reference asks for
 * SpreadsheetApp.flush() before releasing "to commit all pending changes"
 * (https://developers.google.com/apps-script/reference/lock/lock#releaseLock()), and
 * SpreadsheetApp.flush() "applies all pending Spreadsheet changes"
 * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet-app#flush()). So the
 * next holder of a lock released without a flush may not see the writes made under it. The emulator
 * models that risk: an execution's writes stay in its own copy of the spreadsheet until it calls
 * flush() or ends; other executions see the state committed so far (UNCONFIRMED: exactly when
 * Google applies pending writes on its own; this is the strict reading, with every write pending).
 *
 * Executions overlap only when a test starts one from Runtime.onCall (nested in another), so copies
 * are taken only while that hook is set; otherwise there is nobody to hide a write from and every
 * execution works on the committed state directly, at no cost.
 */
export class ExecutionViews {
  private readonly views = new Map<number, { base: WorkbookState; work: WorkbookState }>();
  /** True while a person's edit is applied: it goes to the committed state, whatever is running. */
  private outside = false;

  constructor(
    private readonly rt: Runtime,
    private readonly committed: WorkbookState,
  ) {}

  /** The state the running execution reads and writes. */
  current(): WorkbookState {
    if (this.outside) return this.committed;
    return this.views.get(this.rt.executionId)?.work ?? this.committed;
  }

  /** At every service call: the running execution gets its own copy while executions may overlap. */
  touch(): void {
    const id = this.rt.executionId;
    if (this.outside || this.rt.onCall === undefined || !this.rt.running.has(id) || this.views.has(id))
      return;
    this.views.set(id, { base: structuredClone(this.committed), work: structuredClone(this.committed) });
  }

  /** SpreadsheetApp.flush(): the execution's writes become everybody's; it goes on with its copy. */
  flush(executionId: number): void {
    const view = this.views.get(executionId);
    if (!view) return;
    const changes = diff(flatten(view.base), flatten(view.work));
    if (changes.size > 0) {
      apply(this.committed, changes);
      this.rebaseOthers(executionId, changes);
    }
    view.base = structuredClone(view.work);
  }

  /** The end of an execution: its pending writes are applied and its copy dropped. */
  end(executionId: number): void {
    this.flush(executionId);
    this.views.delete(executionId);
  }

  /** Runs a person's edit on the committed state; running executions then see it, as any committed change. */
  outsideExecutions<T>(edit: () => T): T {
    if (this.views.size === 0) return edit();
    const before = flatten(this.committed);
    this.outside = true;
    try {
      return edit();
    } finally {
      this.outside = false;
      const changes = diff(before, flatten(this.committed));
      if (changes.size > 0) this.rebaseOthers(undefined, changes);
    }
  }

  /** Gives every other copy the committed changes, except where that execution wrote the same thing itself. */
  private rebaseOthers(except: number | undefined, changes: Changes): void {
    for (const [id, view] of this.views) {
      if (id === except) continue;
      const base = flatten(view.base);
      const work = flatten(view.work);
      const untouched: Changes = new Map();
      for (const [key, value] of changes) if (work.get(key) === base.get(key)) untouched.set(key, value);
      // Sheets added or removed reach the copy even if it changed the order itself: they are merged.
      const order = changes.get("order");
      const ownOrder = work.get("order") !== base.get("order");
      if (order !== undefined) untouched.set("order", order);
      apply(view.base, changes);
      apply(view.work, untouched, ownOrder);
    }
  }
}

/** A workbook as keys and JSON values: workbook fields, the sheet order, each sheet's fields and each cell. */
type Flat = Map<string, string>;
/** Keys whose value changed; undefined for a key that went away. */
type Changes = Map<string, string | undefined>;

function flatten(state: WorkbookState): Flat {
  const out: Flat = new Map();
  for (const [key, value] of Object.entries(state)) {
    if (key !== "sheets" && key !== "nextSheetId" && value !== undefined)
      out.set(`w|${key}`, JSON.stringify(value));
  }
  out.set("order", JSON.stringify(state.sheets.map((s) => s.sheetId)));
  for (const sheet of state.sheets) {
    for (const [key, value] of Object.entries(sheet)) {
      if (key !== "rows" && key !== "index") out.set(`m|${sheet.sheetId}|${key}`, JSON.stringify(value));
    }
    for (const [row, cells] of Object.entries(sheet.rows)) {
      for (const [column, cell] of Object.entries(cells)) {
        out.set(`c|${sheet.sheetId}|${row}|${column}`, JSON.stringify(cell));
      }
    }
  }
  return out;
}

/** The changes from `base` to `work`; the sheet order's change carries both orders, to be merged. */
function diff(base: Flat, work: Flat): Changes {
  const out: Changes = new Map();
  for (const [key, value] of work) if (base.get(key) !== value) out.set(key, value);
  for (const key of base.keys()) if (!work.has(key)) out.set(key, undefined);
  const order = out.get("order");
  if (order !== undefined)
    out.set(
      "order",
      JSON.stringify({ before: JSON.parse(base.get("order") ?? "[]"), after: JSON.parse(order) }),
    );
  return out;
}

/** Puts each of `ids` after the nearest sheet before it in `reference` that `out` already holds. */
function insertAfterPredecessors(out: number[], ids: readonly number[], reference: readonly number[]): void {
  for (const id of ids) {
    let at = 0;
    for (let i = reference.indexOf(id) - 1; i >= 0; i--) {
      const found = out.indexOf(reference[i] as number);
      if (found >= 0) {
        at = found + 1;
        break;
      }
    }
    out.splice(at, 0, id);
  }
}

/**
 * The sheet order once another execution's change (`before` → `after`) meets `target`: the sheets it
 * removed go, the ones it added come in beside their neighbours, and the ones only `target` knows (added
 * by someone else meanwhile) stay — no execution's new sheet is lost to another's. For the sheets both
 * know, `keepTarget` chooses whose order wins (a copy that moved sheets itself keeps its own).
 * UNCONFIRMED: how Google orders sheets two executions inserted at once (sheet ids are unique to the
 * spreadsheet, per Sheet.getSheetId's reference; that neither insertion is lost follows from that).
 */
function mergeOrder(
  target: readonly number[],
  change: { before: number[]; after: number[] },
  keepTarget: boolean,
): number[] {
  const removed = new Set(change.before.filter((id) => !change.after.includes(id)));
  const added = change.after.filter((id) => !change.before.includes(id) && !target.includes(id));
  const kept = target.filter((id) => !removed.has(id));
  if (keepTarget) {
    insertAfterPredecessors(kept, added, change.after);
    return kept;
  }
  const out = change.after.filter((id) => kept.includes(id) || added.includes(id));
  insertAfterPredecessors(
    out,
    kept.filter((id) => !out.includes(id)),
    target,
  );
  return out;
}

/** Applies changes in place: the sheet order first (sheets added or removed), then fields, then cells. */
function apply(state: WorkbookState, changes: Changes, keepOwnOrder = false): void {
  const find = (id: number): SheetState | undefined => state.sheets.find((x) => x.sheetId === id);
  const sheet = (id: number): SheetState => {
    let s = find(id);
    if (!s) {
      s = newSheetState(id, "");
      state.sheets.push(s);
    }
    return s;
  };
  const order = changes.get("order");
  if (order !== undefined) {
    const ids = mergeOrder(
      state.sheets.map((s) => s.sheetId),
      JSON.parse(order),
      keepOwnOrder,
    );
    state.sheets = ids.map(sheet);
    state.sheets.forEach((s, i) => {
      s.index = i + 1;
    });
  }
  const record = state as unknown as Record<string, unknown>;
  for (const [key, value] of changes) {
    const [kind, a = "", b = "", c = ""] = key.split("|");
    if (kind === "w") {
      if (value === undefined) delete record[a];
      else record[a] = JSON.parse(value);
    } else if (value === undefined) {
      // A field or cell gone: nothing to do where its sheet went too.
      const s = find(Number(a));
      if (kind === "c" && s) setCell(s, Number(b), Number(c), undefined);
    } else if (kind === "m") {
      (sheet(Number(a)) as unknown as Record<string, unknown>)[b] = JSON.parse(value);
    } else if (kind === "c") {
      setCell(sheet(Number(a)), Number(b), Number(c), value);
    }
  }
}

function setCell(s: SheetState, row: number, column: number, value: string | undefined): void {
  if (value === undefined) {
    const cells = s.rows[row];
    if (!cells) return;
    delete cells[column];
    if (Object.keys(cells).length === 0) delete s.rows[row];
    return;
  }
  s.rows[row] ??= {};
  (s.rows[row] as Record<number, unknown>)[column] = JSON.parse(value);
}
