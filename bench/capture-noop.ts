// Writes do-nothing extensions that register webRequest listeners with empty bodies: the floor the
// capture is measured against, and, listener by listener, what each event type costs Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Listener {
  event: 'onSendHeaders' | 'onHeadersReceived' | 'onAuthRequired' | 'onCompleted' | 'onErrorOccurred';
  spec?: string[];
}

/** The listeners src/background/capture/register.ts registers in Chromium, with the same options. */
export const CAPTURE_LISTENERS: Listener[] = [
  { event: 'onSendHeaders', spec: ['requestHeaders', 'extraHeaders'] },
  { event: 'onHeadersReceived', spec: ['responseHeaders'] },
  { event: 'onAuthRequired', spec: ['responseHeaders'] },
  { event: 'onCompleted', spec: ['responseHeaders'] },
  { event: 'onErrorOccurred' },
];

export function writeNoopExtension(name: string, listeners: readonly Listener[]): string {
  const dir = mkdtempSync(join(tmpdir(), `401doctor-bench-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: `bench ${name}`,
    version: '0.0.0',
    background: { service_worker: 'background.js', type: 'module' },
    permissions: ['webRequest', 'storage'],
    host_permissions: ['<all_urls>'],
  };
  const code = listeners
    .map((l) => `chrome.webRequest.${l.event}.addListener(() => {}, { urls: ['<all_urls>'] }${l.spec ? `, ${JSON.stringify(l.spec)}` : ''});`)
    .join('\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'background.js'), `${code}\n`);
  return dir;
}
