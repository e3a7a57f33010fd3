// The fresh-machine check of `npm run demo` and `npm test` (scripts/browsers.ts) on fake machines:
// what it installs, when, and the one line it prints when it cannot.
import { describe, expect, it } from 'vitest';
import { CHROMIUM, ensureBrowsers, FIREFOX, type Machine } from '../../../scripts/browsers.ts';

interface Fake extends Machine {
  ran: string[];
  logged: string[];
}

function machine(over: { files?: string[]; env?: NodeJS.ProcessEnv; uid?: number | null; hasApt?: boolean; aptFails?: boolean; aptGives?: string[] } = {}): Fake {
  const files = new Set(over.files ?? []);
  const fake: Fake = {
    env: over.env ?? {},
    exists: (p) => files.has(p),
    uid: over.uid === undefined ? 0 : over.uid,
    hasApt: over.hasApt ?? true,
    ran: [],
    logged: [],
    run(cmd, args) {
      fake.ran.push([cmd, ...args].join(' '));
      if (over.aptFails) return 100;
      if (args[0] === 'install') for (const f of over.aptGives ?? []) files.add(f);
      return 0;
    },
    log: (line) => fake.logged.push(line),
  };
  return fake;
}

describe('ensureBrowsers', () => {
  it('does nothing when both browsers are on Debian\'s paths', () => {
    const m = machine({ files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] });
    expect(ensureBrowsers([CHROMIUM, FIREFOX], m)).toEqual([]);
    expect(m.ran).toEqual([]);
  });

  it('installs what is missing, in one apt-get call, as root on Debian', () => {
    const m = machine({ files: [], aptGives: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] });
    expect(ensureBrowsers([CHROMIUM, FIREFOX], m)).toEqual([]);
    expect(m.ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq chromium firefox-esr']);
    expect(m.logged).toEqual(['Installing chromium and firefox-esr from Debian (apt-get update && apt-get install -y chromium firefox-esr)']);
  });

  it('installs only the missing one', () => {
    const m = machine({ files: ['/usr/bin/chromium'], aptGives: ['/usr/bin/firefox-esr'] });
    expect(ensureBrowsers([CHROMIUM, FIREFOX], m)).toEqual([]);
    expect(m.ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq firefox-esr']);
  });

  it('names the package and the command in one line when not root, and installs nothing', () => {
    const m = machine({ uid: 1000 });
    const lines = ensureBrowsers([CHROMIUM], m);
    expect(lines).toEqual(['Chromium is not installed: run `sudo apt-get install -y chromium` (Debian), or set CHROME_PATH to a Chromium binary.']);
    expect(m.ran).toEqual([]);
  });

  it('says so in one line when there is no apt-get either', () => {
    const lines = ensureBrowsers([FIREFOX], machine({ hasApt: false }));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/firefox-esr/);
    expect(lines[0]).not.toMatch(/\n/);
  });

  it('reports a failed apt-get with the command to rerun', () => {
    const m = machine({ aptFails: true });
    expect(ensureBrowsers([CHROMIUM], m)).toEqual(['apt-get could not install chromium: run `apt-get update && apt-get install -y chromium` to see why.']);
  });

  it('reports a package that installed but left no binary on the expected path', () => {
    const lines = ensureBrowsers([CHROMIUM], machine({ aptGives: [] }));
    expect(lines).toEqual(['Chromium is not installed: run `sudo apt-get install -y chromium` (Debian), or set CHROME_PATH to a Chromium binary.']);
  });

  it('takes a CHROME_PATH that exists, and never installs over a wrong one', () => {
    expect(ensureBrowsers([CHROMIUM], machine({ env: { CHROME_PATH: '/opt/c/chrome' }, files: ['/opt/c/chrome'] }))).toEqual([]);
    const m = machine({ env: { CHROME_PATH: '/opt/nope' } });
    expect(ensureBrowsers([CHROMIUM], m)).toEqual([
      "CHROME_PATH=/opt/nope does not exist: point it to a Chromium binary, or unset it to use Debian's chromium (apt-get install -y chromium).",
    ]);
    expect(m.ran).toEqual([]);
  });
});
