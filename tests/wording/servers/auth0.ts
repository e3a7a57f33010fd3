// Auth0's express-oauth2-jwt-bearer exactly as its README sets it up: auth({ issuer, audience,
// jwksUri }), with Express's own error handler answering (it copies err.headers, so the
// library's WWW-Authenticate reaches the wire, and in development writes err.stack as the page).
import express from 'express';
import { auth } from 'express-oauth2-jwt-bearer';
import { AUDIENCE, ISSUER, type Keys } from '../tokens.ts';

export interface Auth0Options {
  /** Makes the library check iat (it accepts any numeric iat otherwise). */
  maxTokenAge?: number;
  /** Verify with this PEM instead of the JWKS: the library then checks alg itself, before jose. */
  publicKeyPem?: string;
}

export function auth0App(keys: Keys, base: () => string, options: Auth0Options = {}): express.Express {
  const app = express();
  app.set('env', 'test'); // finalhandler: err.stack as the page (not 'production'), no console log (not 'development')
  app.get('/jwks', (_req, res) => void res.json(keys.jwks));
  let check: express.Handler | null = null;
  app.get('/api', (req, res, next) => {
    const key = options.publicKeyPem ? { publicKey: options.publicKeyPem } : { jwksUri: `${base()}/jwks` };
    const age = options.maxTokenAge === undefined ? {} : { maxTokenAge: options.maxTokenAge };
    check ??= auth({ issuer: ISSUER, audience: AUDIENCE, tokenSigningAlg: 'RS256', ...key, ...age });
    check(req, res, next);
  }, (_req, res) => void res.json({ ok: true }));
  return app;
}
