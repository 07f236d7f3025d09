import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateScenario } from './validate-scenario';
import { ScenarioError } from './scenario-error';
import { LIMITS } from './defaults';
import type { Scenario } from './types';
import { MAX_WORK_PER_SECOND } from '../kernel/work-limit';
import { shapeOf, workPerSecond } from '../kernel/work-estimate';
import { problemsOf, MAX_MS } from '../../../test/engine/scenario-inputs';

describe('validateScenario: properties', () => {
  it('either returns or throws ScenarioError for anything', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          try {
            validateScenario(input);
          } catch (error) {
            if (!(error instanceof ScenarioError) || error.problems.length === 0) throw error;
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  const names = fc
    .stringMatching(/^[a-z0-9-]{1,12}$/)
    .filter((n) => !['constructor', 'prototype', 'valueof', 'tostring'].includes(n));
  const rate = fc.oneof(
    fc.integer({ min: 1, max: 50_000 }),
    fc.double({ min: 0.001, max: 50_000, noNaN: true }),
  );

  /** Random scenarios that obey every rule. */
  const validScenario = fc
    .record({
      seed: fc.maxSafeInteger(),
      names: fc.uniqueArray(names, { minLength: 1, maxLength: LIMITS.topics }),
      partitions: fc.integer({ min: 1, max: LIMITS.partitions }),
      retentionMs: fc.option(fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: MAX_MS })), {
        nil: undefined,
      }),
      compact: fc.boolean(),
    })
    .chain(({ seed, names: topicNames, partitions, retentionMs, compact }) => {
      const topics = topicNames.map((name, i) => ({
        name,
        partitions,
        ...(retentionMs === undefined ? {} : { retentionMs }),
        ...(compact && i === 0 ? { cleanupPolicy: 'compact' as const } : {}),
      }));
      const topic = fc.constantFrom(...topicNames);
      const producer = fc.record(
        {
          id: names,
          topic,
          recordsPerSec: fc.oneof(fc.constant(0), rate),
          keys: fc.array(
            fc
              .string({ minLength: 1, maxLength: 20 })
              .filter((k) =>
                [...k].every(
                  (c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f),
                ),
              ),
            { minLength: 1, maxLength: 5 },
          ),
        },
        { requiredKeys: ['id', 'topic', 'recordsPerSec', 'keys'] },
      );
      const group = fc.record({
        id: names,
        topics: fc.subarray(topicNames, { minLength: 1 }),
        heartbeatIntervalMs: fc.integer({ min: 1, max: 5_999 }),
        sessionTimeoutMs: fc.integer({ min: 6_000, max: 1_800_000 }),
        members: fc.uniqueArray(fc.record({ id: names, recordsPerSec: rate }), {
          selector: (m) => m.id,
          maxLength: LIMITS.membersPerGroup,
        }),
      });
      return fc.record({
        seed: fc.constant(seed),
        topics: fc.constant(topics),
        producers: fc.uniqueArray(producer, { selector: (p) => p.id, maxLength: LIMITS.producers }),
        groups: fc.uniqueArray(group, { selector: (g) => g.id, maxLength: LIMITS.groups }),
      });
    });

  it('returns every valid scenario unchanged, or refuses it by the joint work limit alone', () => {
    let returned = 0;
    fc.assert(
      fc.property(validScenario, (input) => {
        if (workPerSecond(shapeOf(input)) > MAX_WORK_PER_SECOND) {
          expect(() => validateScenario(input)).toThrow(/ms of work per simulated second/);
        } else {
          expect(validateScenario(input)).toEqual(input);
          returned++;
        }
      }),
      { numRuns: 200 },
    );
    expect(returned).toBeGreaterThan(20);
  });

  it('refuses every limit at once: each field allowed, together too heavy for a classroom laptop', () => {
    const topics = Array.from({ length: LIMITS.topics }, (_, i) => ({
      name: `t${i}`,
      partitions: LIMITS.partitions,
    }));
    const everything = {
      seed: 1,
      topics,
      producers: topics.map((t, i) => ({
        id: `p${i}`,
        topic: t.name,
        recordsPerSec: LIMITS.maxRecordsPerSec,
      })),
      groups: Array.from({ length: LIMITS.groups }, (_, g) => ({
        id: `g${g}`,
        topics: topics.map((t) => t.name),
        members: Array.from({ length: LIMITS.membersPerGroup }, (_, i) => ({
          id: `m${i}`,
          recordsPerSec: 1,
        })),
      })),
    };
    expect(problemsOf(everything)).toEqual([
      {
        path: '',
        message: expect.stringMatching(
          /^this class would take about [\d,]+ ms of work per simulated second, more than the 100 ms a classroom laptop can keep up with/,
        ) as unknown,
      },
    ]);
    // One teacher at the highest rate, read by a group, is within it.
    const one = {
      ...everything,
      topics: topics.slice(0, 1),
      producers: everything.producers.slice(0, 1),
      groups: [{ ...everything.groups[0]!, topics: ['t0'] }],
    };
    expect(validateScenario(one)).toEqual(one);
  });

  it('either returns a scenario that validates to itself or throws ScenarioError for near-valid input', () => {
    const spoil = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, fc.anything());
    const nearValid = validScenario.chain((s) =>
      fc.record({
        seed: spoil(fc.constant(s.seed)),
        topics: spoil(fc.constant(s.topics).map((ts) => ts.map((t) => ({ ...t })))),
        producers: spoil(
          fc.tuple(
            ...s.producers.map((p) =>
              spoil(fc.constant(p).map((x) => ({ ...x, recordsPerSec: x.recordsPerSec }))),
            ),
          ),
        ),
        groups: spoil(fc.tuple(...s.groups.map((g) => spoil(fc.constant(g))))),
      }),
    );
    fc.assert(
      fc.property(nearValid, (input) => {
        let output: Scenario;
        try {
          output = validateScenario(input);
        } catch (error) {
          if (error instanceof ScenarioError) return;
          throw error;
        }
        expect(validateScenario(output)).toEqual(output);
      }),
      { numRuns: 300 },
    );
  });
});
