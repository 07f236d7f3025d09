package classroom;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A student who may crash runs in a JVM of its own, so a crash is a real one: the process is killed
 * (SIGKILL), its consumer sends no LeaveGroup and commits nothing, and the group notices only when its
 * heartbeats stop for `session.timeout.ms`. (Inside one JVM, abandoning a consumer would not do: its
 * heartbeat thread keeps it in the group until `max.poll.interval.ms`, then leaves politely.)
 *
 * <p>The child is this same program in `member` mode; it reads commands on stdin and writes its facts on
 * stdout, which this class copies into the class's facts.
 */
public final class MemberProcess {
  private final Process process;
  private final PrintWriter commands;
  private final CountDownLatch ready = new CountDownLatch(1);
  private volatile Runnable onFirstAssignment = () -> { };

  public MemberProcess(Scenario.Group group, String groupJson, Scenario.Member member, String prefix,
      String bootstrap, Facts facts) throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.add(System.getProperty("java.home") + "/bin/java");
    cmd.add("-Xmx128m");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Player.class.getName());
    cmd.add("member");
    cmd.add(bootstrap);
    cmd.add(prefix);
    cmd.add(groupJson);
    cmd.add(member.id());
    cmd.add(Double.toString(member.recordsPerSec()));
    process = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(() -> copyFacts(facts), "facts-of-" + member.id());
    reader.setDaemon(true);
    reader.start();
  }

  private void copyFacts(Facts facts) {
    try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        if (line.equals("ready")) {
          ready.countDown();
        } else if (line.startsWith("{")) {
          facts.writeRaw(line);
          if (line.startsWith("{\"type\":\"assigned\"")) {
            onFirstAssignment.run();
            onFirstAssignment = () -> { };
          }
        }
      }
    } catch (IOException e) {
      // The process was killed: its facts end here.
    }
  }

  /** Waits until the child has built its consumer (a JVM takes a second or two to start). */
  public void awaitReady(long timeoutMs) throws InterruptedException {
    if (!ready.await(timeoutMs, TimeUnit.MILLISECONDS)) throw new IllegalStateException("member process did not start");
  }

  public void onFirstAssignment(Runnable r) {
    onFirstAssignment = r;
  }

  public void send(String command) {
    commands.println(command);
  }

  /** A crash: SIGKILL, nothing more is said to the broker. */
  public void kill() {
    process.destroyForcibly();
  }

  /** The child side: build the member, say ready, start at "go <epoch ms>", then follow commands. */
  static void runChild(String[] args) throws IOException {
    String bootstrap = args[1];
    String prefix = args[2];
    Scenario.Group group = Scenario.group(Facts.JSON.readTree(args[3]));
    Scenario.Member spec = new Scenario.Member(args[4], Double.parseDouble(args[5]));
    Facts facts = new Facts(System.out, System.currentTimeMillis());
    Member member = new Member(group, spec, prefix, bootstrap, facts);
    Member.warmUp(bootstrap, prefix + group.topics().get(0));
    System.out.println("ready");
    System.out.flush();
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    Thread loop = null;
    for (String line; (line = in.readLine()) != null; ) {
      String[] words = line.trim().split(" ");
      switch (words[0]) {
        case "go" -> {
          facts.startAt(Long.parseLong(words[1]));
          facts.holdAt(Long.parseLong(words[2]));
          loop = new Thread(member, "member-" + spec.id());
          loop.start();
        }
        case "release" -> {
          // The parent's clock after its release: both clocks read the same from here on.
          facts.release();
          facts.startAt(Long.parseLong(words[1]));
        }
        case "sleep" -> member.sleep();
        case "wake" -> member.wake();
        case "rate" -> member.setRate(Double.parseDouble(words[1]));
        case "close" -> member.close();
        default -> { }
      }
    }
    // The parent went away (end of the class): stop without closing.
    member.halt();
    Runtime.getRuntime().halt(0);
  }
}
