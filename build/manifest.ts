// One top-level manifest.json is the source of truth; each browser gets the keys it understands.
// Chromium warns about background.scripts and browser_specific_settings; Firefox MV3 runs
// background.scripts as an event page and ignores service_worker (platform-notes.md).
export type Target = 'chrome' | 'firefox';
type Json = Record<string, unknown>;

export function manifestFor(source: Json, target: Target, version: string): Json {
  const m: Json = structuredClone(source);
  m.version = version;
  const background = { ...(m.background as Json) };
  if (target === 'chrome') {
    delete background.scripts;
    delete m.browser_specific_settings;
  } else {
    delete background.service_worker;
  }
  m.background = background;
  return m;
}
