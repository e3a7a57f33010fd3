// Every scheme the extension can explain, by the lowercased name parseChallenges gives.
import type { SchemeInfo, SchemeKnowledge } from './types.ts';
import { basic, xbasic } from './basic.ts';
import { bearer } from './bearer.ts';
import { digest } from './digest.ts';
import { dpop } from './dpop.ts';
import { gnap } from './gnap.ts';
import { concealed, hoba, privateToken, vapid } from './key-proof.ts';
import { mutual, scramSha1, scramSha256 } from './password-proof.ts';
import { aws4, hawk, oauth1, signature } from './signed-requests.ts';
import { kerberos, negotiate, ntlm } from './windows.ts';

export const SCHEMES: readonly SchemeKnowledge[] = [
  basic,
  bearer,
  concealed,
  digest,
  dpop,
  gnap,
  hoba,
  mutual,
  negotiate,
  oauth1,
  privateToken,
  scramSha1,
  scramSha256,
  vapid,
  ntlm,
  kerberos,
  aws4,
  hawk,
  signature,
  xbasic,
];

const byId = new Map(SCHEMES.map((k) => [k.info.id, k]));

export function schemeKnowledge(scheme: string): SchemeKnowledge | null {
  return byId.get(scheme.toLowerCase()) ?? null;
}

export function schemeInfo(scheme: string): SchemeInfo | null {
  return schemeKnowledge(scheme)?.info ?? null;
}
