import type { Prediction, Subject } from '../../lessons/lesson';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { spotlightBoxes } from '../../viz/spotlight';

/**
 * Words that speak of what lies on the shelves (the notes, their pages, the bookmarks in them), in the
 * story's English and in Spanish, in classroom and Kafka words: a question using one is about shelves.
 */
const SHELF_WORDS = new Set([
  'shelf',
  'shelves',
  'note',
  'notes',
  'page',
  'pages',
  'bookmark',
  'bookmarks',
  'place',
  'backlog',
  'partition',
  'partitions',
  'offset',
  'offsets',
  'record',
  'records',
  'estante',
  'estantes',
  'apunte',
  'apuntes',
  'página',
  'páginas',
  'marcapáginas',
  'sitio',
  'retraso',
  'partición',
  'particiones',
  'registro',
  'registros',
]);

/** The words of a text, lower-cased: the ids of the characters it names are among them. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Every word of a question: its prompt, its choices and its explanation (shown with the answer). */
export function questionWords(question: Prediction | undefined): string[] {
  if (!question) return [];
  return wordsOf([question.prompt, ...question.choices, question.explanation].join(' '));
}

/**
 * The topics whose shelves a question is about, when its words speak of shelves, notes, pages or
 * bookmarks: the machines the step's spotlight shows or its groups read, and those read by the groups of
 * the students it names; with none of these, every machine on the stage. Empty when it speaks of no shelf.
 */
export function questionTopics(
  words: readonly string[],
  highlight: readonly Subject[],
  layout: StageLayout,
): string[] {
  if (!words.some((w) => SHELF_WORDS.has(w))) return [];
  const topics = new Set<string>();
  const readBy = (group: string): void => {
    for (const t of layout.groups.find((g) => g.id === group)?.topics ?? []) topics.add(t);
  };
  for (const s of highlight) {
    if (s.kind === 'topic' || s.kind === 'partition') topics.add(s.topic);
    else if (s.kind === 'group' || s.kind === 'member') readBy(s.group);
  }
  const said = new Set(words);
  for (const g of layout.groups) if (g.desks.some((d) => said.has(d.member.toLowerCase()))) readBy(g.id);
  if (topics.size === 0) for (const m of layout.machines) topics.add(m.topic);
  return [...topics].filter((t) => layout.machines.some((m) => m.topic === t));
}

/**
 * What a question card must keep clear of besides the spotlight: the teachers and students `words` name
 * (the caption's and the question's), and the shelves of the topics the question is about, each shelf's
 * row as the spotlight outlines it.
 */
export function keepClearBoxes(
  layout: StageLayout,
  words: readonly string[],
  highlight: readonly Subject[],
  question: readonly string[],
): Box[] {
  const said = new Set(words);
  const has = (id: string): boolean => said.has(id.toLowerCase());
  const shelves: Subject[] = questionTopics(question, highlight, layout).flatMap((topic) =>
    (layout.machines.find((m) => m.topic === topic)?.shelves ?? []).map((s): Subject => ({
      kind: 'partition',
      topic,
      partition: s.partition,
    })),
  );
  return [
    ...layout.teachers.filter((t) => has(t.id)).map((t) => t.box),
    ...layout.groups.flatMap((g) => g.desks.filter((d) => has(d.member)).map((d) => d.box)),
    ...spotlightBoxes(layout, shelves),
  ];
}
