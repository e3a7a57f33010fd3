// Human output: the same facts as the JSON, laid out for a terminal. Built from the JSON objects so
// the two can never disagree.
import type { Style } from './colour.ts';
import type { Translate } from '../core/i18n/format.ts';
import type { AnalysisJson, CauseJson, DiagnoseJson, ExplainJson, StepJson } from './json.ts';
import { confidenceText } from './text-ids.ts';

function quoteIfNeeded(v: string): string {
  return /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/.test(v) ? v : JSON.stringify(v);
}

function renderAnalysis(a: AnalysisJson, t: Translate, s: Style, out: string[]): void {
  for (const f of a.fields) {
    for (const line of f.lines) out.push(`${s.bold(`${f.name}:`)} ${line}`);
  }
  a.challenges.forEach((c, i) => {
    const info = c.schemeInfo;
    const head = info ? `${c.rawScheme} (${info.reference})` : `${c.rawScheme} ${s.dim(t('cli_scheme_unknown'))}`;
    out.push(`  ${t('cli_challenge_n', String(i + 1))} ${s.cyan(head)}`);
    if (info) out.push(`    ${info.summary.text}`);
    if (c.token68 !== null) out.push(`    ${t('cli_token68')} ${c.token68}`);
    for (const p of c.params) {
      out.push(`    ${s.bold(p.name)} = ${quoteIfNeeded(p.value)}${p.meaning ? ` — ${p.meaning.text}` : ''}`);
      if (p.note) out.push(`      ${s.yellow('→')} ${p.note.text}`);
    }
    for (const p of a.problems.filter((x) => x.challenge === i)) out.push(`    ${s.yellow(t('cli_problem'))} ${p.text}`);
  });
  for (const e of a.errors) out.push(`  ${s.red(t('cli_syntax_error', String(e.offset)))} ${e.text}`);
}

function renderCause(c: CauseJson, t: Translate, s: Style, out: string[]): void {
  const conf = t(confidenceText(c.confidence));
  const colour = c.confidence === 'high' ? s.red : c.confidence === 'medium' ? s.yellow : s.dim;
  out.push(`${s.bold(`${c.rank}. ${c.title.text}`)} ${colour(`[${conf}]`)} ${s.dim(c.id)}`);
  for (const e of c.evidence) out.push(`   ${t('cli_because')} ${e.text}`);
}

/** The steps once, after the causes: a step two causes share is one thing to do, not two. */
function renderSteps(heading: string, steps: readonly StepJson[], numbered: boolean, s: Style, out: string[]): void {
  if (steps.length === 0) return;
  out.push(s.bold(heading));
  steps.forEach((step, i) => {
    out.push(`  ${s.green(numbered ? `${i + 1})` : '-')} ${step.title.text}`);
    out.push(`     ${step.text.text}`);
    if (step.command) out.push(`     $ ${s.cyan(step.command.text)}`);
  });
  out.push('');
}

export function renderDiagnose(j: DiagnoseJson, t: Translate, s: Style): string {
  const out: string[] = [];
  out.push(`${s.bold(j.request.method)} ${j.request.url}${j.request.proxy ? ` ${s.dim(t('cli_via_proxy', j.request.proxy))}` : ''}`);
  for (const r of j.redirects) out.push(`  ${s.dim(`${r.status} →`)} ${r.location}`);
  const statusColour = j.authFailure ? s.red : s.green;
  out.push(`${t('cli_status')} ${statusColour(`${j.status} ${j.statusText}`.trim())}${j.server ? `  ${s.dim(t('cli_server', j.server))}` : ''}`);
  if (j.retryAfter !== null) out.push(t('cli_retry_after', j.retryAfter));
  if (j.fields.length > 0) {
    out.push('');
    renderAnalysis(j, t, s, out);
  }
  out.push('');
  if (!j.authFailure) {
    out.push(s.green(t('cli_no_auth_failure', String(j.status))));
    return `${out.join('\n')}\n`;
  }
  if (j.headline) out.push(s.bold(j.headline.text));
  if (j.generic) out.push(s.dim(t('cli_generic')));
  out.push('');
  for (const c of j.causes) {
    renderCause(c, t, s, out);
    out.push('');
  }
  renderSteps(t('cli_steps'), j.steps, true, s, out);
  renderSteps(t('cli_fallback'), j.fallbackSteps, false, s, out);
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

export function renderExplain(j: ExplainJson, t: Translate, s: Style): string {
  const out: string[] = [];
  j.inputs.forEach((input, i) => {
    if (i > 0) out.push('');
    if (input.challenges.length === 0 && input.errors.length === 0) {
      out.push(`${s.bold(`${input.fields[0]?.name ?? 'WWW-Authenticate'}:`)} ${input.input}`);
      out.push(`  ${s.dim(t('cli_no_challenges'))}`);
      return;
    }
    renderAnalysis(input, t, s, out);
    const faulty = input.errors.length + input.problems.length;
    out.push(faulty === 0 ? `  ${s.green(t('cli_field_ok'))}` : `  ${s.yellow(t('cli_field_faulty', String(input.errors.length), String(input.problems.length)))}`);
  });
  return `${out.join('\n')}\n`;
}
