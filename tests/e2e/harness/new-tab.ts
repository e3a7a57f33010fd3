// Opening a tab through the automation library says nothing of the extension's tab id, so both
// harnesses (Chromium and Firefox) tell it apart the same way: the one id that was not there before.
export async function openTabWithId<P>(
  listIds: () => Promise<number[]>,
  open: () => Promise<P>,
  tries: number,
): Promise<{ page: P; tabId: number }> {
  const before = new Set(await listIds());
  const page = await open();
  for (let i = 0; i < tries; i++) {
    const fresh = (await listIds()).filter((id) => !before.has(id));
    if (fresh.length === 1) return { page, tabId: fresh[0]! };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('could not tell the new tab\'s id');
}
