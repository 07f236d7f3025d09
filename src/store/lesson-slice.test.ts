import { describe, expect, it } from 'vitest';
import { findLesson } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { planLesson } from '../runtime/lesson-plan';
import { createSimulatorStore } from './simulator-store';

const open = (id: string, step = 0) => {
  const lesson = findLesson(id)!;
  const scenario = findScenario(lesson.scenarioId)!.scenario;
  const plan = planLesson(lesson, scenario);
  const store = createSimulatorStore(scenario, { lesson: { lesson, plan, step } });
  return { store, plan, lesson };
};

/** Plays until the step pauses by itself, in 100 ms frames at 16x. */
const runStep = (store: ReturnType<typeof open>['store']) => {
  for (let i = 0; i < 10_000 && store.getState().playing; i++) store.getState().tick(100);
};

describe('a guided lesson in the store', () => {
  it('stepping back shows the step in its own words, as entering it did', () => {
    const { store, lesson } = open('copies');
    expect(lesson.steps[2]!.words).toBe('kafka');
    expect(lesson.steps[3]!.words).toBe('classroom');
    store.getState().goToStep(3);
    expect(store.getState().words).toBe('classroom');
    store.getState().previousStep();
    expect(store.getState().lesson!.step).toBe(2);
    expect(store.getState().words).toBe('kafka');
  });

  it('enters a step just before its commands and pauses at its end', () => {
    const { store, plan } = open('sleepy-student');
    store.getState().setSpeed(16);
    store.getState().goToStep(0);
    expect(store.getState().lesson!.phase).toBe('running');
    runStep(store);
    expect(store.getState().lesson!.phase).toBe('done');
    expect(store.getState().snapshot.timeMs).toBe(plan.steps[0]!.endMs);
  });

  it('asks the step question first and waits; Play (a clicker) reveals and runs the step', () => {
    const { store, plan } = open('sleepy-student');
    store.getState().goToStep(1);
    expect(store.getState().lesson!.phase).toBe('asking');
    expect(store.getState().playing).toBe(false);
    store.getState().tick(100);
    expect(store.getState().snapshot.timeMs).toBe(plan.steps[1]!.startMs - 1);
    store.getState().chooseAnswer(1);
    store.getState().play();
    expect(store.getState().lesson).toMatchObject({ phase: 'running', answer: 1, revealed: true });
    store.getState().setSpeed(16);
    runStep(store);
    expect(store.getState().snapshot.timeMs).toBe(plan.steps[1]!.endMs);
    expect(store.getState().snapshot.groups[0]!.members[0]!.status).toBe('asleep');
  });

  it('going back shows the previous step as it ended, at once', () => {
    const { store, plan } = open('sleepy-student', 3);
    store.getState().previousStep();
    expect(store.getState().lesson!.step).toBe(2);
    expect(store.getState().lesson!.phase).toBe('done');
    expect(store.getState().snapshot.timeMs).toBe(plan.steps[2]!.endMs);
  });

  it('the same step reached by stepping or by address shows the same world', () => {
    const a = open('calling-backup', 3).store;
    a.getState().goToStep(3);
    const b = open('calling-backup').store;
    b.getState().goToStep(3);
    expect(JSON.stringify(b.getState().snapshot)).toBe(JSON.stringify(a.getState().snapshot));
  });

  it('acting on the stage goes off script; back to the lesson restores the step', () => {
    const { store, plan } = open('note-taking-machine', 2);
    store.getState().goToStep(2);
    expect(store.getState().command({ type: 'sleep', group: 'class', member: 'ana' })).toBeNull();
    expect(store.getState().lesson!.offScript).toBe(true);
    store.getState().backToLesson();
    expect(store.getState().lesson!.offScript).toBe(false);
    expect(store.getState().snapshot.timeMs).toBe(plan.steps[2]!.startMs - 1);
    expect(store.getState().snapshot.groups[0]!.members[0]!.status).toBe('active');
  });

  it('play at the end of a step moves on to the next one; after the last, play freely', () => {
    const { store, lesson } = open('keys-and-order');
    store.getState().setSpeed(16);
    store.getState().goToStep(0);
    runStep(store);
    store.getState().play();
    expect(store.getState().lesson!.step).toBe(1);
    store.getState().goToStep(lesson.steps.length - 1);
    store.getState().playFreely();
    expect(store.getState().lesson).toBeNull();
    store.getState().play();
    expect(store.getState().playing).toBe(true);
  });
});
