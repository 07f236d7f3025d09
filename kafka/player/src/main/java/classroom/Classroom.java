package classroom;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Plays a class in real time: creates its topics, starts its producers and students at time 0, carries out
 * the command script at its times, and looks at offsets every half second. Every name gets `prefix` in
 * front on the broker, so several plays can share one broker.
 */
public final class Classroom {
  /** A student, whichever way it runs (a thread here, or its own process when the script crashes it). */
  interface Student {
    void sleep();
    void wake();
    void setRate(double rate);
    void close();
    void crash();
    void halt();
  }

  private final Scenario scenario;
  private final List<Scenario.Command> script;
  private final String bootstrap;
  private final String prefix;
  private final Facts facts;
  private final Map<String, Student> students = new HashMap<>();
  private final Map<String, Scenario.Group> groups = new HashMap<>();
  private final Map<String, String> groupJson = new HashMap<>();
  private final Map<String, ProducerLoop> producers = new HashMap<>();
  private final List<Thread> threads = new ArrayList<>();
  /** Topic -> partition -> broker ids, when the class's replicas must sit where the simulator put them. */
  private Map<String, List<List<Integer>>> placement = Map.of();

  public Classroom placement(Map<String, List<List<Integer>>> placement) {
    this.placement = placement;
    return this;
  }

  public Classroom(Scenario scenario, List<Scenario.Command> script, String bootstrap, String prefix, Facts facts) {
    this.scenario = scenario;
    this.script = script;
    this.bootstrap = bootstrap;
    this.prefix = prefix;
    this.facts = facts;
  }

  /** Kafka's topic configs from the simulator's topic fields (`retentionMs` -> `retention.ms`, ...). */
  static Map<String, String> topicConfigs(JsonNode spec) {
    Map<String, String> c = new HashMap<>();
    String[][] names = {
      {"retentionMs", "retention.ms"}, {"retentionBytes", "retention.bytes"}, {"segmentMs", "segment.ms"},
      {"segmentBytes", "segment.bytes"}, {"cleanupPolicy", "cleanup.policy"}, {"deleteRetentionMs", "delete.retention.ms"},
    };
    for (String[] n : names) if (spec.hasNonNull(n[0])) c.put(n[1], spec.get(n[0]).asText());
    // Kafka 4 refuses segment.bytes under 1 MiB (KIP-1030; LogConfig's SEGMENT_BYTES_CONFIG validator): the
    // classroom's small segments are asked for at the minimum, as create-topics-*.sh does.
    if (c.containsKey("segment.bytes") && Long.parseLong(c.get("segment.bytes")) < MIN_SEGMENT_BYTES) {
      c.put("segment.bytes", Long.toString(MIN_SEGMENT_BYTES));
    }
    return c;
  }

  static final long MIN_SEGMENT_BYTES = 1_048_576;

  private void createTopics(Admin admin, Map<String, Map<String, String>> extraConfigs) throws Exception {
    List<NewTopic> topics = new ArrayList<>();
    for (Scenario.Topic t : scenario.topics) {
      Map<String, String> configs = topicConfigs(t.spec());
      Brokers.addReplicationConfigs(scenario, t, configs);
      configs.putAll(extraConfigs.getOrDefault(t.name(), Map.of()));
      topics.add(Brokers.newTopic(prefix + t.name(), t, configs, placement.get(t.name())));
    }
    // A topic made beforehand (create-topics-*.sh of an exported class) is used as it is.
    for (Map.Entry<String, KafkaFuture<Void>> e : admin.createTopics(topics).values().entrySet()) {
      try {
        e.getValue().get(30, TimeUnit.SECONDS);
      } catch (ExecutionException x) {
        if (!(x.getCause() instanceof TopicExistsException)) throw x;
      }
    }
  }

  /** Does the script crash this member at or after `fromMs`? Then it runs in its own process. */
  private boolean crashesLater(String group, String member, long fromMs) {
    return script.stream().anyMatch(c -> c.type().equals("crash") && c.timeMs() >= fromMs
        && c.group().equals(group) && c.member().equals(member));
  }

  private Student startStudent(Scenario.Group g, Scenario.Member m, boolean now) throws Exception {
    if (crashesLater(g.id(), m.id(), now ? facts.now() : 0)) {
      MemberProcess p = new MemberProcess(g, groupJson.get(g.id()), m, prefix, bootstrap, facts);
      Student s = new Student() {
        public void sleep() { p.send("sleep"); }
        public void wake() { p.send("wake"); }
        public void setRate(double rate) { p.send("rate " + rate); }
        public void close() { p.send("close"); }
        public void crash() { p.kill(); }
        public void halt() { p.kill(); }
      };
      pending.add(p);
      p.onFirstAssignment(seated::countDown);
      if (now) {
        p.awaitReady(60_000);
        p.send("go " + facts.startMs() + " -1");
      }
      return s;
    }
    Member member = new Member(g, m, prefix, bootstrap, facts);
    member.onFirstAssignment(seated::countDown);
    Thread t = new Thread(member, "member-" + m.id());
    t.setDaemon(true);
    threads.add(t);
    if (now) t.start();
    return new Student() {
      public void sleep() { member.sleep(); }
      public void wake() { member.wake(); }
      public void setRate(double rate) { member.setRate(rate); }
      public void close() { member.close(); }
      public void crash() { throw new IllegalStateException(m.id() + " runs in this JVM and cannot crash"); }
      public void halt() { member.halt(); }
    };
  }

  private final List<MemberProcess> pending = new ArrayList<>();
  /** Counts down as the first members get their first assignment (the class is seated). */
  private CountDownLatch seated = new CountDownLatch(0);

  private void addGroup(Scenario.Group g, String json, boolean now) throws Exception {
    groups.put(g.id(), g);
    groupJson.put(g.id(), json);
    for (Scenario.Member m : g.members()) students.put(g.id() + "/" + m.id(), startStudent(g, m, now));
  }

  public void play(long durationMs, long initialDelayMs, Map<String, Map<String, String>> extraConfigs,
      JsonNode groupsJson) throws Exception {
    Properties ap = new Properties();
    ap.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(ap)) {
      createTopics(admin, extraConfigs);
      List<List<Integer>> coordinator = placement.get(Coordinator.OFFSETS_TOPIC);
      if (coordinator != null && !coordinator.isEmpty() && !scenario.groups.isEmpty()) {
        Coordinator.place(admin, coordinator.get(0), prefix + scenario.groups.get(0).id());
      }
      Observer observer = new Observer(admin, scenario, prefix, bootstrap, facts);
      int members = scenario.groups.stream().mapToInt(g -> g.members().size()).sum();
      seated = new CountDownLatch(members);
      for (int i = 0; i < scenario.groups.size(); i++) addGroup(scenario.groups.get(i), groupsJson.get(i).toString(), false);
      Member.warmUp(bootstrap, prefix + scenario.topics.get(0).name());
      for (MemberProcess p : pending) p.awaitReady(60_000);
      for (Scenario.Producer p : scenario.producers) producers.put(p.id(), new ProducerLoop(p, prefix, bootstrap, facts));
      // Everyone starts together, a moment from now. The clock holds at the initial rebalance delay, the
      // moment the simulator's first assignment comes, until every first member has its assignment.
      facts.startAt(System.currentTimeMillis() + 300);
      facts.holdAt(initialDelayMs);
      for (MemberProcess p : pending) p.send("go " + facts.startMs() + " " + initialDelayMs);
      sleepUntil(0);
      for (Thread t : threads) t.start();
      List<Thread> producerThreads = new ArrayList<>();
      for (ProducerLoop p : producers.values()) {
        Thread t = new Thread(p, "producer");
        t.setDaemon(true);
        producerThreads.add(t);
      }
      for (Thread t : producerThreads) t.start();
      boolean allSeated = seated.await(60, TimeUnit.SECONDS);
      facts.release();
      for (MemberProcess p : pending) p.send("release " + facts.startMs());
      facts.write(facts.fact("seated").put("all", allSeated));
      long nextSample = (facts.now() / 500 + 1) * 500;
      // With several brokers a look may wait on a moving leader: it runs beside the script, never delaying it.
      Thread sampler = scenario.brokers > 1 ? sampleEvery500(observer, nextSample, durationMs) : null;
      if (sampler != null) nextSample = Long.MAX_VALUE;
      int next = 0;
      while (facts.now() < durationMs) {
        while (next < script.size() && script.get(next).timeMs() <= facts.now()) apply(script.get(next++), observer);
        if (facts.now() >= nextSample) {
          observer.sample();
          nextSample += 500;
        }
        long wake = Math.min(nextSample, next < script.size() ? script.get(next).timeMs() : durationMs);
        sleepUntil(Math.min(wake, durationMs));
      }
      if (sampler != null) sampler.join(5_000);
      // The class ends here: what producers answer after this (closing, records expiring) is not the class's.
      facts.write(facts.fact("classEnd"));
      for (ProducerLoop p : producers.values()) p.stop();
      // Every record sent is acknowledged before the last look (close() flushes the producer).
      for (Thread t : producerThreads) t.join(10_000);
      for (Student s : students.values()) s.halt();
      observer.sample();
      observer.writeLogs(5_000);
    }
    facts.write(facts.fact("end"));
  }

  private Thread sampleEvery500(Observer observer, long first, long durationMs) {
    Thread t = new Thread(() -> {
      try {
        for (long at = first; at < durationMs; at += 500) {
          sleepUntil(at);
          if (facts.now() - at < 500) observer.sample(); // a look that fell behind skips, as a missed tick
        }
      } catch (Exception e) {
        e.printStackTrace();
      }
    }, "observer");
    t.setDaemon(true);
    t.start();
    return t;
  }

  private void apply(Scenario.Command c, Observer observer) throws Exception {
    ObjectNode f = facts.fact("command");
    f.set("command", c.body());
    facts.write(f);
    String key = c.group() + "/" + c.member();
    switch (c.type()) {
      case "sleep" -> students.get(key).sleep();
      case "crash" -> students.get(key).crash();
      case "removeMember" -> students.remove(key).close();
      case "setMemberRate" -> students.get(key).setRate(c.body().get("recordsPerSec").asDouble());
      case "setProducerRate" -> producers.get(c.body().get("producer").asText()).setRate(c.body().get("recordsPerSec").asDouble());
      case "addMember" -> students.put(key, startStudent(groups.get(c.group()), Scenario.member(c.body().get("member")), true));
      case "addGroup" -> {
        Scenario.Group g = Scenario.group(c.body().get("group"));
        observer.addGroup(g.id());
        addGroup(g, c.body().get("group").toString(), true);
      }
      case "wake" -> wake(c, key);
      case "stopBroker", "startBroker" -> Brokers.request(c);
      default -> throw new IllegalArgumentException("unknown command " + c.type());
    }
  }

  /** Waking a crashed student restarts the program: a new consumer, a new member id, the same name. */
  private void wake(Scenario.Command c, String key) throws Exception {
    Student s = students.get(key);
    if (!crashed(c)) {
      s.wake();
      return;
    }
    Scenario.Group g = groups.get(c.group());
    double rate = g.members().stream().filter(m -> m.id().equals(c.member())).findFirst()
        .map(Scenario.Member::recordsPerSec).orElse(1.0);
    students.put(key, startStudent(g, new Scenario.Member(c.member(), rate), true));
  }

  /** Was this member's last sleep or crash before `c` a crash? */
  private boolean crashed(Scenario.Command c) {
    String last = null;
    for (Scenario.Command x : script) {
      if (x == c) break;
      if (x.group().equals(c.group()) && x.member().equals(c.member())) last = x.type();
    }
    return "crash".equals(last);
  }

  private void sleepUntil(long t) throws InterruptedException {
    long wait = t - facts.now();
    if (wait > 0) Thread.sleep(wait);
  }
}
