import { describe, expect, it } from 'vitest';
import { HISTORY_BUDGET_RECORDS } from '../engine';
import { MAX_SAMPLES } from './history';
import { Player } from './player';
import { forecastWork, SEEK_WORK_BUDGET } from './work-budget';
import { deleting } from '../../test/fixtures/deleting-class';

describe('seeking back past the kept history', () => {
  it('lands on the oldest kept checkpoint when the replay from time 0 would be heavy, exactly where it is light', () => {
    const p = new Player(deleting);
    p.advanceTo(300_000);
    const floor = p.rewindFloorMs;
    expect(floor).toBeGreaterThan(0);
    // Far back, the replay from 0 costs more than a seek may: the playhead stops at the floor.
    const far = floor - 1_000;
    expect(forecastWork(deleting, [], far)).toBeGreaterThan(SEEK_WORK_BUDGET);
    p.seek(far);
    expect(p.now).toBe(floor);
    // A moment near the start replays cheaply from time 0: the seek is exact.
    expect(forecastWork(deleting, [], 2_000)).toBeLessThanOrEqual(SEEK_WORK_BUDGET);
    p.seek(2_000);
    expect(p.now).toBe(2_000);
    // Forward again and back within what is kept: exact.
    p.seek(290_000);
    p.seek(floor + 1_234);
    expect(p.now).toBe(floor + 1_234);
    expect(HISTORY_BUDGET_RECORDS).toBeGreaterThan(0);
  }, 120_000);

  it('keeps at most MAX_SAMPLES chart samples (and a tenth more before trimming) over three simulated hours', () => {
    const p = new Player({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 2 }] }],
    });
    let most = 0;
    for (let t = 600_000; t <= 3 * 3_600_000; t += 600_000) {
      p.advanceTo(t);
      most = Math.max(most, p.samples().length);
      expect(p.samples().length).toBeLessThanOrEqual(MAX_SAMPLES * 1.1);
    }
    expect(most).toBeGreaterThanOrEqual(MAX_SAMPLES);
    // The newest are the ones kept, one a simulated second up to now.
    expect(p.samples().at(-1)!.timeMs).toBe(3 * 3_600_000);
  }, 120_000);
});
