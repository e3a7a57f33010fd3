// The report a visitor sends to the site's owner: plain text or Markdown, in the catalogue's
// language. URL, time, status, each challenge raw and parsed, the server, the ranked causes with
// their evidence, what was already tried — and never a credential (see ./scrub.ts).
import { parseChallenges } from '../challenge/index.ts';
import type { Challenge } from '../challenge/index.ts';
import { causeKey } from '../diagnosis/headline.ts';
import type { Diagnosis, DiagnosisInput, Message } from '../diagnosis/types.ts';
import { formatMessage, type Catalog, type Locale } from '../i18n/format.ts';
import { recognizeServer } from '../servers/recognize.ts';
import { maskUrl, MASK } from '../url/mask.ts';
import { maskRawLine, scrubText, shownParam } from './scrub.ts';

export type ReportFormat = 'text' | 'markdown';

export interface ReportOptions {
  format: ReportFormat;
  locale: Locale;
}

interface Writer {
  title(text: string): void;
  heading(text: string): void;
  numbered(n: number, text: string): void;
  field(label: string, value: string): void;
  item(text: string, depth?: number): void;
  code(lines: readonly string[]): void;
  para(text: string): void;
  done(): string;
}

function textWriter(): Writer {
  const out: string[] = [];
  return {
    title: (t) => out.push(t, '='.repeat(Math.min(60, t.length))),
    heading: (t) => out.push('', t.toUpperCase(), '-'.repeat(Math.min(60, t.length))),
    numbered: (n, t) => out.push(`${n}. ${t}`),
    field: (l, v) => out.push(`${l}: ${v}`),
    item: (t, d = 0) => out.push(`${' '.repeat(d * 2)}- ${t}`),
    code: (lines) => lines.forEach((l) => out.push(`    ${l}`)),
    para: (t) => out.push(t),
    done: () => `${out.join('\n').trim()}\n`,
  };
}

function markdownWriter(): Writer {
  const out: string[] = [];
  // Markdown control characters in data (a realm, a cookie name) must not restyle the report.
  const esc = (s: string) => s.replace(/([\\`*_{}[\]<>#|])/g, '\\$1');
  return {
    title: (t) => out.push(`# ${esc(t)}`, ''),
    heading: (t) => out.push('', `## ${esc(t)}`, ''),
    numbered: (n, t) => out.push(`${n}. ${esc(t)}`),
    field: (l, v) => out.push(`- **${esc(l)}:** ${esc(v)}`),
    item: (t, d = 0) => out.push(`${' '.repeat(d * 2)}- ${esc(t)}`),
    code: (lines) => out.push('```', ...lines.map((l) => l.replace(/```/g, "'''")), '```'),
    para: (t) => out.push(esc(t)),
    done: () => `${out.join('\n').trim()}\n`,
  };
}

function challengeSummary(c: Challenge): string {
  const parts = Object.entries(c.params).map(([k, v]) => `${k}=${JSON.stringify(shownParam(k, v))}`);
  if (c.token68) parts.unshift(`token68=${MASK} (${c.token68.length})`);
  return parts.length > 0 ? `${c.rawScheme}: ${parts.join(', ')}` : c.rawScheme;
}

export function buildReport(diagnosis: Diagnosis, input: DiagnosisInput, catalog: Catalog, options: ReportOptions): string {
  const t = (id: string, subs?: readonly string[]) => formatMessage(catalog, subs ? { id, subs } : { id });
  // Every substitution that came from the outside world is scrubbed before it is formatted.
  const m = (msg: Message) => formatMessage(catalog, msg.subs ? { id: msg.id, subs: msg.subs.map(scrubText) } : { id: msg.id });
  const w = options.format === 'markdown' ? markdownWriter() : textWriter();
  const f = diagnosis.focus;

  w.title(t('report_title'));
  w.para(m(diagnosis.headline));
  if (!f) return w.done();

  w.heading(t('report_request'));
  w.field(t('report_url'), maskUrl(f.url));
  w.field(t('report_time'), timeText(f.time, options.locale));
  w.field(t('report_status'), `${f.status} ${scrubText(f.statusLine)}`.trim());
  w.field(t('report_method'), `${f.method} (${f.type})`);
  if (f.redirectChain.length > 0) w.field(t('report_redirected_from'), f.redirectChain.map(maskUrl).join(' → '));
  if (input.tabUrl) w.field(t('report_tab_url'), maskUrl(input.tabUrl));
  if (f.fromCache) w.para(t('report_from_cache'));

  w.heading(t('report_server'));
  w.field(t('report_server_header'), f.server ? scrubText(f.server) : t('report_none'));
  const probe = input.probe ?? null;
  const profile = recognizeServer({ server: f.server, title: probe?.title ?? '', text: probe?.text ?? '', path: pathOf(f.url), cookieNames: f.credentials.cookieNames });
  if (profile.products.length > 0) w.field(t('report_server_recognized'), profile.products.map((p) => p.label).join(', '));
  if (profile.iis) w.field(t('report_iis_substatus'), `401.${profile.iis} — ${t(`server_iis_401_${profile.iis}`)}`);

  writeChallenges(w, t, t('report_challenges_www'), f.wwwAuthenticate);
  if (f.status === 407 || f.proxyAuthenticate.length > 0) writeChallenges(w, t, t('report_challenges_proxy'), f.proxyAuthenticate);

  w.heading(t('report_credentials'));
  if (f.credentials.requestSeen === false) {
    // Capture did not watch this request (issue 12's on-demand capture): "none" would be a claim.
    w.field(t('report_credentials_seen'), t('report_not_seen'));
  } else {
    w.field(t('report_auth_scheme'), f.credentials.authorizationScheme ? scrubText(f.credentials.authorizationScheme) : t('report_none'));
    w.field(t('report_cookies_sent'), f.credentials.cookieNames.length > 0 ? f.credentials.cookieNames.map(scrubText).join(', ') : t('report_none'));
    w.field(t('report_browser_retried'), t(`report_retried_${f.credentials.browserRetried}`));
  }
  // Issue 11 §6: of a JWT's claims the owner gets the issuer and the audience, the two settings a
  // token-misconfigured refusal is compared with; read by name, so no other claim can slip in.
  const claims = f.credentials.token ?? null;
  if (claims?.iss) w.field(t('report_token_issuer'), scrubText(claims.iss));
  if (claims && claims.aud.length > 0) w.field(t('report_token_audience'), claims.aud.map(scrubText).join(', '));

  w.heading(t('report_causes'));
  if (diagnosis.generic) w.para(t('report_generic_note'));
  diagnosis.causes.forEach((c, i) => {
    w.numbered(i + 1, `${t(`cause_${causeKey(c.id)}_title`)} — ${t(`report_confidence_${c.confidence}`)}`);
    for (const e of c.evidence) w.item(m(e.message), 2);
  });

  w.heading(t('report_tried'));
  const tried = input.attempts ?? [];
  if (tried.length === 0) w.para(t('report_none'));
  for (const s of tried) w.item(t(`step_${causeKey(s)}_title`));

  const others = input.observations.filter((o) => o !== f && o.id !== f.id);
  if (others.length > 0) {
    w.heading(t('report_other_refusals', [String(others.length)]));
    for (const o of others.slice(-10)) w.item(`${timeText(o.time, options.locale)} ${o.status} ${o.method} ${maskUrl(o.url)}`);
  }

  w.heading(t('report_privacy_heading'));
  w.para(t('report_privacy'));
  return w.done();
}

function writeChallenges(w: Writer, t: (id: string, subs?: readonly string[]) => string, title: string, lines: readonly string[]): void {
  w.heading(title);
  if (lines.length === 0) {
    w.para(t('report_challenge_none'));
    return;
  }
  const { challenges, errors } = parseChallenges(lines);
  w.para(t('report_challenge_raw'));
  w.code(lines.map((l) => maskRawLine(l, challenges)));
  w.para(t('report_challenge_parsed'));
  for (const c of challenges) w.item(challengeSummary(c));
  if (errors.length > 0) w.field(t('report_challenge_issues'), String(errors.length));
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function timeText(ms: number, locale: Locale): string {
  if (!Number.isFinite(ms)) return '?';
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return '?';
  try {
    const local = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' }).format(d);
    return `${d.toISOString()} (${local} UTC)`;
  } catch {
    return d.toISOString();
  }
}
