/** A one-line summary of a class for the sandbox and shared pages, in the page's language and words. */

import type { Scenario } from '../../engine';
import { formatCount } from '../../shared/format-number';
import { catalogue, type Lang } from '../../shared/lang';
import type { Words } from '../../shared/words-mode';
import { useWordsOf } from '../../store/context';
import { useLang } from '../../store/prefs';
import type { SimulatorStore } from '../../store/simulator-store';

type Noun = 'rooms' | 'topics' | 'shelves' | 'teachers' | 'groups' | 'students';
/** Each thing counted, singular then plural, in either vocabulary. */
type Nouns = Record<Words, Record<Noun, readonly [string, string]>>;

const nouns = catalogue<Nouns>({
  en: {
    classroom: {
      rooms: ['room', 'rooms'],
      topics: ['note-taking machine', 'note-taking machines'],
      shelves: ['shelf', 'shelves'],
      teachers: ['teacher', 'teachers'],
      groups: ['study group', 'study groups'],
      students: ['student', 'students'],
    },
    kafka: {
      rooms: ['broker', 'brokers'],
      topics: ['topic', 'topics'],
      shelves: ['partition', 'partitions'],
      teachers: ['producer', 'producers'],
      groups: ['consumer group', 'consumer groups'],
      students: ['consumer', 'consumers'],
    },
  },
  es: {
    classroom: {
      rooms: ['sala', 'salas'],
      topics: ['máquina de apuntes', 'máquinas de apuntes'],
      shelves: ['estante', 'estantes'],
      teachers: ['profesora', 'profesoras'],
      groups: ['grupo de estudio', 'grupos de estudio'],
      students: ['estudiante', 'estudiantes'],
    },
    kafka: {
      rooms: ['broker', 'brokers'],
      topics: ['topic', 'topics'],
      shelves: ['partición', 'particiones'],
      teachers: ['productor', 'productores'],
      groups: ['grupo de consumidores', 'grupos de consumidores'],
      students: ['consumidor', 'consumidores'],
    },
  },
});

/**
 * "1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)", or in Kafka's words "1 topic
 * (3 partitions), 1 producer, 1 consumer group (2 consumers)", as the stage beside it names them; with
 * several brokers it starts with them: "3 rooms, …".
 */
export function describeScenario(lang: Lang, words: Words, s: Scenario): string {
  const say = nouns(lang)[words];
  const count = (noun: Noun, n: number): string => `${formatCount(lang, n)} ${say[noun][n === 1 ? 0 : 1]}`;
  const shelves = s.topics.reduce((n, t) => n + t.partitions, 0);
  const students = s.groups.reduce((n, g) => n + g.members.length, 0);
  const brokers = s.brokers ?? 1;
  return [
    ...(brokers > 1 ? [count('rooms', brokers)] : []),
    `${count('topics', s.topics.length)} (${count('shelves', shelves)})`,
    count('teachers', s.producers.length),
    `${count('groups', s.groups.length)} (${count('students', students)})`,
  ].join(', ');
}

/** The summary in the words the class's stage speaks now (its switch is on the stage, below the header). */
export function ClassSummary({ store, scenario }: { store: SimulatorStore; scenario: Scenario }) {
  return <>{describeScenario(useLang(), useWordsOf(store), scenario)}</>;
}
