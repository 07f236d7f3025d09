import { useEffect, type ReactNode } from 'react';
import { findScenario } from '../../lessons/scenarios';
import { classroomDepartures, topicDepartures } from '../../runtime/kafka-settings';
import { formatCount } from '../../shared/format-number';
import { useLang } from '../../store/prefs';
import { PagePrefs } from '../../views/controls/page-prefs';
import { SettingsTable } from '../../views/settings/settings-table';
import { messages, type Part } from './messages';
import { TRUTH_TABLE, type TruthTable } from './truth-table';
import './simplifications-page.css';

/** A paragraph whose **starred** words (Kafka's terms) are bold. */
function Marked({ text }: { text: string }) {
  return <p>{text.split('**').map((part, i) => (i % 2 === 1 ? <strong key={i}>{part}</strong> : part))}</p>;
}

function PartSection({ part, children }: { part: Part; children?: ReactNode }) {
  return (
    <section aria-labelledby={`simplifies-${part.id}`} className="simplifies__part">
      <h2 id={`simplifies-${part.id}`}>{part.heading}</h2>
      {part.paragraphs.map((text) => (
        <Marked key={text} text={text} />
      ))}
      {children}
    </section>
  );
}

/** The classroom's departures from Kafka's defaults: the first class's group, and the retention class's machine. */
function classroomRows() {
  const first = findScenario('note-taking-machine');
  const retention = findScenario('retention');
  return {
    group: first ? classroomDepartures(first.scenario) : [],
    machine: retention ? topicDepartures(retention.scenario) : [],
  };
}

/**
 * "What this simulator simplifies": every simplification in one place, in the app's words, with the
 * classroom's timers beside Kafka's defaults and a place for the Kafka-in-the-loop truth table.
 */
export function SimplificationsPage({ truthTable = TRUTH_TABLE }: { truthTable?: TruthTable | null }) {
  const lang = useLang();
  const m = messages(lang);
  // Classroom words: each setting as a sentence with Kafka's name under it, both vocabularies at once.
  const voice = { lang, words: 'classroom' } as const;
  const { group, machine } = classroomRows();
  useEffect(() => {
    document.title = `${m.title} · Kafka Classroom`;
  }, [m.title]);
  return (
    <main className="simplifies">
      <header className="simplifies__header">
        <div className="simplifies__top">
          <a href="#/" className="simplifies__home">
            {m.home}
          </a>
          <PagePrefs />
        </div>
        <h1>{m.title}</h1>
        <p className="simplifies__lead">{m.lead}</p>
      </header>
      {m.parts.map((part) => (
        <PartSection key={part.id} part={part} />
      ))}
      <PartSection part={m.timers}>
        <SettingsTable rows={group} voice={voice} page caption={m.groupCaption} />
        <SettingsTable rows={machine} voice={voice} page caption={m.retentionCaption} />
      </PartSection>
      <PartSection part={m.checked}>
        <section
          className="simplifies__truth"
          aria-labelledby="simplifies-truth"
          data-truth-table={truthTable === null ? 'pending' : 'measured'}
        >
          <h3 id="simplifies-truth">{m.truthTableHeading}</h3>
          <p>
            {truthTable === null
              ? m.truthTableNone
              : m.truthTable(
                  formatCount(lang, truthTable.agree),
                  formatCount(lang, truthTable.checked),
                  truthTable.kafkaVersion,
                )}
          </p>
        </section>
      </PartSection>
    </main>
  );
}
