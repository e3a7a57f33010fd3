// The catalogue of the language shown, handed down to every component; `useT` formats with the
// same formatMessage the CLI uses.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Message } from '../../core/diagnosis/types.ts';
import { formatMessage, type Catalog } from '../../core/i18n/format.ts';

export const CatalogContext = createContext<Catalog>({});

export type Translate = (message: Message | string, ...subs: string[]) => string;

export function translator(catalog: Catalog): Translate {
  return (message, ...subs) => formatMessage(catalog, typeof message === 'string' ? { id: message, subs } : message);
}

export function useT(): Translate {
  return translator(useContext(CatalogContext));
}
