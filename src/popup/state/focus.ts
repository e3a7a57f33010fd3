// Where focus goes after an action that replaces or removes the control just used (issue 13:
// after "clear", "Done" and "What the report says" it fell to <body>, and a keyboard or screen
// reader user lost their place). The target is the result the action produced.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** A ref whose element takes focus each time `key` changes to something other than null. */
export function useFocusOn<T extends HTMLElement>(key: unknown): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (key !== null && key !== undefined && key !== false) ref.current?.focus();
  }, [key]);
  return ref;
}
