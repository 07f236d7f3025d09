/**
 * Idempotence on the real cluster: records a producer's retries wrote a second time. Kafka's broker keeps
 * each idempotent producer's last sequence numbers per partition, replicated with the log
 * (`ProducerStateManager`), so a new leader recognises a retried batch it already holds and answers with
 * the first append's offset (`UnifiedLog.analyzeAndValidateProducerState`, a duplicate batch); without
 * idempotence the retry is appended again. Both plays count the same thing: in the final log, the note
 * numbers of one producer's records (told apart by the key it alone uses) that appear more than once.
 */
import type { Claim, Verdict } from './claims';
import type { ClassFacts, Tp } from './facts';
import { PENDING } from './replication-claims';

/** Record values (note numbers) of records keyed `key` in `where`'s final log that appear twice or more. */
export function valuesWrittenTwice(
  facts: ClassFacts,
  where: Tp,
  key: string,
): { twice: number; records: number } {
  const counts = new Map<string, number>();
  let records = 0;
  for (const [, k, v] of facts.logs[where] ?? []) {
    if (k !== key || v == null) continue;
    records++;
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let twice = 0;
  for (const n of counts.values()) if (n > 1) twice++;
  return { twice, records };
}

/**
 * Whether `producer`'s records (keyed `key`) are in `where`'s final log more than once: `expected` says
 * which Kafka must show ('none' with idempotence, 'some' without). The count depends on timing (how many
 * batches were in flight at the crash), so only none against some is compared with the simulator.
 */
export const writtenTwice = (
  producer: string,
  key: string,
  where: Tp,
  expected: 'none' | 'some',
  what: string,
): Claim => ({
  behaviour: `${what} (${producer}'s notes in the final log of ${where} written twice: none or some)`,
  check(sim: ClassFacts, kafka: ClassFacts): Verdict {
    const measure = (f: ClassFacts) => {
      const { twice, records } = valuesWrittenTwice(f, where, key);
      return { value: twice > 0 ? 'some' : 'none', text: `${twice} of ${records} records`, records };
    };
    const k = measure(kafka);
    const holds = k.records > 0 && k.value === expected;
    const kafkaText = holds ? k.text : `${k.text} (expected ${expected})`;
    if (!sim.replication) return { simulator: PENDING, kafka: kafkaText, agree: holds, pending: true };
    const s = measure(sim);
    return { simulator: s.text, kafka: kafkaText, agree: holds && s.value === k.value };
  },
});

/** How many of `producer`'s notes (keyed `key`) the final log of `where` holds twice, exactly. */
export const writtenTwiceCount = (producer: string, key: string, where: Tp, what: string): Claim => ({
  behaviour: `${what} (${producer}'s notes in the final log of ${where} written twice, exactly)`,
  check(sim: ClassFacts, kafka: ClassFacts): Verdict {
    const k = valuesWrittenTwice(kafka, where, key).twice;
    if (!sim.replication) return { simulator: PENDING, kafka: String(k), agree: true, pending: true };
    const s = valuesWrittenTwice(sim, where, key).twice;
    return { simulator: String(s), kafka: String(k), agree: s === k };
  },
});

/**
 * Copies of `producer`'s records (keyed `key`) in `where`'s final log that nobody was answered for: the log's
 * records minus those the producer saw acknowledged. A write whose request timed out (REQUEST_TIMED_OUT) stays
 * in the log; its answer comes only from a retry (Sender.completeBatch -> canRetry -> reenqueueBatch): a
 * duplicate answered for an idempotent producer (0), a second copy without idempotence (1), or none once
 * delivery.timeout.ms fails the batch (1). Exact on both.
 */
export const unansweredCopies = (producer: string, key: string, where: Tp, what: string): Claim => ({
  behaviour: `${what} (${producer}'s notes in the final log of ${where} that were never acknowledged, exactly)`,
  check(sim: ClassFacts, kafka: ClassFacts): Verdict {
    const measure = (f: ClassFacts): number | null => {
      const acked = f.replication?.producers[producer]?.acknowledged;
      if (acked == null) return null;
      return valuesWrittenTwice(f, where, key).records - acked;
    };
    const k = measure(kafka);
    if (k === null) return { simulator: '-', kafka: 'no replication facts', agree: false };
    if (!sim.replication) return { simulator: PENDING, kafka: String(k), agree: true, pending: true };
    const s = measure(sim);
    return { simulator: String(s), kafka: String(k), agree: s === k };
  },
});
