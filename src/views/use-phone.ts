import { useSyncExternalStore } from 'react';

/**
 * The width under which a page lays itself out for a phone: one column that scrolls, the stage as wide as
 * the screen and taller than wide, the question and the drawer under the stage instead of over it. The
 * pages' phone styles use the same width (`@media (max-width: 600px)`): keep them in step.
 */
export const PHONE_QUERY = '(max-width: 600px)';

function subscribe(onChange: () => void): () => void {
  if (typeof window === 'undefined' || typeof window.matchMedia !== 'function') return () => undefined;
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

function isPhone(): boolean {
  return (
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(PHONE_QUERY).matches
  );
}

/** Whether the window is phone-narrow, following it as it turns or resizes. */
export function usePhone(): boolean {
  return useSyncExternalStore(subscribe, isPhone, () => false);
}
