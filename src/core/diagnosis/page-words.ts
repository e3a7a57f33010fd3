// Phrases of error pages (the page probe: title and the start of the text) that point to a cause
// other than the credentials themselves. English and Russian, since the popup reads pages in both.
// Each kind maps to one cause of ../shared/design/causes.md.

export type PageSignal = 'rate-limit' | 'ip-blocked' | 'account-banned' | 'account-locked' | 'maintenance' | 'region-blocked';

const PAGE_WORDS: readonly { signal: PageSignal; pattern: RegExp }[] = [
  { signal: 'rate-limit', pattern: /\btoo many (requests|attempts|failed (login )?attempts|login attempts)\b|\brate.?limit(ed)?\b|слишком много (запросов|попыток)/i },
  { signal: 'ip-blocked', pattern: /\b(your )?ip( address)?\b[^.]{0,40}\b(blocked|banned|denied|blacklisted|blocklisted|restricted)\b|ваш (ip|ip-адрес|адрес)[^.]{0,40}заблокирован/i },
  { signal: 'account-banned', pattern: /\b(account|user)\b[^.]{0,30}\b(banned|suspended)\b|(аккаунт|учётная запись|учетная запись)[^.]{0,30}(забанен|приостановлен)/i },
  { signal: 'account-locked', pattern: /\b(account|user)\b[^.]{0,30}\b(locked|disabled|deactivated|inactive)\b|(аккаунт|учётная запись|учетная запись)[^.]{0,30}(заблокирован|отключен|отключён|деактивирован)/i },
  { signal: 'maintenance', pattern: /\b(under|down for|in) maintenance\b|\bmaintenance mode\b|технические работы|на обслуживании/i },
  { signal: 'region-blocked', pattern: /\bnot available in your (country|region|location)\b|недоступ\S* в вашей (стране|регионе)/i },
];

const MAX_TEXT = 4000;

/** Every signal the page's title or text carries, in table order. */
export function pageSignals(title: string, text: string): PageSignal[] {
  const t = `${title}\n${text.slice(0, MAX_TEXT)}`;
  return PAGE_WORDS.filter((w) => w.pattern.test(t)).map((w) => w.signal);
}
