// The seam between the popup and the pure engine of src/core: everything the popup asks of the
// diagnosis, the URL checks and the report goes through here.
// INTERIM: until src/core/diagnosis/diagnose.ts lands, a generic ranking stands in for it.
import type { Diagnosis, DiagnosisInput, RankedCause, StepId } from '../../core/diagnosis/types.ts';

const GENERIC: ReadonlyArray<[RankedCause['id'], StepId[]]> = [
  ['url-mistake', ['check-url', 'open-last-working', 'open-home']],
  ['stale-site-data', ['clear-site-data', 'reload']],
  ['credentials-rejected', ['relogin']],
  ['extension-interference', ['check-extensions']],
  ['dns', ['flush-dns']],
  ['server-fault', ['contact-owner', 'copy-report']],
];

export function diagnose(input: DiagnosisInput): Diagnosis {
  const { observations } = input;
  const focus =
    observations.find((o) => o.id === input.focusId) ??
    observations.filter((o) => o.type === 'main_frame').at(-1) ??
    observations.at(-1) ??
    null;
  if (!focus) return { focus: null, causes: [], generic: true, headline: { id: 'popup_nothing_title' } };
  return {
    focus,
    generic: true,
    headline: { id: 'popup_headline_generic', subs: [String(focus.status)] },
    causes: GENERIC.map(([id, steps], i) => ({ id, confidence: 'low', score: GENERIC.length - i, evidence: [], steps })),
  };
}

// INTERIM: until src/core/report lands, a short report from the diagnosis itself. It holds only
// what the observation holds, which capture has already masked (no credential, no cookie value).
import type { Catalog } from '../../core/i18n/format.ts';
import { formatMessage } from '../../core/i18n/format.ts';

export function buildReports(d: Diagnosis, catalog: Catalog, attempts: readonly StepId[]): { text: string; markdown: string } {
  const f = d.focus;
  if (!f) return { text: '', markdown: '' };
  const t = (id: string) => formatMessage(catalog, { id });
  const facts: Array<[string, string]> = [
    ['URL', f.url],
    ['Time', new Date(f.time).toISOString()],
    ['Status', f.statusLine || String(f.status)],
    ...f.wwwAuthenticate.map((l): [string, string] => ['WWW-Authenticate', l]),
    ...f.proxyAuthenticate.map((l): [string, string] => ['Proxy-Authenticate', l]),
    ...(f.server ? [['Server', f.server] as [string, string]] : []),
  ];
  const causes = d.causes.map((c) => t(`cause_${c.id.replace(/-/g, '_')}_title`));
  const tried = attempts.join(', ');
  const text = [formatMessage(catalog, d.headline), '', ...facts.map(([k, v]) => `${k}: ${v}`), '', ...causes.map((c) => `- ${c}`), tried ? `\nTried: ${tried}` : ''].join('\n');
  const markdown = [`**${formatMessage(catalog, d.headline)}**`, '', ...facts.map(([k, v]) => `- ${k}: \`${v}\``), '', ...causes.map((c) => `1. ${c}`), tried ? `\nTried: ${tried}` : ''].join('\n');
  return { text, markdown };
}
