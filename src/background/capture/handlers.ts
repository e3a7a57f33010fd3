// The webRequest listeners' bodies. Every response passes through onHeadersReceived, so its path
// for an ordinary response is a few comparisons and Map operations, with no storage I/O; only a
// refusal (or a 2xx on an origin that refused) writes, through TabStore.write.
//
// A refusal is reported twice, by onHeadersReceived and again by onCompleted: Chromium drops the
// events it had already dispatched to a worker that is being stopped (EventAckData only keeps the
// worker alive for them, nothing re-sends them), and the two events of one request often fall on
// different sides of the stop. The fold makes the pair one observation (core/capture/tab-state.ts).
import { authRequiredOf, buildObservation, buildSettledObservation } from '../../core/capture/build-observation.ts';
import type { AuthRequiredDetails, FinishedDetails, HeadersReceivedDetails, SendHeadersDetails } from '../../core/capture/details.ts';
import { originOf } from '../../core/capture/origin.ts';
import { isRedirect, isRefusal } from '../../core/capture/refusal.ts';
import { TrailMap, type RequestTrail } from '../../core/capture/request-trail.ts';
import { maskUrl } from '../../core/url/mask.ts';
import type { TabStore } from '../store/tab-store.ts';
import type { Interest } from './interest.ts';
import { SUCCESS_TYPES, toSuccess, type RecentSuccesses } from './recent-successes.ts';

export class CaptureHandlers {
  readonly trails = new TrailMap();

  constructor(
    private readonly store: TabStore,
    private readonly interest: Interest,
    private readonly recent: RecentSuccesses,
  ) {}

  onSendHeaders = (d: SendHeadersDetails): void => {
    if (d.tabId < 0) return;
    const t = this.trails.open(d.requestId);
    t.requestHeaders = d.requestHeaders;
    t.sends++;
  };

  onHeadersReceived = (d: HeadersReceivedDetails): void => {
    if (d.tabId < 0) return;
    const t = this.trails.get(d.requestId);
    const first = t === undefined || t.responses === 0;
    if (t) t.responses++;
    // A new top-level document starts a new page record; tabs with no record have nothing to rotate.
    if (first && d.type === 'main_frame' && this.store.knows(d.tabId)) {
      this.store.write(d.tabId, { kind: 'navigate', time: d.timeStamp, url: maskUrl(d.url) });
    }
    const status = d.statusCode;
    if (isRedirect(status)) {
      const trail = t ?? this.trails.open(d.requestId);
      if (!t) trail.responses = 1;
      trail.chain.push(d.url);
      return;
    }
    if (isRefusal(status, d.responseHeaders)) {
      this.refused(d, t ?? this.trails.open(d.requestId));
      return;
    }
    if (status >= 200 && status < 300 && SUCCESS_TYPES.has(d.type)) this.succeeded(d, t);
    this.trails.delete(d.requestId);
  };

  onAuthRequired = (d: AuthRequiredDetails): void => {
    if (d.tabId < 0) return;
    const t = this.trails.open(d.requestId);
    // onHeadersReceived did not report this response (or its refusal already has its auth event):
    // the auth event carries status and headers, so the observation is made from it.
    if (t.observationId === null || t.authSeen) this.refused(d, t);
    t.authSeen = true;
    this.store.write(d.tabId, { kind: 'auth', observationId: t.observationId!, authRequired: authRequiredOf(d) });
  };

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

  forgetTab(tabId: number): void {
    this.recent.forgetTab(tabId);
    this.interest.forgetTab(tabId);
  }

  private refused(d: HeadersReceivedDetails, t: RequestTrail): void {
    const observation = buildObservation(d, t);
    t.refusals++;
    t.observationId = observation.id;
    t.authSeen = false;
    const origin = originOf(d.url);
    this.store.write(d.tabId, { kind: 'observe', observation, successes: this.recent.take(d.tabId, origin) });
    this.interest.add(d.tabId, origin);
  }

  /** onCompleted of a refusal this worker has no observation of (see the file comment). */
  private settled(d: FinishedDetails & { statusCode: number }, t: RequestTrail | undefined): void {
    const observation = buildSettledObservation(d, t);
    const origin = originOf(d.url);
    this.store.write(d.tabId, { kind: 'settle', observation, successes: this.recent.take(d.tabId, origin) });
    this.interest.add(d.tabId, origin);
  }

  private succeeded(d: HeadersReceivedDetails, t: RequestTrail | undefined): void {
    const origin = originOf(d.url);
    const raw = { time: d.timeStamp, url: d.url, type: d.type, status: d.statusCode, requestHeaders: t?.requestHeaders };
    if (this.interest.any(d.tabId) && this.interest.has(d.tabId, origin)) this.store.write(d.tabId, { kind: 'success', success: toSuccess(raw) });
    else this.recent.push(d.tabId, origin, raw);
  }
}
