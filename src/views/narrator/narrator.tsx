import { useEffect, useRef, useState } from 'react';
import type { EngineEvent } from '../../engine';
import { useSimulator } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectMilestones, selectReachedCount } from '../../store/selectors';
import { narrate } from './narration';

/** Wall-clock pause between two announcements, so a listener can follow. */
export const NARRATION_GAP_MS = 2000;

/**
 * A polite live region that tells what happens on the stage, for students who use a screen reader. It
 * speaks only about moments the playhead has reached (milestones also hold a recorded future), and
 * stays quiet about the past after a jump backwards.
 */
export function Narrator() {
  const milestones = useSimulator(selectMilestones);
  // Re-rendered only when the playhead passes a milestone, not on every frame (milestones are in time
  // order: a binary search finds how many are reached).
  const reachedCount = useSimulator(selectReachedCount);
  const voice = useVoice();
  const [message, setMessage] = useState('');
  const spokenUpTo = useRef<number | null>(null);
  const pending = useRef<EngineEvent[]>([]);
  const lastSpoken = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    const latest = milestones[reachedCount - 1]?.id ?? -1;
    if (spokenUpTo.current === null || latest < spokenUpTo.current) {
      // First render, or a jump backwards: start from here without reading the past out.
      spokenUpTo.current = latest;
      pending.current = [];
      return;
    }
    // Milestones are in time and id order: the fresh ones are the last reached, walking back.
    const fresh: EngineEvent[] = [];
    for (let i = reachedCount - 1; i >= 0 && milestones[i]!.id > spokenUpTo.current; i--) {
      fresh.unshift(milestones[i]!);
    }
    if (fresh.length === 0) return;
    spokenUpTo.current = latest;
    pending.current.push(...fresh);
    const flush = (): void => {
      timer.current = null;
      const text = narrate(voice, pending.current);
      pending.current = [];
      lastSpoken.current = performance.now();
      if (text !== '') setMessage(text);
    };
    if (timer.current !== null) return;
    const wait = Math.max(0, lastSpoken.current + NARRATION_GAP_MS - performance.now());
    timer.current = setTimeout(flush, wait);
  }, [milestones, reachedCount, voice]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );

  return (
    <div className="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-narrator="">
      {message}
    </div>
  );
}
