// Writes text to the clipboard from a click. The async Clipboard API needs a focused document;
// an extension popup that lost focus (or an old Firefox) falls back to a selected textarea.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    // execCommand is deprecated but is the only synchronous fallback extension pages still have.
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}
