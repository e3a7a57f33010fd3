// Site data the clearing test plants and reads back, each on the host it belongs to.
import type { ExtensionSession } from './harness/extension.ts';

/** A cookie and a localStorage entry named `name` on `origin`'s host (a Domain cookie when `domain` is given). */
export async function storeData(s: ExtensionSession, origin: string, name: string, domain?: string): Promise<void> {
  const page = await s.context.newPage();
  await page.goto(`${origin}/store/set?name=${name}${domain ? `&domain=${domain}` : ''}`);
  await page.locator('body[data-stored="1"]').waitFor();
  await page.close();
}

async function onPage<R>(s: ExtensionSession, origin: string, fn: () => Promise<R>): Promise<R> {
  const page = await s.context.newPage();
  await page.goto(`${origin}/store/page`);
  const result = await page.evaluate(fn);
  await page.close();
  return result;
}

export function readLocalStorage(s: ExtensionSession, origin: string, key: string): Promise<string | null> {
  const page = s.context.newPage();
  return page.then(async (p) => {
    await p.goto(`${origin}/store/page`);
    const value = await p.evaluate((k) => localStorage.getItem(k), key);
    await p.close();
    return value;
  });
}

export function writeIndexedDb(s: ExtensionSession, origin: string): Promise<boolean> {
  return onPage(
    s,
    origin,
    () =>
      new Promise<boolean>((done) => {
        const open = indexedDB.open('lab-db', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('kv');
        open.onsuccess = () => {
          const tx = open.result.transaction('kv', 'readwrite');
          tx.objectStore('kv').put('lab-stored', 'marker');
          tx.oncomplete = () => done(true);
        };
        open.onerror = () => done(false);
      }),
  );
}

/** True when the lab database with its marker still exists on the origin. */
export function readIndexedDb(s: ExtensionSession, origin: string): Promise<boolean> {
  return onPage(s, origin, async () => (await indexedDB.databases()).some((d) => d.name === 'lab-db'));
}

export async function cookieNames(s: ExtensionSession, origin: string): Promise<string[]> {
  const page = await s.context.newPage();
  const res = await page.goto(`${origin}/store/cookies`);
  const body = (await res!.json()) as { cookies: string[] };
  await page.close();
  return body.cookies;
}
