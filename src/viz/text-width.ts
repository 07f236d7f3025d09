/**
 * Text width estimates for layout, without a DOM: the layout must be a pure function that runs in Node.
 * Widths are in em for a typical system sans-serif and err on the wide side, so a label never spills.
 */
const NARROW = new Set([..."iljtfrI.,:;!|'()[] ¡¿"]);
const WIDE = new Set([...'mwMW@%']);

function charEm(c: string): number {
  // An accented letter is as wide as its base letter ("á" as "a", "Ñ" as "N"): Spanish labels measure right.
  if (c > '\u00bf') {
    const base = c.normalize('NFD')[0];
    if (base !== undefined && base !== c) return charEm(base);
  }
  // Measured against DejaVu Sans, the widest common fallback (Linux school machines); Segoe UI and
  // San Francisco come out narrower, which only leaves a little more air.
  if (c >= '0' && c <= '9') return 0.64; // tabular digits
  if (NARROW.has(c)) return c === ' ' ? 0.32 : 0.34;
  if (WIDE.has(c)) return 0.92;
  if (c === '·' || c === '…') return 0.6;
  if (c >= 'A' && c <= 'Z') return 0.72;
  return 0.6;
}

/** Estimated width of `text` at `fontSize` units; bold text runs about 10% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charEm(c);
  return em * fontSize * (bold ? 1.1 : 1);
}

/**
 * The widest of several labels: the layout reserves room for every vocabulary and language, so switching
 * words or language never moves things.
 */
export function widest(texts: readonly string[], fontSize: number, bold = false): number {
  let w = 0;
  for (const t of texts) w = Math.max(w, textWidth(t, fontSize, bold));
  return w;
}

/** Greedy word wrap of items joined by `separator` into lines no wider than `width`. */
export function wrapItems(
  items: readonly string[],
  separator: string,
  width: number,
  fontSize: number,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const candidate = line === '' ? item : line + separator + item;
    if (line !== '' && textWidth(candidate, fontSize) > width) {
      lines.push(line);
      line = item;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/**
 * wrapItems, except that an item too wide for a line on its own ("greta: notes-0 @25, notes-1 @25" in a
 * narrow box) breaks after its commas instead of running out of the box.
 */
export function wrapItemsBreaking(
  items: readonly string[],
  separator: string,
  width: number,
  fontSize: number,
): string[] {
  const tokens: { text: string; sep: string }[] = [];
  for (const item of items) {
    const parts = textWidth(item, fontSize) > width ? item.split(', ') : [item];
    parts.forEach((p, i) => tokens.push({ text: p, sep: i === 0 ? separator : ', ' }));
  }
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    // A line that goes on with the same item keeps its comma at the end.
    const candidate = line === '' ? t.text : line + t.sep + t.text;
    if (line !== '' && textWidth(candidate, fontSize) > width) {
      lines.push(t.sep === ', ' ? `${line},` : line);
      line = t.text;
    } else {
      line = candidate;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The font size at which a cell's page number fits `room` units: `font`, or smaller for a long number. */
export function cellFontSize(label: string, font: number, room: number): number {
  const w = textWidth(label, font, true);
  return w <= room ? font : Math.floor(((font * room) / w) * 10) / 10;
}
