// The real command on what goes wrong: bad URLs, a closed port, a server that never answers,
// malformed headers, a redirect loop. Each gives its documented exit code and one line on stderr,
// never a stack trace; and a secret given with --header never comes out, whatever happens.
import { createServer, type Server } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { makeSelfSigned } from '../../lab/https-cert.ts';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DiagnoseJson, FailureJson } from '../../src/cli/json.ts';
import { EXIT } from '../../src/cli/exit-codes.ts';
import { parseJson, runCli, type CliRun } from './run-cli.ts';

const SECRET = 'tok-9f8e7d6c5b4a';
let server: Server;
let base = '';
let closedPort = 0;
const seen: { path: string; authorization: string | undefined; cookie: string | undefined }[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization, cookie: req.headers.cookie });
    if (req.url === '/hang') return; // never answers: the timeout's target
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' }).end();
      return;
    }
    if (req.url === '/away') {
      // Another origin (another port): credentials must not follow.
      res.writeHead(307, { location: `http://localhost:${(server.address() as AddressInfo).port}/landing` }).end();
      return;
    }
    if (req.url === '/ok') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
      return;
    }
    res.writeHead(401, { 'www-authenticate': 'Bearer realm="t", error="invalid_token"', 'content-type': 'application/json' }).end('{}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago and has nothing listening now.
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((r) => server.close(() => r()));
});

function oneLine(run: CliRun): string {
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  return lines[0]!;
}

describe('401-doctor exit codes and messages', () => {
  it('exits 0 on a page that answers without an authentication failure', async () => {
    const run = await runCli(['--json', `${base}/ok`]);
    expect(run.code).toBe(EXIT.ok);
    const json = parseJson<DiagnoseJson>(run);
    expect(json).toMatchObject({ status: 200, authFailure: false, causes: [], headline: null });
  });

  it.each([
    [['not a url'], 'This is not a valid URL'],
    [['ftp://127.0.0.1/x'], 'Only http and https URLs can be diagnosed, not ftp.'],
    [['--proxy', 'socks5://127.0.0.1:1', 'http://127.0.0.1/'], 'The proxy must be an http:// URL'],
  ])('%j: bad URL, exit 3', async (args, text) => {
    const run = await runCli(args);
    expect(run.code).toBe(EXIT.network);
    expect(oneLine(run)).toContain(text);
  });

  it('a closed port on 127.0.0.1: exit 3, JSON error object with --json', async () => {
    const run = await runCli(['--json', `http://127.0.0.1:${closedPort}/`]);
    expect(run.code).toBe(EXIT.network);
    expect(oneLine(run)).toBe(`401-doctor: Could not connect to 127.0.0.1:${closedPort}: the connection was refused or lost.`);
    expect(parseJson<FailureJson>(run)).toMatchObject({ command: 'diagnose', exitCode: EXIT.network, error: { code: 'unreachable', id: 'cli_error_unreachable' } });
  });

  it('a server that never answers: exit 3 after --timeout', async () => {
    const started = Date.now();
    const run = await runCli(['--timeout', '0.5', `${base}/hang`]);
    expect(run.code).toBe(EXIT.network);
    expect(oneLine(run)).toBe(`401-doctor: No answer from ${base.slice(7)} within the timeout.`);
    expect(Date.now() - started).toBeLessThan(8000);
  });

  it('a self-signed certificate: exit 3, and the line says so with the TLS code', async () => {
    const cert = await makeSelfSigned();
    expect(cert, 'openssl makes the certificate (Debian: apt-get install openssl)').not.toBeNull();
    const tls = createTlsServer({ key: cert!.key, cert: cert!.cert }, (_req, res) => res.end('never reached'));
    await new Promise<void>((r) => tls.listen(0, '127.0.0.1', r));
    try {
      const port = (tls.address() as AddressInfo).port;
      const run = await runCli(['--json', `https://127.0.0.1:${port}/`]);
      expect(run.code).toBe(EXIT.network);
      expect(oneLine(run)).toBe(`401-doctor: 127.0.0.1:${port} presented a self-signed certificate, which no trusted authority vouches for (DEPTH_ZERO_SELF_SIGNED_CERT).`);
      expect(parseJson<FailureJson>(run).error).toMatchObject({ code: 'tls', id: 'cli_error_tls_self_signed' });
    } finally {
      tls.closeAllConnections();
      await new Promise<void>((r) => tls.close(() => r()));
    }
  });

  it('a redirect loop: exit 3', async () => {
    const run = await runCli([`${base}/loop`]);
    expect(run.code).toBe(EXIT.network);
    expect(oneLine(run)).toContain('More than 10 redirects');
  });

  it.each([
    [['-H', `Authorization Bearer ${SECRET}`, 'http://127.0.0.1:1/'], 'Header number 1 has no "Name: value" form.'],
    [['-H', 'A: b', '-H', `X Api Key: ${SECRET}`, 'http://127.0.0.1:1/'], 'Header number 2 has a name'],
    [['--frobnicate', 'http://127.0.0.1:1/'], 'Unknown option --frobnicate'],
    [[], 'No URL given'],
  ])('%j: usage error, exit 2, nothing sent', async (args, text) => {
    const before = seen.length;
    const run = await runCli(args);
    expect(run.code).toBe(EXIT.usage);
    expect(oneLine(run)).toContain(text);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    expect(seen.length).toBe(before);
  });

  it('speaks Russian with --lang ru or LANG=ru_RU', async () => {
    const a = await runCli(['--lang', 'ru', `http://127.0.0.1:${closedPort}/`]);
    const b = await runCli([`http://127.0.0.1:${closedPort}/`], { env: { LANG: 'ru_RU.UTF-8' } });
    expect(oneLine(a)).toBe(`401-doctor: Не удалось подключиться к 127.0.0.1:${closedPort}: соединение отклонено или разорвано.`);
    expect(b.stderr).toBe(a.stderr);
  });

  it('never prints a secret given with --header, and never lets it follow a redirect to another origin', async () => {
    const before = seen.length;
    const run = await runCli(['--json', '-H', `Authorization: Bearer ${SECRET}`, '-H', `Cookie: sid=${SECRET}; theme=dark`, `${base}/away`]);
    expect(run.code).toBe(EXIT.authFailure);
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    const json = parseJson<DiagnoseJson>(run);
    expect(json.redirects).toHaveLength(1);
    // The first hop carried them; the other origin saw neither.
    const hits = seen.slice(before);
    expect(hits.map((h) => h.path)).toEqual(['/away', '/landing']);
    expect(hits[0]).toMatchObject({ authorization: `Bearer ${SECRET}`, cookie: `sid=${SECRET}; theme=dark` });
    expect(hits[1]).toMatchObject({ authorization: undefined, cookie: undefined });
  });

  it('records the scheme and cookie names, masks credentials in the URL, and keeps text output free of them', async () => {
    const run = await runCli(['-H', `Authorization: Bearer ${SECRET}`, '-H', `Cookie: sid=${SECRET}`, `http://user:${SECRET}@127.0.0.1:${base.split(':')[2]}/api?access_token=${SECRET}`]);
    expect(run.code).toBe(EXIT.authFailure);
    expect(run.stdout).toContain('http://•••:•••@127.0.0.1');
    expect(run.stdout).toContain('access_token=•••');
    expect(run.stdout + run.stderr).not.toContain(SECRET);
    const json = parseJson<DiagnoseJson>(await runCli(['--json', '-H', `Authorization: Bearer ${SECRET}`, '-H', `Cookie: sid=${SECRET}`, `${base}/api`]));
    expect(json.request).toMatchObject({ authorizationScheme: 'Bearer', cookieNames: ['sid'] });
    expect(JSON.stringify(json)).not.toContain(SECRET);
  });
});
