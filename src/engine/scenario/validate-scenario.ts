/**
 * Validation of untrusted scenarios (JSON files, share links). Returns a fresh copy holding only known fields,
 * or throws a `ScenarioError` listing every problem at once. Defaults are not filled in here.
 */

import type { BrokerSpec, GroupSpec, ProducerSpec, Scenario, TopicSpec } from './types';
import { LIMITS } from './defaults';
import { ScenarioError, type Problem } from './scenario-error';
import { at, checkTopicRef, numberAt, readList, readObject, type Fields, type Out } from './checks';
import { idAt } from './ids';
import { RULES } from './rules';
import { readGroup } from './validate-group';
import { readTopic } from './validate-topic';
import { acksAt, booleanAt, checkReplication } from './validate-replication';
import { checkKeylessIntoCompacted, compactedNeedsKeys, readKeys } from './validate-keys';
import { scenarioWorkProblem } from '../kernel/work-limit';

export { validateGroupSpec } from './validate-group';

const ROOT_FIELDS = ['seed', 'brokers', 'broker', 'topics', 'producers', 'groups'] as const;
const BROKER_FIELDS = [
  'logRetentionCheckIntervalMs',
  'groupInitialRebalanceDelayMs',
  'replicaLagTimeMaxMs',
  'uncleanLeaderElectionEnable',
  'minInsyncReplicas',
] as const;
const PRODUCER_FIELDS = [
  'id',
  'topic',
  'recordsPerSec',
  'keys',
  'batchSizeBytes',
  'tombstoneEvery',
  'acks',
  'enableIdempotence',
  'deliveryTimeoutMs',
] as const;

/** The declared topic names, and which of them are compacted. */
interface Topics {
  names: readonly string[];
  compacted: ReadonlySet<string>;
}

/** Reads a required list field (`[]` allowed). */
function listAt(out: Out, f: Fields, key: string, path: string, max: number, what: string) {
  if (!f.has(key)) {
    out.push({ path: at(path, key), message: 'is required (write [] for none)' });
    return undefined;
  }
  return readList(out, f.get(key), at(path, key), 1, max, what);
}

function readBroker(out: Out, input: unknown): BrokerSpec | undefined {
  const f = readObject(out, input, 'broker', 1, BROKER_FIELDS, 'must be an object of broker settings');
  if (f === undefined) return undefined;
  const broker: BrokerSpec = {};
  const check = numberAt(out, f, 'logRetentionCheckIntervalMs', 'broker', RULES.logRetentionCheckIntervalMs);
  if (check !== undefined) broker.logRetentionCheckIntervalMs = check;
  const delay = numberAt(
    out,
    f,
    'groupInitialRebalanceDelayMs',
    'broker',
    RULES.groupInitialRebalanceDelayMs,
  );
  if (delay !== undefined) broker.groupInitialRebalanceDelayMs = delay;
  const lag = numberAt(out, f, 'replicaLagTimeMaxMs', 'broker', RULES.replicaLagTimeMaxMs);
  if (lag !== undefined) broker.replicaLagTimeMaxMs = lag;
  const unclean = booleanAt(out, f, 'uncleanLeaderElectionEnable', 'broker');
  if (unclean !== undefined) broker.uncleanLeaderElectionEnable = unclean;
  const minIsr = numberAt(out, f, 'minInsyncReplicas', 'broker', RULES.minInsyncReplicas);
  if (minIsr !== undefined) broker.minInsyncReplicas = minIsr;
  return broker;
}

interface ProducerResult {
  id?: string;
  /** The topic it writes records without a key to, if it has no keys. */
  keylessTopic?: string;
  value?: ProducerSpec;
}

function readProducer(out: Out, input: unknown, path: string, topics: Topics | undefined): ProducerResult {
  const before = out.length;
  const f = readObject(out, input, path, 2, PRODUCER_FIELDS, 'must be an object describing a producer');
  if (f === undefined) return {};
  const id = idAt(out, f, 'id', path);
  const topic = idAt(out, f, 'topic', path);
  if (topic !== undefined) checkTopicRef(out, topic, at(path, 'topic'), topics?.names);
  const recordsPerSec = numberAt(out, f, 'recordsPerSec', path, RULES.producerRate, true);
  const keys = f.has('keys') ? readKeys(out, f.get('keys'), at(path, 'keys')) : undefined;
  if (!f.has('keys') && topic !== undefined && topics?.compacted.has(topic) === true) {
    out.push({ path: at(path, 'keys'), message: compactedNeedsKeys(topic) });
  }
  const batchSizeBytes = numberAt(out, f, 'batchSizeBytes', path, RULES.sizeBytes);
  const tombstoneEvery = numberAt(out, f, 'tombstoneEvery', path, RULES.tombstoneEvery);
  const acks = acksAt(out, f, path);
  const enableIdempotence = booleanAt(out, f, 'enableIdempotence', path);
  const deliveryTimeoutMs = numberAt(out, f, 'deliveryTimeoutMs', path, RULES.deliveryTimeoutMs);
  if (enableIdempotence === true && acks !== undefined && acks !== 'all') {
    out.push({
      path: at(path, 'enableIdempotence'),
      message:
        'needs acks "all": Kafka\'s producer refuses enable.idempotence=true with acks=0 or acks=1 (ConfigException)',
    });
  }
  if (tombstoneEvery !== undefined && !f.has('keys')) {
    out.push({
      path: at(path, 'tombstoneEvery'),
      message:
        'needs keys as well: a tombstone tells Kafka to forget a key, so only records with a key can be one',
    });
  }
  const result: ProducerResult = {};
  if (id !== undefined) result.id = id;
  if (topic !== undefined && !f.has('keys')) result.keylessTopic = topic;
  if (id === undefined || topic === undefined || recordsPerSec === undefined || out.length !== before)
    return result;
  const producer: ProducerSpec = { id, topic, recordsPerSec };
  if (keys !== undefined) producer.keys = keys;
  if (batchSizeBytes !== undefined) producer.batchSizeBytes = batchSizeBytes;
  if (tombstoneEvery !== undefined) producer.tombstoneEvery = tombstoneEvery;
  if (acks !== undefined) producer.acks = acks;
  if (enableIdempotence !== undefined) producer.enableIdempotence = enableIdempotence;
  if (deliveryTimeoutMs !== undefined) producer.deliveryTimeoutMs = deliveryTimeoutMs;
  return { ...result, value: producer };
}

/** Reports `path: "<kind> "x" is already used by <first>"` for repeated ids. */
function uniqueIds(out: Out, seen: Map<string, string>, id: string | undefined, path: string, what: string) {
  if (id === undefined) return;
  const first = seen.get(id);
  if (first !== undefined) out.push({ path, message: `${what} "${id}" is already used by ${first}` });
  else seen.set(id, path.slice(0, path.lastIndexOf('.')));
}

function readScenario(out: Out, input: unknown): Scenario | undefined {
  const root = readObject(
    out,
    input,
    '',
    0,
    ROOT_FIELDS,
    'the scenario must be an object with seed, topics, producers and groups',
  );
  if (root === undefined) return undefined;
  const seed = numberAt(out, root, 'seed', '', RULES.seed, true);
  const brokers = numberAt(out, root, 'brokers', '', RULES.brokers);
  const broker = root.has('broker') ? readBroker(out, root.get('broker')) : undefined;

  const topicEntries = listAt(out, root, 'topics', '', LIMITS.topics, 'topics');
  const topics: TopicSpec[] = [];
  const names = new Map<string, string>();
  const collisions = new Map<string, { name: string; path: string }>();
  const compacted = new Set<string>();
  for (const [i, entry] of topicEntries ?? []) {
    const path = at('topics', i);
    const { name, compacted: isCompacted, value } = readTopic(out, entry, path);
    if (value !== undefined) {
      topics.push(value);
      checkReplication(out, value, path, brokers ?? 1);
    }
    if (name === undefined) continue;
    if (isCompacted === true) compacted.add(name);
    const namePath = at(path, 'name');
    const collision = collisions.get(name.replaceAll('.', '_'));
    uniqueIds(out, names, name, namePath, 'topic name');
    if (collision !== undefined && collision.name !== name) {
      out.push({
        path: namePath,
        message:
          `topic name "${name}" collides with "${collision.name}" (${collision.path}): ` +
          'Kafka treats "." and "_" alike in topic names and refuses such a pair',
      });
    } else if (collision === undefined) collisions.set(name.replaceAll('.', '_'), { name, path });
  }
  const declared = topicEntries === undefined ? undefined : { names: [...names.keys()], compacted };

  const producers: ProducerSpec[] = [];
  const producerIds = new Map<string, string>();
  const keyless = new Set<string>();
  for (const [i, entry] of listAt(out, root, 'producers', '', LIMITS.producers, 'producers') ?? []) {
    const { id, keylessTopic, value } = readProducer(out, entry, at('producers', i), declared);
    uniqueIds(out, producerIds, id, at(at('producers', i), 'id'), 'producer id');
    if (keylessTopic !== undefined) keyless.add(keylessTopic);
    if (value !== undefined) producers.push(value);
  }

  const groupIds = new Map<string, string>();
  const readGroups: { index: number; value: GroupSpec }[] = [];
  for (const [i, entry] of listAt(out, root, 'groups', '', LIMITS.groups, 'groups') ?? []) {
    const { id, value } = readGroup(out, entry, at('groups', i), 2, declared?.names);
    uniqueIds(out, groupIds, id, at(at('groups', i), 'id'), 'group id');
    if (value !== undefined) readGroups.push({ index: i, value });
  }
  const groups = readGroups.map((g) => g.value);
  checkKeylessIntoCompacted(out, keyless, compacted, readGroups);

  if (out.length > 0 || seed === undefined) return undefined;
  const scenario: Scenario = { seed, topics, producers, groups };
  if (brokers !== undefined) scenario.brokers = brokers;
  if (broker !== undefined) scenario.broker = broker;
  return scenario;
}

/**
 * Validates an untrusted scenario. Returns a fresh, normalized copy (only known fields, new objects and arrays,
 * `-0` as `0`, `"delete,compact"` as `"compact,delete"`); absent optional fields stay absent.
 * Throws `ScenarioError` listing every problem found, and never any other exception.
 */
export function validateScenario(input: unknown): Scenario {
  const problems: Problem[] = [];
  let scenario: Scenario | undefined;
  try {
    scenario = readScenario(problems, input);
  } catch {
    // Only exotic non-JSON input (a Proxy, say) gets here; JSON-shaped input is fully handled above.
    throw new ScenarioError([{ path: '', message: 'the scenario could not be read as plain data' }]);
  }
  if (scenario === undefined || problems.length > 0) {
    throw new ScenarioError(
      problems.length > 0 ? problems : [{ path: '', message: 'the scenario is not valid' }],
    );
  }
  // Every field within its limit, and all of them together within what a classroom laptop keeps up with.
  const heavy = scenarioWorkProblem(scenario);
  if (heavy !== null) throw new ScenarioError([heavy]);
  return scenario;
}
