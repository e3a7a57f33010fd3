// A snippet to paste elsewhere (a policy file, a server's configuration), with its copy button.
import { useT } from '../../state/i18n-context.ts';
import { CopyButton } from '../CopyButton.tsx';

export function CodeBlock({ action, label, code, primary = false }: { action: string; label: string; code: string; primary?: boolean }) {
  const t = useT();
  return (
    <div data-code={action}>
      <p class="code-label">{label}</p>
      <pre class="code">{code}</pre>
      <CopyButton action={action} plain={!primary} primary={primary} label={t('popup_copy_code')} text={() => code} />
    </div>
  );
}
