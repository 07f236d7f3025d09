/**
 * The sandbox form as data: rows of text the teacher types, turned into a candidate scenario for the engine's
 * validator, and a scenario turned back into rows. Fields the form does not show (group timers, batch size,
 * the broker...) ride along untouched in `extra`, so an imported file loses nothing.
 */

import type {
  AssignorName,
  AutoOffsetReset,
  BrokerSpec,
  CleanupPolicy,
  GroupSpec,
  ProducerSpec,
  Scenario,
  TopicSpec,
} from '../../engine';

export interface TopicRow {
  key: number;
  name: string;
  partitions: string;
  retentionMs: string;
  retentionBytes: string;
  segmentMs: string;
  cleanupPolicy: '' | CleanupPolicy;
  /** Copies of each shelf (`replicationFactor`) and `min.insync.replicas`: shown with several brokers. */
  replicationFactor: string;
  minInsyncReplicas: string;
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
  /** '' stands for Kafka's default (acks all, idempotence on): the scenario then leaves the field out. */
  acks: '' | Acks;
  enableIdempotence: '' | OnOff;
  deliveryTimeoutMs: string;
  extra: Partial<ProducerSpec>;
}

/** `acks` as the form's choice holds it. */
export type Acks = '0' | '1' | 'all';
/** A boolean setting as the form's choice holds it. */
export type OnOff = 'true' | 'false';

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

/** The cluster: how many brokers, and the broker settings of replication the form shows. */
export interface ClusterRow {
  brokers: string;
  replicaLagTimeMaxMs: string;
  uncleanLeaderElectionEnable: '' | OnOff;
  minInsyncReplicas: string;
  /** The broker's other settings (retention check, rebalance delay), untouched. */
  extra: Partial<BrokerSpec>;
  /** The scenario had a `broker` object: kept even when empty, so a file round-trips as it was. */
  hadBroker: boolean;
}

export interface SandboxForm {
  seed: string;
  cluster: ClusterRow;
  /** Everything of the scenario besides seed, brokers, broker, topics, producers and groups. */
  extra: Partial<Scenario>;
  topics: TopicRow[];
  producers: ProducerRow[];
  groups: GroupRow[];
  /** Next row key: React keys stay stable while rows are added and removed. */
  nextKey: number;
}

const text = (n: number | undefined): string => (n === undefined ? '' : String(n));
const onOff = (b: boolean | undefined): '' | OnOff => (b === undefined ? '' : b ? 'true' : 'false');

/** The fields each row shows; the rest of a spec rides along in `extra`. */
const TOPIC_FIELDS = [
  'name',
  'partitions',
  'retentionMs',
  'retentionBytes',
  'segmentMs',
  'cleanupPolicy',
  'replicationFactor',
  'minInsyncReplicas',
];
const PRODUCER_FIELDS = [
  'id',
  'topic',
  'recordsPerSec',
  'keys',
  'acks',
  'enableIdempotence',
  'deliveryTimeoutMs',
];
const BROKER_FIELDS = ['replicaLagTimeMaxMs', 'uncleanLeaderElectionEnable', 'minInsyncReplicas'];

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
    replicationFactor: text(t.replicationFactor),
    minInsyncReplicas: text(t.minInsyncReplicas),
    extra: without(t, TOPIC_FIELDS),
  }));
  const producers = s.producers.map((p): ProducerRow => ({
    key: key++,
    id: p.id,
    topic: p.topic,
    recordsPerSec: text(p.recordsPerSec),
    keys: p.keys?.join(', ') ?? '',
    acks: p.acks === undefined ? '' : (String(p.acks) as Acks),
    enableIdempotence: onOff(p.enableIdempotence),
    deliveryTimeoutMs: text(p.deliveryTimeoutMs),
    extra: without(p, PRODUCER_FIELDS),
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
  const broker = s.broker ?? {};
  return {
    seed: text(s.seed),
    cluster: {
      brokers: text(s.brokers),
      replicaLagTimeMaxMs: text(broker.replicaLagTimeMaxMs),
      uncleanLeaderElectionEnable: onOff(broker.uncleanLeaderElectionEnable),
      minInsyncReplicas: text(broker.minInsyncReplicas),
      extra: without(broker, BROKER_FIELDS),
      hadBroker: s.broker !== undefined,
    },
    extra: without(s, ['seed', 'brokers', 'broker', 'topics', 'producers', 'groups']),
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

function booleanField(value: '' | OnOff): boolean | undefined {
  return value === '' ? undefined : value === 'true';
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
  const { cluster } = form;
  put(scenario, 'brokers', numberField(cluster.brokers));
  const broker: Record<string, unknown> = { ...cluster.extra };
  put(broker, 'replicaLagTimeMaxMs', numberField(cluster.replicaLagTimeMaxMs));
  put(broker, 'uncleanLeaderElectionEnable', booleanField(cluster.uncleanLeaderElectionEnable));
  put(broker, 'minInsyncReplicas', numberField(cluster.minInsyncReplicas));
  if (cluster.hadBroker || Object.keys(broker).length > 0) scenario.broker = broker;
  scenario.topics = form.topics.map((t) => {
    const topic: Record<string, unknown> = { ...t.extra, name: t.name.trim() };
    put(topic, 'partitions', numberField(t.partitions));
    put(topic, 'retentionMs', numberField(t.retentionMs));
    put(topic, 'retentionBytes', numberField(t.retentionBytes));
    put(topic, 'segmentMs', numberField(t.segmentMs));
    if (t.cleanupPolicy !== '') topic.cleanupPolicy = t.cleanupPolicy;
    put(topic, 'replicationFactor', numberField(t.replicationFactor));
    put(topic, 'minInsyncReplicas', numberField(t.minInsyncReplicas));
    return topic;
  });
  scenario.producers = form.producers.map((p) => {
    const producer: Record<string, unknown> = { ...p.extra, id: p.id.trim(), topic: p.topic.trim() };
    put(producer, 'recordsPerSec', numberField(p.recordsPerSec));
    const keys = commaList(p.keys);
    if (keys.length > 0) producer.keys = keys;
    if (p.acks !== '') producer.acks = p.acks === 'all' ? 'all' : Number(p.acks);
    put(producer, 'enableIdempotence', booleanField(p.enableIdempotence));
    put(producer, 'deliveryTimeoutMs', numberField(p.deliveryTimeoutMs));
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

/** Every field the form shows, by the path the validator reports problems at. */
export function fieldPaths(form: SandboxForm): string[] {
  const paths = ['seed', 'brokers', ...BROKER_FIELDS.map((f) => `broker.${f}`)];
  form.topics.forEach((_, i) => {
    for (const f of TOPIC_FIELDS) paths.push(`topics[${i}].${f}`);
  });
  form.producers.forEach((_, i) => {
    for (const f of PRODUCER_FIELDS) paths.push(`producers[${i}].${f}`);
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
