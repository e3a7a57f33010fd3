// The page probe reads whatever the tab's top document is. While a sign-in prompt is open, or
// after a 401 whose body Chromium did not show, that is the previous page — often of the same
// site — and its words must not be read as the error page's (platform-notes.md).
import { describe, expect, it } from 'vitest';
import { probeShows } from '../../../src/core/diagnosis/context.ts';
import { input, obs, probe } from './factory.ts';
import { causeIn, run } from './helpers.ts';

const IIS_URL = 'https://iis.example/iis/401.2/';
const refusal = (over: Parameters<typeof obs>[0] = {}) =>
  obs({ url: IIS_URL, server: 'Microsoft-IIS/10.0', wwwAuthenticate: ['Negotiate', 'NTLM'], credentials: { browserRetried: 'unknown' }, ...over });
const iisPage = (url: string) => probe(url, 'IIS 10.0 Detailed Error - 401.2 - Unauthorized', 'HTTP Error 401.2 - Unauthorized');

describe('the page probe counts only when it shows the refusal', () => {
  it('without the page, IIS with Negotiate/NTLM and nothing sent is honestly single sign-on not attempted', () => {
    const d = run(input([refusal()]));
    expect(d.causes[0]?.id).toBe('sso-not-attempted');
    expect(causeIn(d, 'no-credentials')).toBeDefined();
    expect(causeIn(d, 'iis-logon-failure')).toBeUndefined();
  });

  it('with the error page read, the IIS sub-status ranks first', () => {
    expect(run(input([refusal()], { probe: iisPage(IIS_URL) })).causes[0]?.id).toBe('iis-logon-failure');
  });

  it('accepts the page with a fragment in its location (never sent to the server)', () => {
    expect(probeShows(iisPage(`${IIS_URL}#top`), refusal())).toBe(true);
  });

  it('ignores another page of the same site still on screen', () => {
    const d = run(input([refusal()], { probe: iisPage('https://iis.example/store/page') }));
    expect(causeIn(d, 'iis-logon-failure')).toBeUndefined();
    expect(probeShows(iisPage('https://iis.example/iis/401.2/?x=1'), refusal())).toBe(false);
  });

  it('ignores the top page for a refused frame or a refused API call', () => {
    expect(probeShows(iisPage(IIS_URL), refusal({ type: 'sub_frame', frameId: 3 }))).toBe(false);
    expect(probeShows(iisPage(IIS_URL), refusal({ type: 'xmlhttprequest' }))).toBe(false);
  });
});
