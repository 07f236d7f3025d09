import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorState } from '../../store/simulator-store';
import { messages as lessonMessages } from '../../views/lesson/messages';
import { Button } from '../../views/ui/button';
import { messages } from './messages';

const selectLesson = (s: SimulatorState) => s.lesson;

/**
 * A lesson file's caption and stepping, until the lesson player can take a lesson with its own scenario:
 * the step's caption and term, its question before the reveal, and Previous / Next.
 */
export function LessonCard() {
  const store = useSimulatorStore();
  const l = useSimulator(selectLesson);
  const lang = useLang();
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
    </section>
  );
}
