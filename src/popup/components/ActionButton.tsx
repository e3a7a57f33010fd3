// A button that runs an action once per click, disables itself while it runs, and never lets a
// rejected promise escape (a failure shows as the card's message instead).
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { usePrimaryAllowed } from '../state/primary.ts';

interface Props {
  action: string;
  run(): unknown;
  children: ComponentChildren;
  /** The card's main action: filled only on the first offered card (PrimaryContext). */
  primary?: boolean;
  /** Set when the button is not a step id of its own (data-action is for steps only). */
  plain?: boolean;
}

export function ActionButton({ action, run, children, primary = false, plain = false }: Props) {
  const [busy, setBusy] = useState(false);
  const allowed = usePrimaryAllowed();
  const filled = primary && allowed;
  const onClick = () => {
    // Called synchronously so that run() may ask for a permission inside the user's gesture.
    const result = run();
    if (result instanceof Promise) {
      setBusy(true);
      result.catch(() => undefined).finally(() => setBusy(false));
    }
  };
  return (
    <button
      type="button"
      class={filled ? 'primary' : undefined}
      {...(plain ? { 'data-control': action } : { 'data-action': action })}
      aria-busy={busy}
      disabled={busy}
      onClick={onClick}
    >
      {children}
    </button>
  );
}
