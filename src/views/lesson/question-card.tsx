import { useEffect, useId, useRef, useState, type CSSProperties, type Ref } from 'react';
import type { Prediction } from '../../lessons/lesson';
import { useLang } from '../../store/prefs';
import type { LessonState } from '../../store/simulator-store';
import { messages } from './messages';

/** A, B, C...: choices a class can call out. */
export function choiceLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

interface QuestionCardProps {
  /** The step's question as shown, in the reader's language. */
  question: Prediction;
  lesson: LessonState;
  onChoose: (choice: number) => void;
  onReveal: () => void;
  className?: string;
  /** Where the page placed the card (see use-card-spot.ts), and the ref it measures the card by. */
  style?: CSSProperties;
  cardRef?: Ref<HTMLElement>;
}

/**
 * The step's prediction: the class picks a choice (or just guesses aloud), then Reveal shows the answer,
 * whether the pick was right, and why, and lets the step run. Once revealed, it can be put away.
 */
export function QuestionCard({
  question,
  lesson,
  onChoose,
  onReveal,
  className,
  style,
  cardRef,
}: QuestionCardProps) {
  const promptId = useId();
  const m = messages(useLang());
  const { answer, revealed } = lesson;
  const right = question.answer;
  const [hidden, setHidden] = useState(false);
  // A new reveal (or asking again) brings the card back.
  const [seenRevealed, setSeenRevealed] = useState(revealed);
  if (seenRevealed !== revealed) {
    setSeenRevealed(revealed);
    setHidden(false);
  }
  // Pressing Reveal removes the button pressed: focus goes on to the answer's Hide button.
  const revealPressed = useRef(false);
  const hideRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (revealed && revealPressed.current) {
      revealPressed.current = false;
      hideRef.current?.focus();
    }
  }, [revealed]);

  // On a phone the card sits under the stage, its Reveal below the screen's edge: the step's question
  // brings it into view, scrolling no further than that (nothing moves where it is on screen already).
  const revealRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!revealed) revealRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [question.prompt, revealed]);

  if (hidden && revealed) return null;
  return (
    <section
      className={`lesson-card lesson-question${className ? ` ${className}` : ''}`}
      style={style}
      ref={cardRef}
      aria-labelledby={promptId}
    >
      <div className="lesson-question__head">
        <p className="lesson-question__label">{revealed ? m.theAnswer : m.predict}</p>
        {revealed ? (
          <button
            ref={hideRef}
            type="button"
            className="lesson-button lesson-button--small"
            onClick={() => setHidden(true)}
          >
            {m.hideAnswer}
          </button>
        ) : null}
      </div>
      <h2 id={promptId} className="lesson-question__prompt">
        {question.prompt}
      </h2>
      {revealed ? null : (
        <div className="lesson-question__body" role="group" aria-label={m.choices}>
          {question.choices.map((choice, index) => (
            <button
              key={index}
              type="button"
              className="lesson-question__choice"
              aria-pressed={answer === index}
              onClick={() => onChoose(index)}
            >
              <span className="lesson-question__letter" aria-hidden="true">
                {choiceLetter(index)}
              </span>
              <span>{choice}</span>
            </button>
          ))}
          <button
            ref={revealRef}
            type="button"
            className="lesson-button lesson-button--primary lesson-question__reveal"
            title={m.revealTitle}
            onClick={() => {
              revealPressed.current = true;
              onReveal();
            }}
          >
            {m.reveal}
          </button>
        </div>
      )}
      <div className="lesson-question__result" role="status">
        {revealed ? (
          <>
            <p className="lesson-question__right">
              <span className="lesson-question__letter lesson-question__letter--right" aria-hidden="true">
                {choiceLetter(right)}
              </span>
              <span>
                <span className="visually-hidden">{m.rightAnswer}</span>
                {question.choices[right]}
              </span>
            </p>
            {answer === null ? null : answer === right ? (
              <p className="lesson-question__verdict lesson-question__verdict--right">
                {m.pickedRight(choiceLetter(answer))}
              </p>
            ) : (
              <p className="lesson-question__verdict lesson-question__verdict--wrong">
                {m.pickedWrong(choiceLetter(answer), question.choices[answer] ?? '')}
              </p>
            )}
            <p className="lesson-question__explanation">{question.explanation}</p>
          </>
        ) : null}
      </div>
    </section>
  );
}
