// The diagnosis of one refused request: what the last "done — still broken?" changed, whether the
// page works now, the answer, the steps, the other causes, then the details for site owners and
// developers (the request as curl, the challenge) and the list of refused requests. All of it comes
// ready-made in the view the background built (src/core/view/build-view.ts).
import { useMemo } from 'preact/hooks';
import type { Observation } from '../../core/observation.ts';
import type { View } from '../../core/view/schema.ts';
import { getReport } from '../../platform/background-client.ts';
import type { PopupState } from '../state/use-popup.ts';
import { StepEnvContext, type StepEnv } from '../state/step-env.ts';
import { hopRows } from '../logic/hops.ts';
import { serverSaid } from '../logic/server-said.ts';
import { ChallengeSection } from './ChallengeSection.tsx';
import { DeveloperSection } from './DeveloperSection.tsx';
import { Headline } from './Headline.tsx';
import { OtherCauses } from './OtherCauses.tsx';
import { Recovered } from './Recovered.tsx';
import { RequestsList } from './RequestsList.tsx';
import { StepList } from './StepList.tsx';
import { WalkStatus } from './WalkStatus.tsx';

interface Props {
  state: PopupState;
  view: View;
  focus: Observation;
}

export function DiagnosisView({ state, view, focus }: Props) {
  const data = state.data!;
  const { diagnosis } = view;
  const [top, ...rest] = diagnosis.causes;
  const env = useMemo<StepEnv>(
    () => ({
      tabId: view.tabId,
      focus,
      view,
      async report(format) {
        const text = await getReport(view.tabId, view.selection, format, data.locale);
        if (text === null) throw new Error('no report');
        return text;
      },
      done: state.done,
      refresh: state.refresh,
    }),
    [view, data],
  );
  if (!top) return <WalkStatus walk={state.walk} />;
  return (
    <StepEnvContext.Provider value={env}>
      <WalkStatus walk={state.walk} />
      {view.recovered && <Recovered recovered={view.recovered} locale={data.locale} />}
      <Headline diagnosis={diagnosis} top={top} said={serverSaid(view.challenge)} hops={hopRows(focus)} />
      <StepList steps={view.steps} fallback={view.fallbackSteps} tried={view.tried} />
      <OtherCauses causes={rest} />
      {view.curl !== null && <DeveloperSection curl={view.curl} />}
      {view.challenge && <ChallengeSection section={view.challenge} />}
      <RequestsList
        pages={[
          ['current', view.current],
          ['previous', view.previous],
        ]}
        focusId={focus.id}
        locale={data.locale}
        onSelect={state.select}
      />
    </StepEnvContext.Provider>
  );
}
