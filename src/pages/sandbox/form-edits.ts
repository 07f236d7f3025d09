/**
 * Edits of the sandbox form that touch more than one field: adding rows with free names and Kafka's
 * defaults, and renaming a topic with every reference to it.
 */

import { CLASSROOM_TIMERS } from '../../lessons/presets';
import { commaList, type GroupRow, type ProducerRow, type SandboxForm, type TopicRow } from './scenario-form';

/** The first name of `base`, `base-2`, `base-3`... not in `used`. */
export function freeName(base: string, used: readonly string[]): string {
  if (!used.includes(base)) return base;
  for (let i = 2; ; i++) if (!used.includes(`${base}-${i}`)) return `${base}-${i}`;
}

export function addTopic(form: SandboxForm): SandboxForm {
  const row: TopicRow = {
    key: form.nextKey,
    name: freeName(
      'notes',
      form.topics.map((t) => t.name),
    ),
    partitions: '1',
    retentionMs: '',
    retentionBytes: '',
    segmentMs: '',
    cleanupPolicy: '',
    replicationFactor: '',
    minInsyncReplicas: '',
    extra: {},
  };
  return { ...form, topics: [...form.topics, row], nextKey: form.nextKey + 1 };
}

export function addProducer(form: SandboxForm): SandboxForm {
  const row: ProducerRow = {
    key: form.nextKey,
    id: freeName(
      'teacher',
      form.producers.map((p) => p.id),
    ),
    topic: form.topics[0]?.name ?? '',
    recordsPerSec: '1',
    keys: '',
    acks: '',
    enableIdempotence: '',
    deliveryTimeoutMs: '',
    extra: {},
  };
  return { ...form, producers: [...form.producers, row], nextKey: form.nextKey + 1 };
}

export function addGroup(form: SandboxForm, memberId: string): SandboxForm {
  const row: GroupRow = {
    key: form.nextKey,
    id: freeName(
      'group',
      form.groups.map((g) => g.id),
    ),
    topics: form.topics[0]?.name ?? '',
    assignor: '',
    autoOffsetReset: 'earliest',
    outputTopic: '',
    members: [{ key: form.nextKey + 1, id: memberId, recordsPerSec: '1' }],
    extra: { ...CLASSROOM_TIMERS },
  };
  return { ...form, groups: [...form.groups, row], nextKey: form.nextKey + 2 };
}

export function addMember(form: SandboxForm, groupKey: number, memberId: string): SandboxForm {
  return {
    ...form,
    groups: form.groups.map((g) =>
      g.key === groupKey
        ? { ...g, members: [...g.members, { key: form.nextKey, id: memberId, recordsPerSec: '1' }] }
        : g,
    ),
    nextKey: form.nextKey + 1,
  };
}

/**
 * Renames a topic, and with it every reference to its old name (teachers' topics, groups' topics and output
 * topics), so typing a new name does not break the class on every keystroke.
 */
export function renameTopic(form: SandboxForm, key: number, name: string): SandboxForm {
  const row = form.topics.find((t) => t.key === key);
  if (row === undefined) return form;
  // While the name is being retyped (empty for a moment), references wait under the last name.
  const from = row.name.trim() || row.lastName || '';
  const to = name.trim();
  const topics = form.topics.map((t) =>
    t.key === key ? { ...t, name, lastName: to === '' ? from : undefined } : t,
  );
  // Another topic with the old name keeps the references (the validator will name the duplicate).
  if (from === '' || to === '' || from === to || topics.some((t) => t.name.trim() === from)) {
    return { ...form, topics };
  }
  const rename = (ref: string): string => (ref.trim() === from ? to : ref);
  return {
    ...form,
    topics,
    producers: form.producers.map((p) => ({ ...p, topic: rename(p.topic) })),
    groups: form.groups.map((g) => ({
      ...g,
      topics: commaList(g.topics).map(rename).join(', '),
      outputTopic: rename(g.outputTopic),
    })),
  };
}
