// The kind of each refused request in words ("page", "script call") instead of webRequest's raw
// ResourceType (main_frame, xmlhttprequest). Chromium's types (chrome.webRequest.ResourceType)
// and the extra ones Firefox reports (webRequest.ResourceType on MDN); any other is "other".
export const REQUEST_TYPES = [
  'main_frame',
  'sub_frame',
  'stylesheet',
  'script',
  'image',
  'font',
  'object',
  'xmlhttprequest',
  'ping',
  'csp_report',
  'media',
  'websocket',
  'webtransport',
  'webbundle',
  'other',
  // Firefox only.
  'beacon',
  'imageset',
  'object_subrequest',
  'speculative',
  'web_manifest',
  'xml_dtd',
  'xslt',
  'json',
] as const;

const KNOWN: ReadonlySet<string> = new Set(REQUEST_TYPES);

/** The message id of a request type's name (src/locales/<lang>/request-types.json). */
export function requestTypeId(type: string): string {
  return `type_${KNOWN.has(type) ? type : 'other'}`;
}
