import { useEffect } from 'react';
import type { Lang } from '../../shared/lang';
import type { PrefsStore } from '../../store/prefs';
import type { LessonState, SimulatorState, SimulatorStore } from '../../store/simulator-store';
import { runLessonAction } from './lesson-actions';
import { messages } from '../../views/lesson/messages';
import { openPresenterChannel, shareLang, type OpenPort } from './presenter-channel';
import type { StateMessage } from './presenter-messages';

/** The address of a lesson step (1-based, as people count). */
export function lessonHash(lessonId: string, step: number): string {
  return `#/lesson/${encodeURIComponent(lessonId)}/${step + 1}`;
}

/**
 * Keeps the address on the current step, so a reload or a shared link opens exactly there. It replaces the
 * address rather than assigning it: a new hash would make the app open the page afresh. The other way round,
 * typing another step's address into this page moves the story there.
 */
export function useLessonAddress(store: SimulatorStore, lessonId: string): void {
  useEffect(() => {
    const sync = (state: SimulatorState): void => {
      if (!state.lesson) return;
      const hash = lessonHash(lessonId, state.lesson.step);
      if (window.location.hash !== hash) window.history.replaceState(window.history.state, '', hash);
    };
    sync(store.getState());
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.lesson?.step !== previous.lesson?.step) sync(state);
    });
    const onHashChange = (): void => {
      const match = /^#\/lesson\/([^/?]+)\/(\d+)$/.exec(window.location.hash);
      const lesson = store.getState().lesson;
      if (!match || !lesson || decodeURIComponent(match[1]!) !== lessonId) return;
      const step = Math.min(Number(match[2]), lesson.lesson.steps.length) - 1;
      if (step >= 0 && step !== lesson.step) store.getState().goToStep(step);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      unsubscribe();
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [store, lessonId]);
}

/** The window's title names the lesson and the step, for the tab strip and the window list. */
export function useLessonTitle(store: SimulatorStore, title: string, lang: Lang): void {
  useEffect(() => {
    const m = messages(lang);
    const apply = (lesson: LessonState | null): void => {
      document.title = lesson
        ? m.windowTitle(title, lesson.step + 1, lesson.lesson.steps.length)
        : `${title} · Kafka Classroom`;
    };
    apply(store.getState().lesson);
    return store.subscribe((state, previous) => {
      if (
        state.lesson?.step !== previous.lesson?.step ||
        (state.lesson === null) !== (previous.lesson === null)
      )
        apply(state.lesson);
    });
  }, [store, title, lang]);
}

export function stateMessage(state: SimulatorState): StateMessage {
  const l = state.lesson;
  if (!l)
    return {
      type: 'state',
      step: 0,
      phase: 'done',
      answer: null,
      revealed: false,
      offScript: false,
      free: true,
    };
  return {
    type: 'state',
    step: l.step,
    phase: l.phase,
    answer: l.answer,
    revealed: l.revealed,
    offScript: l.offScript,
    free: false,
  };
}

function sameState(a: StateMessage, b: StateMessage): boolean {
  return (
    a.step === b.step &&
    a.phase === b.phase &&
    a.answer === b.answer &&
    a.revealed === b.revealed &&
    a.offScript === b.offScript &&
    a.free === b.free
  );
}

/**
 * The lesson window's side of the presenter channel: it says where it stands on every change and to every
 * presenter view that says hello, does what a presenter view asks, and says goodbye when the window goes.
 * The language goes both ways: a presenter view that says hello hears this window's, and a change in
 * either window changes the other.
 */
export function usePresenterLink(
  store: SimulatorStore,
  lessonId: string,
  prefs: PrefsStore,
  openPort?: OpenPort,
): void {
  useEffect(() => {
    const channel = openPresenterChannel(lessonId, openPort);
    if (!channel) return;
    let last = stateMessage(store.getState());
    channel.send(last);
    const unsubscribe = store.subscribe((state) => {
      const next = stateMessage(state);
      if (sameState(next, last)) return;
      last = next;
      channel.send(next);
    });
    const unlisten = channel.subscribe((message) => {
      if (message.type === 'hello') {
        channel.send(stateMessage(store.getState()));
        channel.send({ type: 'lang', lang: prefs.getState().lang });
      } else if (message.type === 'command') runLessonAction(store, message.action);
    });
    const stopSharingLang = shareLang(channel, prefs);
    const onPageHide = (): void => channel.send({ type: 'bye' });
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      stopSharingLang();
      unlisten();
      unsubscribe();
      channel.close();
    };
  }, [store, lessonId, prefs, openPort]);
}
