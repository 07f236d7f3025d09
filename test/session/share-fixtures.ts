/**
 * What the share codec's tests (`src/session/share/share-link*.test.ts`) open links with. The codec is
 * generic over the checks it is given, so they check scenarios with a small stand-in that speaks like the
 * engine's validator; the session plugs in the real one (src/session tests).
 */
import { expect } from 'vitest';
import { compressToUri } from '../../src/session/share/lz-uri';
import { ShareError, type ShareProblem } from '../../src/session/share/share-error';
import {
  decodeShare,
  type Checked,
  type ShareChecks,
  type SharePayload,
} from '../../src/session/share/share-link';

export interface FakeScenario {
  topics: { name: string; partitions: number }[];
}

export function checkFakeScenario(input: unknown): Checked<FakeScenario> {
  const problems: ShareProblem[] = [];
  const topics = (input as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(topics))
    return { ok: false, problems: [{ path: 'topics', message: 'must be a list of topics' }] };
  topics.forEach((t: unknown, i) => {
    const p = (t as { partitions?: unknown } | null)?.partitions;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 64) {
      problems.push({ path: `topics[${i}].partitions`, message: 'must be a whole number from 1 to 64' });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: input as FakeScenario };
}

export const checks: ShareChecks<FakeScenario, { id: string }> = {
  scenario: checkFakeScenario,
  lesson: (input) =>
    typeof (input as { id?: unknown } | null)?.id === 'string'
      ? { ok: true, value: input as { id: string } }
      : { ok: false, problems: [{ path: 'id', message: 'is required' }] },
};

export const scenario: FakeScenario = { topics: [{ name: 'notes', partitions: 3 }] };
export const classPayload: SharePayload = {
  v: 1,
  scenario,
  commands: [
    { timeMs: 4_000, command: { type: 'sleep', group: 'class', member: 'ben' } },
    { timeMs: 9_000, command: { type: 'wake', group: 'class', member: 'ben' } },
  ],
  timeMs: 12_000,
  words: 'kafka',
};

/** Encodes any JSON value the way a link would carry it. */
export const link = (value: unknown): string => compressToUri(JSON.stringify(value));

export function refusal(encoded: unknown): ShareError {
  try {
    decodeShare(encoded, checks);
  } catch (e) {
    expect(e).toBeInstanceOf(ShareError);
    return e as ShareError;
  }
  throw new Error('the link was accepted');
}
