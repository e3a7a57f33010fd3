import { useState } from 'preact/hooks';
import { copyText } from '../../platform/clipboard.ts';
import { useT } from '../state/i18n-context.ts';
import { ActionButton } from './ActionButton.tsx';

interface Props {
  action: string;
  label: string;
  text: () => string | Promise<string>;
  plain?: boolean;
  primary?: boolean;
}

export function CopyButton({ action, label, text, plain = false, primary = false }: Props) {
  const t = useT();
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');
  return (
    <span class="copy">
      <ActionButton action={action} plain={plain} primary={primary} run={async () => setState((await copyText(await text())) ? 'copied' : 'failed')}>
        {label}
      </ActionButton>
      <span role="status" class="muted">
        {state === 'copied' ? t('popup_copied') : state === 'failed' ? t('popup_copy_failed') : ''}
      </span>
    </span>
  );
}
