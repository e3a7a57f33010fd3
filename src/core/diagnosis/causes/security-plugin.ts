// A WordPress security plugin (or a site firewall) took the sign-in for an attack and answered 401:
// named from its page, its cookies or its Server header; WordPress itself from its login paths.
import { ev, type CauseDefinition } from '../cause.ts';

export const securityPlugin: CauseDefinition = {
  id: 'security-plugin',
  steps: ['wait-retry', 'contact-owner', 'owner-check-plugins'],
  detect(ctx) {
    const id = ctx.focus.id;
    const plugins = ctx.server.products.filter((p) => p.kind === 'security-plugin');
    if (plugins.length > 0) {
      return {
        score: 80,
        confidence: 'high',
        evidence: plugins.map((p) => (p.via === 'cookie' ? ev('ev_plugin_cookie', [p.label, p.detail ?? ''], id) : ev('ev_plugin_seen', [p.label], id))),
      };
    }
    const wp = ctx.server.products.find((p) => p.key === 'wordpress');
    if (!wp) return null;
    if (wp.via === 'path' && /wp-login|wp-admin|xmlrpc/i.test(wp.detail ?? '')) {
      const evidence = [ev('ev_wordpress_login', [wp.detail ?? ''], id)];
      // A hosting panel's password protection asks with Basic/Digest: then it is a plain sign-in.
      if (ctx.www.challenges.some((c) => c.scheme === 'basic' || c.scheme === 'digest')) return { score: 40, confidence: 'low', evidence };
      // WordPress itself answers a wrong password on wp-login.php with 200 and a message on the
      // form; a 401 there comes from something in front of it, most often a security plugin.
      if (/wp-login\.php/i.test(wp.detail ?? '')) {
        evidence.push(ev('ev_wordpress_core_no_401', [], id));
        return { score: 74, confidence: 'high', evidence };
      }
      const rateHint = ctx.pageSignals.includes('rate-limit');
      return { score: rateHint ? 68 : 52, confidence: 'medium', evidence };
    }
    return { score: 30, confidence: 'low', evidence: [ev('ev_wordpress_seen', [], id)] };
  },
};
