package classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeLogDirsOptions;
import org.apache.kafka.clients.admin.DescribeTopicsOptions;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.TopicPartitionInfo;

/**
 * A class with several brokers: its topics made with copies (replication factor, min.insync.replicas, the
 * simulator's placement when one is given), its machines stopped and started on command, and what the
 * replicas look like twice a second (as `kafka-topics.sh --describe` shows them: leader, replicas, ISR).
 *
 * The player cannot stop a broker itself: it says so on its standard output, one line per command
 * (`broker {"type":"stopBroker","broker":2,"clean":false}`), and whoever runs the brokers carries it out.
 * The Kafka suite does (kafka/harness/replication-cluster.ts: SIGTERM for a clean stop, Kafka's controlled
 * shutdown; SIGKILL for a crash; the same storage on start); someone running the player by hand can do it
 * with kafka-server-stop.sh or kill.
 */
public final class Brokers {
  /** How long one look at the cluster may take: a crashed leader must not hold up the class's clock. */
  static final int LOOK_TIMEOUT_MS = 1500;

  private Brokers() {}

  /**
   * A topic as the class describes it: `replicationFactor` copies (Kafka's default.replication.factor is 1),
   * placed as `placement` says (partition -> broker ids, the preferred leader first) when given.
   */
  static NewTopic newTopic(String name, Scenario.Topic t, Map<String, String> configs, List<List<Integer>> placement) {
    NewTopic topic;
    if (placement != null && placement.size() == t.partitions()) {
      Map<Integer, List<Integer>> assignment = new HashMap<>();
      for (int p = 0; p < placement.size(); p++) assignment.put(p, placement.get(p));
      topic = new NewTopic(name, assignment);
    } else {
      topic = new NewTopic(name, Optional.of(t.partitions()), Optional.of((short) t.spec().path("replicationFactor").asInt(1)));
    }
    return topic.configs(configs);
  }

  /**
   * The replication settings of a topic as Kafka's topic configs: `min.insync.replicas` (the topic's, else
   * the class's broker default) and `unclean.leader.election.enable` (a broker setting in the simulator; a
   * topic config in Kafka too, set on every topic of the class).
   */
  static void addReplicationConfigs(Scenario scenario, Scenario.Topic t, Map<String, String> configs) {
    JsonNode minIsr = t.spec().hasNonNull("minInsyncReplicas") ? t.spec().get("minInsyncReplicas")
        : scenario.broker.get("minInsyncReplicas");
    if (minIsr != null && !minIsr.isNull()) configs.put("min.insync.replicas", minIsr.asText());
    if (scenario.broker.hasNonNull("uncleanLeaderElectionEnable")) {
      configs.put("unclean.leader.election.enable", scenario.broker.get("uncleanLeaderElectionEnable").asText());
    }
  }

  /** `stopBroker` / `startBroker`: asks whoever runs the brokers to do it, on standard output. */
  static void request(Scenario.Command c) {
    System.out.println("broker " + c.body().toString());
    System.out.flush();
  }

  private static <T> T within(KafkaFuture<T> future) {
    try {
      return future.get(LOOK_TIMEOUT_MS, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * Adds to a sample the brokers that answer (registered and not fenced: DescribeCluster) and, for every
   * partition, its leader (-1: none), replicas, ISR and eligible leader replicas (KIP-966, on by default
   * since Kafka 4.1), and each live replica's size in bytes (DescribeLogDirs). A look that times out is left
   * out (null), never waited for.
   */
  static void describe(Admin admin, ObjectNode sample, List<TopicPartition> partitions, String prefix) {
    var nodes = within(admin.describeCluster(new DescribeClusterOptions().timeoutMs(LOOK_TIMEOUT_MS)).nodes());
    ArrayNode up = sample.putArray("brokers");
    List<Integer> ids = new ArrayList<>();
    if (nodes != null) for (Node n : nodes) ids.add(n.id());
    ids.sort(Integer::compare);
    ids.forEach(up::add);
    List<String> topics = partitions.stream().map(TopicPartition::topic).distinct().toList();
    Map<String, TopicDescription> described = within(admin.describeTopics(topics,
        new DescribeTopicsOptions().timeoutMs(LOOK_TIMEOUT_MS)).allTopicNames());
    Map<Integer, Map<String, LogDirDescription>> dirs = new HashMap<>();
    admin.describeLogDirs(ids, new DescribeLogDirsOptions().timeoutMs(LOOK_TIMEOUT_MS)).descriptions()
        .forEach((id, f) -> {
          Map<String, LogDirDescription> d = within(f);
          if (d != null) dirs.put(id, d);
        });
    for (JsonNode p : sample.path("partitions")) {
      ObjectNode part = (ObjectNode) p;
      TopicPartition tp = new TopicPartition(prefix + part.get("topic").asText(), part.get("partition").asInt());
      // ListOffsets LATEST with READ_UNCOMMITTED answers the high watermark (Partition.fetchOffsetForTimestamp).
      part.set("highWatermark", part.get("logEndOffset"));
      TopicDescription d = described == null ? null : described.get(tp.topic());
      if (d == null) continue;
      TopicPartitionInfo info = d.partitions().get(tp.partition());
      part.put("leader", info.leader() == null || info.leader().isEmpty() ? -1 : info.leader().id());
      info.replicas().forEach(n -> part.withArray("replicas").add(n.id()));
      info.isr().forEach(n -> part.withArray("isr").add(n.id()));
      info.elr().forEach(n -> part.withArray("elr").add(n.id()));
      ObjectNode bytes = part.putObject("replicaBytes");
      dirs.forEach((id, byDir) -> byDir.values().forEach(dir -> {
        ReplicaInfo r = dir.replicaInfos().get(tp);
        if (r != null) bytes.put(Integer.toString(id), r.size());
      }));
    }
  }
}
