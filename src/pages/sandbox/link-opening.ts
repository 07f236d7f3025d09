import { startTransition, useEffect, useState } from 'react';
import type { Scenario } from '../../engine';
import type { Lesson } from '../../lessons/lesson';
import { ClassOpening, openingRefusal } from '../../session/class-opening';
import { LessonOpening } from '../../session/lesson-opening';
import { finishOpening } from '../../session/opening-slices';
import { SHARE_CHECKS } from '../../session/open-shared';
import { decodeShare, isShareError, isSharedLesson, ShareError } from '../../session/share';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import type { Words } from '../../shared/words-mode';
import { messages } from './messages';

/** What a share link became: its class or lesson, an opening under way, or the refusal to show. */
export type Opened =
  | {
      kind: 'class';
      store: SimulatorStore;
      scenario: Scenario;
      actions: number;
      timeMs: number;
      /** Cancel stopped a class's opening: the class from its start, and the moment the link was for. */
      stoppedAt?: number;
      /** Cancel stopped a lesson's opening: its class from its start in free play, and the lesson's title. */
      stoppedLesson?: string;
    }
  | { kind: 'opening'; opening: ClassOpening; scenario: Scenario; actions: number; words: Words }
  | { kind: 'lesson-opening'; opening: LessonOpening; scenario: Scenario; words: Words }
  | { kind: 'lesson'; store: SimulatorStore; scenario: Scenario; lesson: Lesson }
  | { kind: 'error'; error: ShareError };

const refusalOf = (e: unknown): ShareError =>
  isShareError(e) ? e : new ShareError('damaged', (l) => messages(l).linkNotOpened);

const failed = (e: unknown): Opened => ({ kind: 'error', error: refusalOf(e) });

/**
 * The refusal a link meets before any replay, as openLink would give it: damaged, refused by the checks,
 * or a class whose forecast is far over the work a page may do; null for a link to open (whose replay may
 * still refuse it). No engine run, no store.
 */
export function linkRefusal(encoded: string): ShareError | null {
  try {
    const payload = decodeShare(encoded, SHARE_CHECKS);
    return isSharedLesson(payload) ? null : openingRefusal(payload);
  } catch (e) {
    return refusalOf(e);
  }
}

const classOf = (store: SimulatorStore, scenario: Scenario, actions: number): Opened & { kind: 'class' } => ({
  kind: 'class',
  store,
  scenario,
  actions,
  timeMs: store.getState().snapshot.timeMs,
});

const lessonOf = (store: SimulatorStore, opening: LessonOpening): Opened => {
  store.getState().goToStep(0);
  return { kind: 'lesson', store, scenario: opening.scenario, lesson: opening.lesson };
};

/**
 * Decodes and starts opening a link; any failure becomes a ShareError to show, never an exception. Its
 * first slice runs here (a class's replay, a lesson's plan and replay): a light one opens at once, a heavy
 * one goes on in slices (useOpening) with a progress bar.
 */
export function openLink(encoded: string): Opened {
  try {
    const payload = decodeShare(encoded, SHARE_CHECKS);
    if (isSharedLesson(payload)) {
      const opening = new LessonOpening(payload.scenario, payload.lesson);
      const store = opening.step();
      if (store !== null) return lessonOf(store, opening);
      const words = payload.lesson.steps[0]?.words ?? 'classroom';
      return { kind: 'lesson-opening', opening, scenario: payload.scenario, words };
    }
    const opening = new ClassOpening(payload);
    const actions = payload.commands.length;
    const store = opening.step();
    if (store !== null) return classOf(store, payload.scenario, actions);
    return {
      kind: 'opening',
      opening,
      scenario: payload.scenario,
      actions,
      words: payload.words ?? 'classroom',
    };
  } catch (e) {
    return failed(e);
  }
}

/**
 * What Cancel leaves (see ARCHITECTURE, "Opening a link"): the class the link holds, from its start and
 * paused, at once: a class without its actions, or a lesson's class in free play without its steps.
 */
export function cancelled(opened: Opened & { kind: 'opening' | 'lesson-opening' }): Opened {
  const { scenario, words } = opened;
  const store = createSimulatorStore(scenario, { words, playing: false });
  return opened.kind === 'opening'
    ? { ...classOf(store, scenario, 0), stoppedAt: opened.opening.openAt }
    : { ...classOf(store, scenario, 0), stoppedLesson: opened.opening.lesson.title };
}

/**
 * The link's opening, carried on in slices while it is on screen: what it became (the class or lesson, or a
 * refusal) replaces it; leaving the page or Cancel stops it between two slices. Returns the percent done.
 */
export function useOpening(opened: Opened, done: (next: Opened) => void): number {
  const [progress, setProgress] = useState({ of: opened, percent: 0 });
  useEffect(() => {
    if (opened.kind !== 'opening' && opened.kind !== 'lesson-opening') return;
    const controller = new AbortController();
    finishOpening(opened.opening, {
      signal: controller.signal,
      onProgress: (p) => {
        const percent = Math.floor(p * 100);
        setProgress((was) => (was.of === opened && was.percent === percent ? was : { of: opened, percent }));
      },
    }).then(
      (store) => {
        if (store === null) return;
        // A transition: React renders the class's first picture (the busy school's stage: 0.4-0.6 s of
        // main thread with the CPU slowed four times) in pieces too, rather than in one task.
        const next =
          opened.kind === 'opening'
            ? classOf(store, opened.scenario, opened.actions)
            : lessonOf(store, opened.opening);
        startTransition(() => done(next));
      },
      (e: unknown) => {
        if (!controller.signal.aborted) done(failed(e));
      },
    );
    return () => controller.abort();
  }, [opened, done]);
  return progress.of === opened ? progress.percent : 0;
}
