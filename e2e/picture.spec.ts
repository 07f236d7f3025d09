import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';

test('the stage saves as a PNG and as a self-contained SVG for slides', async ({ page }) => {
  await page.goto('./#/play/spanish-translation?t=20000');
  const [png] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save picture' }).click(),
  ]);
  expect(png.suggestedFilename()).toBe('spanish-translation.png');
  const pngBytes = await readFile((await png.path())!);
  expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
  expect(pngBytes.length).toBeGreaterThan(20_000);

  const [svg] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'as SVG' }).click(),
  ]);
  const text = await readFile((await svg.path())!, 'utf8');
  expect(text.startsWith('<svg')).toBe(true);
  expect(text).toContain('notas');
  expect(text).not.toContain('class=');
});
