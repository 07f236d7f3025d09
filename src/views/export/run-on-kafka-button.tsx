import { useId, useState, useSyncExternalStore } from 'react';
import type { Scenario } from '../../engine';
import { useLang } from '../../store/prefs';
import { Button } from '../ui/button';
import type { SimulatorState, SimulatorStore } from '../../store/simulator-store';
import type * as Lazy from './download-messages';
import { messages } from './messages';
import './run-on-kafka-button.css';

interface RunOnKafkaButtonProps {
  /** The simulator whose class is exported: its actions so far, or its lesson's whole script. */
  store: SimulatorStore;
  scenario: Scenario;
  /** File-name stem: the class's or lesson's id. */
  name: string;
  /** The class's title in the reader's language. */
  title: string;
  className?: string;
}

type Notice =
  | { kind: 'busy' }
  | { kind: 'ok'; file: string; said: typeof Lazy.downloadMessages }
  | { kind: 'error'; detail: string };

const wordsOf = (s: SimulatorState) => s.words;

/**
 * "Run this on real Kafka": downloads the class as a zip to play on a real broker with Kafka's own Java
 * client, beside the simulator's predictions. The zip is made on the click (its code loads then).
 */
export function RunOnKafkaButton({ store, scenario, name, title, className }: RunOnKafkaButtonProps) {
  const lang = useLang();
  const words = useSyncExternalStore(store.subscribe, () => wordsOf(store.getState()));
  const m = messages(lang);
  const hintId = useId();
  const [notice, setNotice] = useState<Notice | null>(null);

  const run = async (): Promise<void> => {
    setNotice({ kind: 'busy' });
    try {
      const { downloadKafkaExport, downloadMessages } = await import('./download-export');
      const state = store.getState();
      const file = downloadKafkaExport(
        {
          name,
          title,
          scenario,
          plan: state.lesson?.plan ?? null,
          commands: state.recordedCommands(),
          atMs: state.snapshot.timeMs,
        },
        { lang, words },
      );
      setNotice({ kind: 'ok', file, said: downloadMessages });
    } catch (e) {
      setNotice({ kind: 'error', detail: e instanceof Error ? e.message : String(e) });
    }
  };

  return (
    <span className={`run-on-kafka ${className ?? ''}`}>
      <Button
        variant="compact"
        aria-label={m.button}
        aria-describedby={hintId}
        aria-busy={notice?.kind === 'busy'}
        onClick={() => void run()}
      >
        <span className="run-on-kafka__long">{m.button}</span>
        <span className="run-on-kafka__short" aria-hidden="true">
          {m.buttonShort}
        </span>
      </Button>
      <span id={hintId} className="visually-hidden">
        {m.hint}
      </span>
      {notice !== null ? (
        <span className="run-on-kafka__note" role={notice.kind === 'error' ? 'alert' : 'status'}>
          <span>
            {notice.kind === 'busy'
              ? m.preparing
              : notice.kind === 'error'
                ? m.failed(notice.detail)
                : `${notice.said(lang).downloaded(notice.file)} ${notice.said(lang).whatYouGet[words]}`}
          </span>
          {notice.kind !== 'busy' ? (
            <Button variant="compact" onClick={() => setNotice(null)}>
              {m.close}
            </Button>
          ) : null}
        </span>
      ) : null}
    </span>
  );
}
