// What the extension knows about each authentication scheme, and the explanation it builds from it.
import type { Challenge } from '../challenge/types.ts';
import type { Message } from '../diagnosis/types.ts';

export interface SchemeInfo {
  /** The scheme as parseChallenges gives it: lowercased. */
  id: string;
  /** The scheme as its specification spells it. */
  name: string;
  /** Where it is defined, e.g. "RFC 7617" or "MS-NTLM". */
  reference: string;
  referenceUrl: string;
  /** True for the schemes of the IANA HTTP Authentication Scheme Registry. */
  registered: boolean;
  /** Message id: what the scheme is, in plain words. */
  summary: string;
}

/** One scheme's knowledge; the functions look at the whole challenge because meanings depend on it. */
export interface SchemeKnowledge {
  info: SchemeInfo;
  /** Parameter name (lowercase) → message id of what it means. */
  params: Readonly<Record<string, string>>;
  /** A meaning that depends on the rest of the challenge (e.g. a registry's realm); null = default. */
  meaningOf?(name: string, c: Challenge): string | null;
  /** A note on this value, when the value matters. */
  explainValue?(name: string, value: string, c: Challenge): Message | null;
  /** Semantic problems: the grammar is fine but the challenge breaks the scheme's rules. */
  problems?(c: Challenge): Message[];
}

export interface ParamExplanation {
  name: string;
  value: string;
  meaning: Message | null;
  valueNote: Message | null;
}

export interface ChallengeExplanation {
  scheme: SchemeInfo | null;
  params: ParamExplanation[];
  problems: Message[];
}
