// Makes a lab scenario refuse in a real tab, the way a person would meet it: its `arrange` steps
// first (prepare), then the refused request as a navigation or a form post, then waits until the
// background has recorded the refusal.
import type { Page } from 'playwright-core';
import type { Scenario } from '../../lab/types.ts';
import type { TabReply } from '../../src/core/messages.ts';
import type { ExtensionSession } from './harness/extension.ts';

export async function getTab(ext: Page, tabId: number): Promise<TabReply> {
  return (await ext.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab', tabId: id }), tabId)) as TabReply;
}

/** `start` is a direct lab origin the tab opens first (the proxy scenario's own origin answers 407). */
export async function refuse(
  s: ExtensionSession,
  ext: Page,
  scenario: Scenario,
  origin: string,
  start = origin,
): Promise<{ page: Page; tabId: number }> {
  const { page, tabId } = await s.newTab();
  await page.goto(`${start}/store/page`);
  if (scenario.prepare) await scenario.prepare(page, origin);
  const refused = scenario.refused!;
  if (scenario.kind !== 'fetch') {
    if (refused.method === 'POST') {
      if (!page.url().startsWith(origin)) await page.goto(`${origin}/store/page`);
      await page
        .evaluate(
          ({ path, form }) => {
            const f = document.createElement('form');
            f.method = 'post';
            f.action = path;
            for (const [k, v] of Object.entries(form ?? {})) {
              const i = document.createElement('input');
              i.name = k;
              i.value = v;
              f.append(i);
            }
            document.body.append(f);
            f.submit();
          },
          { path: refused.path, form: refused.form ?? null },
        )
        .catch(() => undefined);
      await page.waitForLoadState('load').catch(() => undefined);
    } else {
      await page.goto(`${origin}${refused.path}`).catch(() => undefined);
    }
  }
  const wanted = refused.path;
  for (let i = 0; i < 100; i++) {
    const reply = await getTab(ext, tabId);
    const pages = [reply.record?.current, reply.record?.previous];
    if (pages.some((p) => p?.observations.some((o) => new URL(o.url).pathname === wanted && o.status === refused.status))) break;
    await page.waitForTimeout(100);
  }
  return { page, tabId };
}
