import { basicChallenge } from '../auth/basic.ts';
import { basicArea } from '../sites/basic-area.ts';
import type { Scenario } from '../types.ts';

const base = '/apache';
export const APACHE_SERVER = 'Apache/2.4.62 (Debian)';
export const APACHE_REALM = 'Staff area';

// Modelled on the structure of Apache's default 401 page; the words are the lab's own.
const page = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>401 Unauthorized</title>
</head><body>
<h1>Unauthorized</h1>
<p>The server could not confirm that you may open this document: the credentials were missing or
wrong, or the browser does not know how to send them.</p>
<hr>
<address>${APACHE_SERVER} Server at lab Port 80</address>
</body></html>
`;

export const apache: Scenario = {
  id: 'apache',
  title: 'Apache "401 Unauthorized"',
  description: 'The page Apache httpd shows for a Basic-protected directory, with its Server header.',
  path: `${base}/`,
  kind: 'main-frame',
  expectedCause: 'no-credentials',
  arrange: [],
  refused: { method: 'GET', path: `${base}/`, status: 401 },
  handle: basicArea({ base, area: 'the Apache area', page, challenge: basicChallenge(APACHE_REALM), server: APACHE_SERVER }),
};
