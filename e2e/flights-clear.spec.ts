import { test, expect } from './fixtures';

/**
 * Notes in flight never hide names or numbers: in the busiest lessons, played in presenter mode at
 * 1024x768, the canvas the cards fly on is read pixel by pixel over every text of the stage (names, page
 * numbers on flags and piles, the page numbers of the notes on the shelves and of the next page, backlogs,
 * captions) at moments through every step, and must be see-through there. A cell a note is still flying to
 * shows no number until it lands, so a card covering it hides nothing. Here the canvas is painted in the
 * page (no worker), so its pixels can be read; the worker runs the same painter.
 */
const READ = `(() => {
  const canvas = document.querySelector('canvas.stage-canvas');
  const ctx = canvas && canvas.getContext('2d');
  if (!ctx) return { painted: -1, hidden: [] };
  const frame = canvas.getBoundingClientRect();
  const k = canvas.width / frame.width;
  const all = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let i = 3; i < all.length; i += 4) if (all[i] > 0) painted++;
  const hidden = [];
  for (const t of document.querySelectorAll('.stage svg text')) {
    const text = (t.textContent || '').trim();
    // A cell waiting for its note in flight shows no number (the card brings it): nothing there to read.
    if (!text || t.closest('.stage-zeds') || getComputedStyle(t).visibility === 'hidden') continue;
    const r = t.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    // Where the glyphs' ink is: the text's box is the font's line box, whose top (the ascent above capitals)
    // and bottom (the descent under the baseline) hold no ink in names and numbers; a pixel in from the
    // sides (anti-aliasing of a neighbour is not a card).
    const x0 = Math.max(0, Math.ceil((r.left - frame.left) * k) + 1);
    const y0 = Math.max(0, Math.ceil((r.top + r.height * 0.15 - frame.top) * k));
    const x1 = Math.min(canvas.width, Math.floor((r.right - frame.left) * k) - 1);
    const y1 = Math.min(canvas.height, Math.floor((r.bottom - r.height * 0.2 - frame.top) * k));
    let over = 0;
    for (let y = y0; y < y1; y++)
      for (let x = x0; x < x1; x++) if (all[(y * canvas.width + x) * 4 + 3] > 0) over++;
    if (over > 0) hidden.push(text + ' [' + t.getAttribute('class') + '] (' + over + ' px)');
  }
  return { painted, hidden };
})()`;

test.use({ viewport: { width: 1024, height: 768 } });

test.beforeEach(async ({ page }) => {
  // Paint the flights in the page, where the test can read the canvas.
  await page.addInitScript(() => {
    delete (HTMLCanvasElement.prototype as { transferControlToOffscreen?: unknown })
      .transferControlToOffscreen;
  });
});

for (const lesson of ['calling-backup', 'at-least-once', 'spanish-translation']) {
  test(`${lesson}: no card in flight covers a name or a number`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.goto(`./#/lesson/${lesson}/1`);
    await page.getByRole('button', { name: 'Present', exact: true }).click();
    await page.locator('.lesson--presenting').waitFor();
    const steps = await page.evaluate(
      () => document.querySelectorAll('.lesson__steps li, [data-step]').length,
    );
    let flying = 0;
    const found: string[] = [];
    for (let step = 1; step <= Math.max(steps, 6); step++) {
      // A question waits for its reveal: reveal it so the class plays on.
      await page.keyboard.press('r');
      for (let i = 0; i < 8; i++) {
        await page.waitForTimeout(250);
        const { painted, hidden } = await page.evaluate<{ painted: number; hidden: string[] }>(READ);
        expect(painted).toBeGreaterThanOrEqual(0);
        if (painted > 0) flying++;
        for (const h of hidden) found.push(`step ${step}: ${h}`);
      }
      const url = page.url();
      await page.keyboard.press('n');
      await page.waitForTimeout(100);
      if (page.url() === url) break;
    }
    // Cards did fly while the test looked (the check is not vacuous).
    expect(flying).toBeGreaterThan(5);
    expect([...new Set(found)]).toEqual([]);
  });
}
