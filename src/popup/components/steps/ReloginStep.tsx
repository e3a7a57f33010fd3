// Log in again: forget the site's cookies (on Chromium this also forgets the Basic/Digest
// password it cached), then go where the site signs people in, or reload so the browser asks.
import { useState } from 'preact/hooks';
import { MASK } from '../../../core/url/mask.ts';
import { navigateTab, reloadTab } from '../../../platform/popup-tabs.ts';
import { clearSiteData } from '../../../platform/site-data.ts';
import type { SignInPlan } from '../../../core/view/sign-in.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv, type StepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

async function firstPage(urls: readonly string[]): Promise<string | null> {
  for (const url of urls) {
    try {
      const res = await fetch(url, { credentials: 'omit', redirect: 'follow', signal: AbortSignal.timeout(3000) });
      if (res.ok && (res.headers.get('content-type') ?? '').includes('text/html')) return res.url || url;
    } catch {
      // Not there: try the next usual path.
    }
  }
  return null;
}

/** A refused navigation leaves Chromium on the old URL, so "reload" must reopen the refused page itself. */
async function reopen(env: StepEnv): Promise<void> {
  const url = env.focus.url;
  if (env.focus.type === 'main_frame' && !url.includes(MASK)) await navigateTab(env.tabId, url);
  else await reloadTab(env.tabId);
}

async function relogin(env: StepEnv, plan: SignInPlan): Promise<void> {
  const scope = env.view.scope;
  if (scope) await clearSiteData(scope, true);
  if (plan.kind === 'open') return navigateTab(env.tabId, plan.url);
  if (plan.kind === 'probe') {
    const found = await firstPage(plan.urls);
    if (found) return navigateTab(env.tabId, found);
  }
  return reopen(env);
}

export function ReloginStep() {
  const t = useT();
  const env = useStepEnv();
  const plan: SignInPlan = env.view.signIn ?? { kind: 'reload' };
  const [done, setDone] = useState(false);
  const domain = env.view.scope?.domain ?? '';
  return (
    <div>
      <p>
        {plan.kind === 'open'
          ? t('popup_relogin_plan_open', domain, plan.url)
          : t(plan.kind === 'reload' ? 'popup_relogin_plan_reload' : 'popup_relogin_plan_probe', domain)}
      </p>
      {env.view.family === 'chromium' && <p class="muted">{t('popup_relogin_password_note')}</p>}
      <ActionButton
        action="relogin"
        primary
        run={async () => {
          await relogin(env, plan);
          setDone(true);
        }}
      >
        {t('popup_relogin_button')}
      </ActionButton>
      <p role="status" class={done ? 'result' : undefined} data-result={done ? 'relogin' : undefined}>
        {done ? t('popup_relogin_done') : ''}
      </p>
    </div>
  );
}
