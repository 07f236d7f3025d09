package classroom;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.consumer.RoundRobinAssignor;
import org.apache.kafka.clients.consumer.StickyAssignor;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A student: one member of a consumer group, the usual loop `while (true) { records = poll(); for (r :
 * records) process(r); }`. Processing takes 1000 / recordsPerSec ms per record. Auto-commit is on, as in the
 * simulator: poll() commits what earlier polls returned once `auto.commit.interval.ms` has passed.
 *
 * <p>Commands arrive from another thread as flags, checked between records: sleep (stop polling and
 * processing; the client's heartbeat thread carries on), a new pace, and close (KafkaConsumer.close(): it
 * commits under auto-commit and sends LeaveGroup).
 */
public final class Member implements Runnable {
  private final Scenario.Group group;
  private final String id;
  private final String prefix;
  private final Facts facts;
  private final String bootstrap;
  private KafkaConsumer<String, String> consumer;
  private KafkaProducer<String, String> output;
  private volatile double recordsPerSec;
  private volatile boolean asleep;
  private volatile boolean closeRequested;
  private volatile boolean halted;
  /** Called once, when the member first gets an assignment (the class waits for it to start its clock). */
  private volatile Runnable onFirstAssignment = () -> { };

  public Member(Scenario.Group group, Scenario.Member member, String prefix, String bootstrap, Facts facts) {
    this.group = group;
    this.id = member.id();
    this.prefix = prefix;
    this.bootstrap = bootstrap;
    this.facts = facts;
    this.recordsPerSec = member.recordsPerSec();
  }

  /**
   * Loads the client's classes and opens a connection once per JVM before the class starts, with a consumer
   * outside any group, so that a member's first JoinGroup goes out at time 0 as in the simulator. The real
   * consumer is built when the member starts: its auto-commit clock starts with it, as the simulator's does.
   */
  public static void warmUp(String bootstrap, String topic) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    try (KafkaConsumer<String, String> c = new KafkaConsumer<>(p)) {
      c.partitionsFor(topic, Duration.ofSeconds(30));
    }
  }

  static Properties consumerConfig(Scenario.Group g, Scenario.Member m, String prefix, String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, prefix + g.id());
    // The broker names a dynamic member `<client.id>-<uuid>`, and the range and round-robin assignors sort
    // members by that id: with the member's name as client.id they sort by name, as in the simulator.
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, m.id());
    p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, assignorClass(g.assignor()));
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, g.autoOffsetReset());
    p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, g.sessionTimeoutMs());
    p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, g.heartbeatIntervalMs());
    p.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, g.maxPollIntervalMs());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
    p.put(ConsumerConfig.AUTO_COMMIT_INTERVAL_MS_CONFIG, g.autoCommitIntervalMs());
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, g.maxPollRecords());
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    return p;
  }

  static Properties producerConfig(String bootstrap, String clientId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    return p;
  }

  static String assignorClass(String name) {
    return switch (name) {
      case "roundrobin" -> RoundRobinAssignor.class.getName();
      case "sticky" -> StickyAssignor.class.getName();
      case "cooperative-sticky" -> CooperativeStickyAssignor.class.getName();
      default -> RangeAssignor.class.getName();
    };
  }

  public void onFirstAssignment(Runnable r) {
    onFirstAssignment = r;
  }

  public String id() {
    return id;
  }

  public void sleep() {
    asleep = true;
  }

  public void wake() {
    asleep = false;
  }

  public void setRate(double rate) {
    recordsPerSec = rate;
  }

  public void close() {
    closeRequested = true;
  }

  /** Stops the loop without closing the consumer (the class is over; the JVM exits next). */
  public void halt() {
    halted = true;
  }

  @Override
  public void run() {
    consumer = new KafkaConsumer<>(consumerConfig(group, new Scenario.Member(id, recordsPerSec), prefix, bootstrap));
    if (group.outputTopic() != null) output = new KafkaProducer<>(producerConfig(bootstrap, group.id() + "/" + id));
    consumer.subscribe(prefixed(group.topics()), new Listener());
    try {
      while (!halted && !closeRequested) {
        waitWhileAsleep();
        if (halted || closeRequested) break;
        long polledAt = facts.now();
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        if (!records.isEmpty()) processBatch(records, polledAt);
      }
      if (closeRequested && !halted) {
        consumer.close();
        facts.write(facts.fact("closed").put("group", group.id()).put("member", id));
      }
    } catch (RuntimeException e) {
      if (!halted) facts.write(facts.fact("memberError").put("group", group.id()).put("member", id).put("error", e.toString()));
    }
  }

  private List<String> prefixed(List<String> topics) {
    return topics.stream().map(t -> prefix + t).toList();
  }

  private void waitWhileAsleep() {
    while (asleep && !halted && !closeRequested) pause(10);
  }

  /** Processes the batch at the member's pace; a sleep or a new pace restarts the pace clock, as in the simulator. */
  private void processBatch(ConsumerRecords<String, String> records, long polledAt) {
    long paceSince = facts.now();
    int paceBase = 0;
    int done = 0;
    double pace = recordsPerSec;
    for (ConsumerRecord<String, String> r : records) {
      while (true) {
        if (halted || closeRequested) return;
        if (asleep) {
          waitWhileAsleep();
          paceSince = facts.now();
          paceBase = done;
        }
        if (pace != recordsPerSec) {
          pace = recordsPerSec;
          paceSince = facts.now();
          paceBase = done;
        }
        long due = paceSince + (long) Math.ceil((done + 1 - paceBase) * 1000.0 / pace);
        long wait = due - facts.now();
        if (wait <= 0) break;
        pause(Math.min(wait, 20));
      }
      process(r);
      done++;
    }
  }

  private void process(ConsumerRecord<String, String> r) {
    ObjectNode f = facts.fact("processed").put("group", group.id()).put("member", id)
        .put("topic", r.topic().substring(prefix.length())).put("partition", r.partition())
        .put("offset", r.offset()).put("key", r.key()).put("value", r.value());
    facts.write(f);
    if (output != null) {
      // A stream processor: the same key (so the same partition rule) and the same note number.
      String topic = group.outputTopic();
      long sentAt = facts.now();
      output.send(new ProducerRecord<>(prefix + topic, r.key(), r.value()), (meta, error) -> {
        ObjectNode o = facts.fact(error == null ? "produced" : "produceFailed")
            .put("producer", group.id() + "/" + id).put("topic", topic).put("key", r.key())
            .put("seq", r.value() == null ? -1 : Long.parseLong(r.value())).put("sentAt", sentAt);
        if (error == null) o.put("partition", meta.partition()).put("offset", meta.offset());
        facts.write(o);
      });
    }
  }

  private static void pause(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private ArrayNode list(Collection<TopicPartition> partitions) {
    ArrayNode a = Facts.JSON.createArrayNode();
    partitions.stream().sorted((x, y) -> x.topic().equals(y.topic()) ? x.partition() - y.partition() : x.topic().compareTo(y.topic()))
        .forEach(tp -> a.addArray().add(tp.topic().substring(prefix.length())).add(tp.partition()));
    return a;
  }

  /** Writes down every assignment change, with the generation the group is in. */
  private final class Listener implements ConsumerRebalanceListener {
    private void write(String type, Collection<TopicPartition> partitions) {
      ObjectNode f = facts.fact(type).put("group", group.id()).put("member", id)
          .put("generation", consumer.groupMetadata().generationId());
      f.set("partitions", list(partitions));
      f.set("assignment", list(consumer.assignment()));
      facts.write(f);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      write("revoked", partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      write("assigned", partitions);
      onFirstAssignment.run();
      onFirstAssignment = () -> { };
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      write("lost", partitions);
    }
  }
}
