// The contact the site publishes in security.txt (RFC 9116), fetched only on the user's click.
import { useState } from 'preact/hooks';
import type { SecurityTxt } from '../../../platform/security-txt.ts';
import { useFocusOn } from '../../state/focus.ts';
import { useT } from '../../state/i18n-context.ts';
import { ActionButton } from '../ActionButton.tsx';

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}

export function OwnerContact({ url }: { url: string }) {
  const t = useT();
  const [contact, setContact] = useState<SecurityTxt | null | 'none'>(null);
  // The button is replaced by what it found: focus follows it there.
  const found = useFocusOn<HTMLDivElement>(contact);
  const origin = originOf(url);
  if (!origin) return null;
  const find = async () => {
    const { fetchSecurityTxt } = await import('../../../platform/security-txt.ts');
    setContact((await fetchSecurityTxt(origin)) ?? 'none');
  };
  if (contact === null) {
    return (
      <ActionButton action="find-contact" plain run={find}>
        {t('popup_find_contact')}
      </ActionButton>
    );
  }
  if (contact === 'none') {
    return (
      <div ref={found} tabIndex={-1}>
        <p>{t('popup_contact_none')}</p>
      </div>
    );
  }
  return (
    <div ref={found} tabIndex={-1} data-contact>
      <p>{t('popup_contact_found', contact.url)}</p>
      <ul>
        {contact.contacts.map((c) => (
          <li key={c}>
            <a href={c} target="_blank" rel="noreferrer noopener">
              {c.replace(/^mailto:/i, '')}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
