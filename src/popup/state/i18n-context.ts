// The catalogue of the language shown, handed down to every component; `useT` formats with the
// same translator the CLI uses (src/core/i18n/format.ts).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { translator, type Catalog, type Translate } from '../../core/i18n/format.ts';

export const CatalogContext = createContext<Catalog>({});

export function useT(): Translate {
  return translator(useContext(CatalogContext));
}

/**
 * Whether a text exists: per-OS and per-browser texts (and owner fixes' code) are written by other
 * areas, so a card shows them only when the build has them, and otherwise stays a title-and-text card.
 */
export function useHas(): (id: string) => boolean {
  const catalog = useContext(CatalogContext);
  return (id) => Object.prototype.hasOwnProperty.call(catalog, id);
}
