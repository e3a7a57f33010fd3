import { basicOk } from '../auth/basic.ts';
import { sendHtml, under } from '../http/respond.ts';
import { sendWelcome } from '../sites/welcome.ts';
import type { Scenario } from '../types.ts';

const base = '/nginx';
export const NGINX_CHALLENGE = 'Basic realm="Restricted"';

// The page nginx's auth_basic serves by default: status line text "Authorization Required" in the body.
const page = `<html>
<head><title>401 Authorization Required</title></head>
<body>
<center><h1>401 Authorization Required</h1></center>
<hr><center>nginx</center>
</body>
</html>
`;

export const nginx: Scenario = {
  id: 'nginx',
  title: 'nginx "401 Authorization Required"',
  description: 'The plain page nginx shows for a Basic-protected location, with Server: nginx.',
  path: `${base}/`,
  kind: 'main-frame',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle(req, res, ctx) {
    if (!under(ctx.url.pathname, base)) return false;
    if (basicOk(req)) return sendWelcome(res, 'the nginx area', { Server: 'nginx' });
    return sendHtml(res, 401, page, { Server: 'nginx', 'WWW-Authenticate': NGINX_CHALLENGE });
  },
};
