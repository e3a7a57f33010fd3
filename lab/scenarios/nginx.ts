import { basicArea } from '../sites/basic-area.ts';
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
  handle: basicArea({ base, area: 'the nginx area', page, challenge: NGINX_CHALLENGE, server: 'nginx' }),
};
