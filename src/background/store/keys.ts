// Storage keys: one record per tab ("tab:ID") and one key per not-yet-folded change
// ("op:ID:SEQ"). SEQ sorts in write order within a worker and by time across workers.
const INSTANCE = Math.random().toString(36).slice(2, 6).padEnd(4, '0');
let counter = 0;

export const tabKey = (tabId: number): string => `tab:${tabId}`;
export const opPrefix = (tabId: number): string => `op:${tabId}:`;

export function nextOpKey(tabId: number, now = Date.now()): string {
  counter = (counter + 1) % 36 ** 5;
  return `${opPrefix(tabId)}${now.toString(36).padStart(9, '0')}${counter.toString(36).padStart(5, '0')}${INSTANCE}`;
}

export type ParsedKey = { kind: 'tab'; tabId: number } | { kind: 'op'; tabId: number; key: string } | null;

export function parseKey(key: string): ParsedKey {
  const m = /^(tab|op):(\d+)(?::.+)?$/.exec(key);
  if (!m) return null;
  const tabId = Number(m[2]);
  return m[1] === 'tab' ? (key === tabKey(tabId) ? { kind: 'tab', tabId } : null) : { kind: 'op', tabId, key };
}
