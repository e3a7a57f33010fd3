// The seam between the popup and the pure engine of src/core. The report builder is loaded only
// when a report is asked for: it is not needed for the first paint (30 KB gzipped budget).
import type { Diagnosis, DiagnosisInput } from '../../core/diagnosis/types.ts';
import type { Catalog, Locale } from '../../core/i18n/format.ts';
import type { ReportFormat } from '../../core/report/index.ts';

export { diagnose } from '../../core/diagnosis/diagnose.ts';

export async function buildReportLazily(
  diagnosis: Diagnosis,
  input: DiagnosisInput,
  catalog: Catalog,
  locale: Locale,
  format: ReportFormat,
): Promise<string> {
  const { buildReport } = await import('../../core/report/index.ts');
  return buildReport(diagnosis, input, catalog, { format, locale });
}
