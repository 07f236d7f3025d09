package classroom;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitionReassignment;
import org.apache.kafka.common.ElectionType;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.ElectionNotNeededException;

/**
 * Puts the group coordinator on the broker where the simulator has it, before the class starts.
 *
 * A group's coordinator is the leader of its `__consumer_offsets` partition (GroupCoordinatorService
 * .partitionFor), and the controller places that topic like any other, from a random starting broker
 * (ReplicaPlacer). When a case's claim reads committed offsets while brokers are down, where the coordinator
 * sits decides whether the group's commits reach it: a coordinator on a crashed broker answers nothing until
 * the controller fences that broker (broker.session.timeout.ms). So the harness passes the simulator's
 * coordinator first, and the same replicas are reordered (no data moves) and a preferred election held
 * (kafka-reassign-partitions.sh and kafka-leader-election.sh do the same). The test cluster has one offsets
 * partition (offsets.topic.num.partitions=1), so every group of the class shares this coordinator.
 */
final class Coordinator {
  static final String OFFSETS_TOPIC = "__consumer_offsets";
  private static final long WAIT_MS = 30_000;

  private Coordinator() {}

  static void place(Admin admin, List<Integer> replicas, String group) throws Exception {
    TopicPartition tp = new TopicPartition(OFFSETS_TOPIC, 0);
    long deadline = System.currentTimeMillis() + WAIT_MS;
    // The internal topic is made at the first FindCoordinator: asking for a group's offsets makes it.
    while (true) {
      try {
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
        break;
      } catch (Exception e) {
        if (System.currentTimeMillis() > deadline) throw e;
        Thread.sleep(200);
      }
    }
    admin.alterPartitionReassignments(Map.of(tp, Optional.of(new NewPartitionReassignment(replicas))))
        .all().get(WAIT_MS, TimeUnit.MILLISECONDS);
    while (!admin.listPartitionReassignments(Set.of(tp)).reassignments().get(WAIT_MS, TimeUnit.MILLISECONDS).isEmpty()) {
      if (System.currentTimeMillis() > deadline) throw new IllegalStateException("the offsets topic's reassignment did not finish");
      Thread.sleep(100);
    }
    while (leader(admin) != replicas.get(0)) {
      try {
        admin.electLeaders(ElectionType.PREFERRED, Set.of(tp)).partitions().get(WAIT_MS, TimeUnit.MILLISECONDS)
            .get(tp).ifPresent(err -> {
              if (!(err instanceof ElectionNotNeededException)) throw new IllegalStateException(err);
            });
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof ElectionNotNeededException)) throw e;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new IllegalStateException("the group coordinator stayed on broker " + leader(admin) + ", not " + replicas.get(0));
      }
      Thread.sleep(100);
    }
  }

  private static int leader(Admin admin) throws Exception {
    return admin.describeTopics(Set.of(OFFSETS_TOPIC)).allTopicNames().get(WAIT_MS, TimeUnit.MILLISECONDS)
        .get(OFFSETS_TOPIC).partitions().get(0).leader().id();
  }
}
