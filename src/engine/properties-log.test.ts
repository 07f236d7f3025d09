/**
 * fast-check properties of the engine's log and consumer groups (issue 2, "Tests"): dense offsets, committed
 * <= log end, one owner per partition, every partition owned once a group is stable, and no record skipped
 * except by retention (and counted). Random valid scenarios and random command scripts; see
 * `test/engine/properties/` for the generators and the invariant monitor.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { EngineEvent, Scenario, Snapshot } from './index';
import {
  accounts,
  checkProcessed,
  checkReadOrder,
  gaps,
  mergeRanges,
} from '../../test/engine/properties/accounts';
import { scriptArb, type ScriptStep } from '../../test/engine/properties/commands';
import { compactedTopics, Monitor } from '../../test/engine/properties/monitor';
import { runScript } from '../../test/engine/properties/run';
import { scenarioArb } from '../../test/engine/properties/scenarios';

/** Generous: a property's runs take a few seconds, more on a slow or busy machine. */
const PROPERTY_TIMEOUT_MS = 60_000;

describe('properties: invariants at every moment', () => {
  it(
    'dense offsets, committed <= log end (never decreasing), one owner per partition, full ownership when stable; a refused command changes nothing',
    () => {
      let fullChecks = 0;
      let refused = 0;
      let applied = 0;
      fc.assert(
        fc.property(scenarioArb({ compaction: true }), scriptArb(80_000, 12), (scenario, script) => {
          const monitor = new Monitor(scenario);
          const run = runScript(scenario, script, 120_000, {
            stepMs: 250,
            observe: (sim, r) => monitor.observe(sim, r),
          });
          fullChecks += monitor.fullOwnershipChecks;
          const events = run.sim.events();
          if ((events[0]?.id ?? 0) === 0) {
            const snap = run.sim.snapshot();
            checkAccounting(snap, events, () => undefined, compactedTopics(scenario));
            checkReadOrder(events);
            checkProcessed(snap, events, compactedTopics(scenario));
          }
          refused += run.refused;
          applied += run.applied.length;
        }),
        { numRuns: 30 },
      );
      // The conditional checks must not be vacuous.
      expect(fullChecks).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
      expect(applied).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

/** Forces every group's auto.offset.reset. */
function withReset(s: Scenario, policy: 'earliest' | 'latest'): Scenario {
  return { ...s, groups: s.groups.map((g) => ({ ...g, autoOffsetReset: policy })) };
}

describe('properties: nothing skipped except by retention', () => {
  it(
    'a fast, awake group without retention reads everything: committed = log end, fetched covers [0, log end), nothing skipped',
    () => {
      fc.assert(
        fc.property(
          scenarioArb({ retention: 'never', memberRate: [100, 200], producerRate: [1, 10] }),
          fc.integer({ min: 1_000, max: 30_000 }),
          (drawn, stopAt) => {
            const scenario = withReset(drawn, 'earliest');
            // The producers stop at `stopAt`; then the groups have a long quiet time to catch up.
            const script: ScriptStep[] = scenario.producers.map((_, p) => ({
              at: stopAt,
              op: { kind: 'producerRate', p, rate: 0 },
            }));
            const run = runScript(scenario, script, stopAt + 90_000);
            expect(run.refused).toBe(0);
            const snap = run.sim.snapshot();
            const events = run.sim.events();
            expect(events[0]?.id ?? 0).toBe(0);
            const acc = accounts(events);
            for (const g of snap.groups) {
              expect(g.state, `group ${g.id}`).toBe('Stable');
              expect(g.skippedByRetention, `group ${g.id}`).toBe(0);
              expect(g.totalLag, `group ${g.id}`).toBe(0);
              for (const o of g.offsets) {
                const tp = `${o.topic}-${o.partition}`;
                expect(o.committed, `group ${g.id} ${tp} committed`).toBe(o.logEndOffset);
                const fetched = mergeRanges(acc.get(g.id)?.get(tp)?.fetched ?? []);
                expect(
                  gaps(fetched, 0, o.logEndOffset),
                  `group ${g.id} ${tp}: offsets never fetched`,
                ).toEqual([]);
              }
            }
          },
        ),
        { numRuns: 30 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'with retention and random commands: fetched + skipped ranges cover [start, committed) with no gap; every skip is a jump over deleted records and skippedByRetention counts them',
    () => {
      let skips = 0;
      let checked = 0;
      fc.assert(
        fc.property(
          scenarioArb({ retention: 'always' }),
          scriptArb(80_000, 10),
          fc.constantFrom<('earliest' | 'latest' | null)[]>('earliest', 'latest', null),
          (drawn, script, policy) => {
            const scenario = policy === null ? drawn : withReset(drawn, policy);
            const run = runScript(scenario, script, 120_000);
            const events = run.sim.events();
            // The event log keeps the last 20,000 events; the accounting needs all of them.
            if ((events[0]?.id ?? 0) !== 0) return;
            checked++;
            checkAccounting(run.sim.snapshot(), events, (n) => (skips += n));
            checkReadOrder(events);
            checkProcessed(run.sim.snapshot(), events);
          },
        ),
        { numRuns: 30 },
      );
      expect(checked).toBeGreaterThan(20);
      expect(skips).toBeGreaterThan(0);
    },
    PROPERTY_TIMEOUT_MS,
  );
});

function checkAccounting(
  snap: Snapshot,
  events: readonly EngineEvent[],
  countSkip: (n: number) => void,
  compacted: ReadonlySet<string> = new Set(),
): void {
  // Log start per partition as retention moved it, to judge each reset when it happened.
  const logStart = new Map<string, number>();
  for (const e of events) {
    if (e.type === 'segmentsDeleted') logStart.set(`${e.topic}-${e.partition}`, e.logStartOffset);
    if (e.type === 'offsetReset' && e.fromOffset !== null) {
      const tp = `${e.topic}-${e.partition}`;
      const start = logStart.get(tp) ?? 0;
      expect(
        e.fromOffset,
        `t=${e.timeMs} ${e.group} ${tp}: reset from an offset retention had not deleted`,
      ).toBeLessThan(start);
      expect(e.toOffset, `t=${e.timeMs} ${e.group} ${tp}: a reset moves forward`).toBeGreaterThan(
        e.fromOffset,
      );
      if (e.policy === 'earliest') expect(e.toOffset).toBe(start);
      expect(e.skipped).toBe(e.toOffset - e.fromOffset);
      // Only what retention deleted is lost to it; `latest` also passes over records still there.
      expect(e.deleted, `t=${e.timeMs} ${e.group} ${tp}: deleted of a reset`).toBe(
        Math.min(e.toOffset, start) - e.fromOffset,
      );
      countSkip(e.skipped);
    }
  }
  const acc = accounts(events);
  for (const g of snap.groups) {
    const ga = acc.get(g.id);
    let counted = 0;
    for (const a of ga?.values() ?? []) counted += a.deletedCount;
    expect(
      g.skippedByRetention,
      `group ${g.id}: skippedByRetention = sum of what the resets jumped over that retention deleted`,
    ).toBe(counted);
    const onClose = events
      .filter((e) => e.type === 'memberRemoved' && e.group === g.id)
      .reduce((n, e) => n + (e.type === 'memberRemoved' ? e.skipped : 0), 0);
    expect(g.skippedOnClose, `group ${g.id}: skippedOnClose = sum of the closes' skips`).toBe(onClose);
    for (const o of g.offsets) {
      // Compaction leaves holes no one reads; those offsets are not "skipped".
      if (o.committed === null || compacted.has(o.topic)) continue;
      const tp = `${o.topic}-${o.partition}`;
      const a = ga?.get(tp);
      expect(
        a?.base,
        `group ${g.id} ${tp}: committed ${o.committed} without a starting reset`,
      ).not.toBeNull();
      const base = a!.base!;
      expect(base).toBeLessThanOrEqual(o.committed);
      const covered = mergeRanges([...a!.fetched, ...a!.skipped]);
      expect(
        gaps(covered, base, o.committed),
        `group ${g.id} ${tp}: offsets in [${base}, ${o.committed}) neither read nor counted as skipped`,
      ).toEqual([]);
    }
  }
}
