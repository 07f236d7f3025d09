/**
 * Topic names and producer, group and member ids: Kafka's legal topic characters, checked the same way for all.
 */

import { LIMITS } from './defaults';
import { at, REPORTED, type Fields, type Out } from './checks';

const ID = /^[A-Za-z0-9._-]+$/;
export const ID_MESSAGE = `must be 1 to ${LIMITS.idLength} characters from a-z, A-Z, 0-9, ".", "_" and "-"`;
/** Legal by Kafka's rules, but the names of JavaScript's object machinery: refused so no code trips on them. */
const RESERVED = new Set([
  '__proto__',
  'constructor',
  'prototype',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  'toString',
  'valueOf',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** Checks a topic name or a producer, group or member id: Kafka's legal topic characters. */
export function idValue(out: Out, value: unknown, path: string): string | undefined {
  if (value === REPORTED) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > LIMITS.idLength || !ID.test(value)) {
    out.push({ path, message: ID_MESSAGE });
    return undefined;
  }
  if (value === '.' || value === '..') {
    out.push({ path, message: `must not be "${value}": Kafka does not allow that name` });
    return undefined;
  }
  if (RESERVED.has(value)) {
    out.push({
      path,
      message: `must not be "${value}": the simulator reserves that name, please choose another`,
    });
    return undefined;
  }
  return value;
}

export function idAt(out: Out, fields: Fields, key: string, path: string): string | undefined {
  const value = fields.get(key);
  if (value === undefined) {
    out.push({ path: at(path, key), message: 'is required' });
    return undefined;
  }
  return idValue(out, value, at(path, key));
}
