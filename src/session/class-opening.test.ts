import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { quiet } from '../../test/fixtures/hostile-classes';
import { abortedAt } from '../../test/session/opening-fixtures';
import { findScenario } from '../lessons/scenarios';
import { OPEN_SLICE_WORK, OPEN_WORK_BUDGET } from '../runtime/work-budget';
import { ClassOpening, finishOpening, openingRefusal } from './class-opening';
import { estimateWork, openSharedClass } from './open-shared';
import { ShareError, type SharedClass } from './share';

const stress = findScenario('stress')!.scenario;

const link = (scenario: Scenario, timeMs: number, commands: SharedClass<Scenario>['commands'] = []) =>
  ({ v: 1, scenario, commands, timeMs }) as SharedClass<Scenario>;

describe('opening a shared class in slices', () => {
  it('gives the class a replay in one go gives, after many slices that each answered the page', async () => {
    const commands = [
      { timeMs: 5_000, command: { type: 'crash', group: 'french', member: 'fr-2' } },
      { timeMs: 25_000, command: { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 120 } },
    ];
    // Opened before its last action: that one is the recorded future, as in a replay in one go.
    const payload = link(stress, 20_000, commands);
    const once = openSharedClass(payload);
    const progress: number[] = [];
    let pauses = 0;
    const store = await finishOpening(new ClassOpening(payload), {
      onProgress: (p) => progress.push(p),
      pause: () => {
        pauses++;
        return Promise.resolve();
      },
    });
    expect(store).not.toBeNull();
    expect(JSON.stringify(store!.getState().snapshot)).toBe(JSON.stringify(once.getState().snapshot));
    expect(store!.getState().recordedCommands()).toEqual(once.getState().recordedCommands());
    expect(store!.getState().playing).toBe(false);
    expect(pauses).toBeGreaterThan(5);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[progress.length - 1]).toBeLessThan(1);
  });

  it('stops between two slices when told, and does no more work', async () => {
    const opening = new ClassOpening(link(stress, 120_000));
    const { store, pauses } = await abortedAt(opening, 3);
    expect(store).toBeNull();
    expect(pauses).toBe(3);
    expect(opening.progress).toBeGreaterThan(0);
    expect(opening.progress).toBeLessThan(0.2);
  });

  it('refuses by name a class far over the budget before any work, and one the meter finds too heavy part way', () => {
    expect(() => new ClassOpening(link(quiet, 86_400_000))).toThrow(ShareError);
    // The quiet class's forecast errs high (one fetch a poll on each of 1,024 shelves): 2.5 h is under the
    // forecast's margin, so the replay starts; its pace says it would pass the budget, and it stops there.
    const atMs = 9_000_000;
    const forecast = estimateWork(quiet, [], atMs);
    expect(forecast).toBeGreaterThan(OPEN_WORK_BUDGET);
    expect(forecast).toBeLessThan(2 * OPEN_WORK_BUDGET);
    const opening = new ClassOpening(link(quiet, atMs));
    let error: unknown = null;
    try {
      while (opening.step(50 * OPEN_SLICE_WORK) === null);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ShareError);
    expect((error as ShareError).message).toMatch(/^the link would take too long to open: replaying 2:30:00/);
    // Refused once its pace was known, not at the end of the budget.
    expect(opening.progress).toBeLessThan(0.5);
  });

  it('tells the share button which links will be refused: the busy school after an hour, not after ten minutes', () => {
    expect(openingRefusal(link(stress, 600_000))).toBeNull();
    const refusal = openingRefusal(link(stress, 3_600_000));
    expect(refusal?.text('en')).toMatch(
      /^the link would take too long to open: replaying 1:00:00 of this class is about [\d.]+ s of work for a classroom laptop, and this page spends at most 8 s of such work opening a class$/,
    );
    expect(refusal?.text('es')).toMatch(/^el enlace tardaría demasiado en abrirse: reproducir 1:00:00 /);
  });
});
