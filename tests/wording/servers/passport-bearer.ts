// passport-http-bearer with jsonwebtoken's verify inside the strategy, the usual way to use it: a
// refused token is done(null, false, message), and the strategy writes the message into its
// challenge's error_description (lib/strategy.js _challenge), unescaped.
import express from 'express';
import jwt from 'jsonwebtoken';
import passport from 'passport';
import { Strategy as BearerStrategy } from 'passport-http-bearer';
import { AUDIENCE, ISSUER, type Keys } from '../tokens.ts';
import { keyFor } from './express-jwt.ts';

export function passportApp(keys: Keys): express.Express {
  const pass = new passport.Passport();
  pass.use(
    new BearerStrategy((token, done) => {
      const kid = jwt.decode(token, { complete: true })?.header.kid;
      // An unknown kid leaves the key undefined: jsonwebtoken then words the refusal itself.
      jwt.verify(token, keyFor(keys, kid) as jwt.Secret, { algorithms: ['RS256'], issuer: ISSUER, audience: AUDIENCE }, (err, payload) => {
        if (err) return done(null, false, err.message);
        return done(null, payload as object);
      });
    }),
  );
  const app = express();
  app.use(pass.initialize());
  app.get('/api', pass.authenticate('bearer', { session: false }), (_req, res) => void res.json({ ok: true }));
  return app;
}
