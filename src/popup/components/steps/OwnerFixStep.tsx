// The owner's fixes: the step's text, and the configuration to paste where the build has it,
// one block per server it was written for (`step_<step>_<server>_code`, or `step_<step>_code`).
import type { StepId } from '../../../core/diagnosis/types.ts';
import { useHas, useT } from '../../state/i18n-context.ts';
import { CodeBlock } from './CodeBlock.tsx';

const SERVERS: Record<string, string> = { nginx: 'nginx', express: 'Express', spring: 'Spring' };

export function OwnerFixStep({ step }: { step: StepId }) {
  const t = useT();
  const has = useHas();
  const base = `step_${step.replace(/-/g, '_')}`;
  const blocks = [
    ...Object.entries(SERVERS).map(([key, name]) => ({ id: `${base}_${key}_code`, label: t('popup_code_for', name) })),
    { id: `${base}_code`, label: t('popup_code_label') },
  ].filter((b) => has(b.id));
  return (
    <>
      {blocks.map((b) => (
        <CodeBlock key={b.id} action={`copy-${b.id}`} label={b.label} code={t(b.id)} />
      ))}
    </>
  );
}
