package classroom;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;

/**
 * What the player saw, one JSON object per line, each with `t`: milliseconds since the class started. Several
 * threads (and member processes) write here; a line is written whole.
 */
public final class Facts {
  public static final ObjectMapper JSON = new ObjectMapper();
  private final PrintStream out;
  private volatile long startMs;

  public Facts(PrintStream out, long startMs) {
    this.out = out;
    this.startMs = startMs;
  }

  public void startAt(long startMs) {
    this.startMs = startMs;
  }

  /** While held, the class clock stops at this time (or -1: it runs). */
  private volatile long heldAt = -1;

  /**
   * Holds the class clock at `t` until `release`: the class waits, seated, for its groups' first assignment,
   * which a JVM on a busy machine may take seconds to get where the simulator takes exactly the initial
   * rebalance delay. Records due by `t` still go out, as they do in the simulator.
   */
  public void holdAt(long t) {
    heldAt = t;
  }

  public long startMs() {
    return startMs;
  }

  /** Lets the clock run on from where it was held. */
  public void release() {
    long t = now();
    startMs = System.currentTimeMillis() - t;
    heldAt = -1;
  }

  public long now() {
    long real = System.currentTimeMillis() - startMs;
    long held = heldAt;
    return held >= 0 ? Math.min(real, held) : real;
  }

  public ObjectNode fact(String type) {
    ObjectNode n = JSON.createObjectNode();
    n.put("type", type);
    n.put("t", now());
    return n;
  }

  public synchronized void write(ObjectNode fact) {
    out.println(fact.toString());
    out.flush();
  }

  /** A line that arrived already written (from a member process). */
  public synchronized void writeRaw(String line) {
    out.println(line);
    out.flush();
  }
}
