/**
 * Colours for consumer groups and record keys. Tableau10 is colour-blind friendly; colour is never the
 * only cue (every group and key also has a label), and text on these colours uses `inkOn`. These are
 * d3-scale-chromatic's `schemeTableau10`, copied (a test checks they match): importing the package
 * brought its every colour ramp into the first download, 5.7 KB gzipped for ten colours.
 */
export const GROUP_COLORS: readonly string[] = [
  '#4e79a7',
  '#f28e2c',
  '#e15759',
  '#76b7b2',
  '#59a14f',
  '#edc949',
  '#af7aa1',
  '#ff9da7',
  '#9c755f',
  '#bab0ab',
];

export function groupColor(index: number): string {
  return GROUP_COLORS[((index % GROUP_COLORS.length) + GROUP_COLORS.length) % GROUP_COLORS.length]!;
}

/** Keys take the palette from the other end, so a key rarely shares its colour with a nearby group. */
export function keyColor(keyIndex: number): string {
  return groupColor(GROUP_COLORS.length - 1 - keyIndex);
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function inkOn(background: string): string {
  const hex = background.replace('#', '');
  const channel = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  };
  const luminance = 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
  return (luminance + 0.05) / 0.05 > 1.05 / (luminance + 0.05) ? '#111418' : '#ffffff';
}
