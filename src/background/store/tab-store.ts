// Per-tab state in storage.session. An event's change is written at once as its own key (one
// `set`, issued before the listener returns, so it survives the worker being stopped right after);
// a per-tab queue then folds the changes into the tab's record, one read-modify-write at a time,
// so concurrent events lose nothing and the record stays bounded.
import { applyOp, refusalsOn } from '../../core/capture/tab-state.ts';
import { Op, type TabState } from '../../core/capture/ops.ts';
import type { SessionArea } from '../ports.ts';
import { nextOpKey, parseKey, tabKey } from './keys.ts';
import { decode, encode, readStoredTab, STORED_VERSION, type StoredTab } from './stored-tab.ts';

interface PendingOp {
  key: string;
  written: Promise<unknown>;
  /** The change itself when this worker wrote it; a leftover of a stopped worker is read back. */
  op?: Op;
  /** False for a change kept in memory only (see `note`): nothing to remove from storage. */
  stored: boolean;
}

export interface TabStoreOptions {
  /** Called after every fold with the tab's state (null when it holds nothing). */
  onState?: (tabId: number, state: TabState | null) => void;
  log?: (message: string) => void;
  /**
   * How long a write waits before it is folded, so a burst of refusals costs one fold per tab per
   * interval instead of one per event. Reads fold at once. 0 folds on the next microtask.
   */
  foldDelayMs?: number;
}

/** Keeps "closed tab" ids a while so late events of a closed tab do not recreate its record. */
const CLOSED_MEMORY = 256;

export class TabStore {
  readonly ready: Promise<void>;
  private readonly pending = new Map<number, PendingOp[]>();
  private readonly stored = new Set<number>();
  private readonly tails = new Map<number, Promise<TabState | null>>();
  private readonly queued = new Map<number, Promise<TabState | null>>();
  private readonly closed = new Set<number>();
  private readonly timers = new Map<number, ReturnType<typeof setTimeout>>();
  /** The record as this worker last wrote it: only this worker writes tab keys, so no need to read them back. */
  private readonly written = new Map<number, StoredTab | null>();
  private loaded = false;

  constructor(
    private readonly area: SessionArea,
    private readonly options: TabStoreOptions = {},
  ) {
    this.ready = this.load();
  }

  /**
   * Whether the tab has a record or changes waiting: lets the hot path skip tabs with nothing.
   * True for every tab until the first load finished: a worker woken by a navigation must not
   * skip that navigation (a change for a tab with nothing folds into nothing).
   */
  knows(tabId: number): boolean {
    return !this.loaded || this.stored.has(tabId) || this.pending.has(tabId);
  }

  /** Every tab with a record or changes waiting (after the first load). */
  tabIds(): number[] {
    return [...new Set([...this.stored, ...this.pending.keys()])];
  }

  /** Writes one change now and folds it soon. Synchronous on purpose: see the file comment. */
  write(tabId: number, op: Op): void {
    if (this.closed.has(tabId)) return;
    const key = nextOpKey(tabId);
    const written = this.area.set({ [key]: encode(op) }).catch((e: unknown) => this.log(`could not write ${key}: ${String(e)}`));
    this.queue(tabId, { key, written, op, stored: true });
  }

  /**
   * Folds a change soon without writing it first, for facts a stopped worker may lose without
   * losing a refusal (onCompleted's fromCache and address): each storage call costs the worker
   * about 0.5 ms whatever its size, the largest share of its time during a burst.
   */
  note(tabId: number, op: Op): void {
    if (this.closed.has(tabId)) return;
    this.queue(tabId, { key: nextOpKey(tabId), written: Promise.resolve(), op, stored: false });
  }

  private queue(tabId: number, p: PendingOp): void {
    const list = this.pending.get(tabId);
    if (list) list.push(p);
    else this.pending.set(tabId, [p]);
    this.foldSoon(tabId);
  }

  private foldSoon(tabId: number): void {
    const delay = this.options.foldDelayMs ?? 0;
    if (delay <= 0) {
      void this.fold(tabId);
      return;
    }
    if (this.timers.has(tabId)) return;
    this.timers.set(tabId, setTimeout(() => {
      this.timers.delete(tabId);
      void this.fold(tabId);
    }, delay));
  }

  /** The tab's state with every change written so far folded in. */
  read(tabId: number): Promise<TabState | null> {
    return this.fold(tabId);
  }

  /** Forgets the tab (it closed): its record and its waiting changes. */
  drop(tabId: number): Promise<void> {
    this.closed.add(tabId);
    if (this.closed.size > CLOSED_MEMORY) this.closed.delete(this.closed.values().next().value as number);
    return this.enqueue(tabId, async () => {
      const keys = [tabKey(tabId), ...(this.pending.get(tabId) ?? []).filter((p) => p.stored).map((p) => p.key)];
      await Promise.all((this.pending.get(tabId) ?? []).map((p) => p.written));
      this.pending.delete(tabId);
      this.stored.delete(tabId);
      this.written.delete(tabId);
      await this.area.remove(keys);
      return null;
    }).then(() => undefined);
  }

  private log(message: string): void {
    (this.options.log ?? ((m: string) => console.warn(`[401 Doctor] ${m}`)))(message);
  }

  private async load(): Promise<void> {
    let keys: string[];
    try {
      keys = this.area.getKeys ? await this.area.getKeys() : Object.keys(await this.area.get(null));
    } catch (e) {
      this.log(`could not list session storage: ${String(e)}`);
      this.loaded = true;
      return;
    }
    const leftovers = new Set<number>();
    for (const key of keys) {
      const k = parseKey(key);
      if (!k) continue;
      if (k.kind === 'tab') this.stored.add(k.tabId);
      else {
        // Written by a worker that stopped before folding it.
        const list = this.pending.get(k.tabId) ?? [];
        if (!list.some((p) => p.key === k.key)) list.unshift({ key: k.key, written: Promise.resolve(), stored: true });
        this.pending.set(k.tabId, list);
        leftovers.add(k.tabId);
      }
    }
    this.loaded = true;
    for (const tabId of new Set([...this.stored, ...leftovers])) void this.fold(tabId);
  }

  /** Runs `job` after every earlier job of the tab: the queue that serializes read-modify-write. */
  private enqueue(tabId: number, job: () => Promise<TabState | null>): Promise<TabState | null> {
    const prev = this.tails.get(tabId) ?? this.ready.then(() => null);
    const next = prev.then(job, job);
    this.tails.set(tabId, next);
    void next.finally(() => {
      if (this.tails.get(tabId) === next) this.tails.delete(tabId);
    });
    return next;
  }

  /** Coalesces: while a fold waits to start, later writes join it instead of queueing another. */
  private fold(tabId: number): Promise<TabState | null> {
    const waiting = this.queued.get(tabId);
    if (waiting) return waiting;
    const p = this.enqueue(tabId, () => {
      this.queued.delete(tabId);
      return this.foldNow(tabId);
    });
    this.queued.set(tabId, p);
    return p;
  }

  private async foldNow(tabId: number): Promise<TabState | null> {
    const batch = (this.pending.get(tabId) ?? []).slice().sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    await Promise.all(batch.map((p) => p.written));
    const keys = batch.filter((p) => p.stored).map((p) => p.key);
    const base = tabKey(tabId);
    const known = this.written.has(tabId);
    const toRead = [...(known ? [] : [base]), ...batch.filter((p) => !p.op).map((p) => p.key)];
    let got: Record<string, unknown> = {};
    try {
      if (toRead.length) got = await this.area.get(toRead);
    } catch (e) {
      this.log(`could not read tab ${tabId}: ${String(e)}`);
      return null;
    }
    const { stored, problem } = known ? { stored: this.written.get(tabId) ?? null, problem: null } : readStoredTab(got[base]);
    if (problem) this.log(`tab ${tabId}: ${problem}`);
    else if (!known) this.written.set(tabId, stored);
    let state = stored?.state ?? null;
    const skip = new Set(stored?.folded ?? []);
    for (const p of batch) {
      if (skip.has(p.key)) continue;
      let op = p.op;
      if (!op) {
        if (got[p.key] === undefined) continue;
        const parsed = Op.safeParse(decode(got[p.key]));
        if (!parsed.success) {
          this.log(`tab ${tabId}: skipped a change that does not parse (${p.key})`);
          continue;
        }
        op = parsed.data;
      }
      state = applyOp(state, op, tabId);
    }
    const worthKeeping = state !== null && (refusalsOn(state.record.current) > 0 || state.record.previous !== null || state.attempts.length > 0);
    if (!worthKeeping) state = null;
    if (batch.length || problem) {
      if (state) {
        const next: StoredTab = { v: STORED_VERSION, state, folded: keys };
        this.written.delete(tabId);
        await this.area.set({ [base]: encode(next) });
        this.written.set(tabId, next);
        this.stored.add(tabId);
      } else {
        this.written.delete(tabId);
        await this.area.remove(base);
        this.written.set(tabId, null);
        this.stored.delete(tabId);
      }
      if (keys.length) await this.area.remove(keys);
      const done = new Set(batch.map((p) => p.key));
      const rest = (this.pending.get(tabId) ?? []).filter((p) => !done.has(p.key));
      if (rest.length) this.pending.set(tabId, rest);
      else this.pending.delete(tabId);
    }
    this.options.onState?.(tabId, state);
    return state;
  }
}
