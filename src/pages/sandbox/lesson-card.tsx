import { useState } from 'react';
import { formatClock } from '../../shared/format-time';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorState } from '../../store/simulator-store';
import { messages as lessonMessages } from '../../views/lesson/messages';
import { Button } from '../../views/ui/button';
import { messages } from './messages';
import { StepChangeProgress } from './step-change';

const selectLesson = (s: SimulatorState) => s.lesson;
const selectChanging = (s: SimulatorState) => s.stepChange !== null;

/**
 * A lesson file's caption and stepping, until the lesson player can take a lesson with its own scenario:
 * the step's caption and term, its question before the reveal, and Previous / Next.
 */
export function LessonCard() {
  const store = useSimulatorStore();
  const l = useSimulator(selectLesson);
  const changing = useSimulator(selectChanging);
  const lang = useLang();
  // What Cancel of a step change left, said while the lesson stands as it left it.
  const [stopped, setStopped] = useState<{ lesson: SimulatorState['lesson']; fresh: boolean } | null>(null);
  const m = messages(lang);
  const lm = lessonMessages(lang);
  if (l === null) {
    return (
      <section className="shared-lesson" aria-label={m.lesson}>
        <p className="shared-lesson__caption">{m.lessonDone}</p>
      </section>
    );
  }
  const step = l.lesson.steps[l.step]!;
  const actions = store.getState();
  const last = l.step + 1 >= l.lesson.steps.length;
  return (
    <section className="shared-lesson" aria-label={m.lesson}>
      <p className="shared-lesson__meta">
        {lm.stepOf(l.step + 1, l.lesson.steps.length)}: <strong>{step.title}</strong>
        {step.term ? <span className="shared-lesson__term"> · {step.term}</span> : null}
      </p>
      <p className="shared-lesson__caption">{step.caption}</p>
      {step.question && (l.phase === 'asking' || l.revealed) ? (
        <div className="shared-lesson__question">
          <p>{step.question.prompt}</p>
          <div className="shared-lesson__choices" role="group" aria-label={lm.choices}>
            {step.question.choices.map((choice, i) => (
              <Button
                key={i}
                aria-pressed={l.answer === i}
                disabled={l.revealed}
                className={
                  l.revealed && i === step.question!.answer ? 'shared-lesson__choice--right' : undefined
                }
                onClick={() => actions.chooseAnswer(i)}
              >
                {choice}
              </Button>
            ))}
          </div>
          {l.revealed ? (
            <p>{step.question.explanation}</p>
          ) : (
            <Button onClick={actions.reveal}>{m.showAnswer}</Button>
          )}
        </div>
      ) : null}
      {stopped !== null && stopped.lesson === l ? (
        <p role="status">
          {m.stepChangeStopped(
            stopped.fresh,
            formatClock(lang, store.getState().renderTime, false),
            l.step + 1,
          )}
        </p>
      ) : null}
      <StepChangeProgress onCancel={(fresh) => setStopped({ lesson: store.getState().lesson, fresh })} />
      {changing ? null : (
        <div className="shared-lesson__nav">
          <Button onClick={actions.previousStep} disabled={l.step === 0}>
            {lm.previousStep}
          </Button>
          {l.offScript ? <Button onClick={actions.backToLesson}>{lm.backToLesson}</Button> : null}
          {last ? (
            <Button onClick={actions.playFreely}>{lm.playFreely}</Button>
          ) : (
            <Button onClick={actions.nextStep}>{lm.nextStep}</Button>
          )}
        </div>
      )}
    </section>
  );
}
