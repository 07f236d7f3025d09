/**
 * Validation of consumer groups and their members, shared by scenarios and the `addGroup`/`addMember` commands.
 */

import type { GroupSpec, MemberSpec } from './types';
import type { Problem } from './scenario-error';
import { KAFKA_DEFAULTS, LIMITS } from './defaults';
import { at, checkTopicRef, enumAt, fmt, numberAt, readList, readObject, type Out } from './checks';
import { idAt, idValue } from './ids';
import { ASSIGNOR_MESSAGE, ASSIGNORS, OFFSET_RESET_MESSAGE, OFFSET_RESETS, RULES } from './rules';

const MEMBER_FIELDS = ['id', 'recordsPerSec'] as const;
const GROUP_FIELDS = [
  'id',
  'topics',
  'assignor',
  'autoOffsetReset',
  'sessionTimeoutMs',
  'heartbeatIntervalMs',
  'maxPollIntervalMs',
  'autoCommitIntervalMs',
  'maxPollRecords',
  'outputTopic',
  'members',
] as const;
type GroupOptions = Omit<GroupSpec, 'id' | 'topics' | 'members'>;
const TIMEOUTS = ['heartbeatIntervalMs', 'maxPollIntervalMs', 'autoCommitIntervalMs'] as const;

/** Reads one member; `id` is returned whenever it is valid, `value` only when the whole member is. */
export function readMember(
  out: Out,
  input: unknown,
  path: string,
  depth: number,
): { id?: string; value?: MemberSpec } {
  const before = out.length;
  const fields = readObject(out, input, path, depth, MEMBER_FIELDS, 'must be an object describing a member');
  if (fields === undefined) return {};
  const id = idAt(out, fields, 'id', path);
  const recordsPerSec = numberAt(out, fields, 'recordsPerSec', path, RULES.memberRate, true);
  if (id === undefined || recordsPerSec === undefined || out.length !== before)
    return id === undefined ? {} : { id };
  return { id, value: { id, recordsPerSec } };
}

/**
 * Reads one group. `topics` are the declared topic names (`undefined` when unknown: references go unchecked).
 * `id` is returned whenever it is valid, `value` only when the whole group is.
 */
export function readGroup(
  out: Out,
  input: unknown,
  path: string,
  depth: number,
  topics: readonly string[] | undefined,
): { id?: string; value?: GroupSpec } {
  const before = out.length;
  const f = readObject(
    out,
    input,
    path,
    depth,
    GROUP_FIELDS,
    'must be an object describing a consumer group',
  );
  if (f === undefined) return {};
  const id = idAt(out, f, 'id', path);

  const inputs: string[] = [];
  const topicsPath = at(path, 'topics');
  const rawTopics = f.get('topics');
  if (rawTopics === undefined)
    out.push({ path: topicsPath, message: 'is required (list the topics the group reads)' });
  else if (Array.isArray(rawTopics) && rawTopics.length === 0) {
    out.push({ path: topicsPath, message: 'must list at least one topic for the group to read' });
  }
  const entries =
    rawTopics === undefined ? [] : readList(out, rawTopics, topicsPath, depth + 1, LIMITS.topics, 'topics');
  for (const [i, entry] of entries ?? []) {
    const name = idValue(out, entry, at(topicsPath, i));
    if (name === undefined) continue;
    if (inputs.includes(name))
      out.push({ path: at(topicsPath, i), message: `topic "${name}" is listed twice` });
    else checkTopicRef(out, name, at(topicsPath, i), topics);
    inputs.push(name);
  }

  const spec: GroupOptions = {};
  const assignor = enumAt(out, f, 'assignor', path, ASSIGNORS, ASSIGNOR_MESSAGE);
  if (assignor !== undefined) spec.assignor = assignor;
  const reset = enumAt(out, f, 'autoOffsetReset', path, OFFSET_RESETS, OFFSET_RESET_MESSAGE);
  if (reset !== undefined) spec.autoOffsetReset = reset;
  const session = numberAt(out, f, 'sessionTimeoutMs', path, RULES.sessionTimeoutMs);
  if (session !== undefined) spec.sessionTimeoutMs = session;
  for (const key of TIMEOUTS) {
    const value = numberAt(out, f, key, path, RULES.timeoutMs);
    if (value !== undefined) spec[key] = value;
  }
  const maxPollRecords = numberAt(out, f, 'maxPollRecords', path, RULES.maxPollRecords);
  if (maxPollRecords !== undefined) spec.maxPollRecords = maxPollRecords;
  checkHeartbeat(
    out,
    f.has('sessionTimeoutMs'),
    spec.sessionTimeoutMs,
    f.has('heartbeatIntervalMs'),
    spec,
    path,
  );

  if (f.has('outputTopic')) {
    const outputPath = at(path, 'outputTopic');
    const output = idValue(out, f.get('outputTopic'), outputPath);
    if (output !== undefined && inputs.includes(output)) {
      out.push({
        path: outputPath,
        message:
          `must not be "${output}", one of the group's own input topics: ` +
          'the group would read back everything it writes and feed itself forever',
      });
    } else if (output !== undefined) {
      checkTopicRef(out, output, outputPath, topics);
      spec.outputTopic = output;
    }
  }

  const members: MemberSpec[] = [];
  const membersPath = at(path, 'members');
  if (!f.has('members')) out.push({ path: membersPath, message: 'is required (write [] for none)' });
  const list = f.has('members')
    ? readList(out, f.get('members'), membersPath, depth + 1, LIMITS.membersPerGroup, 'members')
    : undefined;
  const seen = new Map<string, number>();
  for (const [i, entry] of list ?? []) {
    const memberPath = at(membersPath, i);
    const member = readMember(out, entry, memberPath, depth + 2);
    if (member.id === undefined) continue;
    const first = seen.get(member.id);
    if (first !== undefined) {
      out.push({
        path: at(memberPath, 'id'),
        message: `member id "${member.id}" is already used by members[${first}] in this group`,
      });
    } else seen.set(member.id, i);
    if (member.value !== undefined) members.push(member.value);
  }

  if (id === undefined || out.length !== before) return id === undefined ? {} : { id };
  return { id, value: { id, topics: inputs, ...spec, members } };
}

/**
 * Kafka's consumer refuses to start unless the heartbeat interval is shorter than the session timeout
 * (`Heartbeat`'s constructor: "Heartbeat must be set lower than the session timeout"). The session timeout is at
 * least 6,000 ms (`RULES.sessionTimeoutMs`), above the default heartbeat, so only a given heartbeat can break it.
 */
function checkHeartbeat(
  out: Out,
  sessionGiven: boolean,
  session: number | undefined,
  heartbeatGiven: boolean,
  spec: GroupOptions,
  path: string,
): void {
  if ((sessionGiven && session === undefined) || !heartbeatGiven || spec.heartbeatIntervalMs === undefined)
    return;
  const sessionMs = session ?? KAFKA_DEFAULTS.sessionTimeoutMs;
  if (spec.heartbeatIntervalMs < sessionMs) return;
  const which = sessionGiven ? 'sessionTimeoutMs' : "Kafka's default session timeout";
  out.push({
    path: at(path, 'heartbeatIntervalMs'),
    message:
      `must be less than ${which} (${fmt(sessionMs)} ms): ` +
      "Kafka's consumer refuses a heartbeat interval that is not shorter than the session timeout",
  });
}

/**
 * Validates one consumer group, as in a scenario's `groups` list or an `addGroup` command. `path` prefixes every
 * problem's path; `topics` are the declared topic names. `value` is a fresh copy, present only without problems.
 */
export function validateGroupSpec(
  input: unknown,
  path: string,
  topics: readonly string[],
): { value?: GroupSpec; problems: Problem[] } {
  const problems: Problem[] = [];
  try {
    const { value } = readGroup(problems, input, path, 1, topics);
    return value === undefined ? { problems } : { value, problems };
  } catch {
    return { problems: [{ path, message: 'could not be read as plain data' }] };
  }
}
