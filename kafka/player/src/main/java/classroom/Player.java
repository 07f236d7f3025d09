package classroom;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Plays a Kafka Classroom class on a real Apache Kafka and writes down what happened.
 *
 * <pre>
 *   java classroom.Player class scenario.json commands.json bootstrap facts.jsonl [durationMs] [prefix] [topicConfigs.json] [placement.json]
 * </pre>
 *
 * scenario.json and commands.json are the simulator's own (a class exported from the sandbox, and its
 * script: `[{ "timeMs": 5000, "command": {...} }]`). The facts are JSON lines: every record produced (with
 * its partition and offset), every record processed (by whom), every assignment change, and every half
 * second the log start and end offsets and committed offsets. See Classroom, Member and Observer.
 */
public final class Player {
  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (args.length > 0 && args[0].equals("member")) {
      MemberProcess.runChild(args);
      return;
    }
    if (args.length < 5 || !args[0].equals("class")) {
      System.err.println("usage: Player class scenario.json commands.json bootstrap facts.jsonl [durationMs] [prefix] [topicConfigs.json] [placement.json]");
      System.exit(2);
    }
    JsonNode scenarioJson = Facts.JSON.readTree(Files.readString(Path.of(args[1])));
    JsonNode commandsJson = Facts.JSON.readTree(Files.readString(Path.of(args[2])));
    long durationMs = args.length > 5 ? Long.parseLong(args[5]) : 60_000;
    String prefix = args.length > 6 ? args[6] : "";
    Map<String, Map<String, String>> extra = new HashMap<>();
    if (args.length > 7) {
      for (Map.Entry<String, JsonNode> e : Facts.JSON.readTree(Files.readString(Path.of(args[7]))).properties()) {
        Map<String, String> configs = new HashMap<>();
        for (Map.Entry<String, JsonNode> c : e.getValue().properties()) configs.put(c.getKey(), c.getValue().asText());
        extra.put(e.getKey(), configs);
      }
    }
    // Where each partition's replicas go: { "notes": [[1, 2, 3]] } (the preferred leader first).
    Map<String, java.util.List<java.util.List<Integer>>> placement = new HashMap<>();
    if (args.length > 8) {
      for (Map.Entry<String, JsonNode> e : Facts.JSON.readTree(Files.readString(Path.of(args[8]))).properties()) {
        java.util.List<java.util.List<Integer>> parts = new java.util.ArrayList<>();
        for (JsonNode p : e.getValue()) {
          java.util.List<Integer> ids = new java.util.ArrayList<>();
          for (JsonNode id : p) ids.add(id.asInt());
          parts.add(ids);
        }
        placement.put(e.getKey(), parts);
      }
    }
    int status = 0;
    try (PrintStream out = new PrintStream(new FileOutputStream(args[4]), true, "UTF-8")) {
      Facts facts = new Facts(out, System.currentTimeMillis());
      Scenario scenario = Scenario.parse(scenarioJson);
      new Classroom(scenario, Scenario.commands(commandsJson), args[3], prefix, facts).placement(placement)
          .play(durationMs, scenarioJson.path("broker").path("groupInitialRebalanceDelayMs").asLong(3000), extra,
              scenarioJson.path("groups"));
    } catch (Exception e) {
      e.printStackTrace();
      status = 1;
    }
    // Members still running are not closed: the class ends as if everyone stopped at once. Halting also
    // ends the member processes (they stop when their input closes) and never leaves a JVM behind.
    Runtime.getRuntime().halt(status);
  }
}
