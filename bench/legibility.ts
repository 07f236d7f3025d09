/**
 * How large the stage's words are on a projector: walks every step of the nine lessons in presenter mode
 * (each step as it opens and as it ends) in the production build, measuring each moment in English and
 * Spanish, classroom words and Kafka's, and prints per lesson and per language the share of the stage's
 * texts rendering under 16 px, the share of names and numbers under 20 px, the smallest size, every
 * text cut off and every text the class cannot see (off the screen, under the presenter's controls or
 * the caption, also while the controls show). `npx vite build` first. Figures are printed, never asserted (e2e/legibility.spec.ts
 * asserts the limits).
 *
 *   node --import tsx bench/legibility.ts [width]x[height] [en|es|all] [port]
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import { COURSE } from '../src/lessons/course.ts';
import { ALL_VOICES, walkLesson, type StageText } from '../e2e/stage-text.ts';
import { quantile, startPreview } from './browser.ts';

const [w, h] = (process.argv[2] ?? '1024x768').split('x').map(Number) as [number, number];
const langs = (process.argv[3] ?? 'all') === 'all' ? ['en', 'es'] : [process.argv[3]];
const voices = ALL_VOICES.filter((v) => langs.includes(v.lang));
const port = Number(process.argv[4] ?? process.env.E2E_PORT ?? 4262);
const only = process.env.LESSON;

const server = await startPreview(port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({
    viewport: { width: w, height: h },
    baseURL: `http://127.0.0.1:${port}/`,
  });
  const all = new Map<string, StageText[]>();
  console.log(
    `stage text in presenter mode at ${w}x${h}, ${voices.map((v) => `${v.lang}/${v.words}`).join(', ')}`,
  );
  const started = performance.now();
  for (const lesson of COURSE) {
    if (only && lesson.id !== only) continue;
    const texts = new Map<string, StageText[]>();
    const cuts = new Set<string>();
    await walkLesson(page, lesson, voices, (v) => {
      const at = `step ${v.step} ${v.moment}${v.chrome ? ' (controls showing)' : ''} ${v.voice.lang}/${v.voice.words}`;
      for (const t of v.texts) {
        if (t.cut) cuts.add(`${at}: "${t.text}" ${t.cut}`);
        if (t.hidden) cuts.add(`${at}: "${t.text}" ${t.hidden}`);
      }
      // Sizes as the class sees them most of the time: with the controls hidden (showing, the stage zooms out).
      if (v.chrome) return;
      const list = texts.get(v.voice.lang) ?? [];
      list.push(...v.texts);
      texts.set(v.voice.lang, list);
    });
    for (const [lang, list] of texts) {
      all.set(lang, [...(all.get(lang) ?? []), ...list]);
      report(`${lesson.id} (${lang})`, list);
      if (process.env.VERBOSE) {
        const small = [
          ...new Map(
            list.filter((t) => t.px < (t.important ? 20 : 16)).map((t) => [`${t.cls}|${t.text}`, t]),
          ).values(),
        ];
        for (const t of small.sort((a, b) => a.px - b.px).slice(0, 12))
          console.log(`    small: ${t.px.toFixed(1)} px ${t.cls} "${t.text}"`);
      }
    }
    for (const c of [...cuts].slice(0, 8)) console.log(`    cut: ${c}`);
    if (cuts.size > 8) console.log(`    ... ${cuts.size - 8} more cut`);
  }
  for (const [lang, list] of all) report(`all lessons (${lang})`, list);
  console.log(`walked in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} finally {
  await browser.close();
  server.kill();
}

function report(name: string, texts: readonly StageText[]): void {
  const px = texts.map((t) => t.px);
  const under16 = texts.filter((t) => t.px < 16 - 0.05).length;
  const important = texts.filter((t) => t.important);
  const under20 = important.filter((t) => t.px < 20 - 0.05).length;
  const pct = (a: number, b: number): string => `${b === 0 ? 0 : Math.round((100 * a) / b)}%`;
  console.log(
    `${name.padEnd(27)} texts ${String(texts.length).padStart(5)}  under 16 px ${pct(under16, texts.length).padStart(4)}` +
      `  names/numbers under 20 px ${pct(under20, important.length).padStart(4)}` +
      `  smallest ${Math.min(...px).toFixed(1)} px  median ${quantile(px, 0.5).toFixed(1)} px` +
      `  cut ${texts.filter((t) => t.cut).length}  unseen ${texts.filter((t) => t.hidden).length}`,
  );
}
