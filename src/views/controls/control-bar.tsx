import { useState } from 'react';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectPlaying } from '../../store/selectors';
import { PauseIcon, PlayIcon, ResetIcon, StepBackIcon, StepForwardIcon } from '../ui/icons';
import { messages } from './messages';
import { NewGroupDialog } from './new-group-dialog';
import { SeekNotice } from './seek-notice';
import { SeekProgress } from './seek-progress';
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
  const voice = useVoice();
  const m = messages(voice.lang);
  const [dialogOpen, setDialogOpen] = useState(false);
  usePlayerKeys();

  const actions = store.getState();
  return (
    <footer className="control-bar" aria-label={m.player}>
      <SeekNotice />
      <SeekProgress />
      <Timeline />
      <div className="control-bar__row">
        <div className="control-bar__group" role="group" aria-label={m.playback}>
          <button
            type="button"
            className="control-bar__button control-bar__button--main"
            aria-label={playing ? m.pause : m.play}
            title={playing ? m.pauseTitle : m.playTitle}
            onClick={actions.togglePlay}
          >
            {playing ? <PauseIcon /> : <PlayIcon />}
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label={m.stepBack}
            title={m.stepBackTitle}
            onClick={actions.stepBack}
          >
            <StepBackIcon />
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label={m.stepForward}
            title={m.stepForwardTitle}
            onClick={actions.stepForward}
          >
            <StepForwardIcon />
          </button>
          <button
            type="button"
            className="control-bar__button"
            aria-label={m.reset}
            title={m.resetTitle}
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
          {m.newGroupButton[voice.words]}
        </button>
      </div>
      {dialogOpen && <NewGroupDialog voice={voice} onClose={() => setDialogOpen(false)} />}
    </footer>
  );
}
