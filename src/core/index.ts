// The public surface of src/core for the popup, the background and the CLI.
export * from './challenge/index.ts';
export * from './schemes/index.ts';
export * from './diagnosis/index.ts';
export * from './servers/index.ts';
export * from './report/index.ts';
export { checkUrl } from './url/checks.ts';
export type { UrlCheck, UrlCheckInput, UrlIssue, UrlIssueKind, UrlSegment, WorkedUrl } from './url/checks.ts';
