/**
 * Record keys: a producer's key list, and Kafka's rule that a compacted topic refuses records without a key.
 */

import type { GroupSpec } from './types';
import { LIMITS } from './defaults';
import { at, readList, type Out } from './checks';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const KEY_MESSAGE = `must be text of 1 to ${LIMITS.keyLength} characters`;

/** Reads a producer's `keys`: 1 to `LIMITS.keysPerProducer` non-empty strings without control characters. */
export function readKeys(out: Out, input: unknown, path: string): string[] | undefined {
  const before = out.length;
  const entries = readList(out, input, path, 2, LIMITS.keysPerProducer, 'keys');
  if (entries === undefined) return undefined;
  if (entries.length === 0 && out.length === before) {
    out.push({ path, message: 'must list at least one key (leave keys out for records without a key)' });
    return undefined;
  }
  const keys: string[] = [];
  for (const [i, key] of entries) {
    if (typeof key !== 'string' || key.length === 0 || key.length > LIMITS.keyLength) {
      out.push({ path: at(path, i), message: KEY_MESSAGE });
    } else if (CONTROL.test(key)) {
      out.push({
        path: at(path, i),
        message: 'must not contain control characters such as line breaks or tabs',
      });
    } else keys.push(key);
  }
  return out.length === before ? keys : undefined;
}

/** The message for a keyless producer writing to a compacted topic. */
export function compactedNeedsKeys(topic: string): string {
  return `is required because topic "${topic}" is compacted: Kafka refuses records without a key on a compacted topic`;
}

/**
 * Stream processors copy each record's key to their output topic, so keyless records flow on from a topic with a
 * keyless producer. A group whose output topic is compacted must not read such a topic.
 */
export function checkKeylessIntoCompacted(
  out: Out,
  keylessTopics: ReadonlySet<string>,
  compacted: ReadonlySet<string>,
  groups: readonly { index: number; value: GroupSpec }[],
): void {
  const keyless = new Set(keylessTopics);
  // At most one new topic per pass, and there are at most LIMITS.topics topics.
  for (let changed = true, passes = 0; changed && passes <= LIMITS.topics; passes += 1) {
    changed = false;
    for (const { value } of groups) {
      const output = value.outputTopic;
      if (output !== undefined && !keyless.has(output) && value.topics.some((t) => keyless.has(t))) {
        keyless.add(output);
        changed = true;
      }
    }
  }
  for (const { index, value } of groups) {
    const output = value.outputTopic;
    const source = value.topics.find((t) => keyless.has(t));
    if (output === undefined || source === undefined || !compacted.has(output)) continue;
    out.push({
      path: at(at('groups', index), 'outputTopic'),
      message:
        `must not be "${output}": that topic is compacted, and this group would copy records without a key ` +
        `into it from topic "${source}" (Kafka refuses records without a key on a compacted topic)`,
    });
  }
}
