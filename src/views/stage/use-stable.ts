import { useState } from 'react';

/**
 * The value from an earlier render while `same` says it has not changed, so it can be a memo input: what
 * is derived from it (the layout, the rates' maps) is rebuilt only when it really changes, with no key
 * string built and parsed each render. When it changes, the component renders once more at once with the
 * new value kept (React's "state from the previous render" pattern), before anything is painted.
 */
export function useStable<T>(value: T, same: (a: T, b: T) => boolean): T {
  const [kept, setKept] = useState(value);
  if (kept !== value && !same(kept, value)) {
    setKept(value);
    return value;
  }
  return kept;
}
