import { describe, expect, it } from 'vitest';
import {
  boundedDelivery,
  CHANNEL_BURST,
  CHANNEL_FLUSH_MS,
  CHANNEL_RATE_PER_SEC,
  coalesce,
  type Pacing,
} from './channel-pacing';
import { openPresenterChannel } from './presenter-channel';
import type { PresenterMessage } from './presenter-messages';
import { createTestChannels } from '../../../test/views/test-channel';

/** A clock the test moves by hand, with the timers due on it. */
function testPacing(): Pacing & { advance(ms: number): void } {
  let now = 0;
  let timers: { at: number; run: () => void }[] = [];
  return {
    now: () => now,
    later: (run, ms) => {
      const timer = { at: now + ms, run };
      timers.push(timer);
      return () => {
        timers = timers.filter((t) => t !== timer);
      };
    },
    advance(ms) {
      const until = now + ms;
      for (;;) {
        const next = timers.filter((t) => t.at <= until).sort((a, b) => a.at - b.at)[0];
        if (!next) break;
        timers = timers.filter((t) => t !== next);
        now = next.at;
        next.run();
      }
      now = until;
    },
  };
}

describe('the presenter channel is bounded', () => {
  it('5,000 step commands at once are acted on a few times, not 5,000', () => {
    const pacing = testPacing();
    const got: PresenterMessage[] = [];
    const d = boundedDelivery((m) => got.push(m), pacing);
    for (let i = 0; i < 5_000; i++) d.receive({ type: 'command', action: 'next' });
    expect(got).toHaveLength(CHANNEL_BURST);
    pacing.advance(10 * CHANNEL_FLUSH_MS);
    // A second later: at most the burst plus what the rate allowed back, nothing still queued.
    expect(got.length).toBeLessThanOrEqual(CHANNEL_BURST + 2);
    pacing.advance(60_000);
    expect(got.length).toBeLessThanOrEqual(CHANNEL_BURST + 2);
  });

  it('2,000 language switches at once end in the last language, with few switches made', () => {
    const pacing = testPacing();
    const got: PresenterMessage[] = [];
    const d = boundedDelivery((m) => got.push(m), pacing);
    for (let i = 0; i < 2_000; i++) d.receive({ type: 'lang', lang: i % 2 === 0 ? 'es' : 'en' });
    d.receive({ type: 'lang', lang: 'es' });
    pacing.advance(CHANNEL_FLUSH_MS);
    expect(got.length).toBeLessThanOrEqual(CHANNEL_BURST + 1);
    expect(got[got.length - 1]).toEqual({ type: 'lang', lang: 'es' });
  });

  it('a switch arriving just after a flush, with the allowance spent, is held and still wins', () => {
    const pacing = testPacing();
    const got: PresenterMessage[] = [];
    const d = boundedDelivery((m) => got.push(m), pacing);
    for (let i = 0; i < CHANNEL_BURST + 3; i++) d.receive({ type: 'lang', lang: i % 2 === 0 ? 'es' : 'en' });
    pacing.advance(CHANNEL_FLUSH_MS); // the flush: the held ones coalesced, the allowance grown back to 1.6
    d.receive({ type: 'lang', lang: 'es' }); // acted on at once, leaving 0.6
    d.receive({ type: 'lang', lang: 'en' }); // inside the rate window: held, nothing to flush it but a timer
    expect(got[got.length - 1]).toEqual({ type: 'lang', lang: 'es' });
    pacing.advance(CHANNEL_FLUSH_MS);
    expect(got[got.length - 1]).toEqual({ type: 'lang', lang: 'en' });
    pacing.advance(60_000);
    expect(got[got.length - 1]).toEqual({ type: 'lang', lang: 'en' });
  });

  it('a flood that trickles in over seconds ends in its last language, at a bounded rate', () => {
    // A slow or loaded machine hands the window its messages between renders, not all at once: every
    // spacing below and above the flush interval, and every spot of the last one relative to a flush.
    for (const gapMs of [1, 3, 7, 13, 50, 99, 100, 101, 250]) {
      for (const count of [CHANNEL_BURST, CHANNEL_BURST + 1, 300, 2_001]) {
        const pacing = testPacing();
        const got: PresenterMessage[] = [];
        const d = boundedDelivery((m) => got.push(m), pacing);
        for (let i = 0; i < count; i++) {
          d.receive({ type: 'lang', lang: i % 2 === 0 ? 'es' : 'en' });
          pacing.advance(gapMs);
        }
        const last = count % 2 === 1 ? 'es' : 'en';
        pacing.advance(CHANNEL_FLUSH_MS);
        expect(got[got.length - 1], `${count} switches ${gapMs} ms apart`).toEqual({
          type: 'lang',
          lang: last,
        });
        const elapsedMs = count * gapMs + CHANNEL_FLUSH_MS;
        const bound =
          CHANNEL_BURST +
          Math.ceil(elapsedMs / CHANNEL_FLUSH_MS) +
          Math.ceil((elapsedMs * CHANNEL_RATE_PER_SEC) / 1000) +
          1;
        expect(got.length).toBeLessThanOrEqual(Math.min(count, bound));
      }
    }
  });

  it('a clicker and a hello with its answer come through at once, as before', () => {
    const pacing = testPacing();
    const got: PresenterMessage[] = [];
    const d = boundedDelivery((m) => got.push(m), pacing);
    d.receive({ type: 'hello' });
    d.receive({ type: 'command', action: 'next' });
    d.receive({ type: 'lang', lang: 'es' });
    expect(got).toHaveLength(3);
  });

  it('coalescing keeps the latest state, language, hello and goodbye, and the commands in order', () => {
    const state = (step: number): PresenterMessage => ({
      type: 'state',
      step,
      phase: 'done',
      answer: null,
      revealed: false,
      offScript: false,
      free: false,
    });
    expect(
      coalesce([
        state(1),
        { type: 'command', action: 'next' },
        { type: 'lang', lang: 'es' },
        state(2),
        { type: 'command', action: 'reveal' },
        { type: 'lang', lang: 'en' },
      ]),
    ).toEqual([
      { type: 'command', action: 'next' },
      state(2),
      { type: 'command', action: 'reveal' },
      { type: 'lang', lang: 'en' },
    ]);
  });

  it('nothing is delivered after unsubscribing, even what was held', () => {
    const pacing = testPacing();
    const { open } = createTestChannels();
    const a = openPresenterChannel('l', open, pacing)!;
    const b = openPresenterChannel('l', open, pacing)!;
    const got: PresenterMessage[] = [];
    const stop = b.subscribe((m) => got.push(m));
    for (let i = 0; i < 100; i++) a.send({ type: 'command', action: 'next' });
    expect(got).toHaveLength(CHANNEL_BURST);
    stop();
    pacing.advance(1_000);
    expect(got).toHaveLength(CHANNEL_BURST);
  });
});
