// A mistyped address or an outdated link: the URL checks of src/core/url/checks.ts, each worth
// what it proves. A near miss of a path that worked is the strongest sign; a redirect into the
// refusal says the link that was followed is probably out of date.
import { ev, type CauseDefinition } from '../cause.ts';
import type { UrlIssueKind } from '../../url/checks.ts';
import type { Confidence, Evidence, StepId } from '../types.ts';

const WEIGHT: Readonly<Record<UrlIssueKind, { score: number; confidence: Confidence }>> = {
  'case-differs': { score: 76, confidence: 'high' },
  'similar-path': { score: 72, confidence: 'high' },
  redirected: { score: 66, confidence: 'medium' },
  'credentials-in-url': { score: 62, confidence: 'medium' },
  'http-not-https': { score: 60, confidence: 'medium' },
  'trailing-punctuation': { score: 58, confidence: 'medium' },
  'double-slash': { score: 55, confidence: 'medium' },
  'odd-characters': { score: 55, confidence: 'medium' },
};

export function urlIssueEvidenceId(kind: UrlIssueKind): string {
  return `ev_url_${kind.replace(/-/g, '_')}`;
}

export const urlMistake: CauseDefinition = {
  id: 'url-mistake',
  steps: ['check-url', 'open-last-working', 'open-home'],
  detect(ctx) {
    if (ctx.isProxy) return null;
    const { issues, lastWorking } = ctx.urlCheck;
    if (issues.length === 0) return null;
    const id = ctx.focus.id;
    let best = WEIGHT[issues[0]!.kind];
    const evidence: Evidence[] = [];
    for (const issue of issues) {
      if (WEIGHT[issue.kind].score > best.score) best = WEIGHT[issue.kind];
      evidence.push(ev(urlIssueEvidenceId(issue.kind), issue.detail === null ? [] : [issue.detail], id));
    }
    // Several independent signs add up, a little.
    const score = Math.min(90, best.score + 3 * (issues.length - 1));
    const steps: StepId[] = lastWorking ? ['check-url', 'open-last-working', 'open-home'] : ['check-url', 'open-home'];
    return { score, confidence: best.confidence, evidence, steps };
  },
};
