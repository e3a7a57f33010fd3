// The catalogue of the language shown, handed down to every component; `useT` formats with the
// same translator the CLI uses (src/core/i18n/format.ts).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Catalog, type Translate } from '../../core/i18n/format.ts';

export const CatalogContext = createContext<Catalog>({});


export function useT(): Translate {
  return translator(useContext(CatalogContext));
}
