// Writes do-nothing extensions for the capture benchmark: the floor (the webRequest permission and
// host permissions, no listener: Chromium routes every load through its webRequest proxy once the
// permission exists, platform-notes.md) and, listener by listener, what an event costs Chromium.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Listener {
  event: 'onSendHeaders' | 'onHeadersReceived' | 'onAuthRequired' | 'onCompleted' | 'onErrorOccurred';
  spec?: string[];
  types?: string[];
}

/** The first-turn listeners src/background/capture/register.ts adds in Chromium, with the same filters. */
export const FIRST_TURN_LISTENERS: Listener[] = [
  { event: 'onHeadersReceived', spec: ['responseHeaders'], types: ['main_frame', 'sub_frame', 'xmlhttprequest', 'other'] },
  { event: 'onAuthRequired', spec: ['responseHeaders'] },
  { event: 'onErrorOccurred', types: ['xmlhttprequest'] },
];

/**
 * The idea of noticing refusals with no listener per response: one static declarativeNetRequest
 * rule (Chrome 128+ matches response headers) that matches every document, frame, fetch/XHR and
 * "other" response carrying WWW-Authenticate, with an "allow" action that changes nothing. The
 * browser keeps its matches per tab, and getMatchedRules({ tabId }) hands them over when the
 * popup opens (activeTab) or at once with declarativeNetRequestFeedback; no event reaches the worker.
 */
export const CHALLENGE_RULE = {
  id: 1,
  priority: 1,
  action: { type: 'allow' },
  condition: { resourceTypes: ['main_frame', 'sub_frame', 'xmlhttprequest', 'other'], responseHeaders: [{ header: 'www-authenticate' }] },
};

export function writeNoopExtension(name: string, listeners: readonly Listener[], opts: { challengeRule?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), `401doctor-bench-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: `bench ${name}`,
    version: '0.0.0',
    background: { service_worker: 'background.js', type: 'module' },
    permissions: ['webRequest', 'storage', ...(opts.challengeRule ? ['declarativeNetRequest'] : [])],
    host_permissions: ['<all_urls>'],
    ...(opts.challengeRule ? { declarative_net_request: { rule_resources: [{ id: 'challenges', enabled: true, path: 'rules.json' }] } } : {}),
  };
  const code = listeners
    .map((l) => {
      const filter = { urls: ['<all_urls>'], ...(l.types ? { types: l.types } : {}) };
      return `chrome.webRequest.${l.event}.addListener(() => {}, ${JSON.stringify(filter)}${l.spec ? `, ${JSON.stringify(l.spec)}` : ''});`;
    })
    .join('\n');
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  if (opts.challengeRule) writeFileSync(join(dir, 'rules.json'), JSON.stringify([CHALLENGE_RULE]));
  // An empty worker still starts: the floor has the permission and a worker, and nothing listening.
  writeFileSync(join(dir, 'background.js'), `${code}\n`);
  return dir;
}
