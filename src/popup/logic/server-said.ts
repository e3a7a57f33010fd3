// What the server itself said in its challenge: the `error` and `error_description` of a Bearer
// (or DPoP) refusal (RFC 6750 §3, RFC 9449 §7.1). Shown in the headline card, where the person who
// reads the answer first also reads the server's own words.
import type { ChallengeSectionData } from '../../core/view/schema.ts';

export interface ServerSaid {
  error: string;
  description: string | null;
}

export function serverSaid(section: ChallengeSectionData | null): ServerSaid | null {
  for (const c of section?.challenges ?? []) {
    const value = (name: string) => c.params.find((p) => p.name.toLowerCase() === name)?.value ?? null;
    const error = value('error');
    if (error) return { error, description: value('error_description') };
  }
  return null;
}
