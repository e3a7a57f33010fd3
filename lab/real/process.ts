// Starting and stopping the real servers of the lab (nginx, Apache, squid, caddy, the Node apps) as
// child processes of the lab: each in the foreground, on 127.0.0.1, stopped when the lab closes or
// when the process that started it exits, so no test run leaves a server behind.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { connect, createServer } from 'node:net';

/** The Debian binaries the lab runs, and the package each comes from, for the one-line error. */
export const BINARIES = {
  nginx: { path: '/usr/sbin/nginx', pkg: 'nginx' },
  apache2: { path: '/usr/sbin/apache2', pkg: 'apache2' },
  gssapi: { path: '/usr/lib/apache2/modules/mod_auth_gssapi.so', pkg: 'libapache2-mod-auth-gssapi' },
  squid: { path: '/usr/sbin/squid', pkg: 'squid' },
  ncsa: { path: '/usr/lib/squid/basic_ncsa_auth', pkg: 'squid' },
  caddy: { path: '/usr/bin/caddy', pkg: 'caddy' },
  // The library the faketime command preloads; the lab preloads it itself, so the node it skews is
  // its own child (faketime would sit in between and survive the lab's SIGTERM to it).
  faketime: { path: `/usr/lib/${process.arch === 'arm64' ? 'aarch64' : 'x86_64'}-linux-gnu/faketime/libfaketime.so.1`, pkg: 'faketime' },
  htpasswd: { path: '/usr/bin/htpasswd', pkg: 'apache2-utils' },
} as const;

export type BinaryName = keyof typeof BINARIES;

/** Throws one clear line naming the Debian package when a binary the lab needs is missing. */
export function requireBinaries(names: readonly BinaryName[]): void {
  const missing = names.filter((n) => !existsSync(BINARIES[n].path));
  if (missing.length === 0) return;
  const pkgs = [...new Set(missing.map((n) => BINARIES[n].pkg))];
  throw new Error(
    `401 lab: ${missing.map((n) => BINARIES[n].path).join(', ')} not found; install Debian's ${pkgs.join(', ')} (apt-get install -y ${pkgs.join(' ')})`,
  );
}

/** A port that was free a moment ago on 127.0.0.1. The server that gets it binds it right after. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export interface RunningServer {
  name: string;
  port: number;
  /** From spawn to the port accepting connections. */
  startMs: number;
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  // A test worker that ends without closing its lab must not leave nginx or squid listening.
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

export interface StartSpec {
  name: string;
  command: string;
  args: readonly string[];
  port: number;
  env?: Readonly<Record<string, string>>;
  cwd?: string;
  /** SIGTERM unless the server takes long to stop on it and loses nothing to SIGKILL (squid). */
  stopSignal?: NodeJS.Signals;
  /** Where the server's own log is, named in the error when it does not come up. */
  log: string;
  timeoutMs?: number;
}

/** Starts the server in the foreground and resolves once its port accepts connections. */
export async function startServer(spec: StartSpec): Promise<RunningServer> {
  installExitHook();
  const t0 = performance.now();
  const child = spawn(spec.command, spec.args, {
    env: { ...process.env, ...spec.env },
    ...(spec.cwd ? { cwd: spec.cwd } : {}),
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.add(child);
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    if (stderr.length < 4000) stderr += d.toString();
  });
  let exited: number | null | undefined;
  const gone = new Promise<void>((resolve) => {
    child.once('exit', (code) => {
      exited = code;
      running.delete(child);
      resolve();
    });
    child.once('error', () => {
      exited = -1;
      running.delete(child);
      resolve();
    });
  });
  const deadline = Date.now() + (spec.timeoutMs ?? 15_000);
  while (!(await answers(spec.port))) {
    if (exited !== undefined || Date.now() > deadline) {
      child.kill('SIGKILL');
      const why = exited !== undefined ? `exited with ${exited}` : 'did not answer in time';
      throw new Error(`401 lab: ${spec.name} ${why} (see ${spec.log}) ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const startMs = Math.round(performance.now() - t0);
  return {
    name: spec.name,
    port: spec.port,
    startMs,
    async stop() {
      if (exited !== undefined) return;
      child.kill(spec.stopSignal ?? 'SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await gone;
      clearTimeout(timer);
    },
  };
}
