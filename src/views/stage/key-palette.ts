import { createContext, useContext } from 'react';
import { keyPalette, type KeyPalette } from '../../viz/key-style';

/** The stage's key palette, built from the keys on its shelves (see viz/key-style.keyPalette). */
export const KeyPaletteContext = createContext<KeyPalette>(keyPalette([]));

export function useKeyPalette(): KeyPalette {
  return useContext(KeyPaletteContext);
}
