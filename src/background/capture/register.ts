// The listeners added synchronously as the worker starts (MV3 only wakes a stopped worker for
// events whose listeners were added in its first turn). They are the whole always-on cost of
// capture, so they are as few and as narrow as what must be seen on a first refusal (issue 12):
// - onHeadersReceived with responseHeaders (WWW-Authenticate, Server, Date…; no extraHeaders, which
//   only Set-Cookie would need) for documents, frames, fetch/XHR and "other": every 401/407 a page
//   or its app gets. Images, scripts, styles, fonts and media are filtered out in the browser process.
// - onAuthRequired, unfiltered: it fires only for challenged responses, so a Basic/Digest/NTLM/
//   Negotiate challenge on a sub-resource of any type is still seen.
// - onErrorOccurred for fetch/XHR only: it fires only on errors, and a CORS failure there is how a
//   preflight refused with 401 shows itself (Chromium hides preflights from this listener set).
// Everything else (request headers, preflights, completion facts) is asked for on demand, per tab
// and origin, once an origin has refused there (capture/watch.ts).
import type { RequestFilter, WebRequestEvent, WebRequestPort } from '../ports.ts';
import type { CaptureHandlers } from './handlers.ts';

export const ALL_URLS = ['<all_urls>'];

/** The resource types a person or an app meets a refusal on; the rest only matter when challenged. */
export const FIRST_TURN_TYPES = ['main_frame', 'sub_frame', 'xmlhttprequest', 'other'];

/**
 * Chromium hides the request's Cookie header unless "extraHeaders" is asked for (Chrome 72+);
 * Firefox shows it anyway and rejects the option, so it is asked for only where it exists.
 */
export function hasExtraHeaders(webRequest: WebRequestPort): boolean {
  const options = webRequest.OnSendHeadersOptions;
  return options !== undefined && Object.values(options).includes('extraHeaders');
}

export function sendHeadersSpec(webRequest: WebRequestPort): string[] {
  return hasExtraHeaders(webRequest) ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders'];
}

/** One refused registration (an engine without an event, type or option) must not cost the others. */
export function listen<D>(event: WebRequestEvent<D>, listener: (d: D) => void, filter: RequestFilter, spec?: string[], fallback?: string[]): boolean {
  try {
    event.addListener(listener, filter, spec);
    return true;
  } catch (e) {
    if (!fallback) {
      console.warn(`[401 Doctor] a webRequest listener could not be registered: ${String(e)}`);
      return false;
    }
    return listen(event, listener, filter, fallback);
  }
}

export function registerCapture(webRequest: WebRequestPort, h: CaptureHandlers): void {
  listen(webRequest.onHeadersReceived, h.onHeadersReceived, { urls: ALL_URLS, types: FIRST_TURN_TYPES }, ['responseHeaders']);
  listen(webRequest.onAuthRequired, h.onAuthRequired, { urls: ALL_URLS }, ['responseHeaders']);
  listen(webRequest.onErrorOccurred, h.onRequestError, { urls: ALL_URLS, types: ['xmlhttprequest'] });
}

/**
 * A worker that starts registers the watched listeners only once storage.session has answered
 * (capture/watch.ts), after its first turn; the onCompleted events Chromium queued while the worker
 * was starting would find no listener and be dropped, and with them the second chance of a refusal
 * whose onHeadersReceived went to a worker that was stopped. So the first turn also adds this
 * onCompleted, filtered like the always-on onHeadersReceived, and the caller removes it as soon as
 * the watched listeners are back: it only exists while a worker starts.
 */
export function registerStartBridge(webRequest: WebRequestPort, h: CaptureHandlers): () => void {
  const bridge = (d: Parameters<CaptureHandlers['onFinished']>[0]) => h.onFinished(d);
  const added = listen(webRequest.onCompleted, bridge, { urls: ALL_URLS, types: FIRST_TURN_TYPES }, ['responseHeaders'], []);
  return () => {
    if (added) webRequest.onCompleted.removeListener(bridge);
  };
}
