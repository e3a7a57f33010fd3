// The --json output: one object per run, documented field by field in docs/cli-json.md. Ids are
// stable for scripts; each text also comes localised ("text") so a CI log can show it as is.
// Bump JSON_VERSION on any change that is not purely additive.
import type { Catalog } from '../core/i18n/format.ts';
import { formatMessage } from '../core/i18n/format.ts';
import type { CauseId, Confidence, Message, StepId } from '../core/diagnosis/types.ts';
import type { FieldAnalysis, FieldName } from './analysis.ts';
import type { DiagnoseOutcome } from './diagnose-url.ts';
import type { CliFailure, FailureCode } from './errors.ts';
import type { TerminalStep } from './walk.ts';
import { causeTitle, stepText, stepTitle } from './text-ids.ts';

export const JSON_VERSION = 1;

export interface TextJson {
  id: string;
  subs: string[];
  text: string;
}

export interface ChallengeJson {
  field: FieldName;
  scheme: string;
  rawScheme: string;
  token68: string | null;
  params: { name: string; value: string; meaning: TextJson | null; note: TextJson | null }[];
  schemeInfo: { name: string; reference: string; referenceUrl: string; registered: boolean; summary: TextJson } | null;
}

export interface ErrorJson extends TextJson {
  field: FieldName;
  /** UTF-16 offset into the field's lines joined with ", " (RFC 9110 §5.3). */
  offset: number;
}

export interface ProblemJson extends TextJson {
  field: FieldName;
  /** Index into `challenges`. */
  challenge: number;
}

export interface CauseJson {
  rank: number;
  id: CauseId;
  confidence: Confidence;
  title: TextJson;
  evidence: TextJson[];
  steps: { id: StepId; title: TextJson; text: TextJson }[];
}

/** A step for a terminal user (src/cli/walk.ts): each once, worded for the command line. */
export interface StepJson {
  id: StepId;
  title: TextJson;
  text: TextJson;
  /** A command to type, such as the OS's DNS flush; null for most steps. */
  command: TextJson | null;
}

export interface AnalysisJson {
  fields: { name: FieldName; lines: string[] }[];
  challenges: ChallengeJson[];
  errors: ErrorJson[];
  problems: ProblemJson[];
}

export interface DiagnoseJson extends AnalysisJson {
  tool: '401-doctor';
  version: number;
  command: 'diagnose';
  lang: string;
  exitCode: number;
  request: { url: string; method: string; proxy: string | null; authorizationScheme: string | null; cookieNames: string[] };
  status: number;
  statusText: string;
  url: string;
  authFailure: boolean;
  redirects: { url: string; status: number; location: string }[];
  server: string | null;
  retryAfter: string | null;
  headline: TextJson | null;
  generic: boolean;
  causes: CauseJson[];
  /** The steps to try, in order, each once (the causes' own lists may repeat a step). */
  steps: StepJson[];
  /** "If nothing else helped": the generic steps the evidence did not call for. */
  fallbackSteps: StepJson[];
}

export interface ExplainJson {
  tool: '401-doctor';
  version: number;
  command: 'explain';
  lang: string;
  exitCode: number;
  inputs: (AnalysisJson & { input: string })[];
}

export interface FailureJson {
  tool: '401-doctor';
  version: number;
  command: 'diagnose' | 'explain';
  lang: string;
  exitCode: number;
  error: { code: FailureCode } & TextJson;
}

export function textJson(catalog: Catalog, m: Message): TextJson {
  return { id: m.id, subs: [...(m.subs ?? [])], text: formatMessage(catalog, m) };
}

export function analysisJson(catalog: Catalog, fields: readonly FieldAnalysis[]): AnalysisJson {
  const out: AnalysisJson = { fields: [], challenges: [], errors: [], problems: [] };
  for (const f of fields) {
    out.fields.push({ name: f.field, lines: [...f.lines] });
    for (const e of f.errors) out.errors.push({ field: f.field, offset: e.offset, ...textJson(catalog, { id: e.id, subs: e.subs ?? [] }) });
    for (const { challenge, explanation } of f.challenges) {
      const index = out.challenges.length;
      const info = explanation.scheme;
      out.challenges.push({
        field: f.field,
        scheme: challenge.scheme,
        rawScheme: challenge.rawScheme,
        token68: challenge.token68,
        params: explanation.params.map((p) => ({
          name: p.name,
          value: p.value,
          meaning: p.meaning && textJson(catalog, p.meaning),
          note: p.valueNote && textJson(catalog, p.valueNote),
        })),
        schemeInfo: info && {
          name: info.name,
          reference: info.reference,
          referenceUrl: info.referenceUrl,
          registered: info.registered,
          summary: textJson(catalog, { id: info.summary }),
        },
      });
      for (const p of explanation.problems) out.problems.push({ field: f.field, challenge: index, ...textJson(catalog, p) });
    }
  }
  return out;
}

export function diagnoseJson(catalog: Catalog, lang: string, o: DiagnoseOutcome, exitCode: number): DiagnoseJson {
  const obs = o.observation;
  const d = o.diagnosis;
  return {
    tool: '401-doctor',
    version: JSON_VERSION,
    command: 'diagnose',
    lang,
    exitCode,
    request: {
      url: o.url,
      method: o.method,
      proxy: o.proxy,
      authorizationScheme: obs.credentials.authorizationScheme,
      cookieNames: [...obs.credentials.cookieNames],
    },
    status: obs.status,
    statusText: obs.statusLine.replace(/^HTTP\/\S+ \d+ ?/, ''),
    url: obs.url,
    authFailure: o.authFailure,
    redirects: o.hops,
    server: obs.server,
    retryAfter: obs.retryAfter,
    ...analysisJson(catalog, o.fields),
    headline: d ? textJson(catalog, d.headline) : null,
    generic: d?.generic ?? false,
    causes: (d?.causes ?? []).map((c, i) => ({
      rank: i + 1,
      id: c.id,
      confidence: c.confidence,
      title: textJson(catalog, { id: causeTitle(c.id) }),
      evidence: c.evidence.map((e) => textJson(catalog, e.message)),
      steps: c.steps.map((s) => ({ id: s, title: textJson(catalog, { id: stepTitle(s) }), text: textJson(catalog, { id: stepText(s) }) })),
    })),
    steps: o.walk.steps.map((s) => stepJson(catalog, s)),
    fallbackSteps: o.walk.fallbackSteps.map((s) => stepJson(catalog, s)),
  };
}

function stepJson(catalog: Catalog, s: TerminalStep): StepJson {
  return { id: s.id, title: textJson(catalog, s.title), text: textJson(catalog, s.text), command: s.command && textJson(catalog, s.command) };
}

export function explainJson(catalog: Catalog, lang: string, inputs: readonly { input: string; fields: FieldAnalysis[] }[], exitCode: number): ExplainJson {
  return {
    tool: '401-doctor',
    version: JSON_VERSION,
    command: 'explain',
    lang,
    exitCode,
    inputs: inputs.map((i) => ({ input: i.input, ...analysisJson(catalog, i.fields) })),
  };
}

export function failureJson(catalog: Catalog, lang: string, command: 'diagnose' | 'explain', f: CliFailure): FailureJson {
  return { tool: '401-doctor', version: JSON_VERSION, command, lang, exitCode: f.exitCode, error: { code: f.code, ...textJson(catalog, f.text) } };
}
