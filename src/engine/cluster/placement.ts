import { nextInt, type RandomState } from '../time/random';

/**
 * Where a new topic's replicas go when no broker has a rack: `AdminUtils.assignReplicasToBrokersRackUnaware`
 * (the ZooKeeper-era admin path, still in Kafka as `org.apache.kafka.admin.AdminUtils`). A random start
 * index picks each partition's first replica round-robin from there, and a random shift, growing by one
 * every `brokers` partitions, spaces the followers after it, so leaders and copies spread evenly. Both
 * draws come from the engine's seeded generator. KRaft's controller uses `StripedReplicaPlacer`, which
 * shuffles differently but spreads the same way; the model follows AdminUtils, whose rule is short and
 * fully deterministic given its two draws.
 */
export function assignReplicas(
  partitions: number,
  replicationFactor: number,
  brokerIds: readonly number[],
  rng: RandomState,
): number[][] {
  const n = brokerIds.length;
  const startIndex = nextInt(rng, n);
  let nextReplicaShift = nextInt(rng, n);
  const assignment: number[][] = [];
  for (let p = 0; p < partitions; p++) {
    if (p > 0 && p % n === 0) nextReplicaShift++;
    const first = (p + startIndex) % n;
    const replicas = [brokerIds[first]!];
    for (let j = 0; j < replicationFactor - 1; j++) {
      // AdminUtils.replicaIndex: shift = 1 + (secondReplicaShift + replicaIndex) % (nBrokers - 1)
      const shift = 1 + ((nextReplicaShift + j) % (n - 1));
      replicas.push(brokerIds[(first + shift) % n]!);
    }
    assignment.push(replicas);
  }
  return assignment;
}
