import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectSeekClipped } from '../../store/selectors';
import { formatClock } from '../../shared/format-time';
import { seekNoticeMessages } from './seek-notice-messages';
import './seek-notice.css';

/**
 * Says so when a seek back could not reach its moment and landed at the earliest moment kept (a heavy
 * class's early history is too long to replay while the page keeps answering), or when Cancel stopped a
 * seek on its way (SeekProgress), until dismissed or the next seek. Without it the playhead would silently
 * stop short of where the teacher dragged it.
 */
export function SeekNotice() {
  const store = useSimulatorStore();
  const clipped = useSimulator(selectSeekClipped);
  const voice = useVoice();
  const m = seekNoticeMessages(voice.lang);
  return (
    <div className="seek-notice__live" role="status">
      {clipped !== null && (
        <div className="seek-notice">
          <p className="seek-notice__text">
            {clipped.stopped
              ? m.stopped(
                  voice.words,
                  formatClock(voice.lang, clipped.landedMs, false),
                  formatClock(voice.lang, clipped.askedMs, false),
                )
              : m.clipped(
                  voice.words,
                  formatClock(voice.lang, clipped.askedMs, false),
                  formatClock(voice.lang, clipped.landedMs, false),
                )}
          </p>
          <button type="button" className="seek-notice__dismiss" onClick={store.getState().dismissSeekNotice}>
            {m.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
