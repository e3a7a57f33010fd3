// The `401-doctor <url>` command without its output: request the URL (redirects by hand), build
// the Observation capture would have recorded, and run the same engine the popup runs.
import { diagnose } from '../core/diagnosis/diagnose.ts';
import type { Diagnosis, DiagnosisInput, Os } from '../core/diagnosis/types.ts';
import type { Observation } from '../core/observation.ts';
import { maskUrl } from '../core/url/mask.ts';
import { analyseField, type FieldAnalysis } from './analysis.ts';
import type { DiagnoseCommand } from './args.ts';
import { CliFailure } from './errors.ts';
import { isAuthFailure, observationOf } from './observe.ts';
import { probeOf } from './probe.ts';
import { fetchFollowing } from './redirects.ts';
import { terminalWalk, type TerminalWalk } from './walk.ts';
import { parseProxy, parseTarget } from './target.ts';

export interface DiagnoseOutcome {
  /** The URL as given, masked. */
  url: string;
  method: string;
  proxy: string | null;
  observation: Observation;
  hops: { url: string; status: number; location: string }[];
  fields: FieldAnalysis[];
  authFailure: boolean;
  /** Null when nothing was refused: the engine has nothing to explain. */
  diagnosis: Diagnosis | null;
  /** The steps for a terminal, each once; empty when nothing was refused. */
  walk: TerminalWalk;
}

export function osOf(platform: string): Os {
  const map: Readonly<Record<string, Os>> = { win32: 'win', darwin: 'mac', linux: 'linux', openbsd: 'openbsd', android: 'android' };
  return map[platform] ?? 'other';
}

export interface DiagnoseDeps {
  now(): number;
  platform: string;
}

export async function diagnoseUrl(cmd: DiagnoseCommand, deps: DiagnoseDeps): Promise<DiagnoseOutcome> {
  const target = parseTarget(cmd.url, cmd.headers);
  const proxy = parseProxy(cmd.proxy);
  const headers = target.authorization ? [target.authorization, ...cmd.headers] : [...cmd.headers];
  const signal = AbortSignal.timeout(cmd.timeoutMs);
  let result;
  try {
    result = await fetchFollowing({ url: target.url, method: cmd.method, headers, body: cmd.data, proxy, signal });
  } catch (e) {
    // A timeout can surface as a reset socket when the signal fires mid-read: the signal knows.
    if (signal.aborted && e instanceof CliFailure && e.code !== 'timeout') {
      throw new CliFailure('timeout', { id: 'cli_error_timeout', subs: [target.url.host] });
    }
    throw e;
  }
  const time = deps.now();
  const observation = observationOf(result, target.given, time);
  const fields: FieldAnalysis[] = [];
  if (observation.wwwAuthenticate.length > 0) fields.push(analyseField('WWW-Authenticate', observation.wwwAuthenticate));
  if (observation.proxyAuthenticate.length > 0) fields.push(analyseField('Proxy-Authenticate', observation.proxyAuthenticate));
  const authFailure = isAuthFailure(observation);
  const os = osOf(deps.platform);
  const input: DiagnosisInput = {
    observations: [observation],
    successes: [],
    probe: probeOf(observation.url, observation.contentType, result.final.body),
    // The CLI's cookie jar is what the user passed: those are the site's cookies it knows.
    siteCookieNames: observation.credentials.cookieNames,
    os,
    tabUrl: observation.url,
    extensions: null,
    attempts: [],
    now: time,
  };
  const diagnosis = authFailure ? diagnose(input) : null;
  return {
    url: maskUrl(target.given),
    method: cmd.method,
    proxy: proxy === null ? null : maskUrl(proxy.href),
    observation,
    hops: result.hops.map((h) => ({ url: maskUrl(h.url.href), status: h.status, location: maskUrl(h.location) })),
    fields,
    authFailure,
    diagnosis,
    walk: diagnosis ? terminalWalk(diagnosis, input, os) : { steps: [], fallbackSteps: [] },
  };
}
