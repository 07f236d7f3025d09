/**
 * Validation of untrusted commands (the teacher's controls, replayed scripts, share links) against the running
 * simulation. Returns a fresh, normalized copy or throws a `CommandError` listing every problem at once.
 */

import type { Command, CommandType } from './types';
import { LIMITS } from './defaults';
import { CommandError, type Problem } from './scenario-error';
import { fmt, numberAt, readObject, REPORTED, whole, type Fields, type Out } from './checks';
import { idAt } from './ids';
import { RULES } from './rules';
import { readGroup, readMember } from './validate-group';

/** What a command may refer to: the simulation's current topics, producers, groups and their members. */
export interface CommandContext {
  topics: readonly string[];
  producers: readonly string[];
  groups: readonly { id: string; members: readonly string[] }[];
  /** How many brokers the cluster has (ids 1..n); 1 when absent. */
  brokers?: number;
}

type ContextGroup = CommandContext['groups'][number];

const FIELDS: Readonly<Record<CommandType, readonly string[]>> = {
  sleep: ['type', 'group', 'member'],
  wake: ['type', 'group', 'member'],
  removeMember: ['type', 'group', 'member'],
  crash: ['type', 'group', 'member'],
  addMember: ['type', 'group', 'member'],
  addGroup: ['type', 'group'],
  setProducerRate: ['type', 'producer', 'recordsPerSec'],
  setMemberRate: ['type', 'group', 'member', 'recordsPerSec'],
  stopBroker: ['type', 'broker', 'clean'],
  startBroker: ['type', 'broker'],
};
const TYPES = Object.keys(FIELDS) as CommandType[];
const ALL_FIELDS = ['type', 'group', 'member', 'producer', 'recordsPerSec', 'broker', 'clean'];
const TYPE_MESSAGE = `must be one of ${TYPES.slice(0, -1)
  .map((t) => `"${t}"`)
  .join(', ')} or "${TYPES[TYPES.length - 1] ?? ''}"`;

function isCommandType(value: unknown): value is CommandType {
  return typeof value === 'string' && (TYPES as readonly string[]).includes(value);
}

/** The group named by the `group` field, if it exists. */
function groupAt(out: Out, f: Fields, ctx: CommandContext): ContextGroup | undefined {
  const id = idAt(out, f, 'group', '');
  if (id === undefined) return undefined;
  const group = ctx.groups.find((g) => g.id === id);
  if (group === undefined) out.push({ path: 'group', message: `group "${id}" does not exist` });
  return group;
}

/** The member named by the `member` field, if it is in `group`. */
function memberAt(out: Out, f: Fields, group: ContextGroup | undefined): string | undefined {
  const id = idAt(out, f, 'member', '');
  if (id === undefined || group === undefined) return undefined;
  if (group.members.includes(id)) return id;
  out.push({ path: 'member', message: `member "${id}" is not in group "${group.id}"` });
  return undefined;
}

function readCommand(out: Out, input: unknown, ctx: CommandContext): Command | undefined {
  const f = readObject(out, input, '', 0, ALL_FIELDS, 'the command must be an object with a type');
  if (f === undefined) return undefined;
  const type = f.get('type');
  if (type === REPORTED) return undefined;
  if (!isCommandType(type)) {
    out.push({ path: 'type', message: type === undefined ? 'is required' : TYPE_MESSAGE });
    return undefined;
  }
  for (const key of f.keys()) {
    if (!FIELDS[type].includes(key)) out.push({ path: key, message: `unknown field for a ${type} command` });
  }
  const before = out.length;
  switch (type) {
    case 'sleep':
    case 'wake':
    case 'removeMember':
    case 'crash': {
      const group = groupAt(out, f, ctx);
      const member = memberAt(out, f, group);
      return group && member !== undefined && out.length === before
        ? { type, group: group.id, member }
        : undefined;
    }
    case 'addMember': {
      const group = groupAt(out, f, ctx);
      if (!f.has('member')) out.push({ path: 'member', message: 'is required' });
      const member = f.has('member') ? readMember(out, f.get('member'), 'member', 1) : {};
      if (group === undefined) return undefined;
      if (member.id !== undefined && group.members.includes(member.id)) {
        out.push({ path: 'member.id', message: `group "${group.id}" already has a member "${member.id}"` });
      }
      if (group.members.length >= LIMITS.membersPerGroup) {
        out.push({
          path: 'group',
          message: `group "${group.id}" already has ${fmt(group.members.length)} members, the most allowed`,
        });
      }
      return member.value && out.length === before
        ? { type, group: group.id, member: member.value }
        : undefined;
    }
    case 'addGroup': {
      if (ctx.groups.length >= LIMITS.groups) {
        out.push({
          path: 'group',
          message: `there are already ${fmt(ctx.groups.length)} groups, the most allowed`,
        });
      }
      if (!f.has('group')) out.push({ path: 'group', message: 'is required' });
      const group = f.has('group') ? readGroup(out, f.get('group'), 'group', 1, ctx.topics) : {};
      if (group.id !== undefined && ctx.groups.some((g) => g.id === group.id)) {
        out.push({ path: 'group.id', message: `group "${group.id}" already exists` });
      }
      return group.value && out.length === before ? { type, group: group.value } : undefined;
    }
    case 'setProducerRate': {
      const producer = idAt(out, f, 'producer', '');
      if (producer !== undefined && !ctx.producers.includes(producer)) {
        out.push({ path: 'producer', message: `producer "${producer}" does not exist` });
      }
      const recordsPerSec = numberAt(out, f, 'recordsPerSec', '', RULES.producerRate, true);
      if (producer === undefined || recordsPerSec === undefined || out.length !== before) return undefined;
      return { type, producer, recordsPerSec };
    }
    case 'stopBroker':
    case 'startBroker': {
      const count = ctx.brokers ?? 1;
      const broker = numberAt(
        out,
        f,
        'broker',
        '',
        whole(
          1,
          count,
          count === 1 ? 'must be 1: the cluster has one broker' : `must be a broker id from 1 to ${count}`,
        ),
        true,
      );
      const clean = f.get('clean');
      if (clean !== undefined && clean !== REPORTED && typeof clean !== 'boolean') {
        out.push({ path: 'clean', message: 'must be true (a controlled shutdown) or false (a crash)' });
      }
      if (broker === undefined || out.length !== before) return undefined;
      if (type === 'startBroker') return { type, broker };
      return typeof clean === 'boolean' ? { type, broker, clean } : { type, broker };
    }
    case 'setMemberRate': {
      const group = groupAt(out, f, ctx);
      const member = memberAt(out, f, group);
      const recordsPerSec = numberAt(out, f, 'recordsPerSec', '', RULES.memberRate, true);
      if (!group || member === undefined || recordsPerSec === undefined || out.length !== before)
        return undefined;
      return { type, group: group.id, member, recordsPerSec };
    }
  }
}

/**
 * Validates an untrusted command against the current simulation. Returns a fresh, normalized copy; throws
 * `CommandError` listing every problem found, and never any other exception.
 */
export function validateCommand(input: unknown, ctx: CommandContext): Command {
  const problems: Problem[] = [];
  let command: Command | undefined;
  try {
    command = readCommand(problems, input, ctx);
  } catch {
    // Only exotic non-JSON input (a Proxy, say) gets here; JSON-shaped input is fully handled above.
    throw new CommandError([{ path: '', message: 'the command could not be read as plain data' }]);
  }
  if (command === undefined || problems.length > 0) {
    throw new CommandError(
      problems.length > 0 ? problems : [{ path: '', message: 'the command is not valid' }],
    );
  }
  return command;
}
