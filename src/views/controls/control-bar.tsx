import { useState } from 'react';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectPlaying, selectWords } from '../../store/selectors';
import { PauseIcon, PlayIcon, ResetIcon, StepBackIcon, StepForwardIcon } from './icons';
import { NewGroupDialog } from './new-group-dialog';
import { SpeedSlider } from './speed-slider';
import { TimeReadout } from './time-readout';
import { Timeline } from './timeline';
import { usePlayerKeys } from './use-player-keys';
import { WordsSwitch } from './words-switch';
import './control-bar.css';

/** The player at the bottom, like a video's: scrub bar on top, buttons and settings below. */
export function ControlBar() {
  const store = useSimulatorStore();
  const playing = useSimulator(selectPlaying);
  const words = useSimulator(selectWords);
  const [dialogOpen, setDialogOpen] = useState(false);
  usePlayerKeys();

  const actions = store.getState();
  return (
    <footer className="control-bar" aria-label="Player">
      <Timeline />
      <div className="control-bar__row">
        <div className="control-bar__group" role="group" aria-label="Playback">
          <button
            type="button"
            className="control-bar__button control-bar__button--main"
            aria-label={playing ? 'Pause' : 'Play'}
            title={playing ? 'Pause (Space)' : 'Play (Space)'}
            onClick={actions.togglePlay}
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label="Step back"
            title="Step back to the previous thing that happened (Left arrow)"
            onClick={actions.stepBack}
          >
            <StepBackIcon />
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label="Step forward"
            title="Step forward to the next thing that happens (Right arrow)"
            onClick={actions.stepForward}
          >
            <StepForwardIcon />
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label="Reset"
            title="Start again from the beginning"
            onClick={actions.reset}
          >
            <ResetIcon />
          </button>
        </div>
        <TimeReadout />
        <div className="control-bar__spacer" />
        <SpeedSlider />
        <WordsSwitch />
        <button type="button" className="control-bar__text-button" onClick={() => setDialogOpen(true)}>
          {words === 'kafka' ? 'New consumer group' : 'New study group'}
        </button>
      </div>
      {dialogOpen && <NewGroupDialog words={words} onClose={() => setDialogOpen(false)} />}
    </footer>
  );
}
