import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorState } from '../../store/simulator-store';
import { messages as lessonMessages } from '../../views/lesson/messages';
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
      <section className="lesson-card" aria-label={m.lesson}>
        <p className="lesson-card__caption">{m.lessonDone}</p>
      </section>
    );
  }
  const step = l.lesson.steps[l.step]!;
  const actions = store.getState();
  const last = l.step + 1 >= l.lesson.steps.length;
  return (
    <section className="lesson-card" aria-label={m.lesson}>
      <p className="lesson-card__meta">
        {lm.stepOf(l.step + 1, l.lesson.steps.length)}: <strong>{step.title}</strong>
        {step.term ? <span className="lesson-card__term"> · {step.term}</span> : null}
      </p>
      <p className="lesson-card__caption">{step.caption}</p>
      {step.question && (l.phase === 'asking' || l.revealed) ? (
        <div className="lesson-card__question">
          <p>{step.question.prompt}</p>
          <div className="lesson-card__choices" role="group" aria-label={lm.choices}>
            {step.question.choices.map((choice, i) => (
              <button
                key={i}
                type="button"
                aria-pressed={l.answer === i}
                disabled={l.revealed}
                className={
                  l.revealed && i === step.question!.answer ? 'lesson-card__choice--right' : undefined
                }
                onClick={() => actions.chooseAnswer(i)}
              >
                {choice}
              </button>
            ))}
          </div>
          {l.revealed ? (
            <p>{step.question.explanation}</p>
          ) : (
            <button type="button" onClick={actions.reveal}>
              {m.showAnswer}
            </button>
          )}
        </div>
      ) : null}
      <div className="lesson-card__nav">
        <button type="button" onClick={actions.previousStep} disabled={l.step === 0}>
          {lm.previousStep}
        </button>
        {l.offScript ? (
          <button type="button" onClick={actions.backToLesson}>
            {lm.backToLesson}
          </button>
        ) : null}
        {last ? (
          <button type="button" onClick={actions.playFreely}>
            {lm.playFreely}
          </button>
        ) : (
          <button type="button" onClick={actions.nextStep}>
            {lm.nextStep}
          </button>
        )}
      </div>
    </section>
  );
}
