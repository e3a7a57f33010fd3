// CPU time of a process and all its descendants, from /proc (Linux). Wall-clock time on a shared
// 2-core machine swings ±10% between runs; the CPU the browser spends swings much less.
import { readdirSync, readFileSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux: one tick is 10 ms.

interface Stat {
  pid: number;
  ppid: number;
  ticks: number;
}

function readStat(pid: number): Stat | null {
  try {
    const raw = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: split after its last ')'.
    const rest = raw.slice(raw.lastIndexOf(')') + 2).split(' ');
    const num = (i: number) => Number(rest[i - 3]);
    // Fields 14-17: utime, stime, cutime, cstime (cutime/cstime hold children that exited and were reaped).
    return { pid, ppid: num(4), ticks: num(14) + num(15) + num(16) + num(17) };
  } catch {
    return null;
  }
}

/** CPU milliseconds spent so far by `root` and every descendant. */
export function treeCpuMs(root: number): number {
  const stats = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readStat(Number(d)))
    .filter((s): s is Stat => s !== null);
  const children = new Map<number, Stat[]>();
  for (const s of stats) children.set(s.ppid, [...(children.get(s.ppid) ?? []), s]);
  let ticks = 0;
  const stack = stats.filter((s) => s.pid === root);
  while (stack.length) {
    const s = stack.pop()!;
    ticks += s.ticks;
    stack.push(...(children.get(s.pid) ?? []));
  }
  return ticks * TICK_MS;
}

/** The pid of the browser whose command line carries this user-data-dir (its root process). */
export function browserPid(userDataDir: string): number {
  const mine = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(`--user-data-dir=${userDataDir}`);
      } catch {
        return false;
      }
    });
  const roots = mine.filter((pid) => !mine.includes(readStat(pid)?.ppid ?? -1));
  if (roots.length !== 1) throw new Error(`expected one browser root for ${userDataDir}, found ${roots.length}`);
  return roots[0]!;
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
