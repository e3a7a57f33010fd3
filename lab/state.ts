// Everything the lab remembers between requests. One object, so POST /__lab/reset and Lab.reset()
// can forget all of it at once and tests start from a known state.
import { randomBytes } from 'node:crypto';

interface Session {
  site: string;
  expiresAt: number;
}

export class LabState {
  readonly sessionTtlMs: number;
  /** Keys nonces and session ids; renewed on reset so old nonces stop verifying. */
  secret = randomBytes(32);
  private sessions = new Map<string, Session>();
  /** The server-fault scenario's switch: once broken, its whole path group answers 401. */
  faultBroken = false;
  requests = 0;
  readonly byScenario = new Map<string, number>();

  constructor(sessionTtlMs: number) {
    this.sessionTtlMs = sessionTtlMs;
  }

  reset(): void {
    this.secret = randomBytes(32);
    this.sessions.clear();
    this.faultBroken = false;
    this.requests = 0;
    this.byScenario.clear();
  }

  count(scenarioId: string): void {
    this.byScenario.set(scenarioId, (this.byScenario.get(scenarioId) ?? 0) + 1);
  }

  startSession(site: string, now = Date.now()): string {
    const id = randomBytes(16).toString('hex');
    this.sessions.set(id, { site, expiresAt: now + this.sessionTtlMs });
    return id;
  }

  /**
   * 'expired' sessions stay in the store (as a tombstone) so a site can say "your session expired";
   * a forgotten one is 'unknown', exactly like a cookie the server never issued.
   */
  sessionStatus(site: string, id: string, now = Date.now()): 'valid' | 'expired' | 'unknown' {
    const session = this.sessions.get(id);
    if (!session || session.site !== site) return 'unknown';
    return session.expiresAt <= now ? 'expired' : 'valid';
  }

  /** Makes every session run out now, so tests need not wait for the expiry. */
  expireSessions(now = Date.now()): void {
    for (const session of this.sessions.values()) session.expiresAt = Math.min(session.expiresAt, now);
  }

  endSession(id: string): void {
    this.sessions.delete(id);
  }

  /** Simulates a server restart that loses its session store: every cookie out there goes stale. */
  forgetSessions(): void {
    this.sessions.clear();
  }

  get sessionCount(): number {
    return this.sessions.size;
  }
}
