import type { Lesson } from '../../lessons/lesson';

export function PresenterView({ lesson }: { lesson: Lesson }) {
  return (
    <main>
      <h1>{lesson.title}</h1>
    </main>
  );
}
