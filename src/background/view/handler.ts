// Answers the popup's `view` and `report` requests (src/core/messages.ts): gathers the tab's
// record, the attempts and the browser's facts in parallel, then builds the view or the report
// with the pure code of src/core/view. The popup renders what comes back and ships no engine.
import { siteCookieNames } from '../../core/capture/site-cookies.ts';
import { diagnose } from '../../core/diagnosis/diagnose.ts';
import type { StepId } from '../../core/diagnosis/types.ts';
import { pickLocale } from '../../core/i18n/format.ts';
import type { ErrorReply } from '../../core/messages.ts';
import type { TabRecord } from '../../core/observation.ts';
import { buildReport } from '../../core/report/build.ts';
import { buildView, focusUrlOf, resolveSelection, viewInput, type ViewInputs } from '../../core/view/build-view.ts';
import type { TextReply, View } from '../../core/view/schema.ts';
import type { Selection } from '../../core/view/selection.ts';
import type { ViewSources } from './sources.ts';

export interface RecordSource {
  read(tabId: number): Promise<{ record: TabRecord; attempts: readonly StepId[] } | null>;
}

export type ViewRequest = { type: 'view'; tabId: number; selection?: Selection | undefined; extras: boolean };
export type ReportRequest = {
  type: 'report';
  tabId: number;
  selection?: Selection | undefined;
  format: 'text' | 'markdown';
  lang: string;
};

const never = <T>(p: Promise<T>, fallback: T): Promise<T> => p.catch(() => fallback);

export function createViewHandler(store: RecordSource, sources: ViewSources, now: () => number = Date.now) {
  /** Each source is optional: a failure leaves its part null, the view is still built. */
  async function gather(tabId: number, requested: Selection | null, extras: boolean): Promise<ViewInputs> {
    // The probe does not depend on the record: start it with the rest.
    const probe = extras ? never(sources.probe(tabId), null) : Promise.resolve(null);
    const extensions = extras ? never(sources.extensions(), null) : Promise.resolve(null);
    const [state, tabUrl, hostPermission, os] = await Promise.all([
      never(store.read(tabId), null),
      never(sources.tabUrl(tabId), null),
      never(sources.hostPermission(), false),
      never(sources.os(), 'other' as const),
    ]);
    const record = state?.record ?? null;
    const focusUrl = focusUrlOf(record, resolveSelection(record, requested));
    const siteCookies = extras && focusUrl ? never(sources.siteCookies(focusUrl), null) : Promise.resolve(null);
    return {
      tabId,
      record,
      attempts: state?.attempts ?? [],
      hostPermission,
      tabUrl,
      selection: requested,
      os,
      family: sources.family(),
      probe: await probe,
      siteCookies: await siteCookies,
      cookieNames: siteCookieNames(await siteCookies),
      extensions: await extensions,
      settled: extras,
      now: now(),
    };
  }

  return {
    async view(req: ViewRequest): Promise<View | ErrorReply> {
      try {
        return buildView(await gather(req.tabId, req.selection ?? null, req.extras));
      } catch (e) {
        return { ok: false, error: `view failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
    /** The report reads the whole input (probe, cookies, extensions), as a report sent to an owner should. */
    async report(req: ReportRequest): Promise<TextReply | ErrorReply> {
      try {
        const locale = pickLocale(req.lang);
        const [inputs, catalog] = await Promise.all([gather(req.tabId, req.selection ?? null, true), sources.catalog(locale)]);
        const input = viewInput(inputs);
        const diagnosis = diagnose(input);
        if (!diagnosis.focus) return { ok: false, error: 'nothing refused to report' };
        return { ok: true, text: buildReport(diagnosis, input, catalog, { format: req.format, locale }) };
      } catch (e) {
        return { ok: false, error: `report failed: ${e instanceof Error ? e.message : String(e)}` };
      }
    },
  };
}

export type ViewHandler = ReturnType<typeof createViewHandler>;
