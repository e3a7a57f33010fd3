// The popup's URL parameters: `?tab=<id>` explains that tab instead of the active one (tests open
// the popup as a page), `?lang=ru` shows another language (tests, demo screenshots).
export interface PopupQuery {
  tabId: number | null;
  lang: string | null;
}

export function readQuery(search: string): PopupQuery {
  const params = new URLSearchParams(search);
  const tab = params.get('tab');
  const tabId = tab !== null && /^\d+$/.test(tab) ? Number(tab) : null;
  return { tabId, lang: params.get('lang') };
}
