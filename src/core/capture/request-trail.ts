// What the background remembers about one request between its events, in memory only: the
// headers it was sent with, the redirects it followed and the refusals it met. Kept so the
// listener can assemble an Observation when (and only when) a refusal arrives.
import type { Hop } from '../observation.ts';
import type { HttpHeader } from './details.ts';

export interface RequestTrail {
  /** The headers of the latest send, by reference: parsed only if the response is refused. */
  requestHeaders: HttpHeader[] | undefined;
  /** How many times the request was sent: more than once when the browser restarted it (auth, redirect). */
  sends: number;
  /** Responses seen so far; the first one of a main-frame request starts a new page. */
  responses: number;
  /** Refused responses seen so far on this requestId. */
  refusals: number;
  /** URLs that answered with a redirect, oldest first, not yet masked. */
  chain: string[];
  /** The same redirects with their status and what their request carried (URLs not yet masked). */
  hops: Hop[];
  /** The URL of the latest send this worker watched: a response for another URL was not watched. */
  lastSentUrl: string | null;
  /** The observation made from the latest refusal, for onAuthRequired and onCompleted to amend. */
  observationId: string | null;
  /** Whether the latest refusal already carries its onAuthRequired. */
  authSeen: boolean;
}

export function newTrail(): RequestTrail {
  return { requestHeaders: undefined, sends: 0, responses: 0, refusals: 0, chain: [], hops: [], lastSentUrl: null, observationId: null, authSeen: false };
}

/** Bounded map of trails: requests that never finish (a tab closed mid-load) must not grow it forever. */
export class TrailMap {
  private readonly trails = new Map<string, RequestTrail>();
  constructor(private readonly capacity = 2000) {}

  get size(): number {
    return this.trails.size;
  }

  get(requestId: string): RequestTrail | undefined {
    return this.trails.get(requestId);
  }

  /** The trail of a request, created if absent; the oldest trail goes when the map is full. */
  open(requestId: string): RequestTrail {
    let t = this.trails.get(requestId);
    if (!t) {
      if (this.trails.size >= this.capacity) {
        const oldest = this.trails.keys().next().value;
        if (oldest !== undefined) this.trails.delete(oldest);
      }
      t = newTrail();
      this.trails.set(requestId, t);
    }
    return t;
  }

  delete(requestId: string): void {
    this.trails.delete(requestId);
  }
}
