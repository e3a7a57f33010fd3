// express-jwt (auth0/express-jwt) wraps jsonwebtoken's verify: its UnauthorizedError carries
// jsonwebtoken's message, and without an error handler of the app's own, Express's default one
// writes it as the error page (development mode prints err.stack, whose first line is the name
// and the message). The key is looked up by kid in the JWKS, as jwks-rsa's expressJwtSecret does.
import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import express from 'express';
import { expressjwt } from 'express-jwt';
import { AUDIENCE, ISSUER, type Keys } from '../tokens.ts';

export function keyFor(keys: Keys, kid: string | undefined): KeyObject | undefined {
  const jwk = keys.jwks.keys.find((k) => k.kid === kid);
  return jwk ? createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' }) : undefined;
}

export function expressJwtApp(keys: Keys): express.Express {
  const app = express();
  app.set('env', 'test'); // finalhandler: err.stack as the page (not 'production'), no console log (not 'development')
  app.get(
    '/api',
    expressjwt({ secret: (_req, token) => keyFor(keys, token?.header.kid), algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE }),
    (_req, res) => void res.json({ ok: true }),
  );
  return app;
}
