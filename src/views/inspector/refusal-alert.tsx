import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectRefusal } from '../../store/selectors';
import './refusal-alert.css';

/** The engine's last refusal of a command, in its own words, until dismissed. */
export function RefusalAlert() {
  const store = useSimulatorStore();
  const refusal = useSimulator(selectRefusal);
  return (
    <div className="refusal-alert__live" role="alert">
      {refusal !== null && (
        <div className="refusal-alert">
          <p className="refusal-alert__text">
            <strong>Not possible: </strong>
            {refusal}
          </p>
          <button type="button" className="refusal-alert__dismiss" onClick={store.getState().dismissRefusal}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
