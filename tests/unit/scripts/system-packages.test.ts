// The fresh-machine path for the lab's servers and PyJWT, on fake machines: installed when root
// with apt, else one line naming the packages and the command; never a throw.
import { describe, expect, it } from 'vitest';
import type { Machine } from '../../../scripts/browsers.ts';
import { ensurePackages, LAB_PACKAGES, PYJWT_PACKAGES } from '../../../scripts/system-packages.ts';

function machine(over: { files?: string[]; uid?: number | null; hasApt?: boolean; aptFails?: boolean; aptGives?: string[] } = {}) {
  const files = new Set(over.files ?? []);
  const ran: string[] = [];
  const logged: string[] = [];
  const m: Machine = {
    env: {},
    exists: (p) => files.has(p),
    uid: over.uid === undefined ? 0 : over.uid,
    hasApt: over.hasApt ?? true,
    run(cmd, args) {
      ran.push([cmd, ...args].join(' '));
      if (over.aptFails) return 100;
      if (args[0] === 'install') for (const f of over.aptGives ?? []) files.add(f);
      return 0;
    },
    log: (line) => logged.push(line),
  };
  return { m, ran, logged };
}

const every = [...LAB_PACKAGES, ...PYJWT_PACKAGES].map((n) => n.path);

describe('ensurePackages', () => {
  it('does nothing when every file is there', () => {
    const { m, ran } = machine({ files: every });
    expect(ensurePackages([...LAB_PACKAGES, ...PYJWT_PACKAGES], m)).toEqual([]);
    expect(ran).toEqual([]);
  });

  it('installs each missing package once, in one apt-get call, as root with apt', () => {
    const { m, ran } = machine({ files: every.filter((p) => !p.includes('squid') && !p.includes('nginx')), aptGives: every });
    expect(ensurePackages(LAB_PACKAGES, m)).toEqual([]);
    // squid gives two of the files (squid and basic_ncsa_auth): named once.
    expect(ran).toEqual(['apt-get update -qq', 'apt-get install -y -qq nginx squid']);
  });

  it('names the packages and the command when it may not install', () => {
    const { m, ran } = machine({ files: [], uid: 1000 });
    const lines = ensurePackages(PYJWT_PACKAGES, m);
    expect(ran).toEqual([]);
    expect(lines).toEqual(["The lab and the tests need Debian's python3-jwt, python3-cryptography: run `sudo apt-get update && sudo apt-get install -y python3-jwt python3-cryptography`."]);
  });

  it('says so in one line when apt-get fails or leaves a file missing', () => {
    expect(ensurePackages(PYJWT_PACKAGES, machine({ files: [], aptFails: true }).m)).toEqual([
      'apt-get could not install python3-jwt python3-cryptography: run `apt-get update && apt-get install -y python3-jwt python3-cryptography` to see why.',
    ]);
    const half = machine({ files: [], aptGives: [PYJWT_PACKAGES[0]!.path] });
    expect(ensurePackages(PYJWT_PACKAGES, half.m)).toEqual([
      'apt-get could not install python3-cryptography: run `apt-get update && apt-get install -y python3-jwt python3-cryptography` to see why.',
    ]);
  });
});
