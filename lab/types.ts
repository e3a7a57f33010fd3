// The contract between the lab server, its scenarios and the tests (unit, e2e, CLI) that iterate them.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { CauseId } from '../src/core/diagnosis/types.ts';
import type { Backends } from './real/index.ts';
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
  /** OPTIONS: a CORS preflight, as the browser sends it before the page's real request. */
  method: 'GET' | 'POST' | 'OPTIONS';
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
  /** Ports of the real servers on 127.0.0.1 (lab/real/), for the scenarios that forward to them. */
  backends: Backends;
}

export type ScenarioHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  ctx: LabContext,
) => boolean | Promise<boolean>;

/**
 * Which test harnesses can meet the scenario. The e2e and CLI suites filter the registry by it:
 * the CLI has no browser history, no cookie jar across sites, no CORS and no service worker; a
 * Firefox tab does not go through the lab's proxy.
 */
export interface Harnesses {
  chromium: boolean;
  firefox: boolean;
  cli: boolean;
}

export interface Scenario {
  /** Stable: tests and tools look scenarios up by it. */
  id: string;
  title: string;
  /** One sentence, shown on the lab's index. */
  description: string;
  /** The URL path a person opens. */
  path: string;
  kind: ScenarioKind;
  harness: Harnesses;
  /**
   * The real server software that answers the refusal (e.g. "nginx", "Apache httpd + mod_auth_digest"),
   * or null where the lab's own hand-written responder does because no real one fits (IIS, WordPress).
   */
  realServer: string | null;
  /**
   * True when the page must be a secure context (a service worker): the browser suites allow its
   * http origin as one (Chromium --unsafely-treat-insecure-origin-as-secure, Firefox
   * dom.securecontext.allowlist).
   */
  secureContext?: boolean;
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
  /** squid's port; 0 (the default) picks a free one. */
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
  /** http://127.0.0.1:PORT of the forward proxy, squid (407 until Proxy-Authorization carries the lab account). */
  proxyUrl: string;
  proxyPort: number;
  /** Ports of the real servers the lab started. */
  backends: Backends;
  /** Milliseconds startLab took, real servers included, and each server's own start. */
  startMs: number;
  startMsByServer: Readonly<Record<string, number>>;
  close(): Promise<void>;
  /** Forgets sessions, counters and the server-fault switch, as POST /__lab/reset does. */
  reset(): void;
}
