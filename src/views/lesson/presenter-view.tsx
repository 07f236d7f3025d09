import { useEffect, useId, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/lesson';
import type { StepPhase } from '../../store/simulator-store';
import { choiceLetter } from './question-card';
import {
  openBroadcastPort,
  openPresenterChannel,
  type OpenPort,
  type PresenterAction,
  type PresenterChannel,
  type StateMessage,
} from './presenter-channel';
import { stepKeyAction } from './step-keys';
import './lesson-button.css';
import './presenter-view.css';

interface PresenterViewProps {
  lesson: Lesson;
  /** How the channel is opened (a BroadcastChannel unless a test brings its own). */
  openPort?: OpenPort;
}

type Link = 'waiting' | 'connected' | 'gone';

const PHASE_TEXT: Record<StepPhase, string> = {
  asking: 'Asking the class',
  running: 'Playing',
  done: 'Step done',
};

/**
 * The teacher's second window: the step on screen, its speaker notes, the question with its answer, what
 * comes next, and a clock. It follows the lesson window over the lesson's channel and steers it; the
 * lesson window stays the one place where the story lives.
 */
export function PresenterView({ lesson, openPort = openBroadcastPort }: PresenterViewProps) {
  const channelRef = useRef<PresenterChannel | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [remote, setRemote] = useState<StateMessage | null>(null);
  const [link, setLink] = useState<Link>('waiting');

  useEffect(() => {
    const channel = openPresenterChannel(lesson.id, openPort);
    channelRef.current = channel;
    if (!channel) {
      // Said after the first paint: this window cannot hear the lesson window at all.
      const id = setTimeout(() => setUnavailable(true), 0);
      return () => clearTimeout(id);
    }
    const unsubscribe = channel.subscribe((message) => {
      if (message.type === 'state') {
        setRemote(message);
        setLink('connected');
      } else if (message.type === 'bye') {
        setLink('gone');
      }
    });
    channel.send({ type: 'hello' });
    return () => {
      unsubscribe();
      channel.close();
      channelRef.current = null;
    };
  }, [lesson.id, openPort]);

  const send = (action: PresenterAction): void => channelRef.current?.send({ type: 'command', action });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const action = stepKeyAction(event);
      if (!action || !channelRef.current) return;
      event.preventDefault();
      channelRef.current.send({ type: 'command', action });
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  useEffect(() => {
    document.title = `Presenter view: ${lesson.title} · Kafka Classroom`;
  }, [lesson.title]);

  const total = lesson.steps.length;
  const index = Math.min(total - 1, remote?.step ?? 0);
  const step = lesson.steps[index];
  const next = lesson.steps[index + 1];
  const connected = link === 'connected' && !unavailable;
  const free = remote?.free === true;

  const nowId = useId();
  const notesId = useId();
  const nextId = useId();

  return (
    <div className="presenter">
      <header className="presenter__header">
        <h1 className="presenter__title">
          {lesson.title} <span className="presenter__kind">Presenter view</span>
        </h1>
        <p className="presenter__link" role="status">
          {unavailable
            ? 'Not connected'
            : link === 'connected'
              ? 'Following the lesson window'
              : link === 'gone'
                ? 'The lesson window was closed or reloaded'
                : 'Waiting for the lesson window…'}
        </p>
        <Clock />
      </header>
      {unavailable ? (
        <p className="presenter__alert" role="alert">
          Open this window from the lesson page (its “Open presenter view” button): this browser cannot let
          the two windows talk to each other.
        </p>
      ) : null}
      {step === undefined ? null : (
        <main className="presenter__main">
          <section className="presenter__now" aria-labelledby={nowId}>
            <p className="presenter__count tabular-nums">
              Step {index + 1} of {total}
              {remote && !free ? ` · ${PHASE_TEXT[remote.phase]}` : ''}
              {remote?.offScript ? ' · the class changed the story' : ''}
            </p>
            {free ? (
              <p className="presenter__free">The lesson is over: the class is playing freely.</p>
            ) : null}
            <h2 id={nowId} className="presenter__step-title">
              {step.title}
            </h2>
            <p className="presenter__caption">{step.caption}</p>
            {step.term ? (
              <p className="presenter__term">
                Kafka term: <strong>{step.term}</strong>
              </p>
            ) : null}
            {step.question ? (
              <div className="presenter__question">
                <h3 className="presenter__prompt">Question: {step.question.prompt}</h3>
                <ul className="presenter__choices">
                  {step.question.choices.map((choice, i) => {
                    const right = i === step.question!.answer;
                    const picked = remote?.answer === i;
                    return (
                      <li
                        key={i}
                        className={`presenter__choice${right ? ' presenter__choice--right' : ''}${picked ? ' presenter__choice--picked' : ''}`}
                      >
                        <span className="presenter__letter">{choiceLetter(i)}</span> {choice}
                        {right ? <strong className="presenter__tag"> right answer</strong> : null}
                        {picked ? (
                          <span className="presenter__tag presenter__tag--picked"> class picked</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                <p className="presenter__revealed">
                  {remote?.revealed ? 'Revealed to the class.' : 'Not revealed yet.'}
                </p>
                <p className="presenter__explanation">
                  <strong>Why: </strong>
                  {step.question.explanation}
                </p>
              </div>
            ) : null}
          </section>
          <section className="presenter__notes" aria-labelledby={notesId}>
            <h2 id={notesId} className="presenter__heading">
              Speaker notes
            </h2>
            <p className="presenter__notes-text">{step.notes}</p>
          </section>
          <section className="presenter__next" aria-labelledby={nextId}>
            <h2 id={nextId} className="presenter__heading">
              Next
            </h2>
            {next ? (
              <>
                <p className="presenter__next-title">
                  {index + 2}. {next.title}
                  {next.question ? <span className="presenter__next-q"> (asks a question)</span> : null}
                </p>
                <p className="presenter__next-caption">{next.caption}</p>
              </>
            ) : (
              <p className="presenter__next-caption">
                This is the last step; after it the class can play freely.
              </p>
            )}
          </section>
        </main>
      )}
      <nav className="presenter__controls" aria-label="Steer the lesson">
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || free || index === 0}
          onClick={() => connected && send('previous')}
        >
          Previous step
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || free}
          onClick={() => connected && send('replay')}
        >
          Replay step
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || remote?.phase !== 'asking' || free}
          title="Reveal the answer to the class (R)"
          onClick={() => connected && send('reveal')}
        >
          Reveal
        </button>
        <button
          type="button"
          className="lesson-button lesson-button--primary"
          aria-disabled={!connected || free || next === undefined}
          title="Next step (PageDown or N)"
          onClick={() => connected && send('next')}
        >
          Next step
        </button>
      </nav>
    </div>
  );
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatElapsed(ms: number): string {
  const s = Math.max(0, Math.floor(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/**
 * Wall time and the time since this window opened. A once-a-second timer for a piece of UI; simulated time
 * has only the runtime's frame loop.
 */
function Clock() {
  const [openedAt] = useState(() => Date.now());
  const [now, setNow] = useState(openedAt);
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(id);
  }, []);
  const wall = new Date(now);
  return (
    <p className="presenter__clock tabular-nums">
      <span className="presenter__wall">
        <span className="visually-hidden">Time </span>
        {pad(wall.getHours())}:{pad(wall.getMinutes())}
      </span>
      <span className="presenter__elapsed">elapsed {formatElapsed(now - openedAt)}</span>
    </p>
  );
}
