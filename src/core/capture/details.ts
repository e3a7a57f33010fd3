// The subset of webRequest event details capture reads, as plain types: src/core never sees the
// browser's own typings, so the same code is fed by Chromium, Firefox and the tests' fakes.

export interface HttpHeader {
  name: string;
  value?: string;
}

export interface RequestDetails {
  requestId: string;
  url: string;
  method: string;
  frameId: number;
  tabId: number;
  /** webRequest's ResourceType ("main_frame", "xmlhttprequest", "image", …). */
  type: string;
  timeStamp: number;
  /** Chromium: the origin of the document or worker that started the request ("null" when opaque). */
  initiator?: string;
  /** Firefox: the URL of the resource that started the request. */
  originUrl?: string;
  /** Firefox: the URL of the document the request belongs to. */
  documentUrl?: string;
  /** Firefox: the frames above the request's frame, nearest first; the last one is the top document. */
  frameAncestors?: Array<{ url: string; frameId: number }>;
  /** Firefox: the cookie jar (container) of the request. */
  cookieStoreId?: string;
}

export interface SendHeadersDetails extends RequestDetails {
  requestHeaders?: HttpHeader[];
}

export interface HeadersReceivedDetails extends RequestDetails {
  statusCode: number;
  statusLine: string;
  responseHeaders?: HttpHeader[];
  /** onErrorOccurred: the browser's error ("net::ERR_FAILED", "NS_ERROR_DOM_BAD_URI", …). */
  error?: string;
}

export interface AuthRequiredDetails extends HeadersReceivedDetails {
  scheme: string;
  realm?: string;
  isProxy: boolean;
}

/**
 * onCompleted and onErrorOccurred: the only events that say whether the response came from cache,
 * and the server's address. onCompleted also carries the final response's status and headers,
 * which is what lets it record a refusal whose onHeadersReceived a stopping worker never ran.
 */
export interface FinishedDetails extends RequestDetails {
  fromCache: boolean;
  ip?: string;
  statusCode?: number;
  statusLine?: string;
  responseHeaders?: HttpHeader[];
  /** onErrorOccurred: the browser's error ("net::ERR_FAILED", "NS_ERROR_DOM_BAD_URI", …). */
  error?: string;
}
