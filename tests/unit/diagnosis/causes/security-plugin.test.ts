import { describe, expect, it } from 'vitest';
import { input, obs, probe } from '../factory.ts';
import { causeIn, evidenceIds, expectScenariosRankFirst, run } from '../helpers.ts';

describe('security-plugin', () => {
  it('ranks first when Wordfence answered the WordPress login', () => expectScenariosRankFirst('security-plugin'));

  it.each([
    ['Solid Security', 'Locked out by Solid Security after too many attempts', 'Solid Security (iThemes Security)'],
    ['Sucuri', 'Sucuri WebSite Firewall - Access Denied', 'Sucuri'],
    ['AIOWPS', 'All In One WP Security: you are locked out', 'All-In-One WP Security'],
    ['Limit Login Attempts', 'Too many failed login attempts. Limit Login Attempts Reloaded', 'Limit Login Attempts'],
  ])('names %s from its page', (_n, text, label) => {
    const d = run(input([obs({ url: 'https://wp.example/wp-login.php' })], { probe: probe('https://wp.example/wp-login.php', 'Blocked', text) }));
    expect(d.causes[0]?.id).toBe('security-plugin');
    expect(d.causes[0]?.evidence.some((e) => e.message.subs?.includes(label))).toBe(true);
  });

  it('names a plugin from its cookie, and the owner gets the plugin steps', () => {
    const d = run(input([obs({ url: 'https://wp.example/wp-admin/', credentials: { cookieNames: ['wfwaf-authcookie-abc'] } })]));
    const c = causeIn(d, 'security-plugin');
    expect(evidenceIds(c)).toContain('ev_plugin_cookie');
    expect(c?.steps).toContain('owner-check-plugins');
  });

  it('blames a plugin for a 401 on wp-login.php even without its page (WordPress itself never answers 401 there)', () => {
    const d = run(input([obs({ method: 'POST', url: 'https://wp.example/wp/wp-login.php', wwwAuthenticate: [], credentials: { cookieNames: ['wordpress_test_cookie'] } })]));
    expect(d.causes[0]?.id).toBe('security-plugin');
    expect(evidenceIds(d.causes[0])).toEqual(['ev_wordpress_login', 'ev_wordpress_core_no_401']);
  });

  it('leaves a Basic-protected wp-admin (hosting password) to no-credentials', () => {
    const d = run(input([obs({ url: 'https://wp.example/wp-admin/', wwwAuthenticate: ['Basic realm="hosting"'] })]));
    expect(d.causes[0]?.id).toBe('no-credentials');
    expect(causeIn(d, 'security-plugin')?.confidence).toBe('low');
  });

  it('stays away from sites with no WordPress trace', () => {
    expect(causeIn(run(input([obs()])), 'security-plugin')).toBeUndefined();
  });
});
