import type { Page } from '@playwright/test';

/**
 * What the back row sees of the stage's words: every visible text of the stage with the size it renders
 * at on screen (font size times the SVG's scale), whether it is a name or a number (which must be larger),
 * and any way it is cut: past the edge of the stage, out of its group's box, shortened with "…" because
 * its line had no room, or under another text. Used by the legibility spec and bench/legibility.ts.
 */
export interface StageText {
  readonly text: string;
  readonly cls: string;
  /** Rendered size in CSS px. */
  readonly px: number;
  /** Names, page numbers (offsets) and backlogs: 20 px on a projector, the rest 16. */
  readonly important: boolean;
  /** Why this text cannot be read whole, if it cannot. */
  readonly cut: string | null;
  /**
   * Why the class cannot see it at all, if it cannot: off the screen (scrolling would be needed), under
   * the presenter's controls (header, player) while they show, or under the caption.
   */
  readonly hidden: string | null;
}

/** Classes of the texts that name someone or give a number the story turns on. */
export const IMPORTANT = [
  'stage-title',
  'stage-name',
  'stage-cell-number',
  'stage-shelf-number',
  'stage-lag',
  'stage-flag-offset',
  'stage-offstage-count',
  'stage-copy-name',
  'stage-copy-end',
];

// Sent to the page as text: the TypeScript loader of the benchmarks would add helpers the page lacks.
const MEASURE = `(() => {
  const important = ${JSON.stringify(IMPORTANT)};
  const stage = document.querySelector('.stage');
  if (!stage) return [];
  const frame = stage.getBoundingClientRect();
  // What lies over the stage's box on screen: the presenter's controls while they show, and the caption.
  const shows = (e) => { const cs = getComputedStyle(e); return cs.visibility !== 'hidden' && parseFloat(cs.opacity) > 0.05; };
  const covers = [
    ...[...document.querySelectorAll('.lesson__chrome')].filter(shows).map((e) => ["under the presenter's controls", e.getBoundingClientRect()]),
    ...[...document.querySelectorAll('.lesson-caption')].map((e) => ['under the caption', e.getBoundingClientRect()]),
  ];
  const hiddenWhy = (r) => {
    if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) return 'off the screen';
    for (const [why, c] of covers)
      if (Math.min(r.right, c.right) - Math.max(r.left, c.left) > 1 && Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 1) return why;
    return null;
  };
  const visible = (el, svg) => {
    for (let e = el; e && e !== svg; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || parseFloat(cs.opacity) < 0.3) return false;
    }
    return true;
  };
  const items = [];
  for (const svg of stage.querySelectorAll('svg')) {
    const groups = [...svg.querySelectorAll('rect.stage-group')].map((r) => r.getBoundingClientRect());
    const desks = [...svg.querySelectorAll('rect.stage-desk-bg')].map((r) => r.getBoundingClientRect());
    for (const t of svg.querySelectorAll('text')) {
      const text = (t.textContent || '').trim();
      // The sleeper's rising "z"s are a drawing, not words (aria-hidden like the rest; nothing to read).
      if (!text || !visible(t, svg) || t.closest('.stage-zeds')) continue;
      const m = t.getScreenCTM();
      if (!m) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * Math.hypot(m.a, m.b);
      const cls = t.getAttribute('class') || '';
      let r = t.getBoundingClientRect();
      // A shelf's notes are clipped to its tape: one slid under the pile is not shown, one half under it
      // is sliding (moving, not cut).
      const clipped = t.closest('[clip-path]');
      if (clipped) {
        const id = (clipped.getAttribute('clip-path').match(/#([^)]+)/) || [])[1];
        const shape = id && svg.querySelector('#' + CSS.escape(id) + ' > *');
        if (shape) {
          const c = shape.getBoundingClientRect();
          const mid = r.left + r.width / 2;
          if (mid < c.left || mid > c.right) continue;
          r = { left: Math.max(r.left, c.left), right: Math.min(r.right, c.right), top: r.top, bottom: r.bottom, width: 0, height: r.height };
        }
      }
      let cut = null;
      if (r.left < frame.left - 1 || r.right > frame.right + 1 || r.top < frame.top - 1 || r.bottom > frame.bottom + 1)
        cut = 'past the edge of the stage';
      const home = groups.find((g) => r.left + r.width / 2 >= g.left && r.left + r.width / 2 <= g.right &&
        r.top + r.height / 2 >= g.top && r.top + r.height / 2 <= g.bottom);
      if (!cut && home && (r.left < home.left - 1 || r.right > home.right + 1)) cut = 'out of its group box';
      const desk = desks.find((g) => r.left + 4 >= g.left && r.left + 4 <= g.right &&
        r.top + r.height / 2 >= g.top && r.top + r.height / 2 <= g.bottom);
      if (!cut && desk && r.right > desk.right + 1) cut = 'out of its desk';
      if (!cut && /…$/.test(text) && !/^…/.test(text)) cut = 'shortened for lack of room';
      const zeds = t.closest('.stage-zeds') !== null;
      const hidden = hiddenWhy(r);
      items.push({ text, cls, px, important: important.some((c) => cls.split(' ').includes(c)), cut, hidden, zeds, r: [r.left, r.top, r.right, r.bottom] });
    }
  }
  // Two texts over each other: neither can be read (glyph boxes, so a few px of line spacing do not count).
  for (let i = 0; i < items.length; i++) {
    if (items[i].zeds) continue;
    for (let j = i + 1; j < items.length; j++) {
      if (items[j].zeds) continue;
      const a = items[i].r, b = items[j].r;
      const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
      const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
      if (w > 3 && h > Math.min(a[3] - a[1], b[3] - b[1]) * 0.4) {
        items[i].cut = items[i].cut || 'under "' + items[j].text + '"';
        items[j].cut = items[j].cut || 'under "' + items[i].text + '"';
      }
    }
  }
  return items.map(({ r, zeds, ...rest }) => rest);
})()`;

/**
 * Waits until the stage's layout has settled: its box, the caption's, the question card's and the
 * presenter's controls' boxes, the boxes of the stage's groups, desks and shelves' tapes, and the height
 * and line of every text, all the same over SETTLE_FRAMES animation frames running, with no CSS transition
 * of theirs still to run, and at least `minMs` after the call. That is what a fixed wait stood in for
 * after a switch of language (the caption's height, then the stage's size, then its layout), of step, or
 * of the controls showing or hiding (the zoom and the fade are transitions). What moves while a class
 * plays is left out: a text's words and its place along its line (numbers count up, bookmarks slide along
 * their shelf), a shelf's notes and the sleeper's rising "z"s. Gives up at `capMs`, then the stage is
 * measured as it is, as after a fixed wait. Resolves with how long it waited.
 */
const SETTLE_FRAMES = 4;
const SETTLED = `((minMs, capMs, frames) => new Promise((resolve) => {
  const start = performance.now();
  const box = (e) => { if (!e) return '-'; const r = e.getBoundingClientRect(); return [r.left, r.top, r.width, r.height].map((v) => Math.round(v * 2)).join(','); };
  const look = () => {
    const stage = document.querySelector('.stage');
    const parts = [box(stage), location.hash, document.documentElement.lang];
    for (const e of document.querySelectorAll('.lesson-caption, .lesson__chrome, .lesson__question')) parts.push(box(e) + getComputedStyle(e).opacity);
    if (!stage) return parts.join('|');
    for (const svg of stage.querySelectorAll('svg')) {
      parts.push(box(svg));
      for (const r of svg.querySelectorAll('rect.stage-group, rect.stage-desk-bg, clipPath > *')) parts.push(box(r));
      for (const t of svg.querySelectorAll('text')) {
        if (t.closest('[clip-path], .stage-zeds')) continue;
        const r = t.getBoundingClientRect();
        parts.push((t.getAttribute('class') || '') + Math.round(r.top * 2) + ',' + Math.round(r.height * 2));
      }
    }
    return parts.join('|');
  };
  // A CSS transition of the stage, the caption or the controls still to run (or waiting out its delay:
  // the stage grows back only once the controls have faded) moves them later, however still they are now.
  const moving = () => document.getAnimations().some((a) => {
    const e = a.effect && a.effect.target;
    if (!e || !isFinite(a.effect.getComputedTiming().endTime)) return false;
    return e.matches('.lesson__chrome, .lesson-caption, .lesson__question') || (e.contains && e.contains(document.querySelector('.stage')));
  });
  let last = look();
  let same = 0;
  const tick = () => {
    const now = look();
    if (now === last) same++;
    else { same = 0; last = now; }
    const waited = performance.now() - start;
    if ((same >= frames && waited >= minMs && !moving()) || waited >= capMs) resolve(Math.round(waited));
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}))`;

export async function stageSettled(page: Page, minMs: number, capMs: number): Promise<number> {
  return page.evaluate<number>(`${SETTLED}(${minMs}, ${capMs}, ${SETTLE_FRAMES})`);
}

export async function measureStageText(page: Page): Promise<StageText[]> {
  return page.evaluate<StageText[]>(MEASURE);
}

/** A language and a vocabulary, as the stage speaks them. */
export interface Voice {
  readonly lang: 'en' | 'es';
  readonly words: 'classroom' | 'kafka';
}

/** Every language with every vocabulary, in the order a walk measures them (one switch at a time). */
export const ALL_VOICES: readonly Voice[] = [
  { lang: 'en', words: 'classroom' },
  { lang: 'en', words: 'kafka' },
  { lang: 'es', words: 'kafka' },
  { lang: 'es', words: 'classroom' },
];

export interface StepVisit {
  readonly lesson: string;
  /** 1-based. */
  readonly step: number;
  /** 'entry': as the step opens (its question, if any); 'end': as the step leaves the class. */
  readonly moment: 'entry' | 'end';
  readonly voice: Voice;
  /**
   * Whether the presenter's controls were showing: the stage then zooms out below them, so only whether
   * each text can be seen counts (its size is judged with them hidden, as the class sees it most of the time).
   */
  readonly chrome: boolean;
  readonly texts: readonly StageText[];
}

/**
 * The voices asked for, in the order that switches least from the one showing: a language switch costs a
 * wait for the caption and the stage to re-lay out, a switch of words a shorter one. Greedy: each next
 * voice is the cheapest from the last, so a walk measures the language showing first at every moment
 * (in a fixed order it switched language twice at every moment after the first).
 */
function fewestSwitches(asked: readonly Voice[], lang: string, words: string): Voice[] {
  const left = [...asked];
  const order: Voice[] = [];
  const cost = (v: Voice): number => (v.lang === lang ? 0 : 2) + (v.words === words ? 0 : 1);
  while (left.length > 0) {
    const next = left.reduce((best, v) => (cost(v) < cost(best) ? v : best));
    left.splice(left.indexOf(next), 1);
    order.push(next);
    lang = next.lang;
    words = next.words;
  }
  return order;
}

/** Clicks a segmented switch's radio (in presenter mode the bars may be hidden; the radio still works). */
async function choose(page: Page, value: string): Promise<void> {
  await page.evaluate(`document.querySelector('input.segmented__input[value="${value}"]').click()`);
}

/** Past this the stage is measured as it is (a class whose texts never stop moving). */
const SETTLE_CAP_MS = 2000;

/**
 * Walks a lesson in presenter mode: each step as it opens (Next), then each step as it ends (Previous
 * shows the step before at its end). The last step is also seen a few seconds into playing. At each of
 * those moments the stage is measured in every voice asked for, switching language and words in place
 * (the class stays where it is), then put back to the step's own words, so one walk covers them all.
 * The first step is also measured while the presenter's controls show (the mouse has just moved), then
 * the walk waits for them to hide and steps with a clicker's keys, which leave them hidden.
 */
export async function walkLesson(
  page: Page,
  lesson: { id: string; steps: readonly unknown[] },
  voices: readonly Voice[],
  visit: (v: StepVisit) => Promise<void> | void,
): Promise<void> {
  const first = voices[0]?.lang ?? 'en';
  await page.goto(`./#/lesson/${lesson.id}/1`);
  await page.evaluate((l) => localStorage.setItem('kafka-classroom.lang', l), first);
  await page.reload();
  await page.getByRole('button', { name: first === 'es' ? 'Presentar' : 'Present', exact: true }).click();
  await page.locator('.lesson--presenting').waitFor();
  let lang = first;
  /**
   * Switches to `clicks` (a language, words, or both), waits until the stage's layout is still if `settle`
   * (stageSettled, however long the page takes: fixed waits of 120 to 700 ms before), then measures it, in
   * one call to the page: the walk makes some fifty such looks, and each call is a round trip.
   */
  const look = async (
    clicks: readonly string[],
    settle: boolean,
  ): Promise<{ shown: boolean; texts: StageText[] }> => {
    const got = await page.evaluate<{ waited: number; shown: boolean; texts: StageText[] }>(`(async () => {
      for (const value of ${JSON.stringify(clicks)})
        document.querySelector('input.segmented__input[value="' + value + '"]').click();
      const waited = ${settle} ? await ${SETTLED}(0, ${SETTLE_CAP_MS}, ${SETTLE_FRAMES}) : -1;
      return { waited, shown: document.querySelector('.lesson--chrome-hidden') === null, texts: ${MEASURE} };
    })()`);
    return got;
  };
  const measureAll = async (
    step: number,
    moment: 'entry' | 'end',
    {
      chrome = false,
      asked = voices,
      settle = false,
    }: { chrome?: boolean; asked?: readonly Voice[]; settle?: boolean } = {},
  ): Promise<void> => {
    const own = await page.evaluate<string>(
      `document.querySelector('input.segmented__input[value="kafka"]').checked ? 'kafka' : 'classroom'`,
    );
    let words = own;
    const ordered = fewestSwitches(asked, lang, own);
    for (const [i, voice] of ordered.entries()) {
      // The caption's height follows the language, and the stage's layout its size; words redraw in place.
      const clicks: string[] = [];
      if (voice.lang !== lang) clicks.push((lang = voice.lang));
      if (voice.words !== words) clicks.push((words = voice.words));
      // Keep the controls up (they hide after a moment of stillness) and let the stage zoom below them.
      if (chrome) await page.mouse.move(2, 300 + (i % 2));
      const { shown, texts } = await look(clicks, chrome || clicks.length > 0 || (i === 0 && settle));
      if (shown !== chrome) throw new Error(`the presenter's controls were ${shown ? 'showing' : 'hidden'}`);
      await visit({ lesson: lesson.id, step, moment, voice, chrome, texts });
    }
    if (words !== own) await choose(page, own);
  };
  // The click on Present showed the controls: measured with them up (the mouse moves off them, onto the
  // stage's left edge, the stage zoomed out below them) in one voice per language (the caption's height,
  // and so the band the stage zooms into, follows the language), then they hide after a moment of stillness.
  const langs = voices.filter((v, i) => voices.findIndex((w) => w.lang === v.lang) === i);
  await measureAll(1, 'entry', { chrome: true, asked: langs });
  // They fade out, then the stage grows back (lesson-presenting.css): the first step's look below waits for
  // both transitions, as every step's first look waits for the step's new layout.
  await page.locator('.lesson--chrome-hidden').waitFor();
  const n = lesson.steps.length;
  for (let i = 1; i <= n; i++) {
    await page.waitForURL(new RegExp(`#/lesson/${lesson.id}/${i}$`));
    await measureAll(i, 'entry', { settle: true });
    if (i < n) await page.keyboard.press('n');
  }
  await page.keyboard.press('r');
  await page.waitForTimeout(3000);
  await measureAll(n, 'end');
  for (let i = n - 1; i >= 1; i--) {
    await page.keyboard.press('p');
    await page.waitForURL(new RegExp(`#/lesson/${lesson.id}/${i}$`));
    await measureAll(i, 'end', { settle: true });
  }
}
