// The temp directory the real servers run in: their generated configs, password files, pid and log
// files, so nothing touches /etc, /var/log or /run. When the lab runs as root (a CI container) the
// servers drop to nobody, so the directory and its files are made readable (and writable) by it.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, chown, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LAB_PASSWORD, LAB_USER } from '../auth/accounts.ts';
import { BINARIES } from './process.ts';

/** Debian's unprivileged account (uid and gid 65534, "nobody" / "nogroup"). */
export const NOBODY = { user: 'nobody', group: 'nogroup', uid: 65534, gid: 65534 };
export const asRoot = (): boolean => process.getuid?.() === 0;

export interface Workdir {
  dir: string;
  path(...parts: string[]): string;
  write(name: string, text: string): Promise<string>;
  /** Hands the directory to nobody when running as root; call after the last write. */
  seal(): Promise<void>;
  remove(): Promise<void>;
}

export async function makeWorkdir(): Promise<Workdir> {
  const dir = await mkdtemp(join(tmpdir(), '401-lab-real-'));
  await chmod(dir, 0o755);
  const path = (...parts: string[]) => join(dir, ...parts);
  return {
    dir,
    path,
    async write(name, text) {
      const file = path(name);
      await mkdir(join(file, '..'), { recursive: true, mode: 0o755 });
      await writeFile(file, text, { mode: 0o644 });
      return file;
    },
    async seal() {
      if (!asRoot()) return;
      const walk = async (d: string): Promise<void> => {
        await chown(d, NOBODY.uid, NOBODY.gid);
        for (const entry of await readdir(d, { withFileTypes: true })) {
          const p = join(d, entry.name);
          if (entry.isDirectory()) await walk(p);
          else await chown(p, NOBODY.uid, NOBODY.gid);
        }
      };
      await walk(dir);
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

function run(cmd: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 10_000 }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
  });
}

export interface PasswordFiles {
  /** user:$apr1$… — read by nginx auth_basic, Apache mod_authn_file and squid's basic_ncsa_auth alike. */
  htpasswd: string;
  /** user:realm:MD5(user:realm:password) — Apache mod_auth_digest's AuthUserFile (the htdigest format). */
  htdigest: string;
  /** The bcrypt hash caddy's basicauth wants. */
  bcrypt: string;
}

export async function passwordFiles(realmOfDigest: string): Promise<PasswordFiles> {
  // htpasswd itself writes both: -m is APR1-MD5, -B bcrypt (cost 4: the lab account guards nothing,
  // and a high cost would slow every caddy sign-in test).
  const [apr1, bcrypt] = await Promise.all([
    run(BINARIES.htpasswd.path, ['-nbm', LAB_USER, LAB_PASSWORD]),
    run(BINARIES.htpasswd.path, ['-nbB', '-C', '4', LAB_USER, LAB_PASSWORD]),
  ]);
  const ha1 = createHash('md5').update(`${LAB_USER}:${realmOfDigest}:${LAB_PASSWORD}`).digest('hex');
  return {
    htpasswd: `${apr1.trim()}\n`,
    htdigest: `${LAB_USER}:${realmOfDigest}:${ha1}\n`,
    bcrypt: bcrypt.trim().slice(LAB_USER.length + 1),
  };
}
