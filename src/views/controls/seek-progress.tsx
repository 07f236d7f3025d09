import { useEffect, useId, useState } from 'react';
import { OPEN_SLICE_WORK } from '../../runtime/work-budget';
import { finishOpening, runSlice } from '../../session/opening-slices';
import { formatCount } from '../../shared/format-number';
import { formatClock } from '../../shared/format-time';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectSeeking } from '../../store/selectors';
import type { SeekRun, SimulatorStore } from '../../store/simulator-store';
import { seekNoticeMessages } from './seek-notice-messages';
import './seek-progress.css';

/**
 * Runs the timeline's seek under way (the store's `seeking`) on a slice at a time between the page's
 * frames, on the loop an opening and a lesson file's step change use: the percent done. The seek keeps
 * one run however often the slider turns it, so dragging never restarts the loop; Cancel, any other
 * action or leaving the page stops it between two slices.
 */
function useSeekSlices(store: SimulatorStore, run: SeekRun | null): number {
  const [progress, setProgress] = useState({ of: run, percent: 0 });
  useEffect(() => {
    if (run === null) return;
    const controller = new AbortController();
    const sliced = {
      step: (maxWork = OPEN_SLICE_WORK) =>
        runSlice(
          maxWork,
          () => run.work,
          (work) => run.advance(work),
        )
          ? store
          : null,
      get progress() {
        return run.progress;
      },
    };
    void finishOpening(sliced, {
      signal: controller.signal,
      onProgress: (p) => {
        const percent = Math.floor(p * 100);
        setProgress((was) => (was.of === run && was.percent === percent ? was : { of: run, percent }));
      },
    });
    return () => controller.abort();
  }, [store, run]);
  return progress.of === run ? progress.percent : 0;
}

/**
 * A seek of the timeline that did not land in its first slice: "Going to 12:00: 43%" (or in Kafka's
 * words), a bar and Cancel, floating above the timeline so it moves nothing under the user's pointer (nor
 * resizes the stage). It shows a moment after it starts, so the short seeks of a drag do not flash it.
 */
export function SeekProgress() {
  const store = useSimulatorStore();
  const seeking = useSimulator(selectSeeking);
  const percent = useSeekSlices(store, seeking?.run ?? null);
  const voice = useVoice();
  const id = useId();
  if (seeking === null) return null;
  const m = seekNoticeMessages(voice.lang);
  const share = m.percent(formatCount(voice.lang, percent));
  return (
    <div className="seek-progress" role="group" aria-labelledby={id}>
      <p id={id} className="seek-progress__title">
        {m.seeking(voice.words, formatClock(voice.lang, seeking.targetMs, false))}: <span>{share}</span>
      </p>
      <progress
        className="seek-progress__bar"
        max={100}
        value={percent}
        aria-labelledby={id}
        aria-valuetext={share}
      />
      <button type="button" className="seek-progress__cancel" onClick={store.getState().cancelSeek}>
        {m.cancel}
      </button>
    </div>
  );
}
