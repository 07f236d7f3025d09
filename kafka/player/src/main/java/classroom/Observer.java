package classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Looks at the class from outside, as `kafka-consumer-groups.sh --describe` and `kafka-get-offsets.sh` do:
 * every partition's log start and log end offset, and every group's committed offsets. Lag is log end minus
 * committed.
 */
public final class Observer {
  private final Admin admin;
  private final String prefix;
  private final String bootstrap;
  private final Facts facts;
  private final List<TopicPartition> partitions = new ArrayList<>();
  private final List<String> groups = new CopyOnWriteArrayList<>();
  /** A class with several brokers: each look is bounded (a leader may be down) and shows the replicas. */
  private final boolean replicated;

  public Observer(Admin admin, Scenario scenario, String prefix, String bootstrap, Facts facts) {
    this.admin = admin;
    this.prefix = prefix;
    this.bootstrap = bootstrap;
    this.facts = facts;
    this.replicated = scenario.brokers > 1;
    for (Scenario.Topic t : scenario.topics) {
      for (int p = 0; p < t.partitions(); p++) partitions.add(new TopicPartition(prefix + t.name(), p));
    }
    for (Scenario.Group g : scenario.groups) groups.add(g.id());
  }

  public void addGroup(String id) {
    groups.add(id);
  }

  private Map<TopicPartition, Long> offsets(OffsetSpec spec) throws Exception {
    Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
    for (TopicPartition tp : partitions) ask.put(tp, spec);
    Map<TopicPartition, Long> out = new HashMap<>();
    if (!replicated) {
      Map<TopicPartition, ListOffsetsResultInfo> got = admin.listOffsets(ask).all().get(10, TimeUnit.SECONDS);
      got.forEach((tp, info) -> out.put(tp, info.offset()));
      return out;
    }
    // A partition without a leader (its broker just stopped) has no offsets to give: null, not a wait.
    ListOffsetsResult result = admin.listOffsets(ask, new ListOffsetsOptions().timeoutMs(Brokers.LOOK_TIMEOUT_MS));
    for (TopicPartition tp : partitions) {
      try {
        out.put(tp, result.partitionResult(tp).get(Brokers.LOOK_TIMEOUT_MS, TimeUnit.MILLISECONDS).offset());
      } catch (Exception e) {
        out.put(tp, null);
      }
    }
    return out;
  }

  /** One "sample" fact: log start and end of every partition, committed offsets of every group. */
  public void sample() throws Exception {
    ObjectNode f = facts.fact("sample");
    Map<TopicPartition, Long> start = offsets(OffsetSpec.earliest());
    Map<TopicPartition, Long> end = offsets(OffsetSpec.latest());
    ArrayNode parts = f.putArray("partitions");
    for (TopicPartition tp : partitions) {
      parts.addObject().put("topic", tp.topic().substring(prefix.length())).put("partition", tp.partition())
          .put("logStartOffset", start.get(tp)).put("logEndOffset", end.get(tp));
    }
    if (replicated) Brokers.describe(admin, f, partitions, prefix);
    ArrayNode gs = f.putArray("groups");
    for (String g : groups) {
      Map<TopicPartition, OffsetAndMetadata> committed;
      try {
        committed = admin.listConsumerGroupOffsets(prefix + g).partitionsToOffsetAndMetadata()
            .get(replicated ? Brokers.LOOK_TIMEOUT_MS : 10_000, TimeUnit.MILLISECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        if (!replicated) throw e;
        continue; // the group coordinator's broker is moving: this look has no committed offsets
      }
      ObjectNode gn = gs.addObject().put("group", g);
      ArrayNode offs = gn.putArray("offsets");
      committed.forEach((tp, om) -> {
        if (om != null) offs.addObject().put("topic", tp.topic().substring(prefix.length()))
            .put("partition", tp.partition()).put("committed", om.offset());
      });
    }
    facts.write(f);
  }

  /** What each log holds at the end (after retention and compaction): offset, key and value of every record. */
  public void writeLogs(int maxRecordsPerPartition) {
    java.util.Properties p = new java.util.Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> reader = new KafkaConsumer<>(p)) {
      Map<TopicPartition, Long> ends = reader.endOffsets(partitions, Duration.ofSeconds(10));
      for (TopicPartition tp : partitions) {
        reader.assign(Set.of(tp));
        reader.seekToBeginning(Set.of(tp));
        ObjectNode f = facts.fact("log").put("topic", tp.topic().substring(prefix.length())).put("partition", tp.partition());
        ArrayNode records = f.putArray("records");
        long end = ends.get(tp);
        long deadline = System.currentTimeMillis() + 10_000;
        while (reader.position(tp) < end && records.size() < maxRecordsPerPartition && System.currentTimeMillis() < deadline) {
          for (ConsumerRecord<String, String> r : reader.poll(Duration.ofMillis(200))) {
            records.addArray().add(r.offset()).add(r.key()).add(r.value());
          }
        }
        facts.write(f);
      }
    }
  }
}
