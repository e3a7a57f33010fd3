// A throw-away self-signed certificate for the lab's HTTPS listener, made with the openssl CLI so
// the lab needs no npm package for it. HTTPS is only there for Secure/Partitioned (CHIPS) cookies;
// Chromium runs with --ignore-certificate-errors, so the certificate is never trusted, only used.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface SelfSigned {
  key: Buffer;
  cert: Buffer;
}

function run(cmd: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 15_000 }, (err) => (err ? reject(err) : resolve()));
  });
}

/** Null when openssl is missing or fails: the lab then runs without HTTPS and says so. */
export async function makeSelfSigned(): Promise<SelfSigned | null> {
  const dir = await mkdtemp(join(tmpdir(), '401-lab-tls-'));
  try {
    const keyPath = join(dir, 'key.pem');
    const certPath = join(dir, 'cert.pem');
    // An EC key: generated in milliseconds, where RSA would cost each test run noticeable CPU.
    await run('openssl', [
      'req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes',
      '-keyout', keyPath, '-out', certPath, '-days', '7', '-subj', '/CN=401-lab.test',
      '-addext', 'subjectAltName=DNS:localhost,DNS:*.test,DNS:*.site-one.test,DNS:*.site-two.test,IP:127.0.0.1',
    ]);
    return { key: await readFile(keyPath), cert: await readFile(certPath) };
  } catch {
    return null;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
