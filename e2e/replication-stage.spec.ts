import type { Page } from '@playwright/test';
import type { Command } from '../src/engine';
import { findScenario } from '../src/lessons/scenarios';
import { encodeShare } from '../src/session/share';
import { test, expect } from './fixtures';
import { ALL_VOICES, measureStageText } from './stage-text';

/**
 * The stage's picture of replication (several brokers), in a real browser: the three-rooms class healthy,
 * after a room breaks (a copy takes over), with the teacher waiting for copies, and with no copy left to
 * lead. In every voice and at a projector's and a laptop's size, every text of the stage is whole and on
 * the screen, at 16 px or more; and every mark agrees with the numbers: the high watermark's line stands
 * between the page before it and the page it names, and each copy's log end in the column of that page.
 * The lessons on replication are walked in presenter mode by legibility.spec.ts with the rest of the course.
 */
const scenario = findScenario('three-rooms')!.scenario;

function shared(commands: [number, Command][], timeMs: number): string {
  return `./#/share/${encodeShare({ v: 1, scenario, commands: commands.map(([t, command]) => ({ timeMs: t, command })), timeMs })}`;
}

const MOMENTS: Record<string, string> = {
  healthy: './#/play/three-rooms?t=20000',
  'a room breaks, a copy takes over': shared(
    [[10_000, { type: 'stopBroker', broker: 1, clean: true }]],
    15_000,
  ),
  'the teacher waits for copies': shared(
    [
      [10_000, { type: 'stopBroker', broker: 1, clean: true }],
      [15_000, { type: 'stopBroker', broker: 2, clean: true }],
    ],
    25_000,
  ),
  // Room 3 broke at 5 s and is repaired at 30 s: its copies truncate, then the pages it missed travel
  // from the original's row to its own (drawn from 30.0 s to about 31.6 s), and it is catching up.
  'a repaired room catches up': shared(
    [
      [5_000, { type: 'stopBroker', broker: 3 }],
      [30_000, { type: 'startBroker', broker: 3 }],
    ],
    30_300,
  ),
  'the repaired room caught up': shared(
    [
      [5_000, { type: 'stopBroker', broker: 3 }],
      [30_000, { type: 'startBroker', broker: 3 }],
    ],
    32_000,
  ),
  'no copy left to lead': shared(
    [
      [5_000, { type: 'stopBroker', broker: 2, clean: true }],
      [6_000, { type: 'stopBroker', broker: 3, clean: true }],
      [8_000, { type: 'stopBroker', broker: 1, clean: true }],
    ],
    12_000,
  ),
};

async function choose(page: Page, value: string): Promise<void> {
  await page.evaluate(`document.querySelector('input.segmented__input[value="${value}"]').click()`);
}

/** Where the marks stand against the shelf's cells, in screen px, per shelf. */
const MARKS = `(() => {
  const out = [];
  for (const hw of document.querySelectorAll('.stage-hw')) {
    const shelf = hw.parentElement;
    const line = hw.querySelector('.stage-hw-line').getBoundingClientRect();
    const x = line.left + line.width / 2;
    const cells = [...shelf.querySelectorAll('.stage-cell:not([visibility="hidden"]) .stage-cell-number')]
      .map((t) => ({ n: Number(t.textContent.replace(/[^0-9]/g, '')), r: t.closest('g').querySelector('rect').getBoundingClientRect() }))
      .filter((c) => c.r.width > 0);
    const ends = [...shelf.querySelectorAll('.stage-copy-end')]
      .filter((t) => !t.textContent.includes('‹'))
      .map((t) => { const r = t.getBoundingClientRect(); return { n: Number(t.textContent.replace(/[^0-9]/g, '')), x: r.left + r.width / 2 }; });
    // Each copy's row: the pages it holds (not those falling out of it or travelling to it) end where its
    // number says: before the number's column, none when the number stands before the tape ("‹ 3").
    const rows = [...shelf.querySelectorAll('.stage-copy')].map((row) => {
      const end = row.querySelector('.stage-copy-end');
      const r = end.getBoundingClientRect();
      const held = [...row.querySelectorAll('.stage-copy-cell:not(.stage-copy-cell--trip):not(.stage-copy-cell--cut)')]
        .map((c) => c.getBoundingClientRect()).filter((c) => c.width > 0);
      return { text: end.textContent, before: end.textContent.includes('‹'), left: r.left, heldRight: Math.max(-1, ...held.map((c) => c.right)), held: held.length, state: row.getAttribute('class') };
    });
    out.push({ hw: Number(hw.querySelector('.stage-hw-number').textContent.replace(/[^0-9]/g, '')), x, cells, ends, rows });
  }
  return out;
})()`;

for (const viewport of [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
]) {
  test.describe(`replication on the stage at ${viewport.width}x${viewport.height}`, () => {
    test.use({ viewport });
    for (const [moment, url] of Object.entries(MOMENTS)) {
      test(`${moment}: every text whole and on screen in every voice, every mark where its number says`, async ({
        page,
      }) => {
        await page.goto(url);
        await page.locator('.stage-copies').first().waitFor();
        const found: string[] = [];
        let lang = 'en';
        let words = 'classroom';
        for (const voice of ALL_VOICES) {
          if (voice.lang !== lang) await choose(page, (lang = voice.lang));
          if (voice.words !== words) await choose(page, (words = voice.words));
          await page.waitForTimeout(400);
          const texts = await measureStageText(page);
          expect(texts.length).toBeGreaterThan(20);
          for (const t of texts) {
            const where = `${voice.lang}/${voice.words}: "${t.text}"`;
            if (t.cut) found.push(`${where} ${t.cut}`);
            if (t.hidden) found.push(`${where} ${t.hidden}`);
          }
        }
        expect([...new Set(found)]).toEqual([]);
        const marks = await page.evaluate<
          {
            hw: number;
            x: number;
            cells: { n: number; r: DOMRect }[];
            ends: { n: number; x: number }[];
            rows: {
              text: string;
              before: boolean;
              left: number;
              heldRight: number;
              held: number;
              state: string;
            }[];
          }[]
        >(MARKS);
        // The picture has no high watermark without a leader; otherwise one per shelf.
        if (moment !== 'no copy left to lead') expect(marks).toHaveLength(3);
        for (const m of marks) {
          expect(m.cells.length).toBeGreaterThan(0);
          for (const c of m.cells) {
            if (c.n < m.hw)
              expect(c.r.right, `page ${c.n} left of the line at ${m.hw}`).toBeLessThanOrEqual(m.x + 1);
            else expect(c.r.left, `page ${c.n} right of the line at ${m.hw}`).toBeGreaterThanOrEqual(m.x - 1);
          }
          for (const row of m.rows) {
            if (row.before) expect(row.held, `no page held left of "${row.text}"`).toBe(0);
            else
              expect(row.heldRight, `pages held end before "${row.text}"`).toBeLessThanOrEqual(row.left + 1);
          }
          if (moment === 'a repaired room catches up') {
            // Every shelf has a copy in room 3, catching up, its end before the travelling pages.
            expect(m.rows.filter((r) => r.state.includes('stage-copy--catchingUp'))).toHaveLength(1);
          }
          if (moment === 'the repaired room caught up')
            expect(m.rows.filter((r) => r.state.includes('stage-copy--catchingUp'))).toHaveLength(0);
          for (const e of m.ends) {
            for (const c of m.cells) {
              // A copy's end stands in the column of the page it will copy next.
              if (c.n < e.n)
                expect(c.r.right, `copy end ${e.n} right of page ${c.n}`).toBeLessThanOrEqual(e.x);
              else if (c.n > e.n)
                expect(c.r.left, `copy end ${e.n} left of page ${c.n}`).toBeGreaterThanOrEqual(e.x);
              else
                expect(
                  Math.abs(c.r.left + c.r.width / 2 - e.x),
                  `copy end ${e.n} under its page`,
                ).toBeLessThan(c.r.width / 2);
            }
          }
        }
      });
    }
  });
}
