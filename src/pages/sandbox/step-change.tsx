import { useEffect, useId, useState } from 'react';
import { OPEN_SLICE_WORK } from '../../runtime/work-budget';
import { finishOpening, runSlice } from '../../session/opening-slices';
import { formatCount } from '../../shared/format-number';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorState, SimulatorStore } from '../../store/simulator-store';
import type { StepChange } from '../../store/lesson-slice';
import { Button } from '../../views/ui/button';
import { messages } from './messages';
import { OpeningBar } from './opening-progress';

const selectStepChange = (s: SimulatorState) => s.stepChange;
const selectWords = (s: SimulatorState) => s.words;

/**
 * Runs a lesson file's step change on (the store's stepChange: back on the script after acting off it, or
 * along it) a slice at a time between the page's frames, on the loop an opening uses: the percent done.
 * Leaving the page, Cancel or any other action stops it between two slices.
 */
function useStepChangeSlices(store: SimulatorStore, change: StepChange | null): number {
  const [progress, setProgress] = useState({ of: change, percent: 0 });
  useEffect(() => {
    if (change === null) return;
    const controller = new AbortController();
    const sliced = {
      step: (maxWork = OPEN_SLICE_WORK) =>
        runSlice(
          maxWork,
          () => change.work,
          (work) => change.advance(work),
        )
          ? store
          : null,
      get progress() {
        return change.progress;
      },
    };
    void finishOpening(sliced, {
      signal: controller.signal,
      onProgress: (p) => {
        const percent = Math.floor(p * 100);
        setProgress((was) => (was.of === change && was.percent === percent ? was : { of: change, percent }));
      },
    });
    return () => controller.abort();
  }, [store, change]);
  return progress.of === change ? progress.percent : 0;
}

/**
 * A step change under way on a lesson file's page: "Going back to step 2 of the lesson: 43%" (or in Kafka's
 * words), a bar and Cancel; `onCancel` is told which honest state Cancel left (see cancelStepChange).
 */
export function StepChangeProgress({ onCancel }: { onCancel: (fresh: boolean) => void }) {
  const store = useSimulatorStore();
  const change = useSimulator(selectStepChange);
  const words = useSimulator(selectWords);
  const percent = useStepChangeSlices(store, change);
  const lang = useLang();
  const id = useId();
  if (change === null) return null;
  const m = messages(lang);
  const share = m.percent(formatCount(lang, percent));
  return (
    <div className="shared-lesson__change" role="group" aria-labelledby={id}>
      <p id={id}>
        {m.stepChange(words, change.step + 1, change.fresh)}: <span>{share}</span>
      </p>
      <OpeningBar titleId={id} percent={percent} share={share} />
      <p className="shared-opening__hint">{m.stepChangeHint(words, change.fresh, change.setsAside)}</p>
      <Button
        variant="primary"
        onClick={() => {
          store.getState().cancelStepChange();
          onCancel(change.fresh);
        }}
      >
        {m.cancelOpening}
      </Button>
    </div>
  );
}
