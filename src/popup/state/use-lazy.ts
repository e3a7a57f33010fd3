// Loads a module only once it is needed (a section opened, a button clicked), keeping the code
// that the first paint does not need out of the popup's initial bundle (30 KB gzipped budget).
import { useEffect, useState } from 'preact/hooks';

export function useLazy<T>(load: () => Promise<T>, needed: boolean): T | null {
  const [mod, setMod] = useState<T | null>(null);
  useEffect(() => {
    if (needed && mod === null) void load().then((m) => setMod(() => m));
  }, [needed]);
  return mod;
}
