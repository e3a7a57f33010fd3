// One primary action per screen (issue 13): only the first offered card may fill its button, so
// the eye lands on one thing to do. Buttons outside any step card (the host-permission notice)
// keep what they ask for.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export const PrimaryContext = createContext(true);

export const usePrimaryAllowed = (): boolean => useContext(PrimaryContext);
