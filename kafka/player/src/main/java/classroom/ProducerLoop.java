package classroom;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The teacher: sends records at `recordsPerSec`, its keys used in turn, the k-th record since the rate last
 * changed due `ceil(k * 1000 / rate)` ms after that change (the simulator's schedule). The value is the
 * record's number; every `tombstoneEvery`-th record has a null value (a tombstone, for compacted topics).
 */
public final class ProducerLoop implements Runnable {
  private final Scenario.Producer spec;
  private final String topic;
  private final Facts facts;
  private final KafkaProducer<String, String> producer;
  private double rate;
  private long rateSince;
  private long sentSinceRate;
  private long sent;
  private volatile boolean stopped;

  public ProducerLoop(Scenario.Producer spec, String prefix, String bootstrap, Facts facts) {
    this.spec = spec;
    this.topic = prefix + spec.topic();
    this.facts = facts;
    this.rate = spec.recordsPerSec();
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.CLIENT_ID_CONFIG, spec.id());
    // Send each record at once, so its timestamp and arrival match the simulator's (which has no batching delay).
    p.put(ProducerConfig.LINGER_MS_CONFIG, 0);
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.putAll(clientSettings(spec.spec()));
    this.producer = new KafkaProducer<>(p);
  }

  /**
   * The simulator's producer settings as Kafka's: `acks` (0, 1 or "all"; Kafka's default is all since 3.0),
   * `enableIdempotence` (set only when the class says: Kafka turns it off by itself when acks is not all and
   * it was not asked for, ProducerConfig.postProcessAndValidateIdempotenceConfigs), `deliveryTimeoutMs`.
   * Kafka refuses a delivery.timeout.ms below linger.ms + request.timeout.ms (KafkaProducer
   * .configureDeliveryTimeout), so a short delivery timeout brings the request timeout down with it.
   */
  static Properties clientSettings(com.fasterxml.jackson.databind.JsonNode spec) {
    Properties p = new Properties();
    if (spec.hasNonNull("acks")) p.put(ProducerConfig.ACKS_CONFIG, spec.get("acks").asText());
    if (spec.hasNonNull("enableIdempotence")) {
      p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, spec.get("enableIdempotence").asBoolean());
    }
    if (spec.hasNonNull("deliveryTimeoutMs")) {
      int delivery = spec.get("deliveryTimeoutMs").asInt();
      p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery);
      p.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.min(30_000, delivery));
    }
    return p;
  }

  /** `setProducerRate`: the schedule restarts from now. */
  public synchronized void setRate(double recordsPerSec) {
    rate = recordsPerSec;
    rateSince = facts.now();
    sentSinceRate = 0;
    notifyAll();
  }

  public synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  private synchronized long nextDue() throws InterruptedException {
    while (!stopped) {
      if (rate > 0) {
        long due = rateSince + (long) Math.ceil((sentSinceRate + 1) * 1000.0 / rate);
        long wait = due - facts.now();
        if (wait <= 0) return due;
        wait(wait);
      } else {
        wait(1000);
      }
    }
    return -1;
  }

  @Override
  public void run() {
    try {
      while (nextDue() >= 0) {
        long n;
        synchronized (this) {
          n = sent++;
          sentSinceRate++;
        }
        send(n);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      producer.close();
    }
  }

  private void send(long n) {
    String key = spec.keys().isEmpty() ? null : spec.keys().get((int) (n % spec.keys().size()));
    boolean tombstone = spec.tombstoneEvery() > 0 && (n + 1) % spec.tombstoneEvery() == 0;
    ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, tombstone ? null : Long.toString(n));
    long sentAt = facts.now();
    producer.send(record, (meta, error) -> {
      ObjectNode f = facts.fact(error == null ? "produced" : "produceFailed");
      f.put("producer", spec.id()).put("topic", spec.topic()).put("key", key).put("seq", n).put("sentAt", sentAt);
      if (error == null) f.put("partition", meta.partition()).put("offset", meta.offset());
      else f.put("error", error.toString()).put("errorClass", error.getClass().getSimpleName());
      facts.write(f);
    });
  }
}
