/** What the lesson page's tests (`src/pages/lesson/lesson-page*.test.tsx`) open it with. */
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, vi } from 'vitest';
import { findLesson } from '../../src/lessons/course';
import type { Lesson } from '../../src/lessons/lesson';
import { findScenario } from '../../src/lessons/scenarios';
import type { SimulatorStore } from '../../src/store/simulator-store';
import { createLessonStore, LessonPage, LessonScreen } from '../../src/pages/lesson/lesson-page';
import { createTestChannels } from './test-channel';

export const sleepy = findLesson('sleepy-student')!;
export const scenarioOf = (lesson: Lesson) => findScenario(lesson.scenarioId)!.scenario;

/** The page's hooks: no frames unless a test ticks, the address on step 2, a clean page after each test. */
export function setUpLessonPage(): void {
  beforeEach(() => {
    // Time moves only when a test says so: no frames from the runtime's loop.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('cancelAnimationFrame', () => undefined);
    window.history.replaceState(null, '', '#/lesson/sleepy-student/2');
  });

  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });
}

/** Opens the page as the address would, with a store of its own. */
export function openPage(lesson: Lesson = sleepy, step = 2) {
  const channels = createTestChannels();
  render(<LessonPage lesson={lesson} step={step} openPort={channels.open} />);
  return { user: userEvent.setup(), channels };
}

/** Opens the page around a store the test can act on. */
export function openWithStore(lesson: Lesson = sleepy, step = 2) {
  const channels = createTestChannels();
  const store = createLessonStore(lesson, scenarioOf(lesson), step);
  render(<LessonScreen store={store} lesson={lesson} openPort={channels.open} />);
  return { user: userEvent.setup(), store, channels };
}

/** Plays until the step pauses by itself, in 100 ms frames at 16x. */
export function runStep(store: SimulatorStore) {
  act(() => {
    store.getState().setSpeed(16);
    for (let i = 0; i < 10_000 && store.getState().playing; i++) store.getState().tick(100);
  });
}

export const caption = (lesson: Lesson, step: number) => lesson.steps[step - 1]!.caption;
export const stepShown = () => screen.getByText(/^\d+ of \d+$/).textContent!.replace(/^Step /, '');
