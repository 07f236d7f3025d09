/**
 * Building blocks for validating untrusted input: reading plain objects and lists without trusting them,
 * and checking numbers, ids and enums. Every check reports into a shared problem list and never throws.
 *
 * Validation follows the schema, never the input: it only looks inside fields it knows, so the depth it
 * reaches is fixed by the schema, and `MAX_DEPTH` is a hard stop on top of that.
 */

import type { Problem } from './scenario-error';

export type Out = Problem[];
export type Fields = ReadonlyMap<string, unknown>;

/** Validation never looks deeper than this many levels into the input. */
export const MAX_DEPTH = 8;
/** Unknown fields reported one by one per object; the rest are summed up in one problem. */
const MAX_UNKNOWN_REPORTED = 10;
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The path of a field or list entry: `topics` + 0 -> `topics[0]`, `topics[0]` + `name` -> `topics[0].name`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  if (key.length <= 40 && IDENTIFIER.test(key)) return path === '' ? key : `${path}.${key}`;
  const shown = key.length > 40 ? `${key.slice(0, 40)}...` : key;
  return `${path}[${JSON.stringify(shown)}]`;
}

/** 2592000000 -> `2,592,000,000`. Locale-independent on purpose. */
export function fmt(n: number): string {
  if (!Number.isInteger(n)) return String(n);
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

/** Stands in for a field whose problem is already reported (a getter), so it is neither read nor reported again. */
export const REPORTED: unique symbol = Symbol('already reported');

function tooDeep(out: Out, path: string, depth: number): boolean {
  if (depth <= MAX_DEPTH) return false;
  out.push({ path, message: `is nested too deeply (more than ${MAX_DEPTH} levels)` });
  return true;
}

const NOT_PLAIN = ' (a plain { ... } object, not a special JavaScript object)';

/**
 * Reads the known fields of a plain object (prototype `Object.prototype` or `null`) into a map, reporting
 * unknown fields and getters. Only own data properties are read: nothing inherited, no code run.
 * Fields set to `undefined` count as absent.
 */
export function readObject(
  out: Out,
  value: unknown,
  path: string,
  depth: number,
  known: readonly string[],
  typeMessage: string,
): Fields | undefined {
  if (value === REPORTED || tooDeep(out, path, depth)) return undefined;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.push({ path, message: typeMessage });
    return undefined;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) {
    out.push({ path, message: typeMessage + NOT_PLAIN });
    return undefined;
  }
  const fields = new Map<string, unknown>();
  let unknown = 0;
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) {
      unknown += 1;
      if (unknown <= MAX_UNKNOWN_REPORTED) out.push({ path: at(path, key), message: 'unknown field' });
      continue;
    }
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor === undefined) continue;
    if (!('value' in descriptor)) {
      out.push({ path: at(path, key), message: 'must be plain data, not a getter' });
      fields.set(key, REPORTED);
      continue;
    }
    if (descriptor.value !== undefined) fields.set(key, descriptor.value);
  }
  if (unknown > MAX_UNKNOWN_REPORTED) {
    out.push({ path, message: `has ${fmt(unknown - MAX_UNKNOWN_REPORTED)} more unknown fields` });
  }
  return fields;
}

/**
 * Reads a plain list's entries as `[index, value]` pairs. A list longer than `max` is reported and only its
 * first `max` entries are returned, so a huge list costs no more than a full one.
 */
export function readList(
  out: Out,
  value: unknown,
  path: string,
  depth: number,
  max: number,
  what: string,
): [number, unknown][] | undefined {
  if (value === REPORTED || tooDeep(out, path, depth)) return undefined;
  if (!Array.isArray(value)) {
    out.push({ path, message: `must be a list of ${what}` });
    return undefined;
  }
  if (Object.getPrototypeOf(value) !== Array.prototype) {
    out.push({ path, message: `must be a plain list of ${what}` });
    return undefined;
  }
  const length = value.length;
  if (length > max) {
    out.push({ path, message: `must list at most ${fmt(max)} ${what} (it lists ${fmt(length)})` });
  }
  const entries: [number, unknown][] = [];
  for (let i = 0; i < Math.min(length, max); i += 1) {
    const descriptor = Object.getOwnPropertyDescriptor(value, i);
    if (descriptor !== undefined && !('value' in descriptor)) {
      out.push({ path: at(path, i), message: 'must be plain data, not a getter' });
      continue;
    }
    entries.push([i, descriptor?.value]);
  }
  return entries;
}

export interface NumberRule {
  readonly test: (n: number) => boolean;
  readonly message: string;
}

/** A whole number from `min` to `max`, described by `message`. */
export function whole(min: number, max: number, message: string): NumberRule {
  return { test: (n) => Number.isInteger(n) && n >= min && n <= max, message };
}

/** Reads a number field; `required` ones report their absence. `-0` becomes `0`. */
export function numberAt(
  out: Out,
  fields: Fields,
  key: string,
  path: string,
  rule: NumberRule,
  required = false,
): number | undefined {
  const value = fields.get(key);
  const where = at(path, key);
  if (value === REPORTED) return undefined;
  if (value === undefined) {
    if (required) out.push({ path: where, message: 'is required' });
    return undefined;
  }
  if (typeof value === 'number' && rule.test(value)) return value === 0 ? 0 : value;
  const quoted = typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value));
  out.push({
    path: where,
    message: quoted ? `${rule.message} (write the number without quotes)` : rule.message,
  });
  return undefined;
}

/** Reads an optional enum field; `aliases` map other accepted spellings to the normal one. */
export function enumAt<T extends string>(
  out: Out,
  fields: Fields,
  key: string,
  path: string,
  options: readonly T[],
  message: string,
  aliases: Readonly<Record<string, T>> = {},
): T | undefined {
  const value = fields.get(key);
  if (value === undefined || value === REPORTED) return undefined;
  if (typeof value === 'string') {
    const found =
      options.find((o) => o === value) ?? (Object.hasOwn(aliases, value) ? aliases[value] : undefined);
    if (found !== undefined) return found;
  }
  out.push({ path: at(path, key), message });
  return undefined;
}

/** Checks that a (valid) topic name is declared; skipped when the declared topics are unknown. */
export function checkTopicRef(
  out: Out,
  name: string,
  path: string,
  topics: readonly string[] | undefined,
): void {
  if (topics !== undefined && !topics.includes(name)) {
    out.push({ path, message: `topic "${name}" is not declared in topics` });
  }
}
