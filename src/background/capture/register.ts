// Registers the webRequest listeners, synchronously, as the worker starts: MV3 only wakes a
// stopped worker for events whose listeners were added in its first turn.
import type { WebRequestPort } from '../ports.ts';
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

export function registerCapture(webRequest: WebRequestPort, h: CaptureHandlers): void {
  const spec = sendHeadersSpec(webRequest);
  try {
    webRequest.onSendHeaders.addListener(h.onSendHeaders, ALL, spec);
  } catch {
    // An engine that lists the option but refuses it: cookie names are then missing, nothing else.
    webRequest.onSendHeaders.addListener(h.onSendHeaders, ALL, ['requestHeaders']);
  }
  // WWW-Authenticate, Server, Location and friends need no extraHeaders (only Set-Cookie would).
  webRequest.onHeadersReceived.addListener(h.onHeadersReceived, ALL, ['responseHeaders']);
  webRequest.onAuthRequired.addListener(h.onAuthRequired, ALL, ['responseHeaders']);
  // Only these two say fromCache and the server's address; they also end the request's trail.
  webRequest.onCompleted.addListener(h.onFinished, ALL);
  webRequest.onErrorOccurred.addListener(h.onFinished, ALL);
}
