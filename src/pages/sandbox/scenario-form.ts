/**
 * The sandbox form as data: rows of text the teacher types, turned into a candidate scenario for the engine's
 * validator, and a scenario turned back into rows. Fields the form does not show (group timers, batch size,
 * the broker...) ride along untouched in `extra`, so an imported file loses nothing.
 */

import type {
  AssignorName,
  AutoOffsetReset,
  CleanupPolicy,
  GroupSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
} from '../../engine';
import { CLASSROOM_TIMERS } from '../../lessons/presets';

export interface TopicRow {
  key: number;
  name: string;
  partitions: string;
  retentionMs: string;
  retentionBytes: string;
  segmentMs: string;
  cleanupPolicy: '' | CleanupPolicy;
  extra: Partial<TopicSpec>;
  /** The name references follow while the name field is empty. */
  lastName?: string;
}

export interface ProducerRow {
  key: number;
  id: string;
  topic: string;
  recordsPerSec: string;
  /** Comma list; empty for notes without a subject. */
  keys: string;
  extra: Partial<ProducerSpec>;
}

export interface MemberRow {
  key: number;
  id: string;
  recordsPerSec: string;
}

export interface GroupRow {
  key: number;
  id: string;
  /** Comma list of topic names. */
  topics: string;
  assignor: '' | AssignorName;
  autoOffsetReset: '' | AutoOffsetReset;
  outputTopic: string;
  members: MemberRow[];
  extra: Partial<GroupSpec>;
}

export interface SandboxForm {
  seed: string;
  /** Everything of the scenario besides seed, topics, producers and groups (the broker). */
  extra: Partial<Scenario>;
  topics: TopicRow[];
  producers: ProducerRow[];
  groups: GroupRow[];
  /** Next row key: React keys stay stable while rows are added and removed. */
  nextKey: number;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));

function without<T extends object>(value: T, keys: readonly string[]): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!keys.includes(k)) (out as Record<string, unknown>)[k] = v;
  }
  return out;
}

/** A valid scenario as form rows. */
export function formFromScenario(s: Scenario): SandboxForm {
  let key = 0;
  const topics = s.topics.map((t): TopicRow => ({
    key: key++,
    name: t.name,
    partitions: text(t.partitions),
    retentionMs: text(t.retentionMs),
    retentionBytes: text(t.retentionBytes),
    segmentMs: text(t.segmentMs),
    cleanupPolicy: t.cleanupPolicy ?? '',
    extra: without(t, ['name', 'partitions', 'retentionMs', 'retentionBytes', 'segmentMs', 'cleanupPolicy']),
  }));
  const producers = s.producers.map((p): ProducerRow => ({
    key: key++,
    id: p.id,
    topic: p.topic,
    recordsPerSec: text(p.recordsPerSec),
    keys: p.keys?.join(', ') ?? '',
    extra: without(p, ['id', 'topic', 'recordsPerSec', 'keys']),
  }));
  const groups = s.groups.map((g): GroupRow => ({
    key: key++,
    id: g.id,
    topics: g.topics.join(', '),
    assignor: g.assignor ?? '',
    autoOffsetReset: g.autoOffsetReset ?? '',
    outputTopic: g.outputTopic ?? '',
    members: g.members.map((m) => ({ key: key++, id: m.id, recordsPerSec: text(m.recordsPerSec) })),
    extra: without(g, ['id', 'topics', 'assignor', 'autoOffsetReset', 'outputTopic', 'members']),
  }));
  return {
    seed: text(s.seed),
    extra: without(s, ['seed', 'topics', 'producers', 'groups']),
    topics,
    producers,
    groups,
    nextKey: key,
  };
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * A typed number: a number when it reads as one, the text itself otherwise (the validator then names the rule
 * it breaks), and absent when empty.
 */
function numberField(value: string): number | string | undefined {
  const t = value.trim();
  if (t === '') return undefined;
  return NUMBER.test(t) ? Number(t) : t;
}

/** "math, music,,history " -> ["math", "music", "history"]. */
export function commaList(value: string): string[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function put(target: Record<string, unknown>, key: string, value: unknown): void {
  if (value !== undefined) target[key] = value;
}

/** The form as a scenario for the validator: untrusted, with typed text where a number was expected. */
export function candidateFromForm(form: SandboxForm): unknown {
  const scenario: Record<string, unknown> = { ...form.extra };
  put(scenario, 'seed', numberField(form.seed));
  scenario.topics = form.topics.map((t) => {
    const topic: Record<string, unknown> = { ...t.extra, name: t.name.trim() };
    put(topic, 'partitions', numberField(t.partitions));
    put(topic, 'retentionMs', numberField(t.retentionMs));
    put(topic, 'retentionBytes', numberField(t.retentionBytes));
    put(topic, 'segmentMs', numberField(t.segmentMs));
    if (t.cleanupPolicy !== '') topic.cleanupPolicy = t.cleanupPolicy;
    return topic;
  });
  scenario.producers = form.producers.map((p) => {
    const producer: Record<string, unknown> = { ...p.extra, id: p.id.trim(), topic: p.topic.trim() };
    put(producer, 'recordsPerSec', numberField(p.recordsPerSec));
    const keys = commaList(p.keys);
    if (keys.length > 0) producer.keys = keys;
    return producer;
  });
  scenario.groups = form.groups.map((g) => {
    const group: Record<string, unknown> = { ...g.extra, id: g.id.trim(), topics: commaList(g.topics) };
    if (g.assignor !== '') group.assignor = g.assignor;
    if (g.autoOffsetReset !== '') group.autoOffsetReset = g.autoOffsetReset;
    if (g.outputTopic.trim() !== '') group.outputTopic = g.outputTopic.trim();
    group.members = g.members.map((m) => {
      const member: Record<string, unknown> = { id: m.id.trim() };
      put(member, 'recordsPerSec', numberField(m.recordsPerSec));
      return member;
    });
    return group;
  });
  return scenario;
}

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

/** Every field the form shows, by the path the validator reports problems at. */
export function fieldPaths(form: SandboxForm): string[] {
  const paths = ['seed'];
  form.topics.forEach((_, i) => {
    for (const f of ['name', 'partitions', 'retentionMs', 'retentionBytes', 'segmentMs', 'cleanupPolicy']) {
      paths.push(`topics[${i}].${f}`);
    }
  });
  form.producers.forEach((_, i) => {
    for (const f of ['id', 'topic', 'recordsPerSec', 'keys']) paths.push(`producers[${i}].${f}`);
  });
  form.groups.forEach((g, i) => {
    for (const f of ['id', 'topics', 'assignor', 'autoOffsetReset', 'outputTopic', 'members']) {
      paths.push(`groups[${i}].${f}`);
    }
    g.members.forEach((_, j) => {
      for (const f of ['id', 'recordsPerSec']) paths.push(`groups[${i}].members[${j}].${f}`);
    });
  });
  return paths;
}

/** The field a problem belongs to: the longest field path the problem's path starts with, or null. */
export function fieldOf(problemPath: string, paths: readonly string[]): string | null {
  let best: string | null = null;
  for (const p of paths) {
    const inside = problemPath === p || problemPath.startsWith(`${p}.`) || problemPath.startsWith(`${p}[`);
    if (inside && (best === null || p.length > best.length)) best = p;
  }
  return best;
}

export interface Problem {
  readonly path: string;
  readonly message: string;
}

/**
 * Problems sorted to their fields; the rest (extra settings, whole lists) are `general`. `entry` names an
 * entry of a list field in the reader's language.
 */
export function sortProblems(
  problems: readonly Problem[],
  form: SandboxForm,
  entry: (n: number) => string = (n) => `entry ${n}`,
): { byField: Map<string, string[]>; general: Problem[] } {
  const paths = fieldPaths(form);
  const byField = new Map<string, string[]>();
  const general: Problem[] = [];
  for (const p of problems) {
    const field = fieldOf(p.path, paths);
    if (field === null) {
      general.push(p);
      continue;
    }
    const list = byField.get(field) ?? [];
    const inner = p.path.slice(field.length).replace(/^\[(\d+)\]/, (_, n: string) => entry(Number(n) + 1));
    list.push(inner === '' ? p.message : `${inner.replace(/^\./, '')}: ${p.message}`);
    byField.set(field, list);
  }
  return { byField, general };
}
