/**
 * "Save picture": the stage as one self-contained SVG (for slides) or PNG. The stage is three stacked
 * SVGs styled by CSS variables, so each element's painted style is written onto it before serialising:
 * the file then looks the same anywhere, in the theme it was taken in.
 */
import { downloadBlob } from '../../session/download';

const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Why a picture could not be made; the button says it in the reader's language. */
export type PictureProblem = 'empty' | 'draw' | 'png';

export class PictureError extends Error {
  readonly problem: PictureProblem;
  constructor(problem: PictureProblem, message: string) {
    super(message);
    this.name = 'PictureError';
    this.problem = problem;
  }
}

/** One SVG document holding every layer of the stage, styles inlined. */
export function stageToSvg(stage: HTMLElement): string {
  const layers = [...stage.querySelectorAll<SVGSVGElement>(':scope > svg')];
  const first = layers[0];
  if (!first) throw new PictureError('empty', 'the stage has no picture to save');
  const { width, height } = first.getBoundingClientRect();
  const out = document.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('viewBox', first.getAttribute('viewBox') ?? `0 0 ${width} ${height}`);
  out.setAttribute('width', String(Math.round(width)));
  out.setAttribute('height', String(Math.round(height)));
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', getComputedStyle(stage).backgroundColor);
  out.appendChild(background);
  for (const layer of layers) {
    const group = document.createElementNS(SVG_NS, 'g');
    for (const child of [...layer.children]) group.appendChild(inlineStyles(child));
    out.appendChild(group);
  }
  return new XMLSerializer().serializeToString(out);
}

function inlineStyles(source: Element): Element {
  const copy = source.cloneNode(false) as Element;
  const computed = getComputedStyle(source);
  // Presentation attributes, not a style attribute: the page's Content-Security-Policy refuses those.
  for (const p of PAINT) {
    const value = computed.getPropertyValue(p);
    if (value !== '') copy.setAttribute(p, value);
  }
  const line = decorationLine(computed);
  if (line !== 'none') copy.setAttribute('text-decoration', line);
  copy.removeAttribute('style');
  copy.removeAttribute('class');
  copy.removeAttribute('tabindex');
  for (const child of [...source.childNodes]) {
    copy.appendChild(
      child.nodeType === Node.ELEMENT_NODE ? inlineStyles(child as Element) : child.cloneNode(true),
    );
  }
  return copy;
}

/**
 * A text's decoration line (a broken room's copy and a tombstone's page number are crossed out), as SVG
 * 1.1's `text-decoration` says it: the line alone, which every viewer and slide program reads (the
 * computed shorthand adds a style and a colour that SVG 1.1 readers do not parse). From the shorthand's
 * first word where a browser computes only the shorthand (jsdom). `none` when there is none.
 */
function decorationLine(computed: CSSStyleDeclaration): string {
  const line = computed.getPropertyValue('text-decoration-line');
  if (line !== '' && line !== 'none') return line;
  const first = computed.getPropertyValue('text-decoration').split(' ')[0] ?? '';
  return /^(underline|overline|line-through)$/.test(first) ? first : 'none';
}

export function saveSvg(stage: HTMLElement, name: string): void {
  downloadBlob(`${name}.svg`, new Blob([stageToSvg(stage)], { type: 'image/svg+xml' }));
}

/** A PNG at twice the screen's size, sharp on a projector or a slide. */
export async function savePng(stage: HTMLElement, name: string): Promise<void> {
  const svg = stageToSvg(stage);
  const { width, height } = stage.getBoundingClientRect();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new PictureError('draw', 'this browser cannot draw a picture');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new PictureError('png', 'this browser cannot make a PNG');
    downloadBlob(`${name}.png`, blob);
  } finally {
    URL.revokeObjectURL(url);
  }
}
