import { describe, expect, it } from 'vitest';
import { MAX_OPEN_MS, parseRoute } from './route';

describe('addresses', () => {
  it('reads a class with a paused moment, a speed and autoplay', () => {
    expect(parseRoute('#/play/sleepy-student?t=15000&speed=2&play=1')).toEqual({
      kind: 'play',
      scenarioId: 'sleepy-student',
      timeMs: 15000,
      speed: 2,
      playing: true,
    });
  });

  it('ignores unreadable parameters instead of failing', () => {
    expect(parseRoute('#/play/x?t=-5&speed=abc')).toEqual({
      kind: 'play',
      scenarioId: 'x',
      timeMs: undefined,
      speed: undefined,
      playing: false,
    });
    expect(parseRoute('#/play/%E0%A4%A')).toMatchObject({ kind: 'play', scenarioId: '%E0%A4%A' });
  });

  it('reads the page of what the simulator simplifies', () => {
    expect(parseRoute('#/simplifications')).toEqual({ kind: 'simplifications' });
    expect(parseRoute('#/simplifications/more')).toMatchObject({ kind: 'not-found' });
  });

  it('reads lesson steps (1-based) and the presenter window', () => {
    expect(parseRoute('#/lesson/sleepy-student/3')).toEqual({
      kind: 'lesson',
      lessonId: 'sleepy-student',
      step: 3,
    });
    expect(parseRoute('#/lesson/sleepy-student')).toEqual({
      kind: 'lesson',
      lessonId: 'sleepy-student',
      step: 1,
    });
    expect(parseRoute('#/lesson/sleepy-student/zero')).toEqual({
      kind: 'lesson',
      lessonId: 'sleepy-student',
      step: 1,
    });
    expect(parseRoute('#/presenter/retention')).toEqual({ kind: 'presenter', lessonId: 'retention' });
  });

  it('reads the sandbox and keeps a share link untouched for the decoder', () => {
    expect(parseRoute('#/sandbox')).toEqual({ kind: 'sandbox' });
    expect(parseRoute('#/share/N4Ig/x?y%2F')).toEqual({ kind: 'share', encoded: 'N4Ig/x?y%2F' });
  });

  it('opens a far-off moment at the latest one it may reach, rather than freezing the page', () => {
    expect(parseRoute('#/play/stress?t=99999999999')).toMatchObject({ kind: 'play', timeMs: MAX_OPEN_MS });
  });

  it('sends the empty address home and anything else to a friendly not-found', () => {
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('#/')).toEqual({ kind: 'home' });
    expect(parseRoute('#/nowhere/at/all')).toEqual({ kind: 'not-found', hash: '/nowhere/at/all' });
  });
});
