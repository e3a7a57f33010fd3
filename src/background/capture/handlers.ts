// The webRequest listeners' bodies. The always-on onHeadersReceived sees every document, frame,
// fetch/XHR and "other" response (capture/register.ts), so its path for an ordinary API response
// is a status compare and one Map lookup, with no storage I/O; only a refusal, a redirect, a
// document or a 2xx on an origin that refused earlier does more.
//
// Request headers are seen only where the tab's refused origins are watched (capture/watch.ts):
// a refusal whose request was not watched says so (credentials.requestSeen = false).
//
// A watched refusal is reported twice, by onHeadersReceived and again by the narrowed onCompleted:
// Chromium drops the events it had already dispatched to a worker that is being stopped
// (EventAckData only keeps the worker alive for them, nothing re-sends them), and the two events of
// one request often fall on different sides of the stop. The fold makes the pair one observation
// (core/capture/tab-state.ts).
import { authRequiredOf, buildObservation, buildSettledObservation, hopOf, topOriginOf } from '../../core/capture/build-observation.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, SendHeadersDetails } from '../../core/capture/details.ts';
import { originOf } from '../../core/capture/origin.ts';
import { isRedirect, isRefusal } from '../../core/capture/refusal.ts';
import { TrailMap, type RequestTrail } from '../../core/capture/request-trail.ts';
import { maskUrl } from '../../core/url/mask.ts';
import type { TabStore } from '../store/tab-store.ts';
import type { Interest } from './interest.ts';
import { SUCCESS_TYPES, toSuccess, type RecentSuccesses } from './recent-successes.ts';
import type { Watch } from './watch.ts';
import type { WorkerRefusals } from './worker-refusals.ts';

/**
 * What a CORS failure looks like in onErrorOccurred: Chromium reports net::ERR_FAILED for a
 * request whose preflight (or whose own response) failed the CORS check; Firefox names the CORS
 * or same-origin check. Other errors (DNS, refused connections, blockers) say nothing of auth.
 */
const CORS_ERROR = /^net::ERR_FAILED$|NS_ERROR_DOM_BAD_URI|NS_ERROR_DOM_CORP_FAILED|CORS/i;

export class CaptureHandlers {
  readonly trails = new TrailMap();

  constructor(
    private readonly store: TabStore,
    private readonly interest: Interest,
    private readonly recent: RecentSuccesses,
    private readonly watch: Watch,
    /** Refusals of a service worker's own requests (tabId -1); without it they are ignored. */
    private readonly workers: WorkerRefusals | null = null,
  ) {}

  /** Watched requests only (narrowed listener): what the request carried, kept in memory until it ends. */
  onSendHeaders = (d: SendHeadersDetails): void => {
    if (d.tabId < 0) return;
    const t = this.trails.open(d.requestId);
    t.requestHeaders = d.requestHeaders;
    t.lastSentUrl = d.url;
    t.sends++;
  };

  onHeadersReceived = (d: HeadersReceivedDetails): void => {
    const status = d.statusCode;
    // The hot path: an API call or "other" answered without a refusal or redirect.
    if (status < 300 && d.type !== 'main_frame' && d.type !== 'sub_frame') {
      if (status >= 200 && this.interest.any(d.tabId)) this.apiSucceeded(d);
      return;
    }
    if (d.tabId < 0) {
      // No tab's request: a service worker's own (or the browser's). Only a refusal costs more.
      if (this.workers && isRefusal(status, d.responseHeaders)) this.workers.refused(d);
      return;
    }
    const t = this.trails.get(d.requestId);
    const first = t === undefined || t.responses === 0;
    if (t) t.responses++;
    if (first && d.type === 'main_frame') {
      // A new top-level document starts a new page record; tabs with no record have nothing to rotate.
      if (this.store.knows(d.tabId)) this.store.write(d.tabId, { kind: 'navigate', time: d.timeStamp, url: maskUrl(d.url) });
      this.watch.navigated(d.tabId, originOf(d.url));
    }
    if (isRedirect(status)) {
      const trail = this.trailOf(d.requestId, t);
      trail.chain.push(d.url);
      trail.hops.push(hopOf(d.url, status, trail));
      return;
    }
    if (isRefusal(status, d.responseHeaders)) {
      this.refused(d, this.trailOf(d.requestId, t));
      return;
    }
    if (status >= 200 && status < 300) this.succeeded(d, t);
    this.trails.delete(d.requestId);
  };

  /** Chromium, watched origins only: preflights reach only listeners with extraHeaders (Chrome 79+). */
  onPreflight = (d: HeadersReceivedDetails): void => {
    if (d.tabId < 0 || d.method !== 'OPTIONS' || !isRefusal(d.statusCode, d.responseHeaders)) return;
    const t = this.trails.open(d.requestId);
    // The always-on listener may see OPTIONS too (an engine that shows preflights to every listener).
    if (t.observationId !== null && t.responses > 0) return;
    t.responses++;
    this.refused(d, t);
  };

  onAuthRequired = (d: AuthRequiredDetails): void => {
    if (d.tabId < 0) return;
    const t = this.trails.open(d.requestId);
    // onHeadersReceived did not report this response (a type it does not listen to, or its refusal
    // already has its auth event): the auth event carries status and headers, so it makes the observation.
    if (t.observationId === null || t.authSeen) this.refused(d, t);
    t.authSeen = true;
    this.store.write(d.tabId, { kind: 'auth', observationId: t.observationId!, authRequired: authRequiredOf(d) });
  };

  /** Watched requests only (narrowed onCompleted / onErrorOccurred): completion facts, or the refusal itself. */
  onFinished = (d: FinishedDetails): void => {
    const t = this.trails.get(d.requestId);
    if (t) this.trails.delete(d.requestId);
    if (d.tabId < 0) return;
    if (t && t.observationId !== null) {
      // This worker made the observation and issued its write: a write that a stopping worker lost
      // takes every later write of that worker with it, so a copy here would add nothing but cost.
      this.store.note(d.tabId, { kind: 'finish', observationId: t.observationId, fromCache: d.fromCache, ip: d.ip ?? null });
      return;
    }
    const status = d.statusCode;
    if (status !== undefined && isRefusal(status, d.responseHeaders)) this.settled({ ...d, statusCode: status }, t);
  };

  /**
   * Always-on, fetch/XHR errors only. A preflight refused with 401 is invisible to the always-on
   * listeners in Chromium; the page's request then fails the CORS check. Watching its origin lets
   * the next try ("Reload and watch") show the preflight itself.
   */
  onRequestError = (d: FinishedDetails): void => {
    if (d.tabId < 0 || !d.error || !CORS_ERROR.test(d.error)) return;
    this.watch.add(d.tabId, [originOf(d.url)], topOriginOf(d));
  };

  /** The request's trail, opened at its first response when no watched send opened it (this response counts). */
  private trailOf(requestId: string, t: RequestTrail | undefined): RequestTrail {
    if (t) return t;
    const opened = this.trails.open(requestId);
    opened.responses = 1;
    return opened;
  }

  forgetTab(tabId: number): void {
    this.recent.forgetTab(tabId);
    this.interest.forgetTab(tabId);
    this.watch.drop(tabId);
  }

  private refused(d: HeadersReceivedDetails, t: RequestTrail): void {
    const observation = buildObservation(d, t);
    t.refusals++;
    t.observationId = observation.id;
    t.authSeen = false;
    const origin = originOf(d.url);
    this.store.write(d.tabId, { kind: 'observe', observation, successes: this.recent.take(d.tabId, origin) });
    this.interest.add(d.tabId, origin);
    this.watchFor(d, t.chain);
  }

  /** onCompleted of a refusal this worker has no observation of (see the file comment). */
  private settled(d: FinishedDetails & { statusCode: number }, t: RequestTrail | undefined): void {
    const observation = buildSettledObservation(d, t);
    const origin = originOf(d.url);
    this.store.write(d.tabId, { kind: 'settle', observation, successes: this.recent.take(d.tabId, origin) });
    this.interest.add(d.tabId, origin);
    this.watchFor(d, t?.chain ?? []);
  }

  /** The refused origin and every origin its redirects went through (a hop may be where Authorization was dropped). */
  private watchFor(d: HeadersReceivedDetails | FinishedDetails, chain: readonly string[]): void {
    this.watch.add(d.tabId, [originOf(d.url), ...chain.map(originOf)], topOriginOf(d));
  }

  private apiSucceeded(d: HeadersReceivedDetails): void {
    if (d.tabId < 0 || !SUCCESS_TYPES.has(d.type)) return;
    const origin = originOf(d.url);
    if (!this.interest.has(d.tabId, origin)) return;
    const t = this.trails.get(d.requestId);
    this.store.write(d.tabId, { kind: 'success', success: toSuccess({ time: d.timeStamp, url: d.url, type: d.type, status: d.statusCode, requestHeaders: t?.requestHeaders }) });
  }

  /** A document or frame answered 2xx: kept in memory, stored only once its origin refuses. */
  private succeeded(d: HeadersReceivedDetails, t: RequestTrail | undefined): void {
    const origin = originOf(d.url);
    const raw = { time: d.timeStamp, url: d.url, type: d.type, status: d.statusCode, requestHeaders: t?.requestHeaders };
    if (this.interest.any(d.tabId) && this.interest.has(d.tabId, origin)) this.store.write(d.tabId, { kind: 'success', success: toSuccess(raw) });
    else this.recent.push(d.tabId, origin, raw);
  }
}
