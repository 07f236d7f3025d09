import { useId } from 'react';
import type { LessonStep } from '../../lessons/lesson';
import { useSimulator } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { LessonState, SimulatorState } from '../../store/simulator-store';
import { SIMPLIFICATIONS_HREF } from '../simplifications-href';
import { NextIcon, PreviousIcon, ReplayIcon } from './lesson-icons';
import { messages } from './messages';

const selectPlaying = (s: SimulatorState) => s.playing;
const selectRenderTime = (s: SimulatorState) => s.renderTime;

export interface StepHandlers {
  onPrevious: () => void;
  onNext: () => void;
  onReplay: () => void;
  onPlayFreely: () => void;
}

interface CaptionCardProps extends StepHandlers {
  lesson: LessonState;
  /** The current step as shown, in the reader's language (the store runs the English lesson). */
  step: LessonStep;
  /** In presenter mode the caption stands alone; the step buttons come and go with the other controls. */
  presenting: boolean;
}

/**
 * The step's caption, like subtitles under the picture: large enough to read from the back of a room, with
 * the Kafka term it introduces and where the lesson stands. It sits below the stage rather than over it,
 * so it never hides what the step talks about.
 */
export function CaptionCard({ lesson, step, presenting, ...handlers }: CaptionCardProps) {
  const titleId = useId();
  const m = messages(useLang());
  return (
    <section className="lesson-caption" aria-labelledby={titleId}>
      <div className="lesson-caption__text">
        <div className="lesson-caption__top">
          <p className="lesson-caption__count tabular-nums">
            <span className="visually-hidden">{m.stepWord}</span>
            {m.count(lesson.step + 1, lesson.lesson.steps.length)}
          </p>
          <h2 id={titleId} className="lesson-caption__title">
            {step.title}
          </h2>
          {step.term ? (
            <p className="lesson-caption__term">
              <span className="lesson-caption__term-label">{m.kafkaTerm}</span> <span>{step.term}</span>
            </p>
          ) : null}
        </div>
        <p className="lesson-caption__caption">{step.caption}</p>
      </div>
      {presenting ? null : <StepControls lesson={lesson} notes={step.notes} {...handlers} />}
    </section>
  );
}

interface StepControlsProps extends StepHandlers {
  lesson: LessonState;
  /** Speaker notes, in a disclosure closed by default (left out in presenter mode). */
  notes?: string;
}

/** Where the step stands, and the buttons that move through the lesson. */
export function StepControls({
  lesson,
  notes,
  onPrevious,
  onNext,
  onReplay,
  onPlayFreely,
}: StepControlsProps) {
  const m = messages(useLang());
  const total = lesson.lesson.steps.length;
  const first = lesson.step === 0;
  const last = lesson.step === total - 1;
  const finished = last && lesson.phase === 'done' && !lesson.offScript;
  const forwardReady = lesson.phase === 'done' && !lesson.offScript;
  return (
    <div className="lesson-steps">
      <div className="lesson-steps__meta">
        <StepStatus lesson={lesson} />
        {notes ? (
          <details className="lesson-steps__notes">
            <summary>{m.teacherNotes}</summary>
            <p>{notes}</p>
          </details>
        ) : null}
      </div>
      {/*
        The last step says where the classroom departs from Kafka, before a class carries the lesson out. On a
        line of its own, so the caption beside keeps its width at 1024 px.
      */}
      {last ? (
        <a className="lesson-steps__simplifies" href={SIMPLIFICATIONS_HREF}>
          {m.simplifies}
        </a>
      ) : null}
      <div className="lesson-steps__nav" role="group" aria-label={m.steps}>
        <button
          type="button"
          className="lesson-button"
          aria-label={m.previousStep}
          aria-disabled={first}
          title={m.previousTitle}
          onClick={first ? undefined : onPrevious}
        >
          <PreviousIcon />
          {m.previous}
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-label={m.replayStep}
          title={m.replayTitle}
          onClick={onReplay}
        >
          <ReplayIcon />
          {m.replay}
        </button>
        {/* One button, so focus stays on it when "Next step" turns into "Play freely". */}
        <button
          type="button"
          className={`lesson-button lesson-steps__forward${forwardReady ? ' lesson-button--primary' : ''}`}
          aria-label={finished ? m.playFreely : m.nextStep}
          aria-disabled={last && !finished}
          title={finished ? m.playFreelyTitle : m.nextTitle}
          onClick={finished ? onPlayFreely : last ? undefined : onNext}
        >
          {finished ? (
            m.playFreely
          ) : (
            <>
              {m.next}
              <NextIcon />
            </>
          )}
        </button>
      </div>
    </div>
  );
}

/** Where the step stands: waiting for the class's guess, playing (with how far), or done. */
function StepStatus({ lesson }: { lesson: LessonState }) {
  const m = messages(useLang());
  const playing = useSimulator(selectPlaying);
  const last = lesson.step === lesson.lesson.steps.length - 1;
  if (lesson.offScript) {
    return <p className="lesson-steps__status">{m.offScript}</p>;
  }
  if (lesson.phase === 'asking') {
    return <p className="lesson-steps__status">{m.guessFirst}</p>;
  }
  if (lesson.phase === 'done') {
    return <p className="lesson-steps__status">{last ? m.lessonEnd : m.phase.done}</p>;
  }
  return (
    <div className="lesson-steps__status">
      <StepProgress lesson={lesson} label={m.stepProgress} />
      <span>{playing ? m.phase.running : m.paused}</span>
    </div>
  );
}

function StepProgress({ lesson, label }: { lesson: LessonState; label: string }) {
  const renderTime = useSimulator(selectRenderTime);
  const plan = lesson.plan.steps[lesson.step]!;
  const span = Math.max(1, plan.endMs - plan.startMs);
  const done = Math.min(span, Math.max(0, renderTime - plan.startMs));
  return <progress className="lesson-steps__progress" aria-label={label} max={span} value={done} />;
}

/** Shown over the stage while the class has acted on it: the lesson's own story is one click away. */
export function OffScriptNotice({ onBackToLesson }: { onBackToLesson: () => void }) {
  const m = messages(useLang());
  return (
    <div className="lesson__offscript" role="status">
      <p>{m.changedStory}</p>
      <button type="button" className="lesson-button lesson-button--small" onClick={onBackToLesson}>
        {m.backToLesson}
      </button>
    </div>
  );
}
