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
}

export interface SendHeadersDetails extends RequestDetails {
  requestHeaders?: HttpHeader[];
}

export interface HeadersReceivedDetails extends RequestDetails {
  statusCode: number;
  statusLine: string;
  responseHeaders?: HttpHeader[];
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
}
