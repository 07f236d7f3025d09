import type { Words } from '../store/simulator-store';

/**
 * The two vocabularies. Switching words changes labels only, never positions, so students can map one
 * picture onto the other. Keys are the Kafka concept; values are what the label reads in each mode.
 */
const GLOSSARY = {
  producer: { classroom: 'teacher', kafka: 'producer' },
  topic: { classroom: 'note-taking machine', kafka: 'topic' },
  broker: { classroom: 'school', kafka: 'broker' },
  partition: { classroom: 'shelf', kafka: 'partition' },
  record: { classroom: 'note', kafka: 'record' },
  records: { classroom: 'notes', kafka: 'records' },
  offset: { classroom: 'page', kafka: 'offset' },
  committed: { classroom: 'bookmark', kafka: 'committed offset' },
  position: { classroom: 'reading at', kafka: 'position' },
  group: { classroom: 'study group', kafka: 'consumer group' },
  member: { classroom: 'student', kafka: 'consumer' },
  lag: { classroom: 'backlog', kafka: 'lag' },
  logStart: { classroom: 'oldest kept page', kafka: 'log start offset' },
  logEnd: { classroom: 'next page', kafka: 'log end offset' },
  segment: { classroom: 'bundle of pages', kafka: 'segment' },
  rebalance: { classroom: 'sharing out the shelves', kafka: 'rebalance' },
  generation: { classroom: 'seating round', kafka: 'generation' },
  outputTopic: { classroom: 'writes to', kafka: 'output topic' },
  retention: { classroom: 'how long notes are kept', kafka: 'retention' },
  key: { classroom: 'subject', kafka: 'key' },
} as const satisfies Record<string, Record<Words, string>>;

export type Term = keyof typeof GLOSSARY;

export function word(words: Words, term: Term): string {
  return GLOSSARY[term][words];
}

/** The whole glossary as rows, for the help panel. */
export function glossaryRows(): { term: Term; classroom: string; kafka: string }[] {
  return (Object.keys(GLOSSARY) as Term[]).map((term) => ({ term, ...GLOSSARY[term] }));
}
