import {
  symbol,
  symbolCircle,
  symbolDiamond,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  type SymbolType,
} from 'd3-shape';
import { keyColor } from './palette';

/**
 * Each record key (a subject) gets a colour and a shape, so notes on the same subject are recognisable
 * without colour vision. The snapshot carries key names, not the scenario's key list, so the index is a
 * stable hash of the name: the same subject looks the same in every scene and after every rewind.
 */
const SHAPES: readonly SymbolType[] = [symbolCircle, symbolSquare, symbolTriangle, symbolDiamond, symbolStar];
const SLOTS = 10;

export function keyIndex(key: string): number {
  // FNV-1a, then a final mix so short similar names spread over the palette.
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  h ^= h >>> 15;
  return (h >>> 0) % SLOTS;
}

/** Indexes i and i + 5 share nothing: the second half of the palette shifts the shapes by one. */
function shapeOf(i: number): SymbolType {
  return SHAPES[(i + Math.floor(i / SHAPES.length)) % SHAPES.length]!;
}

export interface KeyStyle {
  readonly color: string;
  /** An SVG path centred on (0, 0), sized for a cell's corner. */
  readonly glyph: string;
}

/** The styles of the keys on stage: no two of them alike while there are at most ten. */
export interface KeyPalette {
  style(key: string | null): KeyStyle;
  /** A key's glyph at another size (legend rows), in square units of area. */
  glyph(key: string, area: number): string;
}

const NO_KEY: KeyStyle = { color: 'var(--stage-note-edge)', glyph: '' };

/**
 * Slots for the keys seen on stage: each key takes its hash slot, or the next free one if another key
 * sorted before it already holds that slot (linear probing over the keys in alphabetical order). The
 * snapshot does not carry the producer's key list, so the set is the keys on the shelves; once a class
 * has shown its few subjects, which happens within its first notes, the slots no longer change.
 */
export function keyPalette(keys: readonly string[]): KeyPalette {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const key of [...new Set(keys)].sort()) {
    let i = keyIndex(key);
    for (let tries = 0; taken.has(i) && tries < SLOTS; tries++) i = (i + 1) % SLOTS;
    taken.add(i);
    slots.set(key, i);
  }
  const styles = new Map<string, KeyStyle>();
  const slotOf = (key: string): number => slots.get(key) ?? keyIndex(key);
  return {
    style(key) {
      if (key === null) return NO_KEY;
      let style = styles.get(key);
      if (!style) {
        const i = slotOf(key);
        style = { color: keyColor(i), glyph: symbol(shapeOf(i), 46)() ?? '' };
        styles.set(key, style);
      }
      return style;
    },
    glyph(key, area) {
      return symbol(shapeOf(slotOf(key)), area)() ?? '';
    },
  };
}
