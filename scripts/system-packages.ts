// The Debian software the lab and the tests run besides the browsers (scripts/browsers.ts): the
// real servers the lab starts (lab/real/process.ts BINARIES) and Debian's PyJWT for the wording
// tests. On a fresh Debian machine as root, `npm test` and `npm run demo` install what is missing
// themselves (issue 13: the README's two commands are enough); elsewhere one line per package set
// says which command to run, and nothing is thrown.
import { BINARIES } from '../lab/real/process.ts';
import { aptInstall, type Machine } from './browsers.ts';

export interface PackageNeed {
  /** A file the package installs: its presence is the check (no command is run to look). */
  path: string;
  pkg: string;
}

export const LAB_PACKAGES: readonly PackageNeed[] = Object.values(BINARIES).map((b) => ({ path: b.path, pkg: b.pkg }));

/** tests/wording/pyjwt.test.ts runs Debian's python3 with Debian's PyJWT and its RSA backend. */
export const PYJWT_PACKAGES: readonly PackageNeed[] = [
  { path: '/usr/lib/python3/dist-packages/jwt/__init__.py', pkg: 'python3-jwt' },
  { path: '/usr/lib/python3/dist-packages/cryptography/__init__.py', pkg: 'python3-cryptography' },
];

function missingPackages(needs: readonly PackageNeed[], m: Machine): string[] {
  return [...new Set(needs.filter((n) => !m.exists(n.path)).map((n) => n.pkg))];
}

/**
 * Installs the missing packages in one apt-get call when root with apt; returns the lines to show
 * for what is still missing (empty: all there). Never throws.
 */
export function ensurePackages(needs: readonly PackageNeed[], m: Machine): string[] {
  const missing = missingPackages(needs, m);
  if (missing.length === 0) return [];
  const command = `apt-get install -y ${missing.join(' ')}`;
  if (m.uid === 0 && m.hasApt) {
    m.log(`Installing ${missing.join(', ')} from Debian (apt-get update && ${command})`);
    const ok = aptInstall(missing, m);
    const left = missingPackages(needs, m);
    if (ok && left.length === 0) return [];
    return [`apt-get could not install ${(left.length ? left : missing).join(' ')}: run \`apt-get update && ${command}\` to see why.`];
  }
  return [`The lab and the tests need Debian's ${missing.join(', ')}: run \`sudo apt-get update && sudo ${command}\`.`];
}
