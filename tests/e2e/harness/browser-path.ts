// How the real-browser tests (Chromium and Firefox alike) find their browser: the environment
// variable when it is set, and then it must exist; otherwise the first distribution path that does.
import { existsSync } from 'node:fs';

export function browserPath(env: NodeJS.ProcessEnv, envVar: string, candidates: readonly string[], notFound: string): string {
  const fromEnv = env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar} points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(notFound);
  return found;
}
