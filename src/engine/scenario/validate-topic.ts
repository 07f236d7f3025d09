/**
 * Validation of one topic in a scenario.
 */

import type { TopicSpec } from './types';
import { enumAt, numberAt, readObject, type Out } from './checks';
import { idAt } from './ids';
import { CLEANUP_POLICIES, CLEANUP_POLICY_ALIASES, CLEANUP_POLICY_MESSAGE, RULES } from './rules';

const TOPIC_FIELDS = [
  'name',
  'partitions',
  'retentionMs',
  'retentionBytes',
  'segmentMs',
  'segmentBytes',
  'cleanupPolicy',
  'deleteRetentionMs',
  'replicationFactor',
  'minInsyncReplicas',
] as const;

export interface TopicResult {
  name?: string;
  compacted?: boolean;
  value?: TopicSpec;
}

/** Reads one topic; `name` is returned whenever it is valid, `value` only when the whole topic is. */
export function readTopic(out: Out, input: unknown, path: string): TopicResult {
  const before = out.length;
  const f = readObject(out, input, path, 2, TOPIC_FIELDS, 'must be an object describing a topic');
  if (f === undefined) return {};
  const name = idAt(out, f, 'name', path);
  const partitions = numberAt(out, f, 'partitions', path, RULES.partitions, true);
  const topic: Omit<TopicSpec, 'name' | 'partitions'> = {};
  const optional = [
    ['retentionMs', RULES.retentionMs],
    ['retentionBytes', RULES.retentionBytes],
    ['segmentMs', RULES.segmentMs],
    ['segmentBytes', RULES.sizeBytes],
    ['deleteRetentionMs', RULES.deleteRetentionMs],
    ['replicationFactor', RULES.replicationFactor],
    ['minInsyncReplicas', RULES.minInsyncReplicas],
  ] as const;
  for (const [key, rule] of optional) {
    const value = numberAt(out, f, key, path, rule);
    if (value !== undefined) topic[key] = value;
  }
  const policy = enumAt(
    out,
    f,
    'cleanupPolicy',
    path,
    CLEANUP_POLICIES,
    CLEANUP_POLICY_MESSAGE,
    CLEANUP_POLICY_ALIASES,
  );
  if (policy !== undefined) topic.cleanupPolicy = policy;
  const compacted = policy !== undefined && policy !== 'delete';
  if (name === undefined) return {};
  if (partitions === undefined || out.length !== before) return { name, compacted };
  return { name, compacted, value: { name, partitions, ...topic } };
}
