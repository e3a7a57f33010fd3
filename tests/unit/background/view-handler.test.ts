// The background's `view` and `report` answers: built from the store and the browser's facts,
// each fact optional, and a malformed request answered with { ok: false, error }.
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMessageHandler } from '../../../src/background/messages.ts';
import { TabStore } from '../../../src/background/store/tab-store.ts';
import type { SessionArea } from '../../../src/background/ports.ts';
import { createViewHandler, type RecordSource } from '../../../src/background/view/handler.ts';
import type { ViewSources } from '../../../src/background/view/sources.ts';
import type { StepId } from '../../../src/core/diagnosis/types.ts';
import type { TabRecord } from '../../../src/core/observation.ts';
import { TextReply, View } from '../../../src/core/view/schema.ts';
import { observation, page } from '../popup/fixtures.ts';

beforeEach(() => fakeBrowser.reset());

const rec: TabRecord = { tabId: 7, current: page([observation({ tabId: 7 })]), previous: null };

function store(attempts: StepId[] = []): RecordSource {
  return { read: async (tabId) => (tabId === 7 ? { record: rec, attempts } : null) };
}

function sources(over: Partial<ViewSources> = {}): ViewSources & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    tabUrl: async () => 'about:blank',
    hostPermission: async () => true,
    os: async () => 'win',
    family: () => 'chromium',
    probe: async () => (calls.push('probe'), { url: 'https://app.example.com/private/', title: '401', text: 'Unauthorized' }),
    siteCookies: async (url) => (
      calls.push(`cookies ${url}`),
      [{ name: 'sid', domain: 'app.example.com', hostOnly: true, path: '/', secure: true, sameSite: 'lax', partitionTopLevelSite: null }]
    ),
    extensions: async () => (calls.push('extensions'), []),
    catalog: async () => ({ report_title: { message: 'Report for the owner' } }),
    ...over,
  };
}

describe('view requests', () => {
  it('answer a view that the popup’s schema accepts, with the attempts and the OS in it', async () => {
    const h = createViewHandler(store(['reload']), sources(), () => 5_000);
    const reply = await h.view({ type: 'view', tabId: 7, extras: false });
    const parsed = View.safeParse(reply);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(parsed.data.diagnosis.focus?.id).toBe('o1');
    expect(parsed.data.dnsCommand).toEqual({ id: 'step_flush_dns_win_command' });
    expect(parsed.data.settled).toBe(false);
  });

  it('ask the page, the cookies of the focused URL and the extensions only with extras', async () => {
    const s = sources();
    const h = createViewHandler(store(), s);
    await h.view({ type: 'view', tabId: 7, extras: false });
    expect(s.calls).toEqual([]);
    const reply = await h.view({ type: 'view', tabId: 7, extras: true });
    expect(s.calls.sort()).toEqual(['cookies https://app.example.com/private/', 'extensions', 'probe']);
    expect(View.safeParse(reply).success && (reply as View).settled && (reply as View).extensions).toEqual([]);
  });

  it('still build the view when every browser fact fails', async () => {
    const fail = async (): Promise<never> => {
      throw new Error('gone');
    };
    const h = createViewHandler(store(), sources({ tabUrl: fail, hostPermission: fail, os: fail, probe: fail, siteCookies: fail, extensions: fail }));
    const reply = await h.view({ type: 'view', tabId: 7, extras: true });
    expect(View.safeParse(reply).success).toBe(true);
    expect(reply).toMatchObject({ os: 'other', hostPermission: false, tabUrl: null, extensions: null });
  });

  it('build the report in the asked language and format', async () => {
    const h = createViewHandler(store(), sources());
    const reply = await h.report({ type: 'report', tabId: 7, format: 'markdown', lang: 'en-GB' });
    const parsed = TextReply.safeParse(reply);
    expect(parsed.success && parsed.data.text).toContain('Report for the owner');
    expect(await h.report({ type: 'report', tabId: 99, format: 'text', lang: 'en' })).toMatchObject({ ok: false });
  });
});

describe('the message handler', () => {
  function handler(withViews: boolean) {
    const s = new TabStore(fakeBrowser.storage.session as unknown as SessionArea);
    return createMessageHandler(s, async () => true, withViews ? createViewHandler(store(), sources()) : undefined);
  }

  it.each([
    [{ type: 'view', tabId: '7', extras: true }],
    [{ type: 'view', tabId: 7 }],
    [{ type: 'view', tabId: 7, extras: true, selection: { page: 'next', focusId: null } }],
    [{ type: 'report', tabId: 7, format: 'pdf', lang: 'en' }],
    [{ type: 'report', tabId: 7, format: 'text' }],
  ])('answers a malformed request %j with an error, not an exception', async (message) => {
    const reply = await handler(true)(message);
    expect(reply).toMatchObject({ ok: false });
    expect((reply as { error: string }).error).toMatch(/malformed/);
  });

  it('routes view and report requests to the view handler', async () => {
    const h = handler(true);
    expect(View.safeParse(await h({ type: 'view', tabId: 7, extras: false })).success).toBe(true);
    expect(TextReply.safeParse(await h({ type: 'report', tabId: 7, format: 'text', lang: 'ru' })).success).toBe(true);
  });

  it('answers an error where no view handler was given', async () => {
    expect(await handler(false)({ type: 'view', tabId: 7, extras: false })).toMatchObject({ ok: false });
  });
});
