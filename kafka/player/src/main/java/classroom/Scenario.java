package classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A class as Kafka Classroom describes it (the simulator's Scenario and Command shapes, read from JSON).
 * Missing fields take Kafka's defaults, as in the simulator.
 */
public final class Scenario {
  public final List<Topic> topics = new ArrayList<>();
  public final List<Producer> producers = new ArrayList<>();
  public final List<Group> groups = new ArrayList<>();
  /** How many brokers the class has (1 unless it says), and its broker settings (the simulator's names). */
  public int brokers = 1;
  public JsonNode broker = Facts.JSON.createObjectNode();

  public record Topic(String name, int partitions, JsonNode spec) {}

  /** A producer; `spec` holds its client settings (`acks`, `enableIdempotence`, `deliveryTimeoutMs`). */
  public record Producer(String id, String topic, double recordsPerSec, List<String> keys, int tombstoneEvery,
      JsonNode spec) {}

  public record Member(String id, double recordsPerSec) {}

  /** A consumer group and its client settings, in the simulator's camelCase names. */
  public record Group(String id, List<String> topics, String assignor, String autoOffsetReset,
      int sessionTimeoutMs, int heartbeatIntervalMs, int maxPollIntervalMs, int autoCommitIntervalMs,
      int maxPollRecords, String outputTopic, List<Member> members) {}

  /** One line of the command script: what happens to the class at `timeMs`. */
  public record Command(long timeMs, String type, JsonNode body) {
    String group() {
      return body.path("group").isTextual() ? body.get("group").asText() : body.path("group").path("id").asText();
    }

    String member() {
      JsonNode m = body.path("member");
      return m.isTextual() ? m.asText() : m.path("id").asText();
    }
  }

  public static Scenario parse(JsonNode json) {
    Scenario s = new Scenario();
    for (JsonNode t : json.path("topics")) s.topics.add(new Topic(t.get("name").asText(), t.get("partitions").asInt(), t));
    for (JsonNode p : json.path("producers")) {
      List<String> keys = new ArrayList<>();
      for (JsonNode k : p.path("keys")) keys.add(k.asText());
      s.producers.add(new Producer(p.get("id").asText(), p.get("topic").asText(),
          p.get("recordsPerSec").asDouble(), keys, p.path("tombstoneEvery").asInt(0), p));
    }
    s.brokers = json.path("brokers").asInt(1);
    if (json.path("broker").isObject()) s.broker = json.get("broker");
    for (JsonNode g : json.path("groups")) s.groups.add(group(g));
    return s;
  }

  public static Group group(JsonNode g) {
    List<String> topics = new ArrayList<>();
    for (JsonNode t : g.path("topics")) topics.add(t.asText());
    List<Member> members = new ArrayList<>();
    for (JsonNode m : g.path("members")) members.add(member(m));
    return new Group(g.get("id").asText(), topics,
        g.path("assignor").asText("range"),
        g.path("autoOffsetReset").asText("latest"),
        g.path("sessionTimeoutMs").asInt(45_000),
        g.path("heartbeatIntervalMs").asInt(3_000),
        g.path("maxPollIntervalMs").asInt(300_000),
        g.path("autoCommitIntervalMs").asInt(5_000),
        g.path("maxPollRecords").asInt(500),
        g.hasNonNull("outputTopic") ? g.get("outputTopic").asText() : null,
        members);
  }

  public static Member member(JsonNode m) {
    return new Member(m.get("id").asText(), m.get("recordsPerSec").asDouble());
  }

  /** The script: `[{ "timeMs": 5000, "command": { "type": "sleep", "group": "class", "member": "ben" } }]`. */
  public static List<Command> commands(JsonNode json) {
    List<Command> list = new ArrayList<>();
    for (JsonNode c : json) {
      JsonNode body = c.get("command");
      list.add(new Command(c.get("timeMs").asLong(), body.get("type").asText(), body));
    }
    return list;
  }
}
