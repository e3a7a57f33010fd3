export { explainChallenge } from './explain.ts';
export { SCHEMES, schemeInfo, schemeKnowledge } from './catalog.ts';
export { isRegistryChallenge } from './bearer.ts';
export { RESOURCE_ERROR_NOTES } from './oauth-errors.ts';
export type { ChallengeExplanation, ParamExplanation, SchemeInfo, SchemeKnowledge } from './types.ts';
