import { COURSE_PARTS } from '../../lessons/course';
import { localizeScenario, localizeTitles } from '../../lessons/localize-titles';
import { SCENARIOS } from '../../lessons/scenarios';
import { useLang } from '../../store/prefs';
import { PagePrefs } from '../../views/controls/page-prefs';
import { SIMPLIFICATIONS_HREF } from '../../views/simplifications-href';
import { LessonPicture } from './lesson-picture';
import { messages } from './messages';
import './home-page.css';

/** A paragraph whose **starred** words are bold. */
function Marked({ text }: { text: string }) {
  return <p>{text.split('**').map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}</p>;
}

/** The front door: the guided course in order, free play, the sandbox, and Kafka in plain words. */
export function HomePage({ notice }: { notice?: string }) {
  const lang = useLang();
  const m = messages(lang);
  return (
    <main className="home">
      <header className="home__header">
        <div className="home__top">
          <h1>Kafka Classroom</h1>
          <PagePrefs />
        </div>
        <p className="home__lead">{m.lead}</p>
      </header>
      {notice ? (
        <p className="home__notice" role="alert">
          {notice}
        </p>
      ) : null}

      <section aria-labelledby="course-heading">
        <h2 id="course-heading">{m.course}</h2>
        {COURSE_PARTS.map((part, p) => {
          // Lesson numbers run on through the parts: the distributed half starts at lesson 10.
          const first = COURSE_PARTS.slice(0, p).reduce((n, earlier) => n + earlier.lessons.length, 0);
          return (
            <div key={part.id} className="home__part">
              <h3 id={`part-${part.id}`}>{m.parts[part.id]}</h3>
              <ol className="home__lessons" start={first + 1} aria-labelledby={`part-${part.id}`}>
                {part.lessons.map((lesson, i) => {
                  const { title, summary } = localizeTitles(lesson, lang);
                  return (
                    <li key={lesson.id}>
                      <a href={`#/lesson/${lesson.id}/1`} className="home__lesson">
                        <LessonPicture lessonId={lesson.id} />
                        <span className="home__lesson-text">
                          <span className="home__lesson-number">{m.lesson(first + i + 1)}</span>
                          <strong>{title}</strong>
                          <span>{summary}</span>
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ol>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="free-heading">
        <h2 id="free-heading">{m.free}</h2>
        <p>{m.freeLead}</p>
        <ul className="home__classes">
          {SCENARIOS.map((s) => (
            <li key={s.id}>
              <a href={`#/play/${s.id}`}>{localizeScenario(s, lang).title}</a>
            </li>
          ))}
          <li>
            <a href="#/sandbox">{m.sandbox}</a>
          </li>
        </ul>
      </section>

      <section aria-labelledby="what-heading" className="home__what">
        <h2 id="what-heading">{m.what}</h2>
        {m.plain.map((text) => (
          <Marked key={text} text={text} />
        ))}
        <p>
          {m.simplifiesLead} <a href={SIMPLIFICATIONS_HREF}>{m.simplifies}</a>
        </p>
      </section>
    </main>
  );
}
