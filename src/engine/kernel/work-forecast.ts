import { KAFKA_DEFAULTS, LIMITS } from '../scenario/defaults';
import type { Scenario } from '../scenario/types';
import { shapeOf, workPerSecond, type ClassShape } from './work-estimate';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : T[K] };
type Group = Mutable<ClassShape['groups'][number]>;

/**
 * How much work (microseconds on the reference machine) it takes to run `scenario` from 0 to `untilMs`
 * with these commands given on the way: the cost model integrated over time, each command changing the
 * class's shape from its moment on. Commands are untrusted here (read defensively); one the engine would
 * refuse is left out, the replay names it.
 */
export function forecastWork(
  scenario: Scenario,
  commands: readonly { readonly timeMs: number; readonly command: unknown }[],
  untilMs: number,
): number {
  const base = shapeOf(scenario);
  const topicIndex = new Map(scenario.topics.map((t, i) => [t.name, i]));
  const producers = base.producers.map((p) => ({ ...p }));
  const producerIds = scenario.producers.map((p) => p.id);
  const groups: Group[] = base.groups.map((g) => ({ ...g, topics: [...g.topics], members: [...g.members] }));
  const groupIds = scenario.groups.map((g) => g.id);
  const memberIds = scenario.groups.map((g) => g.members.map((m) => m.id));
  const shape = (): ClassShape => ({ ...base, producers, groups });

  let work = 0;
  let t = 0;
  const stored = base.topics.map(() => 0);
  const runTo = (to: number): void => {
    if (to <= t) return;
    const seconds = (to - t) / 1000;
    const inRate = stored.map(() => 0);
    for (const p of producers) inRate[p.topic] = (inRate[p.topic] ?? 0) + p.recordsPerSec;
    // What is stored grows over the stretch (retention is left out: an upper bound); take its middle.
    const middle = stored.map((n, i) => n + (inRate[i]! * seconds) / 2);
    work += workPerSecond(shape(), middle) * seconds;
    stored.forEach((n, i) => (stored[i] = n + inRate[i]! * seconds));
    t = to;
  };
  for (const { timeMs, command } of commands) {
    runTo(Math.min(timeMs, untilMs));
    if (typeof command !== 'object' || command === null) continue;
    const c = command as Partial<Record<string, unknown>>;
    const g = typeof c.group === 'string' ? groupIds.indexOf(c.group) : -1;
    const rate = c.recordsPerSec;
    const okRate = typeof rate === 'number' && rate >= 0 && rate <= LIMITS.maxRecordsPerSec;
    if (c.type === 'setProducerRate' && okRate) {
      const p = typeof c.producer === 'string' ? producerIds.indexOf(c.producer) : -1;
      if (p >= 0) producers[p]!.recordsPerSec = rate;
    } else if (c.type === 'setMemberRate' && okRate && g >= 0) {
      const m = memberIds[g]!.indexOf(String(c.member));
      if (m >= 0) groups[g]!.members[m] = rate;
    } else if (c.type === 'addMember' && g >= 0) {
      const spec = c.member as Partial<Record<string, unknown>> | undefined;
      const memberRate = typeof spec?.recordsPerSec === 'number' ? spec.recordsPerSec : 1;
      memberIds[g]!.push(String(spec?.id));
      groups[g]!.members.push(memberRate);
    } else if (c.type === 'removeMember' && g >= 0) {
      const m = memberIds[g]!.indexOf(String(c.member));
      if (m >= 0) {
        memberIds[g]!.splice(m, 1);
        groups[g]!.members.splice(m, 1);
      }
    } else if (c.type === 'addGroup') {
      const spec = c.group as Partial<Record<string, unknown>> | undefined;
      const members = Array.isArray(spec?.members) ? (spec.members as unknown[]) : [];
      const subscribed = Array.isArray(spec?.topics) ? (spec.topics as unknown[]) : [];
      const num = (v: unknown, d: number): number => (typeof v === 'number' && v > 0 ? v : d);
      groupIds.push(String(spec?.id));
      memberIds.push(members.map((m) => String((m as { id?: unknown } | null)?.id)));
      groups.push({
        topics: subscribed.map((n) => topicIndex.get(String(n)) ?? -1).filter((i) => i >= 0),
        members: members.map((m) => num((m as { recordsPerSec?: unknown } | null)?.recordsPerSec, 1)),
        heartbeatIntervalMs: num(spec?.heartbeatIntervalMs, KAFKA_DEFAULTS.heartbeatIntervalMs),
        autoCommitIntervalMs: num(spec?.autoCommitIntervalMs, KAFKA_DEFAULTS.autoCommitIntervalMs),
        maxPollRecords: num(spec?.maxPollRecords, KAFKA_DEFAULTS.maxPollRecords),
        outputTopic: topicIndex.get(String(spec?.outputTopic)) ?? -1,
      });
    }
  }
  runTo(untilMs);
  return work;
}
