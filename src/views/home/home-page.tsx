import { SCENARIOS } from '../../lessons/scenarios';
import './home-page.css';

/** The front door: the classes in order, each opening in free play. */
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
      <ol className="home__list">
        {SCENARIOS.map((s) => (
          <li key={s.id}>
            <a href={`#/play/${s.id}`}>
              <strong>{s.title}</strong>
              <span>{s.summary}</span>
            </a>
          </li>
        ))}
      </ol>
    </main>
  );
}
