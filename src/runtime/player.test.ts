import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { Player } from './player';

const sleepy = () => new Player(findScenario('sleepy-student')!.scenario);

describe('Player', () => {
  it('samples the charts once per simulated second', () => {
    const p = sleepy();
    p.advanceTo(5_500);
    expect(p.samples().map((s) => s.timeMs)).toEqual([0, 1000, 2000, 3000, 4000, 5000]);
  });

  it('steps forward to the next visible change, and back to the previous one', () => {
    const p = sleepy();
    p.advanceTo(10_000);
    const before = p.snapshot();
    p.stepForward();
    expect(p.now).toBeGreaterThan(10_000);
    expect(p.now).toBeLessThanOrEqual(11_000);
    const after = p.snapshot();
    expect(
      after.eventCount > before.eventCount ||
        after.topics[0]!.partitions[0]!.logEndOffset > before.topics[0]!.partitions[0]!.logEndOffset,
    ).toBe(true);
    const at = p.now;
    p.stepBack();
    expect(p.now).toBeLessThan(at);
  });

  it('seeking back and forth shows exactly the past, and keeps the samples of the recorded future', () => {
    const p = sleepy();
    p.advanceTo(30_000);
    const at20 = (() => {
      const q = sleepy();
      q.advanceTo(20_000);
      return JSON.stringify(q.snapshot());
    })();
    p.seek(20_000);
    expect(JSON.stringify(p.snapshot())).toBe(at20);
    expect(p.samples().length).toBe(31);
    expect(p.horizonMs).toBe(30_000);
    p.seek(30_000);
    expect(p.now).toBe(30_000);
  });

  it('a command after rewinding forks history: the recorded future is dropped', () => {
    const p = sleepy();
    p.advanceTo(30_000);
    p.seek(10_000);
    expect(p.apply({ type: 'sleep', group: 'class', member: 'ben' })).toBeNull();
    expect(p.samples()[p.samples().length - 1]!.timeMs).toBe(10_000);
    expect(p.horizonMs).toBe(10_000);
  });

  it('returns the engine refusal as text and changes nothing', () => {
    const p = sleepy();
    p.advanceTo(2_000);
    const before = JSON.stringify(p.snapshot());
    expect(p.apply({ type: 'sleep', group: 'class', member: 'nobody' })).toMatch(/nobody/);
    expect(JSON.stringify(p.snapshot())).toBe(before);
  });
});
