import { COURSE } from '../../lessons/course';
import { SCENARIOS } from '../../lessons/scenarios';
import { LessonPicture } from './lesson-picture';
import './home-page.css';

/** The front door: the guided course in order, free play, the sandbox, and Kafka in plain words. */
export function HomePage({ notice }: { notice?: string }) {
  return (
    <main className="home">
      <header className="home__header">
        <h1>Kafka Classroom</h1>
        <p className="home__lead">
          Apache Kafka, told as a classroom: a teacher speaks notes, a note-taking machine keeps every one of
          them, and students read at their own pace, each keeping a bookmark.
        </p>
      </header>
      {notice ? (
        <p className="home__notice" role="alert">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="course-heading">
        <h2 id="course-heading">The course, step by step</h2>
        <ol className="home__lessons">
          {COURSE.map((lesson, i) => (
            <li key={lesson.id}>
              <a href={`#/lesson/${lesson.id}/1`} className="home__lesson">
                <LessonPicture lessonId={lesson.id} />
                <span className="home__lesson-text">
                  <span className="home__lesson-number">Lesson {i + 1}</span>
                  <strong>{lesson.title}</strong>
                  <span>{lesson.summary}</span>
                </span>
              </a>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="free-heading">
        <h2 id="free-heading">Play freely</h2>
        <p>
          Open any class without the lesson and try things: put a student to sleep, call in backup, speed up
          the teacher.
        </p>
        <ul className="home__classes">
          {SCENARIOS.map((s) => (
            <li key={s.id}>
              <a href={`#/play/${s.id}`}>{s.title}</a>
            </li>
          ))}
          <li>
            <a href="#/sandbox">Sandbox: set up your own class</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="what-heading" className="home__what">
        <h2 id="what-heading">What is Kafka, in plain words?</h2>
        <p>
          Kafka is a place where programs leave messages for other programs. A program that writes is a{' '}
          <strong>producer</strong> (the teacher). Messages go into a <strong>topic</strong> (the note-taking
          machine), split into <strong>partitions</strong> (shelves) where every message gets the next number,
          its <strong>offset</strong> (the page number).
        </p>
        <p>
          Programs that read are <strong>consumers</strong> (students). They pull messages when they are ready
          and remember how far they got with a <strong>committed offset</strong> (a bookmark). Reading does
          not remove anything, so a slow reader never slows the writer down, a sleeping one loses nothing, and
          a new group of readers can start from the very first message, for as long as the topic keeps it.
        </p>
      </section>
    </main>
  );
}
