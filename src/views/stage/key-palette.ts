import { createContext, useContext } from 'react';
import { keyPalette, type KeyPalette } from '../../viz/key-style';
import type { Lang } from '../../shared/lang';

/** The stage's key palette, built from the keys on its shelves (see viz/key-style.keyPalette). */
export const KeyPaletteContext = createContext<KeyPalette>(keyPalette([]));

export function useKeyPalette(): KeyPalette {
  return useContext(KeyPaletteContext);
}

/**
 * The language of the numbers on note cells, handed down by the stage: hundreds of memoised cells read a
 * context instead of each subscribing to the preferences store.
 */
export const StageLangContext = createContext<Lang>('en');

export function useStageLang(): Lang {
  return useContext(StageLangContext);
}
