// The diagnosis engine's public surface.
export { diagnose } from './diagnose.ts';
export { orderedSteps, causeKey } from './headline.ts';
export { stepTexts, flushDnsCommand, browserDnsPage } from './steps.ts';
export type { StepTexts } from './steps.ts';
export { CAUSES } from './causes/index.ts';
export type { CauseDefinition, Finding } from './cause.ts';
export { GENERIC_ORDER } from './generic.ts';
export { SERVER_WORDS, GENERIC_WORDS, classifyTokenText } from './server-words.ts';
export type { TokenProblem, WordingRow, WordingMatch } from './server-words.ts';
export { pageSignals } from './page-words.ts';
export type { PageSignal } from './page-words.ts';
export * from './types.ts';
