// Registers the webRequest listeners, synchronously, as the worker starts: MV3 only wakes a
// stopped worker for events whose listeners were added in its first turn.
import type { WebRequestEvent, WebRequestPort } from '../ports.ts';
import type { CaptureHandlers } from './handlers.ts';

const ALL = { urls: ['<all_urls>'] };

/**
 * Chromium hides the request's Cookie header unless "extraHeaders" is asked for (Chrome 72+);
 * Firefox shows it anyway and rejects the option, so it is asked for only where it exists.
 */
export function sendHeadersSpec(webRequest: WebRequestPort): string[] {
  const options = webRequest.OnSendHeadersOptions;
  const hasExtra = options !== undefined && Object.values(options).includes('extraHeaders');
  return hasExtra ? ['requestHeaders', 'extraHeaders'] : ['requestHeaders'];
}

/** One refused registration (an engine without an event or option) must not cost the others. */
function listen<D>(event: WebRequestEvent<D>, listener: (d: D) => void, spec?: string[], fallback?: string[]): void {
  try {
    event.addListener(listener, ALL, spec);
  } catch (e) {
    if (!fallback) {
      console.warn(`[401 Doctor] a webRequest listener could not be registered: ${String(e)}`);
      return;
    }
    listen(event, listener, fallback);
  }
}

export function registerCapture(webRequest: WebRequestPort, h: CaptureHandlers): void {
  // An engine that lists extraHeaders but refuses it: cookie names are then missing, nothing else.
  listen(webRequest.onSendHeaders, h.onSendHeaders, sendHeadersSpec(webRequest), ['requestHeaders']);
  // WWW-Authenticate, Server, Location and friends need no extraHeaders (only Set-Cookie would).
  listen(webRequest.onHeadersReceived, h.onHeadersReceived, ['responseHeaders']);
  listen(webRequest.onAuthRequired, h.onAuthRequired, ['responseHeaders']);
  // Only these two say fromCache and the server's address; they also end the request's trail.
  // onCompleted's headers let it record a refusal a stopped worker lost (see capture/handlers.ts).
  listen(webRequest.onCompleted, h.onFinished, ['responseHeaders'], []);
  listen(webRequest.onErrorOccurred, h.onFinished);
}
