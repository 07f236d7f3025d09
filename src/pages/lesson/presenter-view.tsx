import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Lesson } from '../../lessons/lesson';
import { localizeLesson } from '../../lessons/localize';
import { useLang, usePrefsStore } from '../../store/prefs';
import { PagePrefs } from '../../views/controls/page-prefs';
import { messages } from '../../views/lesson/messages';
import { choiceLetter } from '../../views/lesson/question-card';
import {
  openBroadcastPort,
  openPresenterChannel,
  shareLang,
  type OpenPort,
  type PresenterChannel,
} from './presenter-channel';
import type { PresenterAction, StateMessage } from './presenter-messages';
import { stepKeyAction } from './step-keys';
import '../../views/lesson/lesson-button.css';
import './presenter-view.css';

interface PresenterViewProps {
  lesson: Lesson;
  /** How the channel is opened (a BroadcastChannel unless a test brings its own). */
  openPort?: OpenPort;
}

type Link = 'waiting' | 'connected' | 'gone';

/**
 * The teacher's second window: the step on screen, its speaker notes, the question with its answer, what
 * comes next, and a clock. It follows the lesson window over the lesson's channel and steers it; the
 * lesson window stays the one place where the story lives. The two windows share their language: changing
 * it in either changes both.
 */
export function PresenterView({ lesson: english, openPort = openBroadcastPort }: PresenterViewProps) {
  const lang = useLang();
  const prefs = usePrefsStore();
  const m = messages(lang);
  const lesson = useMemo(() => localizeLesson(english, lang), [english, lang]);
  const channelRef = useRef<PresenterChannel | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  const [remote, setRemote] = useState<StateMessage | null>(null);
  const [link, setLink] = useState<Link>('waiting');

  useEffect(() => {
    const channel = openPresenterChannel(english.id, openPort);
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
    const stopSharingLang = shareLang(channel, prefs);
    channel.send({ type: 'hello' });
    return () => {
      stopSharingLang();
      unsubscribe();
      channel.close();
      channelRef.current = null;
    };
  }, [english.id, prefs, openPort]);

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
    document.title = m.presenterTitle(lesson.title);
  }, [m, lesson.title]);

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
          {lesson.title} <span className="presenter__kind">{m.presenterView}</span>
        </h1>
        <p className="presenter__link" role="status">
          {unavailable
            ? m.notConnected
            : link === 'connected'
              ? m.following
              : link === 'gone'
                ? m.gone
                : m.waiting}
        </p>
        <PagePrefs />
        <Clock time={m.time} elapsed={m.elapsed} />
      </header>
      {unavailable ? (
        <p className="presenter__alert" role="alert">
          {m.noChannel(m.openPresenter)}
        </p>
      ) : null}
      {step === undefined ? null : (
        <main className="presenter__main">
          <section className="presenter__now" aria-labelledby={nowId}>
            <p className="presenter__count tabular-nums">
              {m.stepOf(index + 1, total)}
              {remote && !free ? ` · ${m.phase[remote.phase]}` : ''}
              {remote?.offScript ? m.classChanged : ''}
            </p>
            {free ? <p className="presenter__free">{m.classFree}</p> : null}
            <h2 id={nowId} className="presenter__step-title">
              {step.title}
            </h2>
            <p className="presenter__caption">{step.caption}</p>
            {step.term ? (
              <p className="presenter__term">
                {m.kafkaTerm}: <strong>{step.term}</strong>
              </p>
            ) : null}
            {step.question ? (
              <div className="presenter__question">
                <h3 className="presenter__prompt">{m.question(step.question.prompt)}</h3>
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
                        {right ? <strong className="presenter__tag">{m.rightTag}</strong> : null}
                        {picked ? (
                          <span className="presenter__tag presenter__tag--picked">{m.pickedTag}</span>
                        ) : null}
                      </li>
                    );
                  })}
                </ul>
                <p className="presenter__revealed">{remote?.revealed ? m.revealed : m.notRevealed}</p>
                <p className="presenter__explanation">
                  <strong>{m.why}</strong>
                  {step.question.explanation}
                </p>
              </div>
            ) : null}
          </section>
          <section className="presenter__notes" aria-labelledby={notesId}>
            <h2 id={notesId} className="presenter__heading">
              {m.speakerNotes}
            </h2>
            <p className="presenter__notes-text">{step.notes}</p>
          </section>
          <section className="presenter__next" aria-labelledby={nextId}>
            <h2 id={nextId} className="presenter__heading">
              {m.comesNext}
            </h2>
            {next ? (
              <>
                <p className="presenter__next-title">
                  {index + 2}. {next.title}
                  {next.question ? <span className="presenter__next-q">{m.asksQuestion}</span> : null}
                </p>
                <p className="presenter__next-caption">{next.caption}</p>
              </>
            ) : (
              <p className="presenter__next-caption">{m.lastStep}</p>
            )}
          </section>
        </main>
      )}
      <nav className="presenter__controls" aria-label={m.steer}>
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || free || index === 0}
          onClick={() => connected && send('previous')}
        >
          {m.previousStep}
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || free}
          onClick={() => connected && send('replay')}
        >
          {m.replayStep}
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-disabled={!connected || remote?.phase !== 'asking' || free}
          title={m.revealToClass}
          onClick={() => connected && send('reveal')}
        >
          {m.reveal}
        </button>
        <button
          type="button"
          className="lesson-button lesson-button--primary"
          aria-disabled={!connected || free || next === undefined}
          title={m.nextTitle}
          onClick={() => connected && send('next')}
        >
          {m.nextStep}
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
function Clock({ time, elapsed }: { time: string; elapsed: (time: string) => string }) {
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
        <span className="visually-hidden">{time}</span>
        {pad(wall.getHours())}:{pad(wall.getMinutes())}
      </span>
      <span className="presenter__elapsed">{elapsed(formatElapsed(now - openedAt))}</span>
    </p>
  );
}
