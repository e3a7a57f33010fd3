// The diagnosis of one refused request: the answer, the steps, the other causes, then the
// details for site owners (the challenge) and the list of refused requests.
import { useMemo } from 'preact/hooks';
import type { Challenge } from '../../core/challenge/types.ts';
import { parseChallenges } from '../../core/challenge/index.ts';
import type { Diagnosis } from '../../core/diagnosis/types.ts';
import type { Observation } from '../../core/observation.ts';
import { pageOf, successesOf } from '../../core/view/selection.ts';
import { buildReportLazily } from '../state/engine.ts';
import type { PopupState } from '../state/use-popup.ts';
import { StepEnvContext, type StepEnv } from '../state/step-env.ts';
import { ChallengeSection } from './ChallengeSection.tsx';
import { Headline } from './Headline.tsx';
import { OtherCauses } from './OtherCauses.tsx';
import { RequestsList } from './RequestsList.tsx';
import { StepList } from './StepList.tsx';

interface Props {
  state: PopupState;
  diagnosis: Diagnosis;
  focus: Observation;
}

export function DiagnosisView({ state, diagnosis, focus }: Props) {
  const data = state.data!;
  const record = data.reply?.record ?? null;
  const [top, ...rest] = diagnosis.causes;
  const env = useMemo<StepEnv>(() => {
    const challenges: Challenge[] = parseChallenges(focus.status === 407 ? focus.proxyAuthenticate : focus.wwwAuthenticate).challenges;
    return {
      tabId: data.tab!.id,
      focus,
      family: data.family,
      os: data.os,
      challenges,
      seenUrls: [record?.previous, record?.current].flatMap((p) => [...(p?.observations ?? []), ...(p?.successes ?? [])].map((o) => o.url)),
      successes: successesOf(record),
      diagnosis,
      extensions: data.extensions,
      setExtensions: state.setExtensions,
      report: (format) => buildReportLazily(diagnosis, state.input!, data.catalog, data.locale, format),
      done: state.done,
    };
  }, [diagnosis, data]);
  if (!top) return null;
  return (
    <StepEnvContext.Provider value={env}>
      <Headline diagnosis={diagnosis} top={top} />
      <StepList causes={diagnosis.causes} />
      <OtherCauses causes={rest} />
      <ChallengeSection focus={focus} />
      <RequestsList
        pages={[
          ['current', pageOf(record, 'current')],
          ['previous', pageOf(record, 'previous')],
        ]}
        selection={state.selection}
        focusId={focus.id}
        locale={data.locale}
        onSelect={state.select}
      />
    </StepEnvContext.Provider>
  );
}
