import { describe, expect, it } from 'vitest';
import type { Lesson } from '../lessons/lesson';
import { COURSE } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { FORECAST_MARGIN } from '../runtime/work-budget';
import { checkLesson, checkScenario, estimateWork, MAX_REPLAY_WORK, openLesson } from './open-shared';
import { problemIn } from './share';
import { readLessonShape } from './lesson-file';
import { SANDBOX_SCENARIO } from '../lessons/presets';

const base = (): Lesson => structuredClone(COURSE.find((l) => l.id === 'sleepy-student')!);
const problems = (input: unknown) => {
  const r = readLessonShape(input);
  return r.ok ? [] : r.problems.map((p) => `${p.path}: ${p.message}`);
};

describe('lesson files: shape', () => {
  it.each(COURSE.map((l) => [l.id, l] as const))(
    'accepts the course lesson %s as a file, and opens it within the lesson budget',
    (_id, lesson) => {
      const copy = JSON.parse(JSON.stringify(lesson)) as unknown;
      const shape = readLessonShape(copy);
      expect(shape.ok && shape.value).toEqual(lesson);
      const scenario = findScenario(lesson.scenarioId)!.scenario;
      const checked = checkLesson(copy, scenario);
      expect(checked.ok).toBe(true);
      // Planned within half the opening budget (checkLesson), then replayed into a page within the other half.
      if (checked.ok) expect(openLesson(scenario, checked.value).getState().lesson?.step).toBe(0);
    },
  );

  it('names what is wrong, by path', () => {
    const l = base() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    l.colour = 'red';
    l.steps[0].caption = '';
    l.steps[0].until = { kind: 'forever' };
    l.steps[1].question.answer = 3;
    l.steps[1].until = { kind: 'event', type: 'explosion' };
    l.steps[2].highlight = [{ kind: 'member', group: 'class' }];
    l.steps[2].words = 'spanish';
    l.steps[3].until = { kind: 'lag', group: 'class' };
    l.steps[3].commands = ['wake ben'];
    l.steps[4].expect = [{ kind: 'activity', group: 'class', member: 'ben', activity: 'dancing' }];
    expect(problems(l)).toEqual([
      'colour: unknown field',
      'steps[0].caption: must be text of 1 to 2,000 characters',
      'steps[0].until.kind: must be "elapsed", "lag", "groupState", "count", "activity", "event", "owns", "committed", "not", "log", "replicas" or "producer"',
      'steps[1].until.type: must be ' +
        '"rebalanceStarted", "groupStateChanged", "partitionsAssigned", "partitionsRevoked", "fetched", "committed", ' +
        '"offsetReset", "truncationDetected", "memberJoined", "memberLeft", "memberAdded", "memberRemoved", ' +
        '"memberSlept", "memberWoke", ' +
        '"memberCrashed", "memberRateChanged", "groupAdded", "producerRateChanged", "segmentRolled", ' +
        '"segmentsDeleted", "logCompacted", "brokerStopped", "brokerStarted", "brokerFenced", "leaderElected", ' +
        '"isrChanged", "logTruncated" or "recordsExpired"',
      'steps[1].question.answer: must be a whole number from 0 to 2',
      'steps[2].words: must be "classroom" or "kafka"',
      'steps[2].highlight[0].member: is required',
      'steps[3].commands[0]: must be an object describing a command',
      'steps[3].until.atMost: or atLeast is required: say how much backlog to wait for',
      'steps[4].expect[0].activity: must be "processing", "finishing", "waiting", "rebalancing", "idle", "asleep", "crashed" or "out"',
    ]);
  });

  it('reads the conditions that pin a caption: owner, bookmark, generation, and their opposite', () => {
    const l = base();
    l.steps[0]!.expect = [
      { kind: 'owns', group: 'class', member: 'ben', partitions: [0] },
      { kind: 'committed', group: 'class', partition: 0, atMost: 9, belowLogStart: false },
      { kind: 'groupState', group: 'class', state: 'Stable', generation: 1 },
      { kind: 'not', condition: { kind: 'event', type: 'rebalanceStarted' } },
      { kind: 'log', topic: 'notes', partition: 0, of: 'start', atMost: 0 },
      { kind: 'log', topic: 'notes', partition: 0, of: 'highWatermark', atLeast: 3 },
      { kind: 'replicas', topic: 'notes', partition: 0, leader: 2, isr: [1, 2] },
      { kind: 'replicas', topic: 'notes', partition: 0, leader: null },
      { kind: 'producer', producer: 'teacher', of: 'lostAcknowledged', atLeast: 1, atMost: 5 },
    ];
    const shape = readLessonShape(JSON.parse(JSON.stringify(l)));
    expect(shape.ok && shape.value).toEqual(l);
    const bad = base() as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    bad.steps[0].expect = [
      { kind: 'owns', group: 'class', member: 'ben', partitions: [0, -1] },
      { kind: 'committed', group: 'class', partition: 0, belowLogStart: 'yes' },
      { kind: 'not' },
      { kind: 'replicas', topic: 'notes', partition: 0, leader: 0, isr: [1, 9] },
      { kind: 'producer', producer: 'teacher', of: 'sent' },
      {
        kind: 'not',
        condition: {
          kind: 'not',
          condition: {
            kind: 'not',
            condition: { kind: 'not', condition: { kind: 'not', condition: { kind: 'elapsed', ms: 1 } } },
          },
        },
      },
    ];
    expect(problems(bad)).toEqual([
      'steps[0].expect[0].partitions[1]: must be a whole number from 0 to 63',
      'steps[0].expect[1].belowLogStart: must be "true" or "false"',
      'steps[0].expect[2].condition: is required',
      'steps[0].expect[3].leader: must be a whole number from 1 to 5',
      'steps[0].expect[3].isr[1]: must be a whole number from 1 to 5',
      'steps[0].expect[4].of: must be "acknowledged", "failed", "lostAcknowledged" or "waiting"',
      'steps[0].expect[5].condition.condition.condition.condition.condition: must be an object describing a condition',
    ]);
  });

  it('refuses what is not a lesson at all', () => {
    expect(problems(null)).toEqual([': the lesson must be an object with an id, a title and steps']);
    expect(problems({ id: 'x', title: 'X', steps: [] })).toEqual([
      'steps: must list 1 to 50 entries (it lists 0)',
    ]);
    expect(problems({ id: 'a b', title: 'X', steps: 'none' })).toEqual([
      'id: must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"',
      'steps: must be a list',
    ]);
  });

  it('keeps a lesson to 30 simulated minutes', () => {
    const l = base();
    l.steps = Array.from({ length: 4 }, (_, i) => ({
      ...l.steps[0]!,
      title: `s${i}`,
      until: { kind: 'elapsed', ms: 600_000 },
    }));
    expect(problems(l)).toEqual([
      'steps: may run at most 30 simulated minutes in all (these steps may run 40): shorten maxMs or elapsed times',
    ]);
    l.steps[0]!.until = { kind: 'elapsed', ms: 600_001 };
    expect(problems(l)[0]).toBe('steps[0].until.ms: must be a whole number from 0 to 600,000');
  });

  it('a command the engine refuses is a problem of the lesson', () => {
    const l = base();
    l.steps[1]!.commands = [{ type: 'sleep', group: 'class', member: 'nobody' }];
    const r = checkLesson(l, findScenario('sleepy-student')!.scenario);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems).toEqual([
      {
        path: 'steps',
        message: 'a command was refused when the lesson ran: member: member "nobody" is not in group "class"',
      },
    ]);
  });
});

describe('the engine checks the views use', () => {
  it("checkScenario gives the validator's problems", () => {
    expect(checkScenario(SANDBOX_SCENARIO)).toEqual({ ok: true, value: SANDBOX_SCENARIO });
    expect(
      checkScenario({ seed: 1, topics: [{ name: 'x', partitions: 0 }], producers: [], groups: [] }),
    ).toEqual({
      ok: false,
      problems: [{ path: 'topics[0].partitions', message: 'must be a whole number from 1 to 64' }],
    });
    expect(checkScenario('hello')).toMatchObject({ ok: false });
  });

  it('estimates replay work from rates, readers, students and partitions (the engine cost model)', () => {
    const minute = estimateWork(SANDBOX_SCENARIO, [], 60_000);
    expect(minute).toBeGreaterThan(0);
    const faster = estimateWork(
      SANDBOX_SCENARIO,
      [{ timeMs: 30_000, command: { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 400 } }],
      60_000,
    );
    expect(faster).toBeGreaterThan(minute);
    // Every fetch visits every partition: a quiet class on 16 topics x 64 partitions is no longer "cheap".
    const topics = Array.from({ length: 16 }, (_, i) => ({ name: `t${i}`, partitions: 64 }));
    const quiet = {
      seed: 1,
      topics,
      producers: [],
      groups: [{ id: 'g', topics: topics.map((t) => t.name), members: [{ id: 'a', recordsPerSec: 1 }] }],
    };
    expect(estimateWork(quiet, [], 86_400_000)).toBeGreaterThan(10 * MAX_REPLAY_WORK);
    expect(estimateWork(quiet, [], 60_000)).toBeLessThan(MAX_REPLAY_WORK);
    // The busy school: ten minutes are within the opening budget by the forecast; fifty are past it but
    // within its margin, so the engine's meter decides (it stops the replay at the budget); an hour is not.
    const stress = findScenario('stress')!.scenario;
    expect(estimateWork(stress, [], 600_000)).toBeLessThan(MAX_REPLAY_WORK);
    expect(estimateWork(stress, [], 3_000_000)).toBeGreaterThan(MAX_REPLAY_WORK);
    expect(estimateWork(stress, [], 3_000_000)).toBeLessThan(FORECAST_MARGIN * MAX_REPLAY_WORK);
    expect(estimateWork(stress, [], 3_600_000)).toBeGreaterThan(FORECAST_MARGIN * MAX_REPLAY_WORK);
  });
});

describe('lessons too heavy to run', () => {
  it('a lesson that turns the teacher up to 50,000 notes a second is refused before it runs', () => {
    const l = base();
    l.steps[1]!.commands = [{ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 50_000 }];
    l.steps[1]!.until = { kind: 'elapsed', ms: 600_000 };
    const r = checkLesson(l, findScenario('sleepy-student')!.scenario);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.problems[0]!.message).toMatch(
      /^would take too long to run \(about [\d,.]+ s of work for a classroom laptop; at most 4 s\)$/,
    );
  });

  it('a rate the engine would refuse does not count (the engine names it)', () => {
    const huge = [
      { timeMs: 0, command: { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 1e308 } },
    ];
    expect(estimateWork(SANDBOX_SCENARIO, huge, 60_000)).toBe(estimateWork(SANDBOX_SCENARIO, [], 60_000));
  });
});

describe('a lesson file: problems in Spanish', () => {
  it("names each problem of the lesson's shape in Spanish, numbers written the Spanish way", () => {
    const r = readLessonShape({ id: 'a b', title: 'X', steps: [{ title: 'T', caption: 'x'.repeat(2001) }] });
    expect(r.ok).toBe(false);
    const spanish = r.ok ? [] : r.problems.map((p) => `${p.path}: ${problemIn(p, 'es')}`);
    expect(spanish).toEqual([
      'id: debe tener de 1 a 40 caracteres entre a-z, A-Z, 0-9, ".", "_" y "-"',
      'steps[0].caption: debe ser un texto de 1 a 2000 caracteres',
      'steps[0].until: es obligatorio: di hasta dónde llega el paso',
    ]);
  });

  it('a lesson too heavy to plan is refused with Spanish numbers', () => {
    const r = checkLesson(
      {
        id: 'heavy',
        title: 'Heavy',
        steps: [{ title: 'T', caption: 'C', until: { kind: 'elapsed', ms: 600_000 } }],
      },
      { ...SANDBOX_SCENARIO, producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10_000 }] },
    );
    expect(!r.ok && problemIn(r.problems[0]!, 'es')).toMatch(
      /^tardaría demasiado en ejecutarse \(unos [\d.,]+ s de trabajo para un portátil de aula; como mucho 4 s\)$/,
    );
  });
});
