// The servers, platforms and WordPress security plugins the diagnosis can name, and how each shows
// itself: in the Server header, in the page's title or text, in the URL, or in a cookie name.
// Each has a name and an owner's hint as message ids of src/locales/<lang>/servers.json
// (server_<key>_hint); names are brands and stay as data.

export const PRODUCT_KEYS = [
  'nginx',
  'apache',
  'iis',
  'express',
  'tomcat',
  'cloudflare',
  'wordpress',
  'wordfence',
  'solid_security',
  'sucuri',
  'aiowps',
  'limit_login_attempts',
] as const;
export type ProductKey = (typeof PRODUCT_KEYS)[number];

export type ProductKind = 'server' | 'proxy' | 'cms' | 'security-plugin';

export interface ProductSigns {
  key: ProductKey;
  kind: ProductKind;
  /** The product's own name: a brand, the same in every language, so it is data rather than a text. */
  label: string;
  /** Matched against the Server header (and X-Powered-By when a caller folds it into `server`). */
  server?: RegExp;
  /** Matched against the error page's title and text. */
  page?: RegExp;
  /** Matched against the refused URL's path. */
  path?: RegExp;
  /** Matched against each cookie name the request carried or the site holds. */
  cookie?: RegExp;
}

export const PRODUCTS: readonly ProductSigns[] = [
  // nginx's built-in error pages end with a bare "nginx" line under the heading.
  { key: 'nginx', label: 'nginx', kind: 'server', server: /\bnginx\b|\bopenresty\b/i, page: /401 Authorization Required[\s\S]{0,200}\bnginx\b/i },
  // "Apache-Coyote" is Tomcat's connector, not the Apache HTTP Server. Its 401 page wraps the
  // sentence over lines in the source (tests/lab/real-servers.test.ts reads it off Debian's httpd),
  // and ServerSignature Off leaves no <address> line to go by.
  { key: 'apache', label: 'Apache HTTP Server', kind: 'server', server: /\bApache\b(?!-Coyote)/i, page: /\bApache\/\d[\d.]* \(|could not verify that you\s+are\s+authorized\s+to\s+access/i },
  { key: 'iis', label: 'Microsoft IIS', kind: 'server', server: /Microsoft-IIS|\bASP\.NET\b/i, page: /\bIIS \d+(\.\d+)? Detailed Error\b|\bHTTP Error 401\.\d+\b/i },
  { key: 'express', label: 'Node.js / Express', kind: 'server', server: /\bExpress\b|\bNode(\.js)?\b/i },
  { key: 'tomcat', label: 'Apache Tomcat', kind: 'server', server: /Apache-Coyote|\bTomcat\b/i, page: /\bApache Tomcat\/\d|HTTP Status 401 [–-] Unauthorized/i },
  { key: 'cloudflare', label: 'Cloudflare', kind: 'proxy', server: /\bcloudflare\b/i, page: /\bCloudflare Ray ID\b|\bcf-ray\b/i },
  {
    key: 'wordpress',
    label: 'WordPress',
    kind: 'cms',
    page: /\bwp-login\.php\b|\/wp-admin\/|\bWordPress\b/i,
    path: /\/wp-login\.php\b|\/wp-admin(\/|$)|\/wp-json(\/|$)|\/xmlrpc\.php\b/i,
    cookie: /^(wordpress_(logged_in|sec|test_cookie)|wp-settings-)/i,
  },
  { key: 'wordfence', label: 'Wordfence', kind: 'security-plugin', page: /\bWordfence\b|access to this site has been limited by the site owner/i, cookie: /^(wfwaf-authcookie-|wordfence_verifiedHuman)/i },
  { key: 'solid_security', label: 'Solid Security (iThemes Security)', kind: 'security-plugin', page: /\b(Solid Security|iThemes Security)\b|\bitsec[-_]/i, cookie: /^itsec[-_]/i },
  { key: 'sucuri', label: 'Sucuri', kind: 'security-plugin', server: /\bSucuri\b|Cloudproxy/i, page: /\bSucuri\b/i },
  { key: 'aiowps', label: 'All-In-One WP Security', kind: 'security-plugin', page: /\bAll[- ]In[- ]One (WP )?Security\b|\baiowps\b/i, cookie: /^aiowps_/i },
  { key: 'limit_login_attempts', label: 'Limit Login Attempts', kind: 'security-plugin', page: /\bLimit Login Attempts\b|\btoo many failed login attempts\b/i, cookie: /^llar_/i },
];
