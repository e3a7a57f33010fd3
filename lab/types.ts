// The contract between the lab server, its scenarios and the tests (unit, e2e, CLI) that iterate them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CauseId } from '../src/core/diagnosis/types.ts';
import type { LabState } from './state.ts';

/**
 * How a scenario shows its refusal:
 * - main-frame: opening `path` answers the refusal itself;
 * - fetch: `path` is a 200 page whose script calls an API that answers the refusal;
 * - page: `path` is a 200 page; the refusal needs a click, a form or earlier requests (see `arrange`);
 * - proxy: the refusal is the lab proxy's 407 (send the request through `Lab.proxyUrl`).
 */
export type ScenarioKind = 'main-frame' | 'fetch' | 'proxy' | 'page';

/** One HTTP request a test makes, relative to the lab's origin. Cookies are kept between steps. */
export interface LabStep {
  method: 'GET' | 'POST';
  path: string;
  /** Sent as application/x-www-form-urlencoded. */
  form?: Readonly<Record<string, string>>;
  headers?: Readonly<Record<string, string>>;
}

export interface RefusedStep extends LabStep {
  /** The status the lab answers: 401 mostly, 403 for insufficient_scope, 407 for the proxy. */
  status: number;
  /** True when the request must go through the lab's forward proxy. */
  viaProxy?: boolean;
}

/**
 * The part of a Playwright Page that `prepare` uses. Structural, so the lab needs no browser package
 * and a puppeteer page fits as well.
 */
export interface LabPage {
  url(): string;
  goto(url: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface LabContext {
  state: LabState;
  /** The request URL as the client addressed it (host from the Host header: the lab is host-agnostic). */
  url: URL;
  /** scheme://host[:port] the client used, for absolute links (Link, resource_metadata). */
  origin: string;
  secure: boolean;
}

export type ScenarioHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: LabContext,
) => boolean | Promise<boolean>;

export interface Scenario {
  /** Stable: tests and tools look scenarios up by it. */
  id: string;
  title: string;
  /** One sentence, shown on the lab's index. */
  description: string;
  /** The URL path a person opens. */
  path: string;
  kind: ScenarioKind;
  /** The cause of ../shared/design/causes.md the diagnosis should rank first; null when nothing is refused. */
  expectedCause: CauseId | null;
  /** Requests to make (in order, sharing cookies) before `refused` answers as described. */
  arrange: readonly LabStep[];
  /**
   * Runs `arrange` in a browser tab on `origin` (e.g. http://site-one.test:PORT), so the successes and
   * cookies are the tab's own. Present when `arrange` is not empty.
   */
  prepare?: (page: LabPage, origin: string) => Promise<void>;
  /** The request the diagnosis should explain; null for scenarios that refuse nothing (the benchmark page). */
  refused: RefusedStep | null;
  /** Answers the request and returns true when the path is this scenario's; false lets the next one try. */
  handle: ScenarioHandler;
}

export interface LabOptions {
  port?: number;
  /** Defaults to 127.0.0.1: the lab must never listen on a public interface. */
  host?: string;
  /** 0 (the default) picks a free port. */
  proxyPort?: number;
  /** Set to false to skip the HTTPS listener; it is skipped anyway when openssl is missing. */
  https?: boolean;
  httpsPort?: number;
  /** How long a cookie session lives before the server forgets it. Defaults to 2 minutes. */
  sessionTtlMs?: number;
}

export interface Lab {
  /** http://127.0.0.1:PORT */
  url: string;
  port: number;
  /** https://127.0.0.1:PORT, or null when openssl was missing or HTTPS was turned off. */
  httpsUrl: string | null;
  httpsPort: number | null;
  /** http://127.0.0.1:PORT of the forward proxy (407 until Proxy-Authorization carries the lab account). */
  proxyUrl: string;
  proxyPort: number;
  close(): Promise<void>;
  /** Forgets sessions, counters and the server-fault switch, as POST /__lab/reset does. */
  reset(): void;
}
