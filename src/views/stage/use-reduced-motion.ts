import { useState } from 'react';

/**
 * Whether the user asked for less motion. Read once per stage: the viz functions take it as a flag and
 * turn travel into cross-fades. (A change mid-class applies on the next visit; nothing animates on its own
 * clock, so there is nothing to stop.)
 */
export function useReducedMotion(): boolean {
  const [reduced] = useState(
    () =>
      typeof window !== 'undefined' &&
      typeof window.matchMedia === 'function' &&
      window.matchMedia('(prefers-reduced-motion: reduce)').matches,
  );
  return reduced;
}
