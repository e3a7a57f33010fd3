// The Node server libraries of the lab, run for real as Express apps in child processes of the lab
// (see node-apps.ts for what each API is set up to show). Plain JavaScript, so a child starts
// without a TypeScript loader. argv: the port, then the settings as JSON (written by node-apps.ts).
// Errors go to Express's own final handler (env production: the status text, no stack) with the
// headers the libraries put on the error, as an app that adds nothing of its own answers; its log
// of each error goes to the stderr the lab keeps only for a failed start.
import cors from 'cors';
import express from 'express';
import { expressjwt } from 'express-jwt';
import { auth, requiredScopes } from 'express-oauth2-jwt-bearer';

const [port, json] = process.argv.slice(2);
const s = JSON.parse(json);

const ok = (_req, res) => {
  res.set('Cache-Control', 'no-store').json({ ok: true, items: [1, 2, 3] });
};
const bearer = (audience) => auth({ audience, issuer: s.issuer, secret: s.secret, tokenSigningAlg: s.alg });

const app = express();
app.set('env', 'production');
for (const api of s.apis) {
  const chain = {
    'bearer-then-cors': [bearer(s.audience), cors({ origin: true })],
    'cors-then-bearer': [cors({ origin: true }), bearer(s.audience)],
    'bearer-other-audience': [bearer(s.otherAudience)],
    bearer: [bearer(s.audience)],
    'bearer-scope': [bearer(s.audience), requiredScopes(s.requiredScope)],
    'express-jwt': [expressjwt({ secret: s.secret, algorithms: [s.alg] })],
  }[api.chain];
  app.use(api.path, ...chain, ok);
}
app.listen(Number(port), '127.0.0.1');
