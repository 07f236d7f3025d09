import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAME_DELTA_MS,
  MAX_SPEED,
  MIN_SPEED,
  SPEED_STOPS,
  advanceRenderTime,
  clampSpeed,
  nearestSpeedStop,
  stepSpeed,
  sliderToSpeed,
  speedToSlider,
} from './clock';

describe('playback clock', () => {
  it('puts 1x in the middle of a logarithmic slider running from 0.1x to 16x', () => {
    expect(speedToSlider(MIN_SPEED)).toBe(0);
    expect(speedToSlider(MAX_SPEED)).toBe(1);
    expect(sliderToSpeed(0)).toBe(0.1);
    expect(sliderToSpeed(1)).toBe(16);
    expect(sliderToSpeed(speedToSlider(1))).toBe(1);
    expect(speedToSlider(1)).toBeCloseTo(Math.log(10) / Math.log(160), 10);
  });

  it('keeps speeds in range, whatever arrives', () => {
    expect(clampSpeed(100)).toBe(16);
    expect(clampSpeed(0)).toBe(0.1);
    expect(clampSpeed(Number.NaN)).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (x) => {
        const s = sliderToSpeed(x);
        return s >= MIN_SPEED && s <= MAX_SPEED;
      }),
    );
  });

  it('advances by wall time times speed, but a long pause (hidden tab) counts as one short frame', () => {
    expect(advanceRenderTime(1000, 16, 2)).toBe(1032);
    expect(advanceRenderTime(1000, 60_000, 1)).toBe(1000 + MAX_FRAME_DELTA_MS);
    expect(advanceRenderTime(1000, -5, 1)).toBe(1000);
  });

  it('steps between speed stops from any speed, always moving unless at an end', () => {
    expect(SPEED_STOPS[0]).toBe(MIN_SPEED);
    expect(SPEED_STOPS.at(-1)).toBe(MAX_SPEED);
    expect(SPEED_STOPS[nearestSpeedStop(1)]).toBe(1);
    fc.assert(
      fc.property(fc.double({ min: MIN_SPEED, max: MAX_SPEED, noNaN: true }), (s) => {
        const up = stepSpeed(s, 1);
        const down = stepSpeed(s, -1);
        return (
          (up > s || s === MAX_SPEED) && (down < s || s === MIN_SPEED) && up <= MAX_SPEED && down >= MIN_SPEED
        );
      }),
    );
  });
});
