import { useSimulator, useSimulatorStore } from '../../store/context';
import type { SimulatorState } from '../../store/simulator-store';

const selectLesson = (s: SimulatorState) => s.lesson;

/**
 * A lesson file's caption and stepping, until the lesson player can take a lesson with its own scenario:
 * the step's caption and term, its question before the reveal, and Previous / Next.
 */
export function LessonCard() {
  const store = useSimulatorStore();
  const l = useSimulator(selectLesson);
  if (l === null) {
    return (
      <section className="lesson-card" aria-label="Lesson">
        <p className="lesson-card__caption">Free play: the lesson is over, the class goes on.</p>
      </section>
    );
  }
  const step = l.lesson.steps[l.step]!;
  const actions = store.getState();
  const last = l.step + 1 >= l.lesson.steps.length;
  return (
    <section className="lesson-card" aria-label="Lesson">
      <p className="lesson-card__meta">
        Step {l.step + 1} of {l.lesson.steps.length}: <strong>{step.title}</strong>
        {step.term ? <span className="lesson-card__term"> · {step.term}</span> : null}
      </p>
      <p className="lesson-card__caption">{step.caption}</p>
      {step.question && (l.phase === 'asking' || l.revealed) ? (
        <div className="lesson-card__question">
          <p>{step.question.prompt}</p>
          <div className="lesson-card__choices" role="group" aria-label="Choices">
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
              Show the answer
            </button>
          )}
        </div>
      ) : null}
      <div className="lesson-card__nav">
        <button type="button" onClick={actions.previousStep} disabled={l.step === 0}>
          Previous step
        </button>
        {l.offScript ? (
          <button type="button" onClick={actions.backToLesson}>
            Back to the lesson
          </button>
        ) : null}
        {last ? (
          <button type="button" onClick={actions.playFreely}>
            Play freely
          </button>
        ) : (
          <button type="button" onClick={actions.nextStep}>
            Next step
          </button>
        )}
      </div>
    </section>
  );
}
