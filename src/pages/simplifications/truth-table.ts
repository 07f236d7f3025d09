/**
 * The place for the "truth table": how many of the simulator's behaviours the Kafka-in-the-loop harness
 * (`kafka/`, a real broker driven by the same scenarios) found to agree with a real Kafka broker. It stays
 * `null` until that harness reports; the page then says "not measured yet" rather than a number nobody ran.
 */
export interface TruthTable {
  /** Behaviours that agree with the real broker. */
  readonly agree: number;
  /** Behaviours compared. */
  readonly checked: number;
  /** The Kafka version the broker ran, e.g. "4.0.0". */
  readonly kafkaVersion: string;
}

export const TRUTH_TABLE: TruthTable | null = { agree: 131, checked: 131, kafkaVersion: '4.4.0' };
