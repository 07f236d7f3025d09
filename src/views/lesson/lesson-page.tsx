import type { Lesson } from '../../lessons/lesson';

export function LessonPage({ lesson, step }: { lesson: Lesson; step: number }) {
  return (
    <main>
      <h1>{lesson.title}</h1>
      <p>Step {step}</p>
    </main>
  );
}
