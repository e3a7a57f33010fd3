// Header lookups over webRequest's header arrays. Field names are case-insensitive (RFC 9110 §5.1)
// and a field may repeat (§5.3): WWW-Authenticate in particular must be kept line by line.
import type { HttpHeader } from './details.ts';

export function headerValues(headers: readonly HttpHeader[] | undefined, name: string): string[] {
  if (!headers) return [];
  const lower = name.toLowerCase();
  const out: string[] = [];
  for (const h of headers) if (h.name.toLowerCase() === lower && h.value !== undefined) out.push(h.value);
  return out;
}

export function firstHeader(headers: readonly HttpHeader[] | undefined, name: string): string | null {
  return headerValues(headers, name)[0] ?? null;
}
