import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import { selectRefusal } from '../../store/selectors';
import { Button } from '../ui/button';
import { messages } from './messages';
import './refusal-alert.css';

/**
 * The engine's last refusal of a command, in its own words, until dismissed. The engine speaks English
 * only: in another language the lead-in is translated and the engine's sentence is marked as English, so
 * a screen reader reads it with the right voice.
 */
export function RefusalAlert() {
  const store = useSimulatorStore();
  const refusal = useSimulator(selectRefusal);
  const lang = useLang();
  const m = messages(lang);
  return (
    <div className="refusal-alert__live" role="alert">
      {refusal !== null && (
        <div className="refusal-alert">
          <p className="refusal-alert__text">
            <strong>{m.notPossible}</strong>
            {lang === 'en' ? refusal : <span lang="en">{refusal}</span>}
          </p>
          <Button
            variant="compact"
            className="refusal-alert__dismiss"
            onClick={store.getState().dismissRefusal}
          >
            {m.dismiss}
          </Button>
        </div>
      )}
    </div>
  );
}
