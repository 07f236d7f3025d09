import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_FRAME_DELTA_MS,
  MAX_SPEED,
  MIN_SPEED,
  SPEED_STOPS,
  advanceRenderTime,
  MAX_EXTRAPOLATION_MS,
  renderTimeAt,
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

  it('does not clamp the wall time the frame loop chose to sleep, only what passes it', () => {
    expect(advanceRenderTime(0, 250, 2, 200)).toBe(500);
    expect(advanceRenderTime(0, 5_000, 1, 200)).toBe(200 + MAX_FRAME_DELTA_MS);
    expect(advanceRenderTime(0, 5_000, 1)).toBe(MAX_FRAME_DELTA_MS);
  });

  it('reads the render time from an anchor: still when paused, never past a step end or far ahead', () => {
    const anchor = { renderTime: 1_000, wallMs: 50_000, speed: 2, playing: true, stopAtMs: Infinity };
    expect(renderTimeAt(anchor, 50_100)).toBe(1_200);
    expect(renderTimeAt(anchor, 49_000)).toBe(1_000);
    expect(renderTimeAt({ ...anchor, playing: false }, 50_100)).toBe(1_000);
    expect(renderTimeAt({ ...anchor, stopAtMs: 1_050 }, 50_100)).toBe(1_050);
    expect(renderTimeAt(anchor, 50_000 + 10 * MAX_EXTRAPOLATION_MS)).toBe(1_000 + 2 * MAX_EXTRAPOLATION_MS);
  });
});
