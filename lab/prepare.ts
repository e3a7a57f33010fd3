// Turns a scenario's declarative `arrange` steps into browser actions, for the e2e tests and the demo.
import type { LabPage, LabStep, Scenario } from './types.ts';

interface FetchStep {
  path: string;
  method: string;
  headers: Record<string, string>;
  form: Record<string, string> | null;
}

export function arrangeInPage(steps: readonly LabStep[]): (page: LabPage, origin: string) => Promise<void> {
  return async (page, origin) => {
    for (const step of steps) {
      if (step.method === 'GET' && !step.headers) {
        await page.goto(`${origin}${step.path}`);
        continue;
      }
      // A POST (or a GET with headers) runs as a same-origin fetch from a page of the site, so the
      // browser stores its Set-Cookie and sends the site's cookies, as a form submit would.
      if (!page.url().startsWith(`${origin}/`)) await page.goto(`${origin}/store/page`);
      const arg: FetchStep = {
        path: step.path,
        method: step.method,
        headers: { ...step.headers },
        form: step.form ? { ...step.form } : null,
      };
      await page.evaluate(async (s: FetchStep) => {
        const r = await fetch(s.path, {
          method: s.method,
          headers: s.headers,
          ...(s.form ? { body: new URLSearchParams(s.form) } : {}),
        });
        return r.status;
      }, arg);
    }
  };
}

/**
 * Runs inside the page (hand it to the page's evaluate): posts `form` to `path` as a real form, so
 * the tab navigates to the answer the way a person's sign-in would, unlike the fetch of an arranged step.
 */
export function submitFormInPage({ path, form }: { path: string; form: Readonly<Record<string, string>> }): void {
  const f = document.createElement('form');
  f.method = 'post';
  f.action = path;
  for (const [k, v] of Object.entries(form)) {
    const i = document.createElement('input');
    i.name = k;
    i.value = v;
    f.append(i);
  }
  document.body.append(f);
  f.submit();
}

export function withPrepare(scenario: Scenario): Scenario {
  return scenario.arrange.length > 0 ? { ...scenario, prepare: arrangeInPage(scenario.arrange) } : scenario;
}
