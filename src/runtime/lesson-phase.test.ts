import { describe, expect, it } from 'vitest';
import { findLesson } from '../lessons/course';
import type { LessonPlan } from './lesson-plan';
import {
  afterCommand,
  answered,
  enteredStep,
  entryTime,
  followingStep,
  openedAt,
  pausedBetweenSteps,
  playMeaning,
  revealed,
  stepEndedAt,
  steppedBack,
  stopAtMs,
  type LessonState,
} from './lesson-phase';

// A real lesson (step 1 asks a question, step 0 does not) with a plan written by hand: the phase machine
// only reads the steps' ends, so no engine needs to run here.
const lesson = findLesson('sleepy-student')!;
const plan: LessonPlan = {
  lessonId: lesson.id,
  steps: lesson.steps.map((_, i) => ({
    startMs: i * 1_000,
    endMs: i * 1_000 + 900,
    reached: true,
    broken: [],
  })),
  script: [],
};
const last = lesson.steps.length - 1;
const at = (step: number, phase: LessonState['phase'], more: Partial<LessonState> = {}): LessonState => ({
  ...openedAt(lesson, plan, step),
  phase,
  ...more,
});

describe('the lesson phase machine', () => {
  it('knows the lesson it reads: step 0 plays at once, step 1 asks first', () => {
    expect(lesson.steps[0]!.question).toBeUndefined();
    expect(lesson.steps[1]!.question).toBeDefined();
  });

  it('opens a step as it was left, and enters a step 1 ms before its commands (never before 0)', () => {
    expect(openedAt(lesson, plan, 2)).toEqual({
      lesson,
      plan,
      step: 2,
      phase: 'done',
      answer: null,
      revealed: false,
      offScript: false,
    });
    expect(entryTime(plan.steps[1]!)).toBe(999);
    expect(entryTime(plan.steps[0]!)).toBe(0);
  });

  it('gives Play its meaning: next step at a step end, nothing after the last, reveal while asking', () => {
    expect(playMeaning(null)).toEqual({ kind: 'play' });
    expect(playMeaning(at(0, 'done'))).toEqual({ kind: 'enter', step: 1 });
    expect(playMeaning(at(last, 'done'))).toEqual({ kind: 'stay' });
    expect(playMeaning(at(1, 'asking'))).toEqual({ kind: 'reveal' });
    expect(playMeaning(at(0, 'running'))).toEqual({ kind: 'play' });
    // Off the script, Play is free play's Play whatever the phase.
    expect(playMeaning(at(0, 'done', { offScript: true }))).toEqual({ kind: 'play' });
    expect(playMeaning(at(1, 'asking', { offScript: true }))).toEqual({ kind: 'play' });
  });

  it('stops a running step at its own end, and nothing else', () => {
    expect(stopAtMs(at(2, 'running'))).toBe(2_900);
    expect(stopAtMs(at(2, 'done'))).toBe(Infinity);
    expect(stopAtMs(at(1, 'asking'))).toBe(Infinity);
    expect(stopAtMs(at(2, 'running', { offScript: true }))).toBe(Infinity);
    expect(stopAtMs(null)).toBe(Infinity);
    expect(stepEndedAt(at(2, 'running'), 2_899)).toBeNull();
    expect(stepEndedAt(at(2, 'running', { answer: 1 }), 2_900)).toEqual(at(2, 'done', { answer: 1 }));
    expect(stepEndedAt(at(2, 'done'), 5_000)).toBeNull();
    expect(stepEndedAt(null, 5_000)).toBeNull();
  });

  it('stands paused between steps only at a step end or at the entry of a step that asks, on the script', () => {
    expect(pausedBetweenSteps(at(2, 'done'), false, 2_900)).toBe(true);
    expect(pausedBetweenSteps(at(1, 'asking'), false, 999)).toBe(true);
    // Paused mid-step, still playing, scrubbed or stepped off the end, off the script, free play: no.
    expect(pausedBetweenSteps(at(2, 'running'), false, 2_500)).toBe(false);
    expect(pausedBetweenSteps(at(2, 'done'), true, 2_900)).toBe(false);
    expect(pausedBetweenSteps(at(2, 'done'), false, 2_700)).toBe(false);
    expect(pausedBetweenSteps(at(2, 'done'), false, 2_900.5)).toBe(false);
    expect(pausedBetweenSteps(at(2, 'done', { offScript: true }), false, 2_900)).toBe(false);
    expect(pausedBetweenSteps(at(1, 'asking'), false, 1_900)).toBe(false);
    expect(pausedBetweenSteps(at(1, 'asking'), true, 999)).toBe(false);
    expect(pausedBetweenSteps(null, false, 2_900)).toBe(false);
  });

  it('enters a step (clamped to the lesson) asking or running, back on the script with no answer', () => {
    const from = at(0, 'done', { answer: 2, revealed: true, offScript: true });
    expect(enteredStep(from, 0)).toEqual({ lesson: at(0, 'running'), playing: true });
    expect(enteredStep(from, 1)).toEqual({ lesson: at(1, 'asking'), playing: false });
    expect(enteredStep(from, -3).lesson.step).toBe(0);
    expect(enteredStep(from, 99).lesson.step).toBe(last);
    expect(followingStep(at(0, 'running'))).toBe(1);
    expect(followingStep(at(last, 'done'))).toBeNull();
  });

  it('steps back to the previous step as it ended, and not before the first', () => {
    expect(steppedBack(at(2, 'running', { answer: 1, revealed: true, offScript: true }))).toEqual(
      at(1, 'done'),
    );
    expect(steppedBack(at(0, 'running'))).toBeNull();
  });

  it('takes an answer and reveals it only while asking', () => {
    expect(answered(at(1, 'asking'), 2)).toEqual(at(1, 'asking', { answer: 2 }));
    expect(answered(at(1, 'running'), 2)).toBeNull();
    expect(revealed(at(1, 'asking', { answer: 2 }))).toEqual(at(1, 'running', { answer: 2, revealed: true }));
    expect(revealed(at(1, 'done'))).toBeNull();
  });

  it('goes off the script on a command the engine accepted, once', () => {
    expect(afterCommand(at(1, 'running'), true)).toEqual(at(1, 'running', { offScript: true }));
    expect(afterCommand(at(1, 'running'), false)).toBeNull();
    expect(afterCommand(at(1, 'running', { offScript: true }), true)).toBeNull();
    expect(afterCommand(null, true)).toBeNull();
  });
});
