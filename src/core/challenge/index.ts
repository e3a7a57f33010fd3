export { parseChallenges } from './parse.ts';
export { formatChallenge, formatChallenges } from './format.ts';
export { combineFieldLines } from './combine.ts';
export type { CombinedField } from './combine.ts';
export type { Challenge, ParseIssue, ParseResult } from './types.ts';
