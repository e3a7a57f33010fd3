// Starts every real server of the lab in parallel, on free ports of 127.0.0.1, in one temp dir,
// and stops them all on close. The lab's main server forwards the scenarios' paths to them.
import { prepareApache } from './apache.ts';
import { prepareCaddy } from './caddy.ts';
import { prepareNginx } from './nginx.ts';
import { nodeAppsSpec } from './node-apps.ts';
import { REAL } from './paths.ts';
import { freePort, requireBinaries, startServer, type RunningServer } from './process.ts';
import { prepareSquid } from './squid.ts';
import { makeWorkdir, passwordFiles } from './workdir.ts';

export interface Backends {
  nginx: number;
  apache: number;
  caddy: number;
  squid: number;
  /** The Express apps (express-oauth2-jwt-bearer, express-jwt, cors). */
  apps: number;
  /** The clock-skew API, its clock CLOCK_SKEW_S (node-apps.ts) ahead. */
  skewed: number;
}

export type BackendName = keyof Backends;

export interface RealServers {
  ports: Backends;
  /** Milliseconds from the call to every server answering. */
  startMs: number;
  /** Each server's own start, for the report of what makes the lab slow to start. */
  startMsByServer: Record<string, number>;
  close(): Promise<void>;
}

/** `squidPort` 0 picks a free port, as for every other server. */
export async function startRealServers(labPort: number, squidPort = 0): Promise<RealServers> {
  const started = performance.now();
  requireBinaries(['nginx', 'apache2', 'gssapi', 'squid', 'ncsa', 'caddy', 'faketime', 'htpasswd']);
  const [w, files, nginx, apache, caddy, squid, apps, skewed] = await Promise.all([
    makeWorkdir(),
    passwordFiles(REAL.apacheDigest.realm),
    freePort(), freePort(), freePort(), squidPort || freePort(), freePort(), freePort(),
  ]);
  const ports: Backends = { nginx, apache, caddy, squid, apps, skewed };
  await w.write('htpasswd', files.htpasswd);
  await w.write('htdigest', files.htdigest);
  const specs = [
    await prepareNginx(w, { port: nginx, appsPort: apps }),
    await prepareApache(w, apache),
    await prepareCaddy(w, caddy, files.bcrypt),
    await prepareSquid(w, squid, labPort),
    nodeAppsSpec(apps, 'plain'),
    nodeAppsSpec(skewed, 'skewed'),
  ];
  await w.seal();
  const results = await Promise.allSettled(specs.map((s) => startServer(s)));
  const servers = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const stopAll = async () => {
    await Promise.all(servers.map((s: RunningServer) => s.stop()));
    await w.remove();
  };
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed) {
    await stopAll();
    throw failed.reason;
  }
  const startMsByServer = Object.fromEntries(servers.map((s) => [s.name, s.startMs]));
  return { ports, startMs: Math.round(performance.now() - started), startMsByServer, close: stopAll };
}
