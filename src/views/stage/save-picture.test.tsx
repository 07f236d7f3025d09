import { afterEach, describe, expect, it } from 'vitest';
import { stageToSvg } from './save-picture';

const SVG_NS = 'http://www.w3.org/2000/svg';

afterEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

/** A stage of one layer holding one text with `cls`, styled by the page's CSS (here, `css`). */
function stageWith(cls: string, css: string): HTMLElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  const stage = document.createElement('div');
  stage.className = 'stage';
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 100 50');
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('class', cls);
  text.textContent = '12 past the end';
  svg.appendChild(text);
  stage.appendChild(svg);
  document.body.appendChild(stage);
  return stage;
}

/** The saved picture's text element, parsed back (leniently: jsdom's serialiser writes xmlns twice). */
function savedText(stage: HTMLElement): Element {
  const doc = new DOMParser().parseFromString(stageToSvg(stage), 'text/html');
  return doc.querySelector('text')!;
}

describe('Save picture', () => {
  it("keeps what a text's style says: a bookmark past the end in italics and bold", () => {
    const text = savedText(
      stageWith('stage-lag stage-lag--past', '.stage-lag--past { font-style: italic; font-weight: 700; }'),
    );
    expect(text.getAttribute('font-style')).toBe('italic');
    expect(text.getAttribute('font-weight')).toBe('700');
    // The page's classes mean nothing in the file: the look is written on the element.
    expect(text.hasAttribute('class')).toBe(false);
  });

  it("keeps a crossed-out text crossed out: a broken room's copy, a tombstone's page number", () => {
    const text = savedText(
      stageWith('stage-copy-name', '.stage-copy-name { text-decoration: line-through; }'),
    );
    // As SVG 1.1 writes it, which every viewer and slide program reads.
    expect(text.getAttribute('text-decoration')).toBe('line-through');
  });

  it('writes no decoration where there is none', () => {
    const text = savedText(stageWith('stage-copy-name', '.stage-copy-name { fill: red; }'));
    expect(text.getAttribute('text-decoration') ?? 'none').toBe('none');
  });
});
