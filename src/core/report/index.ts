export { buildReport } from './build.ts';
export type { ReportFormat, ReportOptions } from './build.ts';
export { scrubText, maskRawLine } from './scrub.ts';
