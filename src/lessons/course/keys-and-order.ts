import { groupIn, lag, noDuplicates, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const keysAndOrder: Lesson = {
  id: 'keys-and-order',
  title: 'Keys and order',
  summary:
    'Notes on the same subject always go to the same shelf and stay in order; across shelves there is no order.',
  scenarioId: 'keys-and-order',
  steps: [
    {
      title: 'Every note has a subject',
      caption:
        'Each note has a subject, shown by its colour. Notes on the same subject always go to the same shelf.',
      term: 'key, partitioner',
      notes:
        'The record key is hashed (murmur2) and the hash modulo the number of partitions picks the partition: the same key always lands on the same partition while the partition count stays the same.',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      until: { kind: 'elapsed', ms: 8000 },
      expect: [owns('class', 'ana', [0]), owns('class', 'ben', [1]), owns('class', 'carla', [2])],
    },
    {
      title: 'Order on a shelf',
      caption:
        'On one shelf, notes stay in the order they were said, and each student reads her shelf in that order.',
      term: 'per-partition ordering',
      words: 'kafka',
      notes:
        'Offsets increase strictly within a partition, and a consumer receives a partition’s records in offset order.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 6000 },
      expect: [noDuplicates('class'), lag('class', { atMost: 3 }), groupIn('class', 'Stable', 1)],
    },
    {
      title: 'No order across shelves',
      caption: 'Across shelves there is no order: Ana may read a later note before Ben reads an earlier one.',
      words: 'classroom',
      highlight: [{ kind: 'group', group: 'class' }],
      notes: 'If two events must stay in order, give them the same key so they share a partition.',
      question: {
        prompt: 'Ana reads one shelf and Ben another. Whose notes come first overall?',
        choices: ['Always Ana’s', 'Always Ben’s', 'There is no order across shelves'],
        answer: 2,
        explanation: 'Kafka orders records only within a partition.',
      },
      until: { kind: 'elapsed', ms: 8000 },
      expect: [owns('class', 'ana', [0]), owns('class', 'ben', [1]), lag('class', { atMost: 3 })],
    },
  ],
};
