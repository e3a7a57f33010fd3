// Other extensions that can block or rewrite requests. Seeing them needs the optional
// "management" permission, asked at the click and nowhere else. The answer lands in a status
// region that is there, empty, from the start, and takes focus when the button it replaces goes.
import { useState } from 'preact/hooks';
import { requestManagement } from '../../../platform/extensions.ts';
import { useFocusOn } from '../../state/focus.ts';
import { useT } from '../../state/i18n-context.ts';
import { useStepEnv } from '../../state/step-env.ts';
import { ActionButton } from '../ActionButton.tsx';

export function ExtensionsStep() {
  const t = useT();
  const env = useStepEnv();
  const [denied, setDenied] = useState(false);
  const list = env.view.extensions;
  const status = useFocusOn<HTMLDivElement>(list === null ? (denied ? 'denied' : null) : 'listed');
  const look = () => {
    // No await before the request: it must run inside the click's user gesture.
    const asked = requestManagement();
    return asked.then(async (granted) => {
      setDenied(!granted);
      // The background lists them (it holds the permission now too) and diagnoses again.
      if (granted) await env.refresh();
    });
  };
  return (
    <div>
      {list === null && (
        <ActionButton action="check-extensions" primary run={look}>
          {t('popup_ext_button')}
        </ActionButton>
      )}
      <div ref={status} role="status" tabIndex={-1}>
        {list !== null && <p>{list.length === 0 ? t('popup_ext_none') : t('popup_ext_found', String(list.length))}</p>}
        {denied && <p>{t('popup_ext_denied')}</p>}
      </div>
      {list !== null && list.length > 0 && (
        <>
          <ul data-extensions>
            {list.map((e) => (
              <li key={e.id}>
                <strong>{e.name}</strong> <span class="muted">{e.permissions.join(', ')}</span>
              </li>
            ))}
          </ul>
          <p>{t('popup_ext_how')}</p>
        </>
      )}
    </div>
  );
}
