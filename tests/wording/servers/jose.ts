// A minimal API on panva/jose, written the way its README shows: jwtVerify against a remote JWKS
// (served here by the same server), and the catch block answers 401 with jose's own message in a
// JSON body, as many hand-written APIs do.
import express from 'express';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { AUDIENCE, ISSUER, type Keys } from '../tokens.ts';

export function joseApp(keys: Keys, base: () => string): express.Express {
  const app = express();
  app.get('/jwks', (_req, res) => void res.json(keys.jwks));
  let jwks: ReturnType<typeof createRemoteJWKSet> | null = null;
  app.get('/api', async (req, res) => {
    jwks ??= createRemoteJWKSet(new URL(`${base()}/jwks`));
    const token = (req.headers.authorization ?? '').replace(/^Bearer /i, '');
    try {
      // maxTokenAge makes jose check iat (it does not otherwise); algorithms pins RS256.
      await jwtVerify(token, jwks, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['RS256'], maxTokenAge: '1h' });
      res.json({ ok: true });
    } catch (e) {
      const err = e as Error & { code?: string };
      res.status(401).json({ error: 'invalid_token', code: err.code, message: err.message });
    }
  });
  return app;
}
