import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import { localizeLesson } from '../../src/lessons/localize';
import { findScenario } from '../../src/lessons/scenarios';
import { planLesson } from '../../src/runtime/lesson-plan';
import { entryTime } from '../../src/runtime/lesson-phase';

/**
 * A step's question is asked before the step plays (lesson-phase.ts: `asking` at its entry, before its
 * commands), so its premise must be what the picture shows then, or what is about to happen: a room the
 * step breaks or switches off is still working on the stage while the class guesses. A prompt that says
 * it "is broken" or "is down", or counts the copies left after it, is ahead of the picture.
 */
const AHEAD: Record<'en' | 'es', RegExp> = {
  en: /\b(is|are) (broken|down|off)\b|\bonly one copy is\b/i,
  es: /\b(está|están) (rota|rotas|caída|caídas|apagada|apagadas|en reparación)\b|\bsolo queda\b/i,
};

const stopping = COURSE.flatMap((lesson) =>
  lesson.steps.flatMap((step, i) => {
    const stopped = (step.commands ?? []).flatMap((c) => (c.type === 'stopBroker' ? [c.broker] : []));
    return step.question && stopped.length > 0 ? [{ lesson, index: i, stopped }] : [];
  }),
);

describe('questions asked before a room breaks', () => {
  it('exist in the replication lessons (the check below has something to check)', () => {
    expect(stopping.map((s) => `${s.lesson.id}/${s.index + 1}`)).toEqual(
      expect.arrayContaining(['copies/4', 'machine-breaks/5', 'no-spare-copy/2']),
    );
  });

  it.each(stopping.map((s) => [`${s.lesson.id} step ${s.index + 1}`, s] as const))(
    '%s: the prompt names the room about to stop and does not say it has stopped (EN and ES)',
    (_, { lesson, index, stopped }) => {
      // At the moment the card is up, every room the step stops still works.
      const scenario = findScenario(lesson.scenarioId)!.scenario;
      const plan = planLesson(lesson, scenario);
      const sim = createSimulation(scenario);
      for (const { timeMs, command } of plan.script) {
        if (timeMs > entryTime(plan.steps[index]!)) break;
        sim.advanceTo(timeMs);
        sim.apply(command);
      }
      sim.advanceTo(entryTime(plan.steps[index]!));
      const up = sim
        .snapshot()
        .brokers.filter((b) => b.status === 'up')
        .map((b) => b.id);
      for (const b of stopped) expect(up).toContain(b);
      for (const lang of ['en', 'es'] as const) {
        const prompt = localizeLesson(lesson, lang).steps[index]!.question!.prompt;
        for (const b of stopped) expect(prompt, `${lang}: ${prompt}`).toMatch(new RegExp(`\\b${b}\\b`));
        expect(prompt, `${lang}: ${prompt}`).not.toMatch(AHEAD[lang]);
      }
    },
  );
});
